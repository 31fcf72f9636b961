import { isMatchedUrl } from './matches';
import { describe, expect, it } from 'vitest';
import { siteRules } from '../fill/plan';
import { classifyFields } from '../core/classify';
import { chooseOption } from '../core/match';
import { planFill } from '../core/plan';
import { field, fullProfile, labelled, options, profile } from '../core/testing';
import type { FieldDescription } from '../core/types';
import { classifyGreenhouse, greenhouse } from './greenhouse';

const kindOf = (description: FieldDescription) => classifyGreenhouse(description)?.kind;

describe('greenhouse.matches', () => {
  it.each([
    ['https://boards.greenhouse.io/acme/jobs/123', true],
    ['https://boards.greenhouse.io/embed/job_app?for=acme&token=123', true],
    ['https://job-boards.greenhouse.io/acme/jobs/4567', true],
    ['https://job-boards.eu.greenhouse.io/acme/jobs/4567', true],
    ['https://boards.eu.greenhouse.io/acme/jobs/123', true],
    // Where recruiters work, not where candidates apply.
    ['https://app.greenhouse.io/people/123', false],
    ['https://careers.acme-robotics.com/jobs/123', false],
    ['https://greenhouse.io.example.com/jobs/1', false],
  ])('%s -> %s', (url, expected) => {
    expect(isMatchedUrl(new URL(url), greenhouse.hosts)).toBe(expected);
  });
});

describe('classic boards, by name', () => {
  it.each([
    [field({ name: 'job_application[first_name]', htmlId: 'first_name' }), 'firstName'],
    [field({ name: 'job_application[last_name]', htmlId: 'last_name' }), 'lastName'],
    [field({ name: 'job_application[email]', htmlId: 'email' }), 'email'],
    [field({ name: 'job_application[phone]', htmlId: 'phone' }), 'phone'],
    [field({ name: 'job_application[location]', htmlId: 'job_application_location' }), 'location'],
    [field({ control: 'select', name: 'job_application[educations][][school_name_id]', htmlId: 'education_school_name_0' }), 'school'],
    [field({ control: 'select', name: 'job_application[educations][][degree_id]' }), 'degree'],
    [field({ control: 'select', name: 'job_application[educations][][discipline_id]' }), 'discipline'],
    [field({ control: 'date-split', name: 'job_application[educations][][start_date][month]' }), 'educationStart'],
    [field({ control: 'date-split', name: 'job_application[educations][][end_date][month]' }), 'educationEnd'],
    [field({ control: 'select', name: 'job_application[gender]' }), 'gender'],
    [field({ control: 'select', name: 'job_application[hispanic_ethnicity]' }), 'hispanicOrLatino'],
    [field({ control: 'select', name: 'job_application[race]' }), 'race'],
    [field({ control: 'select', name: 'job_application[veteran_status]' }), 'veteran'],
    [field({ control: 'select', name: 'job_application[disability_status]' }), 'disability'],
  ])('%# %o is %s', (description, kind) => {
    const classification = classifyGreenhouse(description);
    expect(classification?.kind).toBe(kind);
    expect(classification?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('never fills the "enter manually" boxes that stand in for the uploads', () => {
    for (const name of ['job_application[resume_text]', 'job_application[cover_letter_text]']) {
      expect(classifyGreenhouse(field({ control: 'textarea', name, htmlId: name.includes('resume') ? 'resume_text' : 'cover_letter_text' }))).toMatchObject({
        kind: 'unknown',
        confidence: 1,
      });
    }
  });

  it('leaves custom questions to the heuristics', () => {
    expect(classifyGreenhouse(labelled('LinkedIn Profile', { name: 'job_application[answers_attributes][0][text_value]' }))).toBeUndefined();
    expect(classifyGreenhouse(labelled('Are you 18 or older?', { control: 'select', name: 'job_application[answers_attributes][4][boolean_value]' }))).toBeUndefined();
  });
});

describe('new boards, by id', () => {
  it.each([
    [field({ htmlId: 'first_name' }), 'firstName'],
    [field({ htmlId: 'candidate-location', control: 'combobox' }), 'location'],
    [field({ htmlId: 'resume', control: 'file' }), 'resume'],
    [field({ htmlId: 'cover_letter', control: 'file' }), 'coverLetter'],
    [field({ htmlId: 'school--0', control: 'combobox' }), 'school'],
    [field({ htmlId: 'degree--1', control: 'combobox' }), 'degree'],
    [field({ htmlId: 'discipline--0', control: 'combobox' }), 'discipline'],
    [field({ htmlId: 'start-month--0', control: 'date-split', dateParts: ['month'] }), 'educationStart'],
    [field({ htmlId: 'end-year--0', control: 'date-split', dateParts: ['year'] }), 'educationEnd'],
    [field({ htmlId: 'gender', control: 'combobox' }), 'gender'],
    [field({ htmlId: 'hispanic_ethnicity', control: 'combobox' }), 'hispanicOrLatino'],
    [field({ htmlId: 'race', control: 'combobox' }), 'race'],
    [field({ htmlId: 'veteran_status', control: 'combobox' }), 'veteran'],
    [field({ htmlId: 'disability_status', control: 'combobox' }), 'disability'],
  ])('%# %o is %s', (description, kind) => {
    expect(kindOf(description)).toBe(kind);
  });

  it('gives a lone month or year box no date: it would receive a whole one', () => {
    expect(classifyGreenhouse(field({ htmlId: 'start-month--0', control: 'combobox' }))).toMatchObject({ kind: 'unknown' });
    expect(classifyGreenhouse(field({ htmlId: 'end-year--0', control: 'text' }))).toMatchObject({ kind: 'unknown' });
    expect(classifyGreenhouse(field({ control: 'text', name: 'job_application[educations][][start_date][month]' }))).toMatchObject({ kind: 'unknown' });
  });

  it('knows new-board fields by their id, never by a name that looks like one', () => {
    expect(classifyGreenhouse(field({ name: 'school--0', control: 'text' }))).toBeUndefined();
  });

  it('knows the upload ids only on file inputs', () => {
    expect(classifyGreenhouse(field({ htmlId: 'resume', control: 'text' }))).toBeUndefined();
  });

  it.each([
    [field({ htmlId: 'company-name-0' }), 'workCompany'],
    [field({ htmlId: 'title-1' }), 'workTitle'],
    [field({ htmlId: 'start-date-month-0', control: 'date-split', dateParts: ['month'] }), 'workStart'],
    [field({ htmlId: 'start-date-year-1', control: 'date-split', dateParts: ['year'] }), 'workStart'],
    [field({ htmlId: 'end-date-month-1', control: 'date-split', dateParts: ['month'] }), 'workEnd'],
    [field({ htmlId: 'current-role-0_1', control: 'checkbox' }), 'workCurrent'],
  ])('employment: %o is %s', (description, kind) => {
    expect(kindOf(description)).toBe(kind);
  });

  it('knows the phone\'s country picker (#country, a combobox) as the dialling code, nothing else named country', () => {
    expect(kindOf(labelled('Country', { htmlId: 'country', control: 'combobox' }))).toBe('phoneCountryCode');
    expect(classifyGreenhouse(labelled('Country', { htmlId: 'country', control: 'text' }))).toBeUndefined();
  });

  it('gives a job\'s lone month or year box no date', () => {
    expect(classifyGreenhouse(field({ htmlId: 'start-date-month-0', control: 'combobox' }))).toMatchObject({ kind: 'unknown' });
  });

  it('leaves custom questions (question_<id>) to the heuristics', () => {
    expect(classifyGreenhouse(labelled('Do you have experience with Kubernetes?', { htmlId: 'question_3006', control: 'combobox' }))).toBeUndefined();
  });
});

describe('classic boards, by the fields the adapter presents', () => {
  it('knows the uploads by their fieldset, whose "Attach" feeds the S3 form', () => {
    expect(kindOf(labelled('Resume/CV *', { htmlId: 'resume_fieldset', control: 'file' }))).toBe('resume');
    expect(kindOf(labelled('Cover Letter', { htmlId: 'cover_letter_fieldset', control: 'file' }))).toBe('coverLetter');
    expect(classifyGreenhouse(field({ htmlId: 'resume_fieldset', control: 'text' }))).toBeUndefined();
  });

  it('knows the school search (a hidden input under select2) by its name', () => {
    expect(kindOf(labelled('School', { control: 'combobox', name: 'job_application[educations][][school_name_id]', htmlId: 'education_school_name_1' }))).toBe('school');
  });
});

describe('prepare: what the page learns of the profile', () => {
  it('only how many schools and jobs to have entries for', () => {
    const jordan = fullProfile();
    expect(greenhouse.prepare!(jordan, undefined)).toEqual({ schools: jordan.education.length, jobs: jordan.work.length });
  });
});

describe('with the engine', () => {
  it('plans the school search with the profile\'s school name, and both jobs of the Employment section', () => {
    const jordan = fullProfile();
    const fields = [
      labelled('School', { ref: 'school', control: 'combobox', name: 'job_application[educations][][school_name_id]', section: 'Education', entryIndex: 0 }),
      labelled('Company name', { ref: 'company', htmlId: 'company-name-1', section: 'Employment', entryIndex: 1 }),
      labelled('Current role', { ref: 'current', htmlId: 'current-role-0_1', control: 'checkbox', section: 'Employment', entryIndex: 0 }),
    ];
    const plan = planFill(classifyFields(fields, jordan, siteRules(greenhouse, jordan)), jordan, { documents: [] });
    expect(plan.actions).toEqual([
      expect.objectContaining({ ref: 'school', op: 'choose', search: jordan.education[0]!.school }),
      expect.objectContaining({ ref: 'company', op: 'text', value: jordan.work[1]!.company }),
      expect.objectContaining({ ref: 'current', op: 'toggle', checked: jordan.work[0]!.current }),
    ]);
  });

  it('picks "United States +1" for +1 in the United States, among the other +1 countries', () => {
    const jordan = fullProfile();
    const country = labelled('Country', { ref: 'country', htmlId: 'country', control: 'combobox' });
    const [action] = planFill(classifyFields([country], jordan, siteRules(greenhouse, jordan)), jordan, { documents: [] }).actions;
    expect(action).toMatchObject({ op: 'choose', meaning: { type: 'phoneCountryCode', code: '+1', country: 'United States' } });
    const offered = options('Afghanistan +93', 'American Samoa +1', 'Canada +1', 'United States +1', 'United States Minor Outlying Islands +1');
    expect(chooseOption(offered, action as Parameters<typeof chooseOption>[1])?.label).toBe('United States +1');
  });

  it('leaves the country picker alone for a +1 profile that names no country: Canada is +1 too', () => {
    const offered = options('Canada +1', 'United States +1');
    expect(chooseOption(offered, { accept: ['+1'], meaning: { type: 'phoneCountryCode', code: '+1' } })).toBeUndefined();
  });


  it('site rules decide first; custom questions fall back to the heuristics', () => {
    const fields = [
      field({ htmlId: 'gender', control: 'combobox', labels: ['Gender'] }),
      labelled('LinkedIn Profile', { htmlId: 'question_3001' }),
      labelled('Why do you want to work here?', { control: 'textarea', htmlId: 'question_3007' }),
      labelled('Are you 18 or older?', { control: 'combobox', htmlId: 'question_3005' }),
    ];
    const answers = profile({ answers: [{ question: 'Why do you want to work here?', answer: 'Because.' }] });
    const kinds = classifyFields(fields, answers, siteRules(greenhouse, answers)).map((c) => c.classification.kind);
    expect(kinds).toEqual(['gender', 'linkedin', 'savedAnswer', 'unknown']);
  });
});
