import { describe, expect, it } from 'vitest';
import { generic } from '../ats/generic';
import { greenhouse } from '../ats/greenhouse';
import { workday } from '../ats/workday';
import { field, fullProfile, labelled, profile } from '../core/testing';
import { isEmptyProfile, planPage } from './plan';

describe('planPage: the extension decides, the page gets values for its fields only', () => {
  const jordan = fullProfile();

  it('returns an action per answerable field, each with the value for that field alone', () => {
    const plan = planPage({
      adapter: generic,
      profile: jordan,
      fields: [labelled('Email', { ref: 'a', inputType: 'email' }), labelled('Favourite colour', { ref: 'b' })],
      documents: ['resume'],
    });
    expect(plan.actions).toEqual([expect.objectContaining({ ref: 'a', op: 'text', value: jordan.personal.email })]);
    expect(plan.skipped).toEqual([expect.objectContaining({ ref: 'b', outcome: { status: 'skipped', reason: 'unknown-field' } })]);
    expect(plan.kinds).toEqual({ a: 'email', b: 'unknown' });
    // Nothing else of the profile is in the plan.
    expect(JSON.stringify(plan)).not.toContain(jordan.personal.phone);
    expect(plan.documentRoles).toEqual([]);
  });

  it('names the documents only when the page has an upload field for them', () => {
    const plan = planPage({ adapter: generic, profile: jordan, fields: [field({ ref: 'r', control: 'file', labels: ['Resume/CV'] })], documents: ['resume', 'coverLetter'] });
    expect(plan.actions).toEqual([expect.objectContaining({ ref: 'r', op: 'file', role: 'resume' })]);
    expect(plan.documentRoles).toEqual(['resume']);
  });

  it('uses the adapter’s own rules with the profile (Workday’s website entries)', () => {
    const plan = planPage({ adapter: workday, profile: jordan, fields: [field({ ref: 'w', htmlId: 'name--legalName--firstName' })], documents: [] });
    expect(plan.actions).toEqual([expect.objectContaining({ ref: 'w', value: jordan.personal.firstName })]);
  });
});

describe('prepare: what a page learns of the profile before a fill', () => {
  it('Greenhouse: how many schools and jobs, nothing more', () => {
    const profile = fullProfile();
    expect(greenhouse.prepare!(profile, undefined)).toEqual({ schools: profile.education.length, jobs: profile.work.length });
  });

  it('Workday: which profile entry each entry on the page takes, as positions', () => {
    const jordan = fullProfile();
    const setup = workday.prepare!(jordan, { work: [{ started: false, names: {} }] });
    expect(setup.entries.work).toEqual({ existing: [0], added: jordan.work.slice(1).map((_, index) => index + 1) });
    expect(setup.entries.education).toBeUndefined();
    expect(JSON.stringify(setup)).not.toContain(jordan.work[0]!.company);
  });
});

describe('isEmptyProfile', () => {
  it('is true only when the profile holds nothing to fill', () => {
    expect(isEmptyProfile(profile(), 0)).toBe(true);
    expect(isEmptyProfile(profile(), 1)).toBe(false);
    expect(isEmptyProfile(fullProfile(), 0)).toBe(false);
  });
});
