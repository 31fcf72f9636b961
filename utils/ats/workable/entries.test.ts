import { describe, expect, it } from 'vitest';
import { emptyProfile, type Profile } from '../../profile/schema';
import { planEntries, type EntryPage } from './entries';

function profile(): Profile {
  const base = emptyProfile();
  const job = { company: '', title: '', location: '', startDate: '', endDate: '', current: false, description: '' };
  const school = { school: '', degree: '', field: '', startDate: '', endDate: '', gpa: '' };
  return {
    ...base,
    work: [
      { ...job, company: 'Meta', title: 'Senior Software Engineer', current: true },
      { ...job, company: 'Jet.com', title: 'Software Engineer' },
      { ...job, company: 'Acme', title: 'Intern' },
    ],
    education: [
      { ...school, school: 'Columbia University', degree: "Master's Degree" },
      { ...school, school: 'Yale University', degree: "Bachelor's Degree" },
    ],
  };
}

const empty: EntryPage = { experience: { saved: [], editorOpen: false }, education: { saved: [], editorOpen: false } };

describe('planEntries', () => {
  it('adds every job and school, last first, so that the list (newest first) reads in the profile’s order', () => {
    expect(planEntries(profile(), empty)).toEqual({ experience: [2, 1, 0], education: [1, 0] });
  });

  it('adds nothing to a section the page does not show, or to one where the applicant has an editor open', () => {
    expect(planEntries(profile(), { education: { saved: [], editorOpen: true } })).toEqual({});
    expect(planEntries(profile(), undefined)).toEqual({});
  });

  it('does not add again a job or school a saved card shows, whatever its case and spacing', () => {
    const page: EntryPage = {
      experience: { saved: [{ title: 'software  engineer', company: 'JET.COM' }, { title: 'Intern', company: 'Other' }], editorOpen: false },
      education: { saved: [{ school: 'Yale University', degree: "Bachelor's Degree" }], editorOpen: false },
    };
    expect(planEntries(profile(), page)).toEqual({ experience: [2, 0], education: [0] });
  });

  it('puts a job without a title last, as its editor stays open for the applicant, and skips an empty one', () => {
    const jobs = profile();
    jobs.work[0] = { ...jobs.work[0]!, title: '' };
    jobs.work.push({ ...jobs.work[1]!, company: '', title: '' });
    expect(planEntries(jobs, empty).experience).toEqual([2, 1, 0]);
    jobs.work[2] = { ...jobs.work[2]!, title: '' };
    expect(planEntries(jobs, empty).experience).toEqual([1, 0, 2]);
  });
});
