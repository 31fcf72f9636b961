import { describe, expect, it } from 'vitest';
import type { SavedAnswer } from '../profile/schema';
import { classifyFields } from './classify';
import { isSensitiveAnswer, lessonFrom, mergeSavedAnswers, savedAnswersUsed } from './learning';
import { planFill } from './plan';
import { field, options, profile } from './testing';
import type { FieldDescription } from './types';

const answered = (overrides: Partial<FieldDescription>) => field(overrides);

describe('lessonFrom: what is never learned', () => {
  it.each([
    ['a password', { inputType: 'password', labels: ['Choose a password'], currentValue: 'hunter22' }],
    ['a password named so', { labels: ['Password'], currentValue: 'hunter22' }],
    ['an SSN by label', { labels: ['Social Security Number'], currentValue: '123-45-6789' }],
    ['an SSN by name', { labels: ['Identification'], name: 'applicant[ssn]', currentValue: '123456789' }],
    ['an SSN by its shape alone', { labels: ['Anything else we should know?'], currentValue: 'My number is 123-45-6789' }],
    ['a national insurance number', { labels: ['National Insurance number'], currentValue: 'QQ123456C' }],
    ['a social insurance number', { labels: ['SIN (Social Insurance Number)'], currentValue: '046 454 286' }],
    ['a passport number', { labels: ['Passport number'], currentValue: 'X1234567' }],
    ['a tax id', { labels: ['Tax ID'], currentValue: '12-3456789' }],
    ['a driver licence number', { labels: ["Driver's license number"], currentValue: 'D1234567' }],
    ['a card by autocomplete', { labels: ['Number'], autocomplete: 'cc-number', currentValue: '4111' }],
    ['a card number by its digits alone', { labels: ['Reference'], currentValue: '4111 1111 1111 1111' }],
    ['a card expiry', { labels: ['Expiration date'], autocomplete: 'cc-exp', currentValue: '12/29' }],
    ['a CVV', { labels: ['CVV'], currentValue: '123' }],
    ['a bank account', { labels: ['IBAN'], currentValue: 'DE89370400440532013000' }],
    ['a date of birth', { labels: ['Date of birth'], currentValue: '01/02/1990' }],
    ['a date of birth as DOB', { labels: ['DOB (MM/DD/YYYY)'], currentValue: '01/02/1990' }],
    ['a birthday by autocomplete', { labels: ['When?'], autocomplete: 'bday', currentValue: '1990-01-02' }],
    ['a birth date by id', { labels: ['Date'], htmlId: 'birthDate', currentValue: '1990-01-02' }],
    ['a one-time code', { labels: ['Verification code'], currentValue: '123456' }],
  ])('%s', (_title, overrides) => {
    expect(lessonFrom(answered(overrides as Partial<FieldDescription>), 'unknown')).toEqual({ to: 'none', reason: 'sensitive' });
  });

  it.each([
    ['a profile field', { labels: ['First name'], currentValue: 'Jordan' }, 'firstName', 'profile field'],
    ['an empty answer', { labels: ['Why us?'], currentValue: '  ' }, 'unknown', 'empty'],
    ['a select still on its placeholder', { control: 'select', labels: ['Pick'], options: options('Select...', 'A'), currentValue: 'Select...' }, 'unknown', 'empty'],
    ['a field without a question', { labels: [], currentValue: 'x' }, 'unknown', 'not a question'],
    ['a single checkbox', { control: 'checkbox', labels: ['I agree'], currentValue: 'on' }, 'unknown', 'unsupported control'],
    ['a file', { control: 'file', labels: ['Portfolio'], currentValue: 'me.pdf' }, 'unknown', 'unsupported control'],
    ['several ticks', { control: 'checkbox-group', labels: ['Offices?'], options: options('NY', 'SF'), currentValue: ['NY', 'SF'] }, 'unknown', 'unclear choice'],
    ['an EEO answer the wording does not tell', { control: 'select', labels: ['Gender'], options: options('Other'), currentValue: 'Other' }, 'gender', 'unclear choice'],
  ])('%s', (_title, overrides, kind, reason) => {
    expect(lessonFrom(answered(overrides as Partial<FieldDescription>), kind as never)).toEqual({ to: 'none', reason });
  });
});

describe('lessonFrom: what is learned', () => {
  it.each([
    [
      'typed text',
      { labels: ['How many years of experience do you have with Kubernetes? *'], currentValue: ' 4 ' },
      { question: 'How many years of experience do you have with Kubernetes?', control: 'text', answer: '4' },
    ],
    ['a long answer', { control: 'textarea', labels: ['Why us?'], currentValue: 'The mission.' }, { question: 'Why us?', control: 'textarea', answer: 'The mission.' }],
    ['a typed yes', { labels: ['Are you 18 or older?'], currentValue: 'yes' }, { question: 'Are you 18 or older?', control: 'yesNo', answer: 'yes' }],
    [
      'a yes/no radio, by meaning',
      { control: 'radio-group', labels: ['Are you 18 years of age or older?'], options: options('Yes, I am', 'No, I am not'), currentValue: 'Yes, I am' },
      { question: 'Are you 18 years of age or older?', control: 'yesNo', answer: 'Yes', option: 'Yes, I am' },
    ],
    [
      'a yes/no select with a decline',
      { control: 'select', labels: ['Do you drive?'], options: [{ value: '', label: 'Select...' }, { value: '1', label: 'Yes' }, { value: '0', label: 'No' }, { value: '2', label: 'Prefer not to say' }], currentValue: '0' },
      { question: 'Do you drive?', control: 'yesNo', answer: 'No', option: 'No' },
    ],
    [
      'a choice by its label, not its value',
      { control: 'select', labels: ['Preferred work arrangement'], options: [{ value: '7', label: 'Remote' }, { value: '8', label: 'Hybrid' }], currentValue: '8' },
      { question: 'Preferred work arrangement', control: 'select', answer: 'Hybrid', option: 'Hybrid' },
    ],
    [
      'one tick',
      { control: 'checkbox-group', labels: ['Which office?'], options: options('NY', 'SF'), currentValue: ['SF'] },
      { question: 'Which office?', control: 'checkbox', answer: 'SF', option: 'SF' },
    ],
    [
      'a combobox by the text it shows',
      { control: 'combobox', labels: ['Timezone'], currentValue: 'CET' },
      { question: 'Timezone', control: 'combobox', answer: 'CET', option: 'CET' },
    ],
    ['an answer Applyfill had filled from a saved one', { labels: ['Why us?'], currentValue: 'Changed' }, { question: 'Why us?', control: 'text', answer: 'Changed' }],
  ])('%s', (_title, overrides, answer) => {
    expect(lessonFrom(answered(overrides as Partial<FieldDescription>), _title.includes('saved') ? 'savedAnswer' : 'unknown')).toEqual({ to: 'answers', answer });
  });

  it.each([
    ['gender', 'Female', { gender: 'female' }],
    ['hispanicOrLatino', 'No', { hispanicOrLatino: 'no' }],
    ['race', 'Asian (Not Hispanic or Latino)', { race: 'asian' }],
    ['veteran', 'I am not a protected veteran', { veteran: 'not-protected' }],
    ['disability', "I don't wish to answer", { disability: 'decline' }],
  ])('an EEO answer (%s) goes to the EEO section, not to saved answers', (kind, label, eeo) => {
    const lesson = lessonFrom(answered({ control: 'select', labels: ['The question'], options: options('Select...', label), currentValue: label }), kind as never);
    expect(lesson).toEqual({ to: 'eeo', question: 'The question', shown: label, eeo });
  });
});

describe('isSensitiveAnswer, for what arrives in a message', () => {
  it.each([
    [{ question: 'Date of birth', answer: '1990-01-02' }, true],
    [{ question: 'Anything else?', answer: '123-45-6789' }, true],
    [{ question: 'Pick one', answer: 'x', option: '4111 1111 1111 1111' }, true],
    [{ question: 'Are you 18 or older?', answer: 'Yes' }, false],
  ])('%j: %s', (answer, sensitive) => {
    expect(isSensitiveAnswer(answer)).toBe(sensitive);
  });
});

describe('mergeSavedAnswers', () => {
  const old: SavedAnswer[] = [
    { question: 'Are you 18 or older?', control: 'yesNo', answer: 'No' },
    { question: 'Why us?', control: 'text', answer: 'Old' },
  ];

  it('replaces an answer to the same question in other words and adds new ones', () => {
    expect(
      mergeSavedAnswers(old, [
        { question: 'Are you at least 18 years of age?', control: 'yesNo', answer: 'Yes', option: 'Yes' },
        { question: 'Do you have experience with Kubernetes?', control: 'yesNo', answer: 'Yes' },
      ]),
    ).toEqual([
      { question: 'Are you at least 18 years of age?', control: 'yesNo', answer: 'Yes', option: 'Yes' },
      { question: 'Why us?', control: 'text', answer: 'Old' },
      { question: 'Do you have experience with Kubernetes?', control: 'yesNo', answer: 'Yes' },
    ]);
  });
});

describe('saved answers fill other wordings of the question and of its options', () => {
  const saved = profile({
    answers: [
      { question: 'Are you 18 years of age or older?', control: 'yesNo', answer: 'Yes', option: 'Yes' },
      { question: 'What is your preferred work arrangement?', control: 'select', answer: 'Hybrid', option: 'Hybrid' },
      { question: 'How many years of experience do you have with Kubernetes?', control: 'text', answer: '4' },
      { question: 'Which of our offices could you work from?', control: 'checkbox', answer: 'New York', option: 'New York' },
    ],
  });

  it.each([
    ['a yes/no as radios worded otherwise', { control: 'radio-group', labels: ['Are you at least 18 years old?'], options: options('No, I am not', 'Yes, I am') }, { op: 'check', optionValues: ['Yes, I am'] }],
    ['a yes/no as a select', { control: 'select', labels: ['Are you 18+?'], options: options('Select...', 'Yes', 'No') }, { op: 'select', optionLabel: 'Yes' }],
    ['a yes/no as a text box', { labels: ['Are you over the age of 18?'] }, { op: 'text', value: 'Yes' }],
    ['a choice with an aside', { control: 'radio-group', labels: ['Which work arrangement do you prefer?'], options: options('Fully remote', 'Hybrid (2-3 days in office)', 'In office') }, { op: 'check', optionValues: ['Hybrid (2-3 days in office)'] }],
    ['a choice as a text box', { labels: ['Preferred work arrangement'] }, { op: 'text', value: 'Hybrid' }],
    ['a count, reworded', { labels: ['Years of experience with Kubernetes'] }, { op: 'text', value: '4' }],
    ['a tick, reworded', { control: 'checkbox-group', labels: ['Which of our offices could you work from? (Check all that apply)'], options: options('London', 'New York City (HQ)', 'New York'), currentValue: [] }, { op: 'check', optionValues: ['New York'] }],
  ])('%s', (_title, description, action) => {
    const fields = [field({ currentValue: '', ...(description as Partial<FieldDescription>) })];
    const plan = planFill(classifyFields(fields, saved), saved, { documents: [] });
    expect(plan.actions[0]).toMatchObject({ kind: 'savedAnswer', ...action });
  });

  it.each([
    ['yes/no asked as a count', { labels: ['How many years have you been 18?'] }],
    ['another tool', { labels: ['How many years of experience do you have with Docker?'] }],
    ['experience asked as yes or no', { control: 'select', labels: ['Do you have experience with Kubernetes?'], options: options('Yes', 'No') }],
    ['another age', { control: 'select', labels: ['Are you 21 or older?'], options: options('Yes', 'No') }],
    ['a choice whose options mean none of the answer', { control: 'radio-group', labels: ['What is your preferred work arrangement?'], options: options('Remote', 'On-site') }],
  ])('stays for the user: %s', (_title, description) => {
    const fields = [field({ currentValue: '', ...(description as Partial<FieldDescription>) })];
    const plan = planFill(classifyFields(fields, saved), saved, { documents: [] });
    expect(plan.actions).toEqual([]);
  });

  it('counts the fields a fill answered from saved answers', () => {
    expect(
      savedAnswersUsed({
        results: [
          { kind: 'savedAnswer', outcome: { status: 'filled' } },
          { kind: 'savedAnswer', outcome: { status: 'skipped' } },
          { kind: 'email', outcome: { status: 'filled' } },
        ],
      }),
    ).toBe(1);
  });
});
