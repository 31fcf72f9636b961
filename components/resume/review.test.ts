import { describe, expect, it } from 'vitest';
import { ProfileSchema, emptyProfile } from '@/utils/profile/schema';
import { applyAccepted, proposeChanges } from '@/utils/resume/merge';
import type { ParsedResume } from '@/utils/resume/parse';
import { acceptedCounts, initialReview, stillEmpty, toDecisions, validateReview, type ReviewState } from './review';

const PARSED: ParsedResume = {
  personal: { firstName: 'Jane', lastName: 'Doe', email: 'jane@example.com' },
  links: { github: 'https://github.com/janedoe' },
  work: [
    { company: '', title: 'Data Analyst', location: '', startDate: '2019', endDate: '', current: true, description: '', companyMissing: true, unsure: { company: 'The resume does not say the employer clearly.' } },
    { company: 'Initech', title: 'Engineer', location: '', startDate: '2015', endDate: '2019', current: false, description: '', companyMissing: false, unsure: {} },
  ],
  education: [{ school: 'Yale University', degree: 'B.A.', field: 'Economics', startDate: '2010', endDate: '2014', gpa: '', unsure: {} }],
  skills: ['SQL', 'R'],
  warnings: [],
  unsure: {},
};

function start(): { review: ReviewState; proposal: ReturnType<typeof proposeChanges> } {
  const proposal = proposeChanges(emptyProfile(), PARSED);
  return { review: initialReview(proposal), proposal };
}

describe('the review state', () => {
  it('starts from the proposal: its accept flags, the found values, the skills to add one per line', () => {
    const { review } = start();
    expect(review.personal.firstName).toEqual({ accept: true, dropped: false, value: 'Jane' });
    expect(review.work[0]!.value).not.toHaveProperty('companyMissing');
    expect(review.work[0]!.value).not.toHaveProperty('unsure');
    expect(review.education[0]!.value).not.toHaveProperty('unsure');
    expect(review.skills.value).toBe('SQL\nR');
    expect(acceptedCounts(review)).toEqual({ fields: 4, work: 2, education: 1, skills: 2 });
  });

  it('saves a dropped part as not accepted, even with its box still ticked, and edits as typed', () => {
    const { review, proposal } = start();
    const edited: ReviewState = {
      ...review,
      personal: { ...review.personal, lastName: { accept: true, dropped: true, value: 'Doe' }, firstName: { accept: true, dropped: false, value: 'Janet' } },
      work: [{ ...review.work[0]!, value: { ...review.work[0]!.value, company: 'Acme' } }, { ...review.work[1]!, accept: false }],
      skills: { accept: true, dropped: false, value: ' SQL \n\nPython\n' },
    };
    const profile = applyAccepted(emptyProfile(), proposal, toDecisions(edited));
    expect(profile.personal).toMatchObject({ firstName: 'Janet', lastName: '' });
    expect(profile.work.map(({ company, title }) => ({ company, title }))).toEqual([{ company: 'Acme', title: 'Data Analyst' }]);
    expect(profile.skills).toEqual(['SQL', 'Python']);
    expect(acceptedCounts(edited)).toEqual({ fields: 3, work: 1, education: 1, skills: 2 });
    expect(ProfileSchema.safeParse(profile).success).toBe(true);
  });

  it('finds invalid edits only in accepted parts, by the id of their input', () => {
    const { review } = start();
    const bad: ReviewState = {
      ...review,
      personal: { ...review.personal, email: { accept: true, dropped: false, value: 'jane at example' } },
      links: { github: { accept: false, dropped: false, value: 'not a url' } },
      work: [{ ...review.work[0]!, value: { ...review.work[0]!.value, startDate: 'June 2019' } }, review.work[1]!],
      education: [{ ...review.education[0]!, dropped: true, value: { ...review.education[0]!.value, endDate: 'soon' } }],
    };
    expect(validateReview(bad)).toEqual({
      'personal.email': 'expected an email address such as name@example.com',
      'work.0.startDate': 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
    });
  });
});

describe('stillEmpty', () => {
  it('names what forms ask for that the profile still lacks after an import', () => {
    expect(stillEmpty(emptyProfile())).toEqual(['first name', 'last name', 'email', 'phone', 'city', 'country', 'LinkedIn', 'work history', 'education', 'skills']);
    const { proposal, review } = start();
    const profile = applyAccepted(emptyProfile(), proposal, toDecisions(review));
    expect(stillEmpty(profile)).toEqual(['phone', 'city', 'country', 'LinkedIn']);
  });
});
