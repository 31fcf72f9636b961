import { describe, expect, it } from 'vitest';
import { describeChanges } from './diff';
import { emptyProfile, ProfileSchema } from './schema';
import { fullProfile } from './testFixtures';

describe('describeChanges', () => {
  it('says nothing when nothing changes', () => {
    expect(describeChanges(fullProfile(), fullProfile(), [], [])).toEqual([]);
  });

  it('describes each change in a line', () => {
    const before = fullProfile();
    const after = ProfileSchema.parse({
      ...before,
      personal: { ...before.personal, firstName: 'Sam', middleName: '', lastName: 'Lee', summary: 'New' },
      work: [...before.work, { company: 'Hooli' }],
      skills: ['Go', 'Rust', 'SQL'],
      application: { ...before.application, requiresSponsorship: undefined, eeo: { ...before.application.eeo, gender: 'female' } },
    });
    expect(
      describeChanges(before, after, [], [{ role: 'resume', name: 'Jordan_Rivera_Resume.pdf', size: 120 * 1024 }]),
    ).toEqual([
      'Name: Jordan Avery Lee Rivera → Sam Lee',
      'Requires sponsorship: no → none',
      'Gender: decline → female',
      'Summary: changed',
      'Work history: 2 → 3 entries',
      'Skills: changed',
      'Resume: none → Jordan_Rivera_Resume.pdf (120 kB)',
    ]);
  });

  it('lists what an import over an empty profile brings, and what it removes', () => {
    const lines = describeChanges(emptyProfile(), fullProfile(), [{ role: 'coverLetter', name: 'old.txt', size: 10 }], []);
    expect(lines).toContain('Email: none → jordan.rivera@example.com');
    expect(lines).toContain('Work authorization: none → GB no, US yes');
    expect(lines).toContain('Salary expectation: none → 200000 USD per year');
    expect(lines).toContain('Cover letter: old.txt (10 bytes) → none');
  });
});
