import { describe, expect, it } from 'vitest';
import { siteRules } from '../fill/plan';
import { classifyField, classifyFields } from '../core/classify';
import { planFill } from '../core/plan';
import { field, fullProfile, labelled, options } from '../core/testing';
import type { FieldDescription } from '../core/types';
import { ashby } from './ashby';
import { classifyAshby, kindOfPath, systemPathIn, type AshbyField } from './ashby/fields';
import { isMatchedUrl } from './matches';

const ada = fullProfile();
const heuristics = (asked: FieldDescription) => classifyField(asked, ada);
const FORM = '1e2d3c4b-5a69-4788-97a6-b5c4d3e2f1a0';
const SURVEY = '9a8b7c6d-5e4f-4321-8fed-cba987654321';

describe('ashby.hosts', () => {
  it.each([
    ['https://jobs.ashbyhq.com/acme/4f1c9a7e-2b3d-4e5f-8a6b-7c8d9e0f1a2b/application', true],
    ['https://jobs.ashbyhq.com/acme/4f1c9a7e-2b3d-4e5f-8a6b-7c8d9e0f1a2b', true],
    ['https://app.ashbyhq.com/jobs', false],
    ['https://jobs.ashbyhq.com.evil.example/acme/1/application', false],
    ['http://jobs.ashbyhq.com/acme/1/application', false],
  ])('%s -> %s', (url, expected) => {
    expect(isMatchedUrl(new URL(url), ashby.hosts)).toBe(expected);
  });
});

describe('systemPathIn', () => {
  it.each([
    [`${SURVEY}__systemfield_eeoc_gender`, '_systemfield_eeoc_gender'],
    [`${SURVEY}__systemfield_eeoc_race-labeled-radio-7`, '_systemfield_eeoc_race'],
    [`${SURVEY}__systemfield_eeoc_veteran_status`, '_systemfield_eeoc_veteran_status'],
    ['_systemfield_name', '_systemfield_name'],
  ])('%s names %s', (identifier, path) => {
    expect(systemPathIn(identifier)).toBe(path);
  });

  it.each([`${FORM}_cf5c8e1d-0f3b-4a6c-9d2e-5b7f1c4a8e0d`, 'cf5c8e1d-0f3b-4a6c-9d2e-5b7f1c4a8e0d', 'LinkedIn', undefined])('%s names no system field', (identifier) => {
    expect(systemPathIn(identifier)).toBeUndefined();
  });
});

describe('kindOfPath', () => {
  it.each([
    ['_systemfield_name', 'fullName'],
    ['_systemfield_email', 'email'],
    ['_systemfield_location', 'location'],
    ['_systemfield_resume', 'resume'],
    ['_systemfield_eeoc_gender', 'gender'],
    ['_systemfield_eeoc_race', 'race'],
    ['_systemfield_eeoc_veteran_status', 'veteran'],
    ['_systemfield_eeoc_disability_status', 'disability'],
  ])('%s is %s', (path, kind) => {
    expect(kindOfPath(path)).toBe(kind);
  });

  it.each(['_systemfield_pre_parsed_resume', '_systemfield_texting_consent', '7b0d3f6e-5a8c-4b1d-8e7f-0c2a6d9b3f58', undefined])('leaves %s to the heuristics', (path) => {
    expect(kindOfPath(path)).toBeUndefined();
  });
});

describe('classifyAshby', () => {
  const at = (path: string, overrides: Partial<AshbyField>): AshbyField => ({ ...field(overrides), ashbyPath: path });

  it('takes the kind from the path, whatever the label says', () => {
    expect(classifyAshby(at('_systemfield_name', { labels: ['Legal Name'] }), ada, heuristics)).toMatchObject({ kind: 'fullName' });
    expect(classifyAshby(at('_systemfield_location', { labels: ['Location'], control: 'combobox' }), ada, heuristics)).toMatchObject({ kind: 'location' });
    expect(classifyAshby(at('_systemfield_resume', { labels: ['Resume'], control: 'file' }), ada, heuristics)).toMatchObject({ kind: 'resume' });
  });

  it('reads an EEO radio group by the end of its name when no entry names it', () => {
    const gender = field({ control: 'radio-group', name: `${SURVEY}__systemfield_eeoc_gender`, options: options('Male', 'Female', 'Decline to self-identify') });
    expect(classifyAshby(gender, ada, heuristics)).toMatchObject({ kind: 'gender' });
  });

  it('gives the resume to _systemfield_resume only: never an employer’s own file question', () => {
    const custom = at('5f8b1d4c-3e6a-4f9b-8c5d-8a0e4b7f1d36', { labels: ['Resume / CV'], control: 'file' });
    expect(classifyAshby(custom, ada, heuristics)).toMatchObject({ kind: 'unknown', confidence: 1 });
    const cover = at('5f8b1d4c-3e6a-4f9b-8c5d-8a0e4b7f1d36', { labels: ['Cover Letter'], control: 'file' });
    expect(classifyAshby(cover, ada, heuristics)).toMatchObject({ kind: 'coverLetter' });
  });

  it('refuses a system path on a control that cannot hold it', () => {
    expect(classifyAshby(at('_systemfield_resume', { labels: ['Resume'], control: 'text' }), ada, heuristics)).toMatchObject({ kind: 'unknown' });
    expect(classifyAshby(at('_systemfield_name', { labels: ['Name'], control: 'file' }), ada, heuristics)).toMatchObject({ kind: 'unknown' });
  });

  it('leaves custom questions to the heuristics', () => {
    expect(classifyAshby(at('7b0d3f6e-5a8c-4b1d-8e7f-0c2a6d9b3f58', { labels: ['Are you legally authorized to work in the United States?'], control: 'radio-group' }), ada, heuristics)).toBeUndefined();
  });
});

describe('planning an Ashby form', () => {
  const yesNo = (question: string, path: string): AshbyField => ({
    ...labelled(question, { control: 'radio-group', options: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }] }),
    ashbyPath: path,
  });
  const plan = (fields: FieldDescription[]) => planFill(classifyFields(fields, ada, siteRules(ashby, ada)), ada, { documents: ['resume'] });

  it('answers Yes/No pairs by pressing the button that means the profile’s answer, and leaves the rest', () => {
    const authorized = yesNo('Are you legally authorized to work in the United States?', 'a');
    const sponsorship = yesNo('Will you now or in the future require sponsorship for employment visa status?', 'b');
    const before = yesNo('Have you previously worked at Acme?', 'c');
    const { actions, results } = plan([authorized, sponsorship, before]);
    expect(actions).toEqual([
      { ref: authorized.ref, kind: 'workAuthorization', op: 'check', optionValues: ['yes'] },
      { ref: sponsorship.ref, kind: 'sponsorship', op: 'check', optionValues: ['no'] },
    ]);
    expect(results).toMatchObject([{ ref: before.ref, outcome: { status: 'skipped', reason: 'unknown-field' } }]);
  });

  it('leaves a Yes/No pair the candidate already pressed', () => {
    const pressed = { ...yesNo('Are you legally authorized to work in the United States?', 'a'), currentValue: 'no' };
    expect(plan([pressed]).results).toMatchObject([{ ref: pressed.ref, outcome: { status: 'skipped', reason: 'user-value' } }]);
  });

  it('sends the resume to the resume field only, and the location as a search by city', () => {
    const resume: AshbyField = { ...labelled('Resume', { control: 'file' }), ashbyPath: '_systemfield_resume' };
    const other: AshbyField = { ...labelled('Resume', { control: 'file' }), ashbyPath: 'f0e1d2c3-b4a5-4968-8776-655443322110' };
    const location: AshbyField = { ...labelled('Location', { control: 'combobox' }), ashbyPath: '_systemfield_location' };
    const { actions } = plan([resume, other, location]);
    expect(actions).toEqual([
      { ref: resume.ref, kind: 'resume', op: 'file', role: 'resume' },
      {
        ref: location.ref,
        kind: 'location',
        op: 'choose',
        search: 'New York',
        accept: ['New York, NY, United States'],
        meaning: { type: 'text', value: 'New York, NY, United States', domain: 'location' },
      },
    ]);
  });
});
