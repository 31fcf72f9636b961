import { describe, expect, it } from 'vitest';
import { cleanPlace, englishCountry, parsePlace, splitTrailingPlace } from './location';

describe('parsePlace', () => {
  it.each([
    ['Vienna, VA', { city: 'Vienna', region: 'VA', country: '' }],
    ['Austin, TX 78701', { city: 'Austin', region: 'TX', country: '' }],
    ['Austin, Texas', { city: 'Austin', region: 'Texas', country: '' }],
    ['Toronto, ON', { city: 'Toronto', region: 'ON', country: '' }],
    ['Berlin, Germany', { city: 'Berlin', region: '', country: 'Germany' }],
    ['São Paulo, Brazil', { city: 'São Paulo', region: '', country: 'Brazil' }],
    ['Seattle, Washington, United States · Hybrid', { city: 'Seattle', region: 'Washington', country: 'United States' }],
    ['Greater New York City Area', { city: 'New York City', region: '', country: '' }],
    ['San Francisco Bay Area', { city: 'San Francisco', region: '', country: '' }],
    ['Remote', { city: '', region: '', country: '' }],
    ['Berlin (Germany)', { city: 'Berlin', region: '', country: 'Germany' }],
    ['Hamburg (Deutschland)', { city: 'Hamburg', region: '', country: 'Deutschland' }],
    ['München, Bayern, Deutschland', { city: 'München', region: 'Bayern', country: 'Deutschland' }],
    ['Madrid, España', { city: 'Madrid', region: '', country: 'España' }],
    ['10115 Berlin', { city: 'Berlin', region: '', country: '' }],
    ['75011 Paris', { city: 'Paris', region: '', country: '' }],
    ['London SW1A 1AA', { city: 'London', region: '', country: '' }],
    ['New York', { city: 'New York', region: '', country: '' }],
    ['Köln', { city: 'Köln', region: '', country: '' }],
  ])('%s', (text, place) => {
    expect(parsePlace(text)).toEqual(place);
  });

  it.each(['Acme, Inc.', 'Phoenix', 'Acme (Berlin)', 'Berlin, Acme GmbH', 'Software Engineer', 'HOOD RIVER CO.\tPortland, OR', 'Java, Go'])('%s is not recognised on its own', (text) => {
    expect(parsePlace(text)).toBeNull();
  });
});

describe('splitTrailingPlace', () => {
  it('splits a place off the end of a comma list', () => {
    expect(splitTrailingPlace('Company GmbH, Berlin (Germany)')).toEqual({ rest: 'Company GmbH', place: 'Berlin (Germany)' });
    expect(splitTrailingPlace('Nordwind Versand AG, Bremen')).toEqual({ rest: 'Nordwind Versand AG', place: 'Bremen' });
    expect(splitTrailingPlace('Acme Corp, San Francisco, CA')).toEqual({ rest: 'Acme Corp', place: 'San Francisco, CA' });
    expect(splitTrailingPlace('University of Michigan, Ann Arbor, MI')).toEqual({ rest: 'University of Michigan', place: 'Ann Arbor, MI' });
    expect(splitTrailingPlace('Acme, Inc.')).toBeNull();
  });
});

it('englishCountry names countries as forms list them', () => {
  expect(['Deutschland', 'España', 'UK', 'USA', 'Royaume-Uni', 'France', 'Narnia'].map(englishCountry)).toEqual([
    'Germany', 'Spain', 'United Kingdom', 'United States', 'United Kingdom', 'France', 'Narnia',
  ]);
});

it('cleanPlace drops the work mode and writes a bracketed country after a comma', () => {
  expect(cleanPlace('Berlin (Germany)')).toBe('Berlin, Germany');
  expect(cleanPlace('Seattle, Washington, United States · Hybrid')).toBe('Seattle, Washington, United States');
  expect(cleanPlace('Remote')).toBe('Remote');
});
