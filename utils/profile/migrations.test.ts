import { describe, expect, it } from 'vitest';
import { ProfileValidationError } from './errors';
import { MIGRATIONS, migrate, toRecord, type ProfileRecord } from './migrations';
import { emptyProfile, PROFILE_SCHEMA_VERSION, ProfileSchema, type Profile } from './schema';
import { fullProfile } from './testFixtures';

/** A record as each version stored it, and what it reads as today. One per version, or the test below fails. */
const STORED_BY_VERSION: Readonly<Record<number, { record: ProfileRecord; expected: Profile }>> = {
  0: {
    record: {
      version: 0,
      profile: {
        name: 'Jordan Avery Rivera',
        email: 'jordan@example.com',
        phone: '+1 555 010 0100',
        address: { street: '100 Congress Ave', city: 'Austin', state: 'TX', zip: '78701', country: 'USA' },
        links: [
          'https://www.linkedin.com/in/jordan',
          'https://github.com/jrivera',
          'https://jordan.dev',
          'https://x.com/jrivera',
          'https://blog.jordan.dev',
          'https://linkedin.com/company/rivera-labs',
        ],
        work: [
          { company: 'Acme', title: 'Staff Engineer', start: '2022-03', end: 'Present', description: 'Led.' },
          { company: 'Initech', title: 'Engineer', start: '2018', end: '2022-02' },
        ],
        education: [{ school: 'UT Austin', degree: 'BS', field: 'CS', graduationYear: 2014 }, { school: 'Night school' }],
        skills: 'TypeScript, IndexedDB ,, C++',
        answers: { 'Why here?': 'The mission.' },
      },
    },
    expected: ProfileSchema.parse({
      personal: {
        firstName: 'Jordan',
        middleName: 'Avery',
        lastName: 'Rivera',
        email: 'jordan@example.com',
        phoneCountryCode: '+1',
        phone: '555 010 0100',
        address: { line1: '100 Congress Ave', city: 'Austin', region: 'TX', postalCode: '78701', country: 'USA' },
      },
      links: {
        linkedin: 'https://www.linkedin.com/in/jordan',
        github: 'https://github.com/jrivera',
        website: 'https://jordan.dev',
        twitter: 'https://x.com/jrivera',
        other: [
          { label: 'blog.jordan.dev', url: 'https://blog.jordan.dev' },
          { label: 'linkedin.com', url: 'https://linkedin.com/company/rivera-labs' },
        ],
      },
      work: [
        { company: 'Acme', title: 'Staff Engineer', startDate: '2022-03', endDate: '', current: true, description: 'Led.' },
        { company: 'Initech', title: 'Engineer', startDate: '2018', endDate: '2022-02', current: false },
      ],
      education: [{ school: 'UT Austin', degree: 'BS', field: 'CS', endDate: '2014' }, { school: 'Night school' }],
      skills: ['TypeScript', 'IndexedDB', 'C++'],
      answers: [{ question: 'Why here?', control: 'text', answer: 'The mission.' }],
    }),
  },
  // Version 1 kept no control: a bare yes or no answered a yes/no question, anything else was typed.
  1: {
    record: {
      version: 1,
      profile: {
        ...fullProfile(),
        answers: [
          { question: 'Why here?', answer: 'The mission.' },
          { question: 'Are you 18 or older?', answer: ' yes ' },
          { question: 'Do you know anyone here?', answer: 'Not yet' },
        ],
      },
    },
    expected: {
      ...fullProfile(),
      answers: [
        { question: 'Why here?', control: 'text', answer: 'The mission.' },
        { question: 'Are you 18 or older?', control: 'yesNo', answer: ' yes ' },
        { question: 'Do you know anyone here?', control: 'text', answer: 'Not yet' },
      ],
    },
  },
  2: { record: toRecord(fullProfile()), expected: fullProfile() },
};

describe('migrate', () => {
  it('has one migration per earlier version', () => {
    expect(MIGRATIONS).toHaveLength(PROFILE_SCHEMA_VERSION);
  });

  it.each(Array.from({ length: PROFILE_SCHEMA_VERSION + 1 }, (_, version) => version))(
    'reads a profile stored by version %i as today\'s',
    (version) => {
      const stored = STORED_BY_VERSION[version];
      expect(stored, `add a version ${version} record to STORED_BY_VERSION`).toBeDefined();
      expect(migrate(structuredClone(stored?.record))).toEqual(stored?.expected);
    },
  );

  it('reads the emptiest version 0 record as the empty profile', () => {
    expect(migrate({ version: 0, profile: {} })).toEqual(emptyProfile());
  });

  it('refuses a record from a newer version instead of guessing', () => {
    expect(() => migrate({ version: PROFILE_SCHEMA_VERSION + 1, profile: {} })).toThrow(
      `The stored profile was saved by a newer Applyfill (profile version ${PROFILE_SCHEMA_VERSION + 1}); update Applyfill to open it`,
    );
  });

  it('refuses a damaged record with the fields at fault', () => {
    expect(() => migrate({ profile: {} })).toThrow('The stored profile is damaged: it has no valid version');
    expect(() => migrate({ version: 0, profile: { skills: ['not', 'a', 'string'] } })).toThrow('skills: expected text, not a list');
    try {
      migrate(toRecord({ ...fullProfile(), personal: { ...fullProfile().personal, email: 'nope' } }));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ProfileValidationError);
      expect((error as ProfileValidationError).errors).toEqual([
        { path: 'personal.email', message: 'expected an email address such as name@example.com' },
      ]);
    }
  });
});
