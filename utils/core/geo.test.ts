import { describe, expect, it } from 'vitest';
import { countryNamedIn, countryOfLocation, findCountry, findCountryByAlpha3, findUsState } from './geo';

describe('findCountry', () => {
  it.each([
    ['United States', 'US'],
    ['United States of America (+1)', 'US'],
    ['USA', 'US'],
    ['U.S.', 'US'],
    ['uk', 'GB'],
    ['Deutschland', 'DE'],
    ['CA', 'CA'],
  ])('%s -> %s', (text, code) => {
    expect(findCountry(text)?.code).toBe(code);
  });

  it('does not read a longer name as a country it contains', () => {
    expect(findCountry('United States Minor Outlying Islands')).toBeUndefined();
  });
});

describe('countryNamedIn', () => {
  it.each([
    ['Are you legally authorized to work in the United States?', 'US'],
    ['Are you authorized to work in the U.S.?', 'US'],
    ['Are you eligible to work in the US without sponsorship?', 'US'],
    ['Do you have the right to work in the UK?', 'GB'],
    ['Are you legally eligible to work in Canada?', 'CA'],
    ['Can you work in the United States of America or Canada?', 'US'],
  ])('%s -> %s', (sentence, code) => {
    expect(countryNamedIn(sentence)?.code).toBe(code);
  });

  it.each([
    ['Are you legally authorized to work in the country in which this job is located?'],
    ['Tell us about yourself'],
    ['Will you join us in the office?'],
  ])('names no country: %s', (sentence) => {
    expect(countryNamedIn(sentence)).toBeUndefined();
  });
});

describe('findUsState', () => {
  it.each([
    ['NY', 'NY'],
    ['New York', 'NY'],
    ['california', 'CA'],
    ['District of Columbia', 'DC'],
  ])('%s -> %s', (text, code) => {
    expect(findUsState(text)?.code).toBe(code);
  });
});

describe('countryOfLocation', () => {
  it.each([
    // Workday URL location segments and posting locations.
    ['New-York-NY', 'US'],
    ['Austin-TX', 'US'],
    ['USA-CA-San-Jose', 'US'],
    ['USA,-OR,-Remote', 'US'],
    ['US-Remote', 'US'],
    ['Remote-Canada', 'CA'],
    ['Toronto-Ontario-Canada', 'CA'],
    ['India-Bengaluru', 'IN'],
    ['London, United Kingdom', 'GB'],
    ['Berlin-Germany', 'DE'],
  ])('%s -> %s', (location, code) => {
    expect(countryOfLocation(location)?.code).toBe(code);
  });

  it.each([
    // No country named: the city alone does not say.
    ['Remote'],
    ['Multiple-Locations'],
    ['Bangalore'],
    // A two-letter code alone is Canada or California, India or Indiana.
    ['CA'],
    ['Vancouver-BC'],
    // A continent is not a country.
    ['Remote-Latin-America'],
    // Two countries: the job is in both.
    ['Toronto-Canada-or-Austin-TX'],
    // A lowercase word is not a state code.
    ['Remote-or-hybrid'],
  ])('names no single country: %s', (location) => {
    expect(countryOfLocation(location)).toBeUndefined();
  });
});

describe('findCountryByAlpha3', () => {
  it.each([
    ['DEU', 'DE'],
    ['GBR', 'GB'],
    [' USA ', 'US'],
    ['CAN', 'CA'],
  ])('%s is %s', (text, code) => {
    expect(findCountryByAlpha3(text)?.code).toBe(code);
  });

  it.each(['can', 'Per', 'DE', 'DEUT', 'XYZ'])('%s is no country code', (text) => {
    expect(findCountryByAlpha3(text)).toBeUndefined();
  });
});
