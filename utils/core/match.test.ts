import { describe, expect, it } from 'vitest';
import { chooseOption, matchOption } from './match';
import { options } from './testing';
import type { Meaning } from './types';

type Case = [title: string, offered: string[], wanted: Meaning, expected: string | undefined];

const SPONSORSHIP_SENTENCES = [
  'Select...',
  'Yes, I will require sponsorship now or in the future',
  'No, I will not require sponsorship',
];
const SPONSORSHIP_STATEMENTS = ['I will require sponsorship', 'I will not require sponsorship'];
const DISABILITY_CC305 = [
  'Yes, I have a disability (or previously had a disability)',
  'No, I do not have a disability and have not had one in the past',
  'I do not want to answer',
];
const VETERAN = [
  'I am not a protected veteran',
  'I identify as one or more of the classifications of protected veteran',
  "I don't wish to answer",
];
const RACES = [
  'American Indian or Alaska Native',
  'Asian',
  'Black or African American',
  'Hispanic or Latino',
  'White',
  'Native Hawaiian or Other Pacific Islander',
  'Two or More Races',
  'Decline To Self Identify',
];

const yes: Meaning = { type: 'yesNo', value: true };
const no: Meaning = { type: 'yesNo', value: false };
const text = (value: string, domain?: Extract<Meaning, { type: 'text' }>['domain']): Meaning => ({
  type: 'text',
  value,
  ...(domain ? { domain } : {}),
});

const YES_NO: Case[] = [
  ['plain yes', ['Yes', 'No'], yes, 'Yes'],
  ['plain no', ['Yes', 'No'], no, 'No'],
  ['authorized sentence', ['Yes, I am authorized', 'No'], yes, 'Yes, I am authorized'],
  ['authorized statement without yes', ['I am authorized to work in the United States', 'I am not authorized to work in the United States'], yes, 'I am authorized to work in the United States'],
  ['not authorized statement', ['I am authorized to work in the United States', 'I am not authorized to work in the United States'], no, 'I am not authorized to work in the United States'],
  ['sponsorship false, long sentences', SPONSORSHIP_SENTENCES, no, 'No, I will not require sponsorship'],
  ['sponsorship true, long sentences', SPONSORSHIP_SENTENCES, yes, 'Yes, I will require sponsorship now or in the future'],
  ['"I will not require" means no', SPONSORSHIP_STATEMENTS, no, 'I will not require sponsorship'],
  ['"I will require" means yes', SPONSORSHIP_STATEMENTS, yes, 'I will require sponsorship'],
  ['do not require', ['No, I do not require sponsorship', 'Yes, I require sponsorship'], no, 'No, I do not require sponsorship'],
  ["won't need", ["I won't need sponsorship", 'I will need sponsorship'], no, "I won't need sponsorship"],
  ['no never matches "Not applicable"', ['Not applicable', 'Yes'], no, undefined],
  ['no never matches "None"', ['None', 'Yes'], no, undefined],
  ['"Not sure" is not no', ['Yes', 'Not sure'], no, undefined],
  ['decline is neither', ['Yes', 'Prefer not to say'], no, undefined],
  ['lowercase y/n', ['Y', 'N'], yes, 'Y'],
  ['the plainest of two yeses', ['Yes', 'Yes, I am authorized to work in the US'], yes, 'Yes'],
];

const EEO: Case[] = [
  ['male', ['Male', 'Female', 'Decline to self identify'], { type: 'gender', value: 'male' }, 'Male'],
  ['female is not male', ['Female', 'Non-binary'], { type: 'gender', value: 'male' }, undefined],
  ['female', ['Male', 'Female'], { type: 'gender', value: 'female' }, 'Female'],
  ['woman', ['Man', 'Woman', 'Non-binary'], { type: 'gender', value: 'female' }, 'Woman'],
  ['non-binary', ['Male', 'Female', 'Non-Binary'], { type: 'gender', value: 'non-binary' }, 'Non-Binary'],
  ['nonbinary spelling', ['Man', 'Woman', 'Nonbinary'], { type: 'gender', value: 'non-binary' }, 'Nonbinary'],
  ['gender decline', ['Male', 'Female', 'Decline To Self Identify'], { type: 'gender', value: 'decline' }, 'Decline To Self Identify'],
  ["I don't wish to answer", ['Male', 'Female', "I don't wish to answer"], { type: 'gender', value: 'decline' }, "I don't wish to answer"],
  ['Prefer not to say', ['Male', 'Female', 'Prefer not to say'], { type: 'gender', value: 'decline' }, 'Prefer not to say'],
  ['I choose not to disclose', ['Man', 'Woman', 'I choose not to disclose'], { type: 'gender', value: 'decline' }, 'I choose not to disclose'],
  ['no decline offered', ['Male', 'Female'], { type: 'gender', value: 'decline' }, undefined],
  ['hispanic yes', ['Yes', 'No', 'Decline To Self Identify'], { type: 'hispanicOrLatino', value: 'yes' }, 'Yes'],
  ['hispanic no by words', ['Hispanic or Latino', 'Not Hispanic or Latino', 'I do not wish to answer'], { type: 'hispanicOrLatino', value: 'no' }, 'Not Hispanic or Latino'],
  ['hispanic yes by words', ['Hispanic or Latino', 'Not Hispanic or Latino'], { type: 'hispanicOrLatino', value: 'yes' }, 'Hispanic or Latino'],
  ['hispanic decline', ['Yes', 'No', 'I do not wish to answer'], { type: 'hispanicOrLatino', value: 'decline' }, 'I do not wish to answer'],
  ['race black', RACES, { type: 'race', value: 'black' }, 'Black or African American'],
  ['race asian', RACES, { type: 'race', value: 'asian' }, 'Asian'],
  ['race white', RACES, { type: 'race', value: 'white' }, 'White'],
  ['race pacific islander', RACES, { type: 'race', value: 'native-hawaiian-pacific-islander' }, 'Native Hawaiian or Other Pacific Islander'],
  ['race american indian', RACES, { type: 'race', value: 'american-indian-alaska-native' }, 'American Indian or Alaska Native'],
  ['race two or more', RACES, { type: 'race', value: 'two-or-more' }, 'Two or More Races'],
  ['race decline', RACES, { type: 'race', value: 'decline' }, 'Decline To Self Identify'],
  ['Greenhouse race wording', ['White (Not Hispanic or Latino)', 'Asian (Not Hispanic or Latino)'], { type: 'race', value: 'white' }, 'White (Not Hispanic or Latino)'],
  ['caucasian is not asian', ['Caucasian', 'Black'], { type: 'race', value: 'asian' }, undefined],
  ['not a protected veteran', VETERAN, { type: 'veteran', value: 'not-protected' }, 'I am not a protected veteran'],
  ['protected veteran', VETERAN, { type: 'veteran', value: 'protected' }, 'I identify as one or more of the classifications of protected veteran'],
  ['I am a protected veteran', ['I am a protected veteran', 'I am not a protected veteran'], { type: 'veteran', value: 'protected' }, 'I am a protected veteran'],
  ['veteran decline', VETERAN, { type: 'veteran', value: 'decline' }, "I don't wish to answer"],
  ['disability yes', DISABILITY_CC305, { type: 'disability', value: 'yes' }, DISABILITY_CC305[0]],
  ['disability no', DISABILITY_CC305, { type: 'disability', value: 'no' }, DISABILITY_CC305[1]],
  ['disability decline', DISABILITY_CC305, { type: 'disability', value: 'decline' }, 'I do not want to answer'],
];

const TEXT: Case[] = [
  ['country plain', ['Canada', 'United States'], text('United States', 'country'), 'United States'],
  ['country with dial code', ['Canada (+1)', 'United States of America (+1)'], text('United States', 'country'), 'United States of America (+1)'],
  ['country USA', ['UK', 'USA'], text('United States', 'country'), 'USA'],
  ['country US code', ['GB', 'US'], text('United States', 'country'), 'US'],
  ['country from an abbreviation', ['United Kingdom', 'United States of America'], text('USA', 'country'), 'United States of America'],
  ['not the outlying islands', ['United States Minor Outlying Islands', 'Canada'], text('United States', 'country'), undefined],
  ['state code to name', ['New Jersey', 'New York'], text('NY', 'region'), 'New York'],
  ['state name to code', ['NJ', 'NY'], text('New York', 'region'), 'NY'],
  ['not another state', ['New Jersey', 'New Mexico'], text('New York', 'region'), undefined],
  ['school by its official name', ['Columbia College Chicago', 'Columbia University in the City of New York'], text('Columbia University', 'school'), 'Columbia University in the City of New York'],
  ['not one of two campuses', ['University of Michigan - Ann Arbor', 'University of Michigan - Dearborn'], text('University of Michigan', 'school'), undefined],
  ['location in other spellings', ['Newark, NJ, United States', 'New York, New York, United States'], text('New York, NY, US', 'location'), 'New York, New York, United States'],
  ['location with fewer parts', ['New York, NY', 'Newark, NJ'], text('New York, NY, US', 'location'), 'New York, NY'],
  ['not the same city elsewhere', ['York, United Kingdom', 'New York, NY, United States'], text('York, PA, US', 'location'), undefined],
  ['not another state of the same city name', ['Portland, OR, United States'], text('Portland, ME, US', 'location'), undefined],
  ["Bachelor's to generic", ["Associate's Degree", "Bachelor's Degree", "Master's Degree"], text('Bachelor of Science', 'degree'), "Bachelor's Degree"],
  ['BS to long form', ['Bachelor of Arts (BA)', 'Bachelor of Science (BS)'], text('BS', 'degree'), 'Bachelor of Science (BS)'],
  ['B.S. to BS', ['BA', 'BS', 'MS'], text('B.S.', 'degree'), 'BS'],
  ['Bachelors to Bachelor of Science', ['Bachelor of Science', 'Master of Science'], text('Bachelor of Science', 'degree'), 'Bachelor of Science'],
  ['generic bachelor does not guess science or arts', ['Bachelor of Arts', 'Bachelor of Science'], text("Bachelor's Degree", 'degree'), undefined],
  ['Master of Science to MS', ['BS', 'MS', 'PhD'], text('Master of Science', 'degree'), 'MS'],
  ["Master's degree", ["Bachelor's Degree", "Master's Degree", 'Doctorate'], text('MS', 'degree'), "Master's Degree"],
  ['Masters is not a bachelor', ['Bachelors'], text('Master of Science', 'degree'), undefined],
  ['PhD', ["Master's Degree", 'Doctor of Philosophy (PhD)'], text('PhD', 'degree'), 'Doctor of Philosophy (PhD)'],
  ['school acronym', ['Harvard University', 'Massachusetts Institute of Technology'], text('MIT', 'school'), 'Massachusetts Institute of Technology'],
  ['school short name', ['Stanford University', 'Harvard University'], text('Stanford', 'school'), 'Stanford University'],
  ['two campuses are ambiguous', ['University of Michigan - Ann Arbor', 'University of Michigan - Dearborn'], text('University of Michigan', 'school'), undefined],
  ['referral leaf', ['Job Board > Indeed', 'Job Board > LinkedIn', 'Employee Referral'], text('LinkedIn', 'referralSource'), 'Job Board > LinkedIn'],
  ['referral plain', ['Indeed', 'LinkedIn', 'Other'], text('LinkedIn', 'referralSource'), 'LinkedIn'],
  ['referral synonym', ['Careers page', 'LinkedIn'], text('Company website', 'referralSource'), 'Careers page'],
  ['phone type cell', ['Home', 'Cell', 'Work'], text('Mobile', 'phoneType'), 'Cell'],
  ['phone type mobile', ['Landline', 'Mobile'], text('Mobile', 'phoneType'), 'Mobile'],
  ['phone type absent', ['Home', 'Work'], text('Mobile', 'phoneType'), undefined],
  ['saved yes picks a yes sentence', ['Yes, I am 18 or older', 'No, I am under 18'], text('Yes'), 'Yes, I am 18 or older'],
  ['saved answer exact', ['Email', 'Phone'], text('phone'), 'Phone'],
  ['Java is not JavaScript', ['JavaScript', 'Python'], text('Java'), undefined],
  ['placeholders are never chosen', ['Select...', 'Please select', '--'], text('Select...'), undefined],
];

describe('matchOption', () => {
  it.each([...YES_NO, ...EEO, ...TEXT])('%s', (_title, offered, wanted, expected) => {
    expect(matchOption(options(...offered), wanted)?.label).toBe(expected);
  });

  it.each<[string, string[], string | undefined, string | undefined]>([
    ['the applicant’s country among +1', ['Canada (+1)', 'United States of America (+1)'], 'United States', 'United States of America (+1)'],
    ['Canada among +1', ['Canada (+1)', 'United States of America (+1)'], 'Canada', 'Canada (+1)'],
    ['+1 without a country is ambiguous', ['Canada (+1)', 'United States of America (+1)'], undefined, undefined],
    ['a bare code', ['+1', '+44'], 'United States', '+1'],
    ['the only +1 offered', ['United Kingdom (+44)', 'United States of America (+1)'], undefined, 'United States of America (+1)'],
    ['no +1 offered', ['United Kingdom (+44)', 'France (+33)'], 'United States', undefined],
  ])('phone country code: %s', (_title, offered, country, expected) => {
    const wanted: Meaning = { type: 'phoneCountryCode', code: '+1', ...(country ? { country } : {}) };
    expect(matchOption(options(...offered), wanted)?.label).toBe(expected);
  });

  it('reads a value when the label is empty', () => {
    expect(matchOption([{ value: 'Yes', label: '' }, { value: 'No', label: '' }], no)?.value).toBe('No');
  });
});

describe('chooseOption', () => {
  it('lets the meaning decide', () => {
    const found = chooseOption(options(...SPONSORSHIP_STATEMENTS), { accept: ['No'], meaning: no });
    expect(found?.label).toBe('I will not require sponsorship');
  });

  it('tries the accepted texts in order', () => {
    const found = chooseOption(options('Indeed', 'Glassdoor'), { accept: ['LinkedIn', 'Glassdoor'] });
    expect(found?.label).toBe('Glassdoor');
  });

  it('chooses nothing rather than something close', () => {
    expect(chooseOption(options('Male', 'Female'), { accept: ['Non-binary'], meaning: { type: 'gender', value: 'non-binary' } })).toBeUndefined();
  });
});
