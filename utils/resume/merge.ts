import type { EducationEntry, Profile, WorkEntry } from '../profile/schema';
import type { ParsedEducation, ParsedLinks, ParsedPersonal, ParsedResume, ParsedWork } from './parse';

/**
 * Turns a parsed resume into a proposal the user reviews part by part, and applies only the parts
 * the user accepted. A part is accepted by default only where the profile has nothing yet: an empty
 * field, a job or school the profile does not list, skills when the profile has none. Importing only
 * ever adds or updates: it never clears a field, removes an entry or drops a skill.
 */

export type PersonalField = keyof ParsedPersonal;
export type LinkField = keyof ParsedLinks;

/** 'new': the profile has nothing there; 'same': it already says this; 'different': it says something else. */
export type ChangeStatus = 'new' | 'same' | 'different';

export interface FieldProposal<F extends string> {
  field: F;
  found: string;
  current: string;
  status: ChangeStatus;
  accept: boolean;
  /** Why the found value may be wrong, when the parser doubts it. */
  unsure?: string;
}

export interface EntryProposal<Found, Entry> {
  found: Found;
  /** Index of the profile entry this one describes (it would update it); null to add a new entry. */
  matches: number | null;
  current: Entry | null;
  status: ChangeStatus;
  accept: boolean;
}

export interface SkillsProposal {
  found: string[];
  current: string[];
  /** The found skills the profile does not list yet: what accepting adds. */
  added: string[];
  status: ChangeStatus;
  accept: boolean;
}

export interface Proposal {
  personal: FieldProposal<PersonalField>[];
  links: FieldProposal<LinkField>[];
  work: EntryProposal<ParsedWork, WorkEntry>[];
  education: EntryProposal<ParsedEducation, EducationEntry>[];
  skills: SkillsProposal;
  warnings: string[];
}

/** The user's answer for one part: accept it as found, or as edited (`value`). */
export interface Decision<T> {
  accept: boolean;
  value?: T;
}

/** Parts without a decision are left alone, as if dropped. Entry decisions follow the proposal's order. */
export interface Decisions {
  personal: Partial<Record<PersonalField, Decision<string>>>;
  links: Partial<Record<LinkField, Decision<string>>>;
  work: (Decision<WorkEntry> | undefined)[];
  education: (Decision<EducationEntry> | undefined)[];
  skills?: Decision<string[]>;
}

const PERSONAL_FIELDS: readonly PersonalField[] = [
  'firstName', 'middleName', 'lastName', 'headline', 'summary', 'email', 'phoneCountryCode', 'phone', 'city', 'region', 'country',
];
const LINK_FIELDS: readonly LinkField[] = ['linkedin', 'xing', 'github', 'website', 'twitter'];
/** The profile keeps a XING profile among its other links, under this label. */
const XING_LABEL = 'XING';
const COMPANY_SUFFIX = /\b(?:inc|llc|ltd|limited|corp|corporation|co|company|gmbh|ag|plc|se|sa)\b/g;

function currentPersonal(profile: Profile, field: PersonalField): string {
  if (field === 'city' || field === 'region' || field === 'country') return profile.personal.address[field];
  return profile.personal[field];
}

function isXing(link: { label: string; url: string }): boolean {
  return /^xing$/i.test(link.label.trim()) || /(?:^|\.|\/\/)xing\.com\//i.test(link.url);
}

function currentLink(profile: Profile, field: LinkField): string {
  if (field === 'xing') return profile.links.other.find(isXing)?.url ?? '';
  return profile.links[field];
}

function setLink(profile: Profile, field: LinkField, value: string): void {
  if (field !== 'xing') {
    profile.links[field] = value;
    return;
  }
  const at = profile.links.other.findIndex(isXing);
  if (at >= 0) profile.links.other[at] = { ...profile.links.other[at]!, url: value };
  else profile.links.other.push({ label: XING_LABEL, url: value });
}

function sameText(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function statusOf(found: string, current: string): ChangeStatus {
  if (current.trim() === '') return 'new';
  return sameText(found, current) ? 'same' : 'different';
}

function fieldProposal<F extends string>(field: F, found: string, current: string): FieldProposal<F> {
  const status = statusOf(found, current);
  return { field, found, current, status, accept: status === 'new' };
}

function companyKey(company: string): string {
  return company.toLowerCase().replace(/[.,&'’]/g, ' ').replace(COMPANY_SUFFIX, '').replace(/\s+/g, ' ').trim();
}

function year(date: string): string {
  return date.slice(0, 4);
}

/** Same employer from the same year on; without an employer, the same dates; without dates, the same description. */
function sameJob(found: WorkEntry, entry: WorkEntry): boolean {
  const a = companyKey(found.company);
  const b = companyKey(entry.company);
  if (a && b) return a === b && (!found.startDate || !entry.startDate || year(found.startDate) === year(entry.startDate));
  if (found.startDate || entry.startDate) {
    return found.startDate === entry.startDate && found.endDate === entry.endDate && found.current === entry.current;
  }
  return found.description !== '' && found.description === entry.description;
}

function sameSchool(found: EducationEntry, entry: EducationEntry): boolean {
  if (found.school && entry.school) return sameText(found.school, entry.school);
  return found.degree !== '' && sameText(found.degree, entry.degree) && found.endDate === entry.endDate;
}

function hasDates(entry: { startDate: string; endDate: string; current?: boolean }): boolean {
  return entry.startDate !== '' || entry.endDate !== '' || entry.current === true;
}

/**
 * The entry after an update: every field the update fills replaces the profile's; the dates move
 * together, so a job found to have ended loses its "current" flag.
 */
function mergeEntry<T extends WorkEntry | EducationEntry>(entry: T, update: T): T {
  const merged = { ...entry };
  for (const key of Object.keys(entry) as (keyof T & string)[]) {
    const value = update[key];
    if (typeof value === 'string' && value !== '') merged[key] = value;
  }
  if (hasDates(update)) {
    Object.assign(merged, { startDate: update.startDate, endDate: update.endDate });
    if ('current' in update) Object.assign(merged, { current: update.current });
  }
  return merged;
}

function sameEntry<T extends WorkEntry | EducationEntry>(entry: T, update: T): boolean {
  return JSON.stringify(mergeEntry(entry, update)) === JSON.stringify(entry);
}

function entryProposals<Found extends Entry, Entry extends WorkEntry | EducationEntry>(
  found: readonly Found[],
  entries: readonly Entry[],
  same: (found: Entry, entry: Entry) => boolean,
  asEntry: (found: Found) => Entry,
): EntryProposal<Found, Entry>[] {
  const taken = new Set<number>();
  return found.map((item) => {
    const index = entries.findIndex((entry, i) => !taken.has(i) && same(asEntry(item), entry));
    if (index < 0) return { found: item, matches: null, current: null, status: 'new', accept: true };
    taken.add(index);
    const entry = entries[index]!;
    const status: ChangeStatus = sameEntry(entry, asEntry(item)) ? 'same' : 'different';
    return { found: item, matches: index, current: entry, status, accept: false };
  });
}

/** The profile's WorkEntry fields of a parsed or edited job, without parse-only flags. */
export function toWorkEntry(job: WorkEntry): WorkEntry {
  const { company, title, location, startDate, endDate, current, description } = job;
  return { company, title, location, startDate, endDate, current, description };
}

/** The profile's EducationEntry fields of a parsed or edited school, without parse-only notes. */
export function toEducationEntry(school: EducationEntry): EducationEntry {
  const { school: name, degree, field, startDate, endDate, gpa } = school;
  return { school: name, degree, field, startDate, endDate, gpa };
}

/** The skills of `found` not yet in `current`, each once, compared without regard to case. */
function newSkills(found: readonly string[], current: readonly string[]): string[] {
  const known = new Set(current.map((skill) => skill.toLowerCase()));
  return found.filter((skill) => {
    const key = skill.trim().toLowerCase();
    if (key === '' || known.has(key)) return false;
    known.add(key);
    return true;
  });
}

export function proposeChanges(current: Profile, parsed: ParsedResume): Proposal {
  const personal = PERSONAL_FIELDS.flatMap((field) => {
    const found = parsed.personal[field];
    const unsure = parsed.unsure[field];
    return found ? [{ ...fieldProposal(field, found, currentPersonal(current, field)), ...(unsure ? { unsure } : {}) }] : [];
  });
  const links = LINK_FIELDS.flatMap((field) => {
    const found = parsed.links[field];
    return found ? [fieldProposal(field, found, currentLink(current, field))] : [];
  });
  const added = newSkills(parsed.skills, current.skills);
  const skillsStatus: ChangeStatus = current.skills.length === 0 ? 'new' : added.length === 0 ? 'same' : 'different';
  return {
    personal,
    links,
    work: entryProposals(parsed.work, current.work, sameJob, toWorkEntry),
    education: entryProposals(parsed.education, current.education, sameSchool, toEducationEntry),
    skills: { found: parsed.skills, current: current.skills, added, status: skillsStatus, accept: skillsStatus === 'new' && added.length > 0 },
    warnings: parsed.warnings,
  };
}

/** The decisions the review screen starts from: each part's default accept flag, nothing edited. */
export function defaultDecisions(proposal: Proposal): Decisions {
  return {
    personal: Object.fromEntries(proposal.personal.map((part) => [part.field, { accept: part.accept }])),
    links: Object.fromEntries(proposal.links.map((part) => [part.field, { accept: part.accept }])),
    work: proposal.work.map((part) => ({ accept: part.accept })),
    education: proposal.education.map((part) => ({ accept: part.accept })),
    skills: { accept: proposal.skills.accept },
  };
}

function applyEntries<Found extends Entry, Entry extends WorkEntry | EducationEntry>(
  entries: Entry[],
  proposals: readonly EntryProposal<Found, Entry>[],
  decisions: readonly (Decision<Entry> | undefined)[],
  asEntry: (entry: Entry) => Entry,
): Entry[] {
  const out = [...entries];
  proposals.forEach((proposal, i) => {
    const decision = decisions[i];
    if (!decision?.accept) return;
    const value = asEntry(decision.value ?? proposal.found);
    if (proposal.matches === null) out.push(value);
    else out[proposal.matches] = mergeEntry(out[proposal.matches]!, value);
  });
  return out;
}

/** The profile with the accepted parts applied; `current` is not modified. */
export function applyAccepted(current: Profile, proposal: Proposal, decisions: Decisions): Profile {
  const next = structuredClone(current);
  for (const part of proposal.personal) {
    const decision = decisions.personal[part.field];
    const value = (decision?.value ?? part.found).trim();
    if (!decision?.accept || value === '') continue;
    const field = part.field;
    if (field === 'city' || field === 'region' || field === 'country') next.personal.address[field] = value;
    else next.personal[field] = value;
  }
  for (const part of proposal.links) {
    const decision = decisions.links[part.field];
    const value = (decision?.value ?? part.found).trim();
    if (decision?.accept && value !== '') setLink(next, part.field, value);
  }
  next.work = applyEntries(next.work, proposal.work, decisions.work, toWorkEntry);
  next.education = applyEntries(next.education, proposal.education, decisions.education, toEducationEntry);
  if (decisions.skills?.accept) {
    next.skills = [...next.skills, ...newSkills(decisions.skills.value ?? proposal.skills.added, next.skills)];
  }
  return next;
}
