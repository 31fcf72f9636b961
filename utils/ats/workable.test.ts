import { describe, expect, it } from 'vitest';
import { siteRules } from '../fill/plan';
import { classifyFields } from '../core/classify';
import { planFill } from '../core/plan';
import { labelled, profile } from '../core/testing';
import type { FieldDescription } from '../core/types';
import { isMatchedUrl } from './matches';
import { workable, type WorkableField } from './workable';
import { classifyWorkableUi, cleanLabel, isFieldUi } from './workable/fields';

describe('workable.hosts', () => {
  it.each([
    ['https://apply.workable.com/acme-analytics/j/9C43981D17/apply/', true],
    ['https://apply.workable.com/j/9C43981D17', true],
    ['https://jobs.workable.com/view/abc', false],
    ['https://apply.workable.com.evil.example/acme/j/1/apply/', false],
  ])('%s -> %s', (url, expected) => {
    expect(isMatchedUrl(new URL(url), workable.hosts)).toBe(expected);
  });
});

describe('isFieldUi', () => {
  it.each(['firstname', 'lastname', 'email', 'phone', 'address', 'headline', 'summary', 'cover_letter', 'resume', 'avatar', 'QA_7493844', 'CA_6938'])(
    '%s names a field',
    (ui) => {
      expect(isFieldUi(ui)).toBe(true);
    },
  );

  it.each(['section-fields', 'section', 'option', 'application-form', 'apply-button', 'clear-section-0', 'QA_', 'qa_12', 'education', '', null, undefined])(
    '%s does not',
    (ui) => {
      expect(isFieldUi(ui)).toBe(false);
    },
  );
});

describe('classifyWorkableUi', () => {
  it.each([
    ['firstname', 'firstName'],
    ['lastname', 'lastName'],
    ['email', 'email'],
    ['phone', 'phone'],
    ['address', 'location'],
    ['headline', 'currentTitle'],
  ] as const)('data-ui=%s is the %s', (ui, kind) => {
    expect(classifyWorkableUi(ui, 'text')).toMatchObject({ kind, confidence: 0.99 });
  });

  it('takes the list in the phone’s box as its country’s dialling code, and the box’s text input as the number', () => {
    expect(classifyWorkableUi('phone', 'listbox-button')).toMatchObject({ kind: 'phoneCountryCode' });
    expect(classifyWorkableUi('phone', 'text')).toMatchObject({ kind: 'phone' });
  });

  it('leaves free text and custom questions to the heuristics, which read their labels', () => {
    for (const ui of ['summary', 'cover_letter', 'QA_626779', 'CA_6938', undefined]) expect(classifyWorkableUi(ui, 'textarea')).toBeUndefined();
  });

  it('gives the resume only to data-ui=resume, a cover letter only to data-ui=cover_letter, and nothing to the photo or a question’s upload', () => {
    expect(classifyWorkableUi('resume', 'file')).toMatchObject({ kind: 'resume' });
    expect(classifyWorkableUi('cover_letter', 'file')).toMatchObject({ kind: 'coverLetter' });
    for (const ui of ['avatar', 'QA_123', undefined]) expect(classifyWorkableUi(ui, 'file')).toMatchObject({ kind: 'unknown', confidence: 1 });
  });
});

describe('cleanLabel', () => {
  it.each([
    ['SVGs not supported by this browser.Yes', 'Yes'],
    ['* How did you hear about us?', 'How did you hear about us?'],
    ['Address (Optional) SVGs not supported by this browser.', 'Address'],
    ['Your pronouns (e.g., she/her, he/him, they/them) (Optional)', 'Your pronouns (e.g., she/her, he/him, they/them)'],
    ['SVGs not supported by this browser.', ''],
    ['No - I do not live in WA state', 'No - I do not live in WA state'],
  ])('%j -> %j', (text, clean) => {
    expect(cleanLabel(text)).toBe(clean);
  });
});

describe('Workable fields through the engine', () => {
  const jordan = profile({
    personal: { firstName: 'Jordan', lastName: 'Rivera', address: { city: 'New York', region: 'NY', country: 'United States', line1: '123 Example Street' } },
    application: { workAuthorization: { US: true }, requiresSponsorship: false, willingToRelocate: true, referralSource: 'LinkedIn' },
  });
  const plan = (fields: FieldDescription[]) =>
    planFill(classifyFields(fields, jordan, siteRules(workable, jordan)), jordan, { documents: ['resume', 'coverLetter'] });
  const ui = (workableUi: string, field: FieldDescription): WorkableField => ({ ...field, workableUi });

  it('puts the location, not the street, into the address that asks for city, region and country', () => {
    const address = ui('address', labelled('Address', { name: 'address', description: 'Include your city, region, and country, so that employers can easily manage your application.' }));
    expect(plan([address]).actions).toEqual([expect.objectContaining({ kind: 'location', op: 'text', value: 'New York, NY, United States' })]);
  });

  it('attaches the resume to the resume input and leaves a photo labelled like a resume', () => {
    const photo = ui('avatar', labelled('Resume', { control: 'file', accept: 'image/png' }));
    const resume = ui('resume', labelled('SVGs not supported by this browser.', { control: 'file' }));
    const { actions, results } = plan([photo, resume]);
    expect(actions).toEqual([{ ref: resume.ref, kind: 'resume', op: 'file', role: 'resume' }]);
    expect(results).toEqual([expect.objectContaining({ ref: photo.ref, outcome: { status: 'skipped', reason: 'unknown-field' } })]);
  });

  it('answers a YES/NO question by the value its option means', () => {
    const question = ui(
      'QA_7493844',
      labelled('Are you legally authorized to work in the United States?', {
        control: 'radio-group',
        options: [
          { value: 'true', label: 'YES' },
          { value: 'false', label: 'NO' },
        ],
      }),
    );
    expect(plan([question]).actions).toEqual([expect.objectContaining({ kind: 'workAuthorization', op: 'check', optionValues: ['true'] })]);
  });

  it('picks the phone’s country by its dialling code and the applicant’s country', () => {
    const londoner = profile({ personal: { phoneCountryCode: '+44', phone: '20 7946 0958', address: { city: 'London', country: 'United Kingdom' } } });
    const picker = ui('phone', labelled('Telephone country code', { control: 'listbox-button' }));
    const { actions } = planFill(classifyFields([picker], londoner, siteRules(workable, londoner)), londoner, { documents: [] });
    expect(actions).toEqual([expect.objectContaining({ kind: 'phoneCountryCode', op: 'choose', meaning: { type: 'phoneCountryCode', code: '+44', country: 'United Kingdom' } })]);
  });

  it('asks the dropdown, whose options show only once it opens, for the option that means the answer', () => {
    const dropdown = ui('QA_1223184', labelled('How did you learn about Acme Analytics?', { control: 'listbox-button', name: 'QA_1223184' }));
    expect(plan([dropdown]).actions).toEqual([expect.objectContaining({ kind: 'referralSource', op: 'choose', accept: ['LinkedIn'] })]);
  });
});
