import { describe, expect, it } from 'vitest';
import { siteRules } from '../fill/plan';
import { classifyFields } from '../core/classify';
import { planFill } from '../core/plan';
import { fullProfile, labelled } from '../core/testing';
import type { FieldDescription } from '../core/types';
import { isMatchedUrl } from './matches';
import { smartrecruiters } from './smartrecruiters';
import type { SmartRecruitersField } from './smartrecruiters/fields';

describe('smartrecruiters.hosts', () => {
  it.each([
    ['https://jobs.smartrecruiters.com/oneclick-ui/company/Acme/publication/3c9a4f52-7d1e-4b8a-9f60-2e5d7c1b0a93?dcr_ci=Acme', true],
    ['https://jobs.smartrecruiters.com/Acme/744000012345678-senior-software-engineer', true],
    ['https://api.smartrecruiters.com/v1/companies/Acme/postings', false],
    ['https://jobs.smartrecruiters.com.evil.example/oneclick-ui/company/Acme/publication/1', false],
  ])('%s -> %s', (url, expected) => {
    expect(isMatchedUrl(new URL(url), smartrecruiters.hosts)).toBe(expected);
  });
});

describe('classifying by what annotate read off the components', () => {
  const jordan = fullProfile();
  const plan = (fields: FieldDescription[]) =>
    planFill(classifyFields(fields, jordan, siteRules(smartrecruiters, jordan)), jordan, { documents: ['resume'] });

  it('puts the resume only into the drop zone’s input, never into the avatar beside the name', () => {
    const avatar: SmartRecruitersField = { ...labelled('Upload profile image', { ref: 'avatar', control: 'file' }), srKind: 'unknown' };
    const zone: SmartRecruitersField = { ...labelled('Choose a file or drop it here', { ref: 'zone', control: 'file', htmlId: 'file-input' }), srKind: 'resume' };
    const { actions } = plan([avatar, zone]);
    expect(actions).toEqual([{ ref: 'zone', kind: 'resume', op: 'file', role: 'resume' }]);
  });

  it('answers the city search with the place, searched by the city', () => {
    const city: SmartRecruitersField = { ...labelled('City*', { ref: 'city', control: 'combobox' }), srKind: 'location' };
    const [action] = plan([city]).actions;
    expect(action).toMatchObject({ ref: 'city', kind: 'location', op: 'choose', search: jordan.personal.address.city });
  });

  it('leaves what the markup marks as no profile field, whatever its wording', () => {
    const message: SmartRecruitersField = { ...labelled('Why do you want to work here?', { ref: 'message', control: 'textarea', htmlId: 'hiring-manager-message-input' }), srKind: 'unknown' };
    expect(plan([message]).actions).toEqual([]);
  });

  it('falls back to the heuristics for the screening questions', () => {
    expect(siteRules(smartrecruiters, fullProfile())!(labelled('Will you now or in the future require sponsorship for an employment visa?*'))).toBeUndefined();
  });
});
