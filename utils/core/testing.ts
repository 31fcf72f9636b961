import { ProfileSchema, type Profile, type ProfileInput } from '../profile/schema';
import type { Classification, ClassifiedField, FieldDescription, FieldOption } from './types';

/** Test factories: only what a case cares about is spelled out. */

let nextRef = 0;

export function field(overrides: Partial<FieldDescription> = {}): FieldDescription {
  nextRef += 1;
  return { ref: `f${nextRef}`, control: 'text', labels: [], currentValue: '', ...overrides };
}

/** A field described by its question, the way most test tables read. */
export function labelled(label: string, overrides: Partial<FieldDescription> = {}): FieldDescription {
  return field({ labels: [label], ...overrides });
}

export function options(...labels: string[]): FieldOption[] {
  return labels.map((label) => ({ value: label, label }));
}

export function classified(
  description: Partial<FieldDescription>,
  classification: Classification | Classification['kind'],
): ClassifiedField {
  return {
    field: field(description),
    classification:
      typeof classification === 'string' ? { kind: classification, confidence: 0.9 } : classification,
  };
}

export function profile(input: ProfileInput = {}): Profile {
  return ProfileSchema.parse(input);
}

/** A complete profile: every planner test starts from it and removes what it needs absent. */
export function fullProfile(): Profile {
  return profile({
    personal: {
      firstName: 'Ada',
      middleName: 'King',
      lastName: 'Lovelace',
      preferredName: 'Addie',
      pronouns: 'she/her',
      email: 'ada@example.com',
      phone: '(212) 555-0100',
      phoneCountryCode: '+1',
      address: {
        line1: '1 Analytical Way',
        line2: 'Apt 2',
        city: 'New York',
        region: 'NY',
        postalCode: '10001',
        country: 'United States',
      },
    },
    links: {
      linkedin: 'https://www.linkedin.com/in/ada',
      github: 'https://github.com/ada',
      website: 'https://ada.example.com',
    },
    work: [
      {
        company: 'Analytical Engines',
        title: 'Staff Engineer',
        location: 'London, UK',
        startDate: '2021-03',
        current: true,
        description: 'Built the engine.',
      },
      {
        company: 'Babbage & Co',
        title: 'Engineer',
        location: 'Cambridge',
        startDate: '2018-09-01',
        endDate: '2021-02',
        description: 'Wrote notes.',
      },
    ],
    education: [
      {
        school: 'Massachusetts Institute of Technology',
        degree: 'Bachelor of Science',
        field: 'Mathematics',
        startDate: '2014-09',
        endDate: '2018-06',
        gpa: '3.9',
      },
    ],
    skills: ['TypeScript', 'Mathematics'],
    languages: [{ language: 'English', fluency: 'Native' }],
    application: {
      workAuthorization: { US: true, GB: false },
      requiresSponsorship: false,
      willingToRelocate: true,
      salaryExpectation: { amount: 200000, currency: 'USD', period: 'year' },
      earliestStartDate: '2025-07-01',
      noticePeriod: '2 weeks',
      referralSource: 'LinkedIn',
      eeo: { gender: 'female', hispanicOrLatino: 'no', race: 'white', veteran: 'not-protected', disability: 'decline' },
    },
    answers: [{ question: 'Are you 18 years of age or older?', answer: 'Yes' }],
  });
}
