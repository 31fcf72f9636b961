import { describe, expect, it } from 'vitest';
import type { Profile } from '../profile/schema';
import { planFill, type PlanContext } from './plan';
import { hasUserValue } from './userValue';
import { classified, field, fullProfile, options } from './testing';
import type { Classification, FieldDescription, FillAction, SkipReason } from './types';

const CTX: PlanContext = { documents: ['resume'], today: '2025-06-15' };

function planOne(
  description: Partial<FieldDescription>,
  classification: Classification | Classification['kind'],
  profile: Profile = fullProfile(),
  ctx: PlanContext = CTX,
): FillAction | SkipReason {
  const { actions, results } = planFill([classified(description, classification)], profile, ctx);
  if (actions[0]) return actions[0];
  const outcome = results[0]?.outcome;
  if (outcome?.status !== 'skipped') throw new Error('expected an action or a skip');
  return outcome.reason;
}

function without(change: (profile: Profile) => void): Profile {
  const profile = fullProfile();
  change(profile);
  return profile;
}

const WORK_1 = { section: 'Work Experience 2', entryIndex: 1 };

describe('planFill: text fields', () => {
  it.each<[string, Partial<FieldDescription>, Classification['kind'], string]>([
    ['first name', {}, 'firstName', 'Ada'],
    ['full name is the legal first and last', {}, 'fullName', 'Ada Lovelace'],
    ['preferred name', {}, 'preferredName', 'Addie'],
    ['email', { inputType: 'email' }, 'email', 'ada@example.com'],
    ['phone, national by default', { inputType: 'tel', labels: ['Phone'] }, 'phone', '(212) 555-0100'],
    ['phone with a "+" placeholder', { inputType: 'tel', placeholder: '+1 555 555 5555' }, 'phone', '+1 (212) 555-0100'],
    ['phone asking for the country code', { inputType: 'tel', labels: ['Phone (including country code)'] }, 'phone', '+1 (212) 555-0100'],
    ['location', {}, 'location', 'New York, NY, United States'],
    ['current company is the current job', {}, 'currentCompany', 'Analytical Engines'],
    ['current title', {}, 'currentTitle', 'Staff Engineer'],
    ['entry 1 title', WORK_1, 'workTitle', 'Engineer'],
    ['entry 1 company', WORK_1, 'workCompany', 'Babbage & Co'],
    ['entry 0 by default', {}, 'workCompany', 'Analytical Engines'],
    ['salary in a number field', { inputType: 'number' }, 'salary', '200000'],
    ['salary in a text field', {}, 'salary', '200000 USD per year'],
    ['salary in a textarea', { control: 'textarea' }, 'salary', '200000 USD per year'],
    ['yes/no question as text', { labels: ['Are you willing to relocate?'] }, 'relocation', 'Yes'],
    ['signature name', {}, 'signatureName', 'Ada Lovelace'],
    ['skills', { control: 'textarea' }, 'skills', 'TypeScript, Mathematics'],
    ['languages', {}, 'languages', 'English (Native)'],
    ['GPA', {}, 'gpa', '3.9'],
    ['work location', { labels: ['Location'] }, 'workLocation', 'London, UK'],
    ['a work entry asking for the city alone (iCIMS)', { labels: ['City'] }, 'workLocation', 'London'],
  ])('%s', (_title, description, kind, value) => {
    expect(planOne(description, kind)).toMatchObject({ op: 'text', value });
  });

  it('fills a saved answer', () => {
    const result = planOne({ labels: ['Are you 18 years of age or older?'] }, { kind: 'savedAnswer', confidence: 0.95, answerIndex: 0 });
    expect(result).toMatchObject({ op: 'text', kind: 'savedAnswer', value: 'Yes' });
  });

  it('ticks the choice a saved answer names in a checkbox list', () => {
    const profile = fullProfile();
    profile.answers = [{ question: 'Which of our offices could you work from?', control: 'text', answer: 'New York' }];
    const result = planOne(
      { control: 'checkbox-group', labels: ['Which of our offices could you work from?'], options: options('London', 'New York', 'Remote'), currentValue: [] },
      { kind: 'savedAnswer', confidence: 0.95, answerIndex: 0 },
      profile,
    );
    expect(result).toMatchObject({ op: 'check', optionValues: ['New York'] });
  });

  it('uses the most recent job when none is current', () => {
    const profile = without((p) => {
      p.work = [
        { ...p.work[1]!, company: 'Older', startDate: '2010', endDate: '2012' },
        { ...p.work[1]!, company: 'Newer', startDate: '2013', endDate: '2019-05' },
      ];
    });
    expect(planOne({}, 'currentCompany', profile)).toMatchObject({ value: 'Newer' });
  });
});

describe('planFill: dates', () => {
  it.each<[string, Partial<FieldDescription>, Classification['kind'], string]>([
    ['MM/YYYY placeholder', { placeholder: 'MM/YYYY' }, 'workStart', '03/2021'],
    ['MM / YYYY placeholder (Greenhouse)', { placeholder: 'MM / YYYY' }, 'workStart', '03/2021'],
    ['YYYY description', { description: 'YYYY' }, 'educationEnd', '2018'],
    ['MM/DD/YYYY in the label', { labels: ['Start date (MM/DD/YYYY)'] }, 'startDate', '07/01/2025'],
    ['DD/MM/YYYY placeholder', { placeholder: 'DD/MM/YYYY' }, 'startDate', '01/07/2025'],
    ['type=date', { inputType: 'date' }, 'startDate', '2025-07-01'],
    ['type=month', { inputType: 'month' }, 'educationStart', '2014-09'],
    ['work default MM/YYYY', {}, 'workStart', '03/2021'],
    ['start date default MM/DD/YYYY', {}, 'startDate', '07/01/2025'],
    ['signature date is today, MM/DD/YYYY', {}, 'signatureDate', '06/15/2025'],
    ['signature date hinted', { placeholder: 'YYYY-MM-DD' }, 'signatureDate', '2025-06-15'],
    ['a day-precise past entry', { ...WORK_1, placeholder: 'MM/DD/YYYY' }, 'workStart', '09/01/2018'],
  ])('%s', (_title, description, kind, value) => {
    expect(planOne(description, kind)).toMatchObject({ op: 'text', value });
  });

  it.each<[string, Partial<FieldDescription>, Classification['kind'], object]>([
    ['month and year', { control: 'date-split', dateParts: ['month', 'year'] }, 'workStart', { year: 2021, month: 3 }],
    ['year only', { control: 'date-split', dateParts: ['year'] }, 'educationEnd', { year: 2018 }],
    ['full date', { control: 'date-split', dateParts: ['month', 'day', 'year'] }, 'signatureDate', { year: 2025, month: 6, day: 15 }],
  ])('split date: %s', (_title, description, kind, value) => {
    expect(planOne(description, kind)).toEqual({ ref: expect.any(String), kind, op: 'date', value });
  });

  it.each<[string, Partial<FieldDescription>, Classification['kind']]>([
    ['a day the profile lacks, as text', { placeholder: 'MM/DD/YYYY' }, 'workStart'],
    ['a day the profile lacks, split', { control: 'date-split', dateParts: ['month', 'day', 'year'] }, 'workStart'],
    ['the end of a current job', {}, 'workEnd'],
  ])('no made-up dates: %s', (_title, description, kind) => {
    expect(planOne(description, kind)).toBe('no-answer');
  });

  it('leaves the signature date without today', () => {
    expect(planOne({}, 'signatureDate', fullProfile(), { documents: [] })).toBe('no-answer');
  });

  it('does not sign a self-identification the profile does not answer', () => {
    const profile = fullProfile();
    profile.application.eeo = {};
    expect(planOne({}, 'signatureName', profile)).toBe('no-answer');
    expect(planOne({}, 'signatureDate', profile, { documents: [], today: '2025-06-15' })).toBe('no-answer');
  });

  it.each<[string, Partial<FieldDescription>, Classification['kind'], string]>([
    // The issue: iCIMS's year box of "Start Date (Month / Day / Year)" got "06/2019".
    ['iCIMS year box of a split start date', { ...WORK_1, labels: ['Year', 'Start Date Year'], maxLength: 4 }, 'workStart', '2018'],
    ['Start Year', { labels: ['Start Year'] }, 'educationStart', '2014'],
    ['Graduation year', { labels: ['Graduation year'] }, 'educationEnd', '2018'],
    ['a box named _Year', { labels: ['Start date'], name: '-1_CandProfileFields.EducationStartDate_Year' }, 'educationStart', '2014'],
    ['a four-character box', { labels: ['Start date'], maxLength: 4 }, 'workStart', '2021'],
    ['a Month box', { labels: ['Month', 'Start Date Month'] }, 'workStart', '03'],
    ['Month / Year asks for both', { labels: ['Start date (Month / Year)'] }, 'workStart', '03/2021'],
  ])('one part of a date: %s', (_title, description, kind, value) => {
    expect(planOne(description, kind)).toMatchObject({ op: 'text', value });
  });

  const MONTHS = [{ value: '0', label: '' }, ...['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map((label, i) => ({ value: String(i + 1).padStart(2, '0'), label }))];
  const DAYS = Array.from({ length: 31 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));

  it.each<[string, Partial<FieldDescription>, Classification['kind'], FillAction | SkipReason]>([
    ['iCIMS month select gets the month', { control: 'select', labels: ['Month', 'Start Date Month'], options: MONTHS }, 'workStart', { ref: expect.any(String), kind: 'workStart', op: 'select', optionValue: '03', optionLabel: 'Mar' }],
    ['a day select the profile has no day for', { control: 'select', labels: ['Day', 'Start Date Day'], options: DAYS }, 'workStart', 'no-answer'],
    ['a day select with a day-precise date', { ...WORK_1, control: 'select', labels: ['Day', 'Start Date Day'], options: DAYS }, 'workStart', { ref: expect.any(String), kind: 'workStart', op: 'select', optionValue: '1', optionLabel: '1' }],
    ['a month select whose options name no numbers', { control: 'select', labels: ['Month'], options: options('January', 'February', 'March') }, 'workStart', 'no-matching-option'],
  ])('a select for one part: %s', (_title, description, kind, expected) => {
    expect(planOne(description, kind)).toEqual(expected);
  });

  it('chooses a year among options', () => {
    const result = planOne({ control: 'select', options: options('2017', '2018', '2019') }, 'educationEnd');
    expect(result).toMatchObject({ op: 'select', optionValue: '2018' });
  });
});

describe('planFill: choices', () => {
  const SPONSORSHIP = options(
    'Select...',
    'Yes, I will require sponsorship now or in the future',
    'No, I will not require sponsorship',
  );

  it('answers sponsorship by meaning in a select', () => {
    expect(planOne({ control: 'select', options: SPONSORSHIP }, 'sponsorship')).toMatchObject({
      op: 'select',
      optionLabel: 'No, I will not require sponsorship',
    });
  });

  it('answers sponsorship by meaning in radios', () => {
    const radios = options('I will require sponsorship', 'I will not require sponsorship');
    expect(planOne({ control: 'radio-group', options: radios }, 'sponsorship')).toMatchObject({
      op: 'check',
      optionValues: ['I will not require sponsorship'],
    });
  });

  it('says yes to sponsorship when the profile needs it', () => {
    const profile = without((p) => (p.application.requiresSponsorship = true));
    expect(planOne({ control: 'select', options: SPONSORSHIP }, 'sponsorship', profile)).toMatchObject({
      optionLabel: 'Yes, I will require sponsorship now or in the future',
    });
  });

  it.each([
    ['Decline To Self Identify'],
    ["I don't wish to answer"],
    ['I do not want to answer'],
    ['Prefer not to say'],
    ['I choose not to disclose'],
  ])('declines disability with "%s"', (decline) => {
    const offered = options('Yes, I have a disability', 'No, I do not have a disability', decline);
    expect(planOne({ control: 'select', options: offered }, 'disability')).toMatchObject({ optionLabel: decline });
  });

  it.each<[Classification['kind'], string[], string]>([
    ['gender', ['Male', 'Female', 'Decline To Self Identify'], 'Female'],
    ['hispanicOrLatino', ['Yes', 'No', 'Decline To Self Identify'], 'No'],
    ['race', ['Asian', 'Black or African American', 'White', 'Decline To Self Identify'], 'White'],
    ['veteran', ['I am a protected veteran', 'I am not a protected veteran', "I don't wish to answer"], 'I am not a protected veteran'],
  ])('EEO %s', (kind, offered, expected) => {
    expect(planOne({ control: 'select', options: options(...offered) }, kind)).toMatchObject({ optionLabel: expected });
  });

  it.each<[string, Classification['kind'], string[], string]>([
    ['country', 'country', ['Canada', 'United States of America'], 'United States of America'],
    ['state code to name', 'region', ['New Jersey', 'New York'], 'New York'],
    ['degree', 'degree', ["Associate's Degree", "Bachelor's Degree", "Master's Degree"], "Bachelor's Degree"],
    ['school', 'school', ['Harvard University', 'Massachusetts Institute of Technology'], 'Massachusetts Institute of Technology'],
    ['referral', 'referralSource', ['Job Board > Indeed', 'Job Board > LinkedIn'], 'Job Board > LinkedIn'],
    ['phone type', 'phoneType', ['Home', 'Mobile', 'Work'], 'Mobile'],
    ['phone code', 'phoneCountryCode', ['Canada (+1)', 'United States of America (+1)'], 'United States of America (+1)'],
    ['saved answer', 'savedAnswer', ['Yes, I am', 'No, I am not'], 'Yes, I am'],
  ])('%s among known options of a listbox', (_title, kind, offered, expected) => {
    const classification: Classification = kind === 'savedAnswer' ? { kind, confidence: 0.95, answerIndex: 0 } : { kind, confidence: 0.9 };
    expect(planOne({ control: 'listbox-button', options: options(...offered) }, classification)).toMatchObject({
      op: 'choose',
      accept: [expected],
    });
  });

  it('leaves a combobox with unknown options to the filler, with the meaning', () => {
    expect(planOne({ control: 'combobox' }, 'sponsorship')).toMatchObject({
      op: 'choose',
      search: '',
      accept: ['No'],
      meaning: { type: 'yesNo', value: false },
    });
    expect(planOne({ control: 'combobox' }, 'school')).toMatchObject({
      op: 'choose',
      search: 'Massachusetts Institute of Technology',
      meaning: { type: 'text', value: 'Massachusetts Institute of Technology', domain: 'school' },
    });
    expect(planOne({ control: 'combobox' }, 'location')).toMatchObject({ op: 'choose', search: 'New York' });
  });

  it.each<[string, Classification['kind'], string[]]>([
    ['no "No" among the options', 'sponsorship', ['Yes', 'Not applicable']],
    ['a gender not offered', 'gender', ['Male', 'Non-binary']],
    ['a degree that would be a guess', 'degree', ['Bachelor of Arts', 'Master of Science']],
    ['a country not offered', 'country', ['Canada', 'Mexico']],
  ])('no matching option: %s', (_title, kind, offered) => {
    expect(planOne({ control: 'select', options: options(...offered) }, kind)).toBe('no-matching-option');
  });
});

describe('planFill: work authorization', () => {
  const question = (label: string) => ({ labels: [label], control: 'radio-group' as const, options: options('Yes', 'No') });

  it.each<[string, string, string | SkipReason]>([
    ['the United States', 'Are you legally authorized to work in the United States?', 'Yes'],
    ['the U.S.', 'Are you authorized to work in the U.S.?', 'Yes'],
    ['the UK, where the profile says no', 'Do you have the right to work in the UK?', 'No'],
    ['Canada, which the profile does not mention', 'Are you legally eligible to work in Canada?', 'no-answer'],
    ['no country named', 'Are you legally authorized to work in the country in which this job is located?', 'no-answer'],
    ['without sponsorship, needing none', 'Are you authorized to work in the US without sponsorship?', 'Yes'],
  ])('%s', (_title, label, expected) => {
    const result = planOne(question(label), 'workAuthorization');
    expect(typeof result === 'string' ? result : result.op === 'check' && result.optionValues[0]).toBe(expected);
  });

  describe('in the country where the position is located', () => {
    const knockout = 'Are you legally authorized to work in the country where this position is located?';
    const answer = (jobLocation: string | undefined) => {
      const result = planOne({ ...question(knockout), ...(jobLocation ? { jobLocation } : {}) }, 'workAuthorization');
      return typeof result === 'string' ? result : result.op === 'check' && result.optionValues[0];
    };

    it('answers from the country of the job, as the page gave its location', () => {
      expect(answer('New-York-NY')).toBe('Yes');
      // The profile says no for the UK.
      expect(answer('London, United Kingdom')).toBe('No');
    });

    it('leaves the question when the job is where the profile does not say, or the country is unknown', () => {
      expect(answer('Remote-Canada')).toBe('no-answer');
      expect(answer('Multiple-Locations')).toBe('no-answer');
      expect(answer(undefined)).toBe('no-answer');
    });

    it('reads a country the question names, whatever the job location', () => {
      const result = planOne({ ...question('Are you legally authorized to work in the United Kingdom?'), jobLocation: 'New-York-NY' }, 'workAuthorization');
      expect(result).toMatchObject({ optionValues: ['No'] });
    });

    it('does not take the job location for a question about no particular country', () => {
      const result = planOne({ ...question('Are you legally authorized to work?'), jobLocation: 'New-York-NY' }, 'workAuthorization');
      expect(result).toBe('no-answer');
    });
  });

  it('without sponsorship, needing it', () => {
    const profile = without((p) => (p.application.requiresSponsorship = true));
    const result = planOne(question('Are you authorized to work in the US without sponsorship?'), 'workAuthorization', profile);
    expect(result).toMatchObject({ optionValues: ['No'] });
  });
});

describe('planFill: skips', () => {
  it.each<[string, Partial<FieldDescription>, Classification | Classification['kind'], Profile | undefined, SkipReason]>([
    ['sponsorship unknown', { control: 'select', options: options('Yes', 'No') }, 'sponsorship', without((p) => delete p.application.requiresSponsorship), 'no-answer'],
    ['EEO unset', { control: 'select', options: options('Male', 'Female') }, 'gender', without((p) => (p.application.eeo = {})), 'no-answer'],
    ['relocation unknown', { control: 'radio-group', options: options('Yes', 'No') }, 'relocation', without((p) => delete p.application.willingToRelocate), 'no-answer'],
    ['empty first name', {}, 'firstName', without((p) => (p.personal.firstName = '')), 'no-answer'],
    ['no phone extension in profiles', {}, 'phoneExtension', undefined, 'no-answer'],
    ['no such work entry', { entryIndex: 5 }, 'workTitle', undefined, 'no-answer'],
    ['no such education entry', { entryIndex: 1 }, 'school', undefined, 'no-answer'],
    ['no phone, no phone type', { control: 'select', options: options('Mobile') }, 'phoneType', without((p) => (p.personal.phone = '')), 'no-answer'],
    ['no cover letter stored', { control: 'file' }, 'coverLetter', undefined, 'no-answer'],
    ['unknown', {}, { kind: 'unknown', confidence: 0 }, undefined, 'unknown-field'],
    ['low confidence', {}, { kind: 'email', confidence: 0.3 }, undefined, 'unknown-field'],
    ['a password, whatever a site rule says', { inputType: 'password' }, 'email', undefined, 'unknown-field'],
    ['a saved answer that is gone', {}, { kind: 'savedAnswer', confidence: 0.9, answerIndex: 7 }, undefined, 'no-answer'],
    ['a radio group without options', { control: 'radio-group' }, 'relocation', undefined, 'no-matching-option'],
    ['the user typed a name', { currentValue: 'Augusta' }, 'firstName', undefined, 'user-value'],
    ['the user chose an option', { control: 'select', options: options('Select...', 'Yes', 'No'), currentValue: 'No' }, 'relocation', undefined, 'user-value'],
    ['the user checked a box', { control: 'checkbox-group', options: options('A', 'B'), currentValue: ['A'] }, 'race', undefined, 'user-value'],
    ['the user checked "I currently work here"', { control: 'checkbox', currentValue: 'on' }, 'workCurrent', undefined, 'user-value'],
    ['the user uploaded a file', { control: 'file', currentValue: 'cv.pdf' }, 'resume', undefined, 'user-value'],
  ])('%s', (_title, description, classification, profile, expected) => {
    expect(planOne(description, classification, profile)).toBe(expected);
  });
});

describe('planFill: other controls', () => {
  it('attaches a stored resume', () => {
    expect(planOne({ control: 'file' }, 'resume')).toMatchObject({ op: 'file', role: 'resume', kind: 'resume' });
  });

  it('ticks "I currently work here" for the current entry', () => {
    expect(planOne({ control: 'checkbox', entryIndex: 0 }, 'workCurrent')).toMatchObject({ op: 'toggle', checked: true });
  });

  it('leaves it unticked for a past entry', () => {
    expect(planOne({ control: 'checkbox', entryIndex: 1 }, 'workCurrent')).toMatchObject({ op: 'toggle', checked: false });
  });

  it('reports every field exactly once', () => {
    const fields = [
      classified({ labels: ['First name'] }, 'firstName'),
      classified({ labels: ['Why us?'], control: 'textarea' }, { kind: 'unknown', confidence: 0 }),
      classified({ labels: ['Email'], currentValue: 'x@y.z' }, 'email'),
    ];
    const { actions, results } = planFill(fields, fullProfile(), CTX);
    expect(actions.map((action) => action.ref)).toEqual([fields[0]!.field.ref]);
    expect(results.map((result) => [result.label, result.outcome])).toEqual([
      ['Why us?', { status: 'skipped', reason: 'unknown-field' }],
      ['Email', { status: 'skipped', reason: 'user-value' }],
    ]);
  });
});

describe('hasUserValue', () => {
  it.each<[string, Partial<FieldDescription>, boolean]>([
    ['empty text', { currentValue: '' }, false],
    ['whitespace', { currentValue: '  ' }, false],
    ['text', { currentValue: 'x' }, true],
    ['select on its placeholder', { control: 'select', options: options('Select...', 'Yes'), currentValue: 'Select...' }, false],
    ['select on a placeholder with an empty label', { control: 'select', options: [{ value: '', label: '--' }], currentValue: '' }, false],
    ['listbox button reading "Select One"', { control: 'listbox-button', currentValue: 'Select One' }, false],
    ['select on a real option', { control: 'select', options: options('Select...', 'Yes'), currentValue: 'Yes' }, true],
    ['empty array', { control: 'checkbox-group', currentValue: [] }, false],
    ['array with a value', { control: 'checkbox-group', currentValue: ['a'] }, true],
  ])('%s', (_title, description, expected) => {
    expect(hasUserValue(field(description))).toBe(expected);
  });
});
