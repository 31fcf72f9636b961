import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { EnvelopeSchema, fromEnvelope, toEnvelope } from './envelope';
import { emptyProfile, ProfileSchema, type Profile } from './schema';
import { fullProfile, sampleDocuments } from './testFixtures';

function roundTrip(profile: Profile) {
  const text = JSON.stringify(toEnvelope(profile, sampleDocuments()));
  return fromEnvelope(EnvelopeSchema.parse(JSON.parse(text)));
}

function withChanges(change: (profile: Profile) => void): Profile {
  const profile = fullProfile();
  change(profile);
  return ProfileSchema.parse(profile);
}

describe('saved answers in a file', () => {
  it('carry their control and the option picked, and come back as they went in', () => {
    const { profile } = roundTrip(fullProfile());
    expect(profile.answers).toEqual([
      { question: 'Why do you want to work here?', control: 'textarea', answer: 'The mission.' },
      { question: 'Are you at least 18 years of age?', control: 'yesNo', answer: 'Yes', option: 'Yes, I am' },
      { question: 'What is your preferred work arrangement?', control: 'select', answer: 'Hybrid', option: 'Hybrid' },
    ]);
  });

  it('from a file exported before controls were kept, are read as a stored profile is migrated', () => {
    const file = toEnvelope(fullProfile(), []);
    file.application!.answers = [
      { question: 'Are you 18 or older?', answer: 'No' },
      { question: 'Why here?', answer: 'The mission.' },
    ] as never;
    const { profile } = fromEnvelope(EnvelopeSchema.parse(JSON.parse(JSON.stringify(file))));
    expect(profile.answers).toEqual([
      { question: 'Are you 18 or older?', control: 'yesNo', answer: 'No' },
      { question: 'Why here?', control: 'text', answer: 'The mission.' },
    ]);
  });

  it('refuses a control it does not know, saying where', () => {
    const file = JSON.parse(JSON.stringify(toEnvelope(fullProfile(), [])));
    file.application.answers[0].control = 'slider';
    const result = EnvelopeSchema.safeParse(file);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['application', 'answers', 0, 'control']);
  });
});

describe('toEnvelope', () => {
  it('writes a JSON Resume with the application answers and files beside it', () => {
    const envelope = toEnvelope(fullProfile(), sampleDocuments().reverse(), new Date('2026-11-27T12:00:00.000Z'));
    expect(envelope).toMatchObject({
      format: 'applyfill.profile',
      version: 1,
      exportedAt: '2026-11-27T12:00:00.000Z',
      resume: {
        basics: {
          name: 'Jordan Avery Lee Rivera',
          label: 'Staff Software Engineer',
          phone: '(555) 010-0100',
          url: 'https://jordan.dev',
          location: { address: '100 Congress Ave\nSuite 2\nRear entrance', city: 'Austin', region: 'TX', countryCode: 'United States' },
          profiles: [
            { network: 'LinkedIn', url: 'https://www.linkedin.com/in/jordan-rivera' },
            { network: 'GitHub', url: 'https://github.com/jrivera' },
            { network: 'Twitter', url: 'https://x.com/jrivera' },
            { network: 'Blog', url: 'https://blog.jordan.dev' },
            { network: 'LinkedIn', url: 'https://www.linkedin.com/company/rivera-labs' },
          ],
        },
        work: [{ name: 'Acme', position: 'Staff Engineer', summary: 'Led the platform team.' }, { endDate: '2022-02-28' }],
        education: [{ institution: 'University of Texas at Austin', studyType: 'BS', area: 'Computer Science', score: '3.8' }],
        skills: [{ name: 'TypeScript' }, { name: 'IndexedDB' }, { name: 'C++' }],
      },
      application: {
        firstName: 'Jordan',
        phoneCountryCode: '+1',
        workAuthorization: { US: true, GB: false },
        eeo: { veteran: 'not-protected' },
        answers: fullProfile().answers,
      },
      documents: [{ role: 'resume' }, { role: 'coverLetter' }],
    });
    // A current job is one without an end date.
    expect(envelope.resume.work?.[0]).not.toHaveProperty('endDate');
  });

  it('leaves unset answers out of the file', () => {
    const { application } = toEnvelope(emptyProfile(), []);
    expect(application).not.toHaveProperty('requiresSponsorship');
    expect(application).not.toHaveProperty('salaryExpectation');
    expect(application?.eeo).toEqual({});
  });
});

describe('export then import', () => {
  it('gives back the same profile and byte-identical files', () => {
    const { profile, documents } = roundTrip(fullProfile());
    expect(profile).toEqual(fullProfile());
    expect(documents).toEqual(sampleDocuments());
  });

  it.each<[string, Profile]>([
    ['an empty profile', emptyProfile()],
    ['one-word and blank names', withChanges((p) => Object.assign(p.personal, { firstName: 'Cher', middleName: '', lastName: '' }))],
    ['names with spaces inside', withChanges((p) => Object.assign(p.personal, { firstName: 'Mary Ann', lastName: 'van der Berg' }))],
    ['a second address line only', withChanges((p) => Object.assign(p.personal.address, { line1: '', line2: 'c/o Rivera' }))],
    ['a past job with no end date', withChanges((p) => Object.assign(p.work[1] ?? {}, { endDate: '', current: false }))],
    [
      'other links named like LinkedIn, X and GitHub while those are empty',
      withChanges((p) => {
        Object.assign(p.links, { linkedin: '', twitter: '', github: '' });
        p.links.other = [
          { label: 'linkedin', url: 'https://linkedin.com/company/a' },
          { label: 'X', url: 'https://x.com/company' },
          { label: ' GitHub ', url: '' },
        ];
      }),
    ],
    ['empty skills', withChanges((p) => (p.skills = ['', 'Go']))],
    ['answers that are all unset', withChanges((p) => (p.application = emptyProfile().application))],
  ])('keeps %s', (_, profile) => {
    expect(roundTrip(profile).profile).toEqual(profile);
  });
});

describe('the log of applications in the file', () => {
  const entry = {
    id: '2f8c1a9e-0000-4000-8000-000000000001',
    site: 'job-boards.greenhouse.io',
    url: 'https://job-boards.greenhouse.io/acme/jobs/4567',
    company: 'Acme Robotics',
    title: 'Staff Platform Engineer',
    ats: 'greenhouse',
    resume: 'Backend',
    filled: 40,
    left: 2,
    appliedAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:05:00.000Z',
    steps: { '': { filled: 40, left: 2 } },
  };

  it('is in the file only when asked for', () => {
    expect(toEnvelope(fullProfile(), [])).not.toHaveProperty('applications');
    expect(toEnvelope(fullProfile(), [], new Date(), [entry]).applications).toEqual([entry]);
  });

  it('comes back from the file as it went in', () => {
    const text = JSON.stringify(toEnvelope(fullProfile(), sampleDocuments(), new Date(), [entry]));
    expect(fromEnvelope(EnvelopeSchema.parse(JSON.parse(text))).applications).toEqual([entry]);
    expect(fromEnvelope(EnvelopeSchema.parse(JSON.parse(JSON.stringify(toEnvelope(fullProfile(), []))))).applications).toBeUndefined();
  });

  it('refuses a malformed entry, saying where', () => {
    const file = { ...toEnvelope(fullProfile(), []), applications: [{ ...entry, filled: -1 }] };
    const result = EnvelopeSchema.safeParse(file);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['applications', 0, 'filled']);
  });
});

describe('the envelope schema', () => {
  /** Every leaf of a JSON Schema, with its path (0 standing for every entry of a list) and default. */
  function leaves(schema: Record<string, any>, path: (string | number)[] = []): { path: (string | number)[]; empty: unknown }[] {
    if (schema.type === 'object' && schema.properties) {
      return Object.entries<Record<string, any>>(schema.properties).flatMap(([key, inner]) => leaves(inner, [...path, key]));
    }
    if (schema.type === 'array' && schema.items?.type === 'object') return leaves(schema.items, [...path, 0]);
    return [{ path, empty: schema.default }];
  }

  function valuesAt(value: any, path: readonly (string | number)[]): unknown[] {
    const [key, ...rest] = path;
    if (key === undefined) return [value];
    if (key === 0 && Array.isArray(value)) return value.flatMap((entry) => valuesAt(entry, rest));
    return value?.[key] === undefined ? [] : valuesAt(value[key], rest);
  }

  it('is tested with a profile that sets every field, so a new field cannot be left out of the file unnoticed', () => {
    const profile = fullProfile();
    for (const { path, empty } of leaves(z.toJSONSchema(ProfileSchema, { io: 'input' }))) {
      const set = valuesAt(profile, path).filter((value) => JSON.stringify(value) !== JSON.stringify(empty));
      expect(set, `fullProfile() sets ${path.join('.')}`).not.toEqual([]);
    }
  });

  it("limits lists as the profile does, so the file's limits and the profile's agree", () => {
    const profileLimits = z.toJSONSchema(ProfileSchema, { io: 'input' }) as any;
    const envelope = z.toJSONSchema(EnvelopeSchema, { io: 'input' }) as any;
    const resume = envelope.properties.resume.properties;
    expect(resume.work.maxItems).toBe(profileLimits.properties.work.maxItems);
    expect(resume.education.maxItems).toBe(profileLimits.properties.education.maxItems);
    expect(resume.skills.maxItems).toBe(profileLimits.properties.skills.maxItems);
    expect(resume.languages.maxItems).toBe(profileLimits.properties.languages.maxItems);
    expect(envelope.properties.application.properties.answers.maxItems).toBe(profileLimits.properties.answers.maxItems);
  });

  it('accepts a file at every list limit', () => {
    const profile = ProfileSchema.parse({
      work: Array.from({ length: 100 }, () => ({ company: 'Acme' })),
      education: Array.from({ length: 50 }, () => ({ school: 'UT' })),
      skills: Array.from({ length: 500 }, (_, i) => `skill ${i}`),
      languages: Array.from({ length: 50 }, () => ({ language: 'English' })),
      answers: Array.from({ length: 500 }, (_, i) => ({ question: `Q${i}`, answer: 'A' })),
      links: { linkedin: 'https://linkedin.com/in/a', other: Array.from({ length: 50 }, () => ({ label: 'LinkedIn', url: '' })) },
    });
    expect(roundTrip(profile).profile).toEqual(profile);
  });
});
