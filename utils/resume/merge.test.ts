import { describe, expect, it } from 'vitest';
import { ProfileSchema, emptyProfile, type Profile } from '../profile/schema';
import { applyAccepted, defaultDecisions, proposeChanges, type Decisions } from './merge';
import type { ParsedResume, ParsedWork } from './parse';

function job(fields: Partial<ParsedWork>): ParsedWork {
  return { company: '', title: '', location: '', startDate: '', endDate: '', current: false, description: '', companyMissing: fields.company ? false : true, unsure: {}, ...fields };
}

const PARSED: ParsedResume = {
  personal: { firstName: 'Jane', lastName: 'Doe', email: 'jane@example.com', city: 'Austin', region: 'TX' },
  links: { linkedin: 'https://linkedin.com/in/janedoe', github: 'https://github.com/janedoe' },
  work: [
    job({ company: 'Acme Inc.', title: 'Staff Engineer', startDate: '2019-05', current: true, description: 'Leads the platform team.' }),
    job({ company: 'Initech', title: 'Engineer', startDate: '2015', endDate: '2019' }),
  ],
  education: [{ school: 'Yale University', degree: "Bachelor's Degree", field: '', startDate: '2010', endDate: '2014', gpa: '', unsure: {} }],
  skills: ['Go', 'Kubernetes', 'go'],
  warnings: ['No education found.'],
  unsure: {},
};

function existing(): Profile {
  return ProfileSchema.parse({
    personal: { firstName: 'Janet', email: 'jane@example.com', address: { city: '' } },
    links: { linkedin: 'https://www.linkedin.com/in/janet' },
    work: [{ company: 'ACME, Inc', title: 'Senior Engineer', startDate: '2019-05', endDate: '2022-01', description: 'Kept the lights on.' }],
    skills: ['Go'],
  });
}

const NOTHING: Decisions = { personal: {}, links: {}, work: [], education: [] };

describe('proposeChanges', () => {
  it('accepts everything by default into an empty profile', () => {
    const proposal = proposeChanges(emptyProfile(), PARSED);
    expect([...proposal.personal, ...proposal.links, ...proposal.work, ...proposal.education].every((part) => part.status === 'new' && part.accept)).toBe(true);
    expect(proposal.skills).toEqual({ found: ['Go', 'Kubernetes', 'go'], current: [], added: ['Go', 'Kubernetes'], status: 'new', accept: true });
    expect(proposal.warnings).toEqual(['No education found.']);
  });

  it('accepts by default only where the profile is empty', () => {
    const proposal = proposeChanges(existing(), PARSED);
    expect(proposal.personal.map(({ field, current, status, accept }) => ({ field, current, status, accept }))).toEqual([
      { field: 'firstName', current: 'Janet', status: 'different', accept: false },
      { field: 'lastName', current: '', status: 'new', accept: true },
      { field: 'email', current: 'jane@example.com', status: 'same', accept: false },
      { field: 'city', current: '', status: 'new', accept: true },
      { field: 'region', current: '', status: 'new', accept: true },
    ]);
    expect(proposal.links.map(({ field, status, accept }) => ({ field, status, accept }))).toEqual([
      { field: 'linkedin', status: 'different', accept: false },
      { field: 'github', status: 'new', accept: true },
    ]);
    expect(proposal.skills).toMatchObject({ added: ['Kubernetes'], status: 'different', accept: false });
  });

  it('pairs a found job with the profile entry it describes', () => {
    const proposal = proposeChanges(existing(), PARSED);
    expect(proposal.work.map(({ matches, status, accept }) => ({ matches, status, accept }))).toEqual([
      { matches: 0, status: 'different', accept: false },
      { matches: null, status: 'new', accept: true },
    ]);
    expect(proposal.work[0]!.current).toEqual(existing().work[0]);
  });

  it('pairs jobs without a company by their dates, and calls an entry with nothing new the same', () => {
    const current = ProfileSchema.parse({ work: [{ company: 'Meta', title: 'Engineer', startDate: '2019', current: true }] });
    const proposal = proposeChanges(current, { ...PARSED, work: [job({ startDate: '2019', current: true })] });
    expect(proposal.work[0]).toMatchObject({ matches: 0, status: 'same', accept: false });
  });
});

describe('applyAccepted', () => {
  it('changes nothing without decisions, and never modifies its input', () => {
    const current = existing();
    const before = structuredClone(current);
    expect(applyAccepted(current, proposeChanges(current, PARSED), NOTHING)).toEqual(before);
    expect(current).toEqual(before);
  });

  it('applies the default decisions: fills the empty places and adds new entries', () => {
    const proposal = proposeChanges(existing(), PARSED);
    const profile = applyAccepted(existing(), proposal, defaultDecisions(proposal));
    expect(profile.personal).toMatchObject({ firstName: 'Janet', lastName: 'Doe', email: 'jane@example.com' });
    expect(profile.personal.address).toMatchObject({ city: 'Austin', region: 'TX' });
    expect(profile.links).toMatchObject({ linkedin: 'https://www.linkedin.com/in/janet', github: 'https://github.com/janedoe' });
    expect(profile.work).toEqual([
      existing().work[0],
      { company: 'Initech', title: 'Engineer', location: '', startDate: '2015', endDate: '2019', current: false, description: '' },
    ]);
    expect(profile.education).toHaveLength(1);
    expect(profile.skills).toEqual(['Go']);
    expect(ProfileSchema.safeParse(profile).success).toBe(true);
  });

  it('applies what the user accepted, as the user edited it', () => {
    const proposal = proposeChanges(existing(), PARSED);
    const profile = applyAccepted(existing(), proposal, {
      personal: { firstName: { accept: true }, lastName: { accept: true, value: 'Doe-Smith' }, city: { accept: false } },
      links: { linkedin: { accept: true } },
      work: [{ accept: true }, { accept: false }],
      education: [{ accept: true, value: { ...PARSED.education[0]!, field: 'Economics' } }],
      skills: { accept: true, value: ['Kubernetes', 'Terraform', 'GO'] },
    });
    expect(profile.personal).toMatchObject({ firstName: 'Jane', lastName: 'Doe-Smith' });
    expect(profile.personal.address.city).toBe('');
    expect(profile.links.linkedin).toBe('https://linkedin.com/in/janedoe');
    expect(profile.education[0]).toMatchObject({ school: 'Yale University', field: 'Economics' });
    expect(profile.skills).toEqual(['Go', 'Kubernetes', 'Terraform']);
  });

  it('updates a matched entry field by field, keeping what the resume does not say', () => {
    const proposal = proposeChanges(existing(), PARSED);
    const profile = applyAccepted(existing(), proposal, { ...NOTHING, work: [{ accept: true }] });
    expect(profile.work).toEqual([
      // The job is found to be ongoing, so its end date goes with the old date range.
      { company: 'Acme Inc.', title: 'Staff Engineer', location: '', startDate: '2019-05', endDate: '', current: true, description: 'Leads the platform team.' },
    ]);
  });

  it('never clears a field, even when an accepted value is empty', () => {
    const proposal = proposeChanges(existing(), PARSED);
    const profile = applyAccepted(existing(), proposal, { ...NOTHING, personal: { firstName: { accept: true, value: '  ' } } });
    expect(profile.personal.firstName).toBe('Janet');
  });

  it('stores no parse-only flags or notes', () => {
    const parsed: ParsedResume = {
      ...PARSED,
      work: [job({ company: 'Acme Inc.', title: 'Staff Engineer', startDate: '2020', current: true, unsure: { endDate: 'The dates end with a dash and no end.' } })],
      education: [{ ...PARSED.education[0]!, unsure: { gpa: 'Kept as written.' } }],
    };
    const proposal = proposeChanges(emptyProfile(), parsed);
    const profile = applyAccepted(emptyProfile(), proposal, defaultDecisions(proposal));
    expect(profile.work.every((entry) => !('companyMissing' in entry) && !('unsure' in entry))).toBe(true);
    expect(profile.education.every((entry) => !('unsure' in entry))).toBe(true);
    expect(ProfileSchema.safeParse(profile).success).toBe(true);
  });

  it('passes the parser’s doubt about a personal field on to its proposal', () => {
    const proposal = proposeChanges(emptyProfile(), { ...PARSED, personal: { ...PARSED.personal, country: 'Spain' }, unsure: { country: 'Written "España" in the resume.' } });
    expect(proposal.personal.find((part) => part.field === 'country')).toMatchObject({ found: 'Spain', unsure: 'Written "España" in the resume.' });
    expect(proposal.personal.find((part) => part.field === 'city')).not.toHaveProperty('unsure');
  });
});

describe('a XING profile', () => {
  const parsed: ParsedResume = { ...PARSED, links: { xing: 'https://www.xing.com/profile/Jane_Doe' } };

  it('is kept among the other links, labelled XING', () => {
    const proposal = proposeChanges(emptyProfile(), parsed);
    expect(proposal.links).toMatchObject([{ field: 'xing', status: 'new', accept: true }]);
    const profile = applyAccepted(emptyProfile(), proposal, defaultDecisions(proposal));
    expect(profile.links.other).toEqual([{ label: 'XING', url: 'https://www.xing.com/profile/Jane_Doe' }]);
  });

  it('updates the XING link the profile has instead of adding a second', () => {
    const current = ProfileSchema.parse({ links: { other: [{ label: 'Portfolio', url: 'https://jane.dev' }, { label: 'Xing', url: 'https://www.xing.com/profile/Jane_Old' }] } });
    const proposal = proposeChanges(current, parsed);
    expect(proposal.links[0]).toMatchObject({ current: 'https://www.xing.com/profile/Jane_Old', status: 'different', accept: false });
    const profile = applyAccepted(current, proposal, { ...NOTHING, links: { xing: { accept: true } } });
    expect(profile.links.other).toEqual([
      { label: 'Portfolio', url: 'https://jane.dev' },
      { label: 'Xing', url: 'https://www.xing.com/profile/Jane_Doe' },
    ]);
  });
});
