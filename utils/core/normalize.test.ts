import { describe, expect, it } from 'vitest';
import { containsPhrase, normalizeIdentifier, normalizeText, withoutAsides } from './normalize';

describe('normalizeText', () => {
  it.each([
    ['First Name *', 'first name'],
    ['  E-mail:  ', 'e mail'],
    ['Résumé/CV', 'resume cv'],
    ["I don't wish to answer", 'i dont wish to answer'],
    ["Bachelor's Degree", 'bachelors degree'],
    ['B.S.', 'bs'],
    ['U.S.A.', 'usa'],
    ['Ph.D.', 'phd'],
    ['Authorized to work in the U.S.?', 'authorized to work in the us'],
    ['GPA (e.g. 3.8)', 'gpa eg 3.8'],
    ['United States of America (+1)', 'united states of america 1'],
    ['Full name ✱', 'full name'],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('normalizeIdentifier', () => {
  it.each([
    ['first_name', 'first name'],
    ['firstName', 'first name'],
    ['name--legalName--firstName', 'name legal name first name'],
    ['legalNameSection_firstName', 'legal name section first name'],
    ['job_application[answers_attributes][0][text_value]', 'job application answers attributes 0 text value'],
    ['urls[LinkedIn]', 'urls linked in'],
    ['eeo[disabilitySignatureDate]', 'eeo disability signature date'],
    ['addressSection_addressLine1', 'address section address line 1'],
    ['workExperience-2--jobTitle', 'work experience 2 job title'],
    ['_systemfield_eeoc_gender', 'systemfield eeoc gender'],
    ['personalInfoUS--gender', 'personal info us gender'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeIdentifier(input)).toBe(expected);
  });
});

describe('token helpers', () => {
  it('finds whole phrases only', () => {
    expect(containsPhrase('Job Board > LinkedIn', 'linkedin')).toBe(true);
    expect(containsPhrase('Not applicable', 'no')).toBe(false);
    expect(containsPhrase('Female', 'male')).toBe(false);
  });

  it('drops asides', () => {
    expect(withoutAsides('United States of America (+1)')).toBe('United States of America');
  });
});
