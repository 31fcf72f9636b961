import type { z } from 'zod';
import { userMessages } from '@/utils/profile/errors';
import {
  AddressSchema,
  EducationEntrySchema,
  LinkSchema,
  LinksSchema,
  PersonalSchema,
  WorkEntrySchema,
  type EducationEntry,
  type Profile,
  type WorkEntry,
} from '@/utils/profile/schema';
import { toEducationEntry, toWorkEntry, type Decision, type Decisions, type LinkField, type PersonalField, type Proposal } from '@/utils/resume/merge';

/**
 * What the review screen holds for each part of a proposal while the user decides: ticked or not,
 * dropped from the review or not, and the value as the user edited it (the found one to begin with).
 */
export interface PartState<T> {
  accept: boolean;
  dropped: boolean;
  value: T;
}

export interface ReviewState {
  personal: Partial<Record<PersonalField, PartState<string>>>;
  links: Partial<Record<LinkField, PartState<string>>>;
  work: PartState<WorkEntry>[];
  education: PartState<EducationEntry>[];
  /** The skills to add, one per line, as the textarea holds them. */
  skills: PartState<string>;
}

/** Messages by part: "personal.email", "work.1.startDate", "education.0.school". */
export type ReviewErrors = Readonly<Record<string, string>>;

export const PERSONAL_LABELS: Readonly<Record<PersonalField, string>> = {
  firstName: 'First name',
  middleName: 'Middle name',
  lastName: 'Last name',
  headline: 'Headline',
  summary: 'Summary',
  email: 'Email',
  phoneCountryCode: 'Phone country code',
  phone: 'Phone',
  city: 'City',
  region: 'State or region',
  country: 'Country',
};

export const LINK_LABELS: Readonly<Record<LinkField, string>> = {
  linkedin: 'LinkedIn',
  xing: 'XING',
  github: 'GitHub',
  website: 'Website',
  twitter: 'Twitter / X',
};

function part<T>(accept: boolean, value: T): PartState<T> {
  return { accept, dropped: false, value };
}

export function initialReview(proposal: Proposal): ReviewState {
  return {
    personal: Object.fromEntries(proposal.personal.map((p) => [p.field, part(p.accept, p.found)])),
    links: Object.fromEntries(proposal.links.map((p) => [p.field, part(p.accept, p.found)])),
    work: proposal.work.map((p) => part(p.accept, toWorkEntry(p.found))),
    education: proposal.education.map((p) => part(p.accept, toEducationEntry(p.found))),
    skills: part(proposal.skills.accept, proposal.skills.added.join('\n')),
  };
}

function taken<T>(state: PartState<T> | undefined): boolean {
  return state !== undefined && state.accept && !state.dropped;
}

export function skillLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

function fieldDecisions<F extends string>(parts: Partial<Record<F, PartState<string>>>): Partial<Record<F, Decision<string>>> {
  const out: Partial<Record<F, Decision<string>>> = {};
  for (const field of Object.keys(parts) as F[]) {
    const state = parts[field];
    if (state) out[field] = { accept: taken(state), value: state.value };
  }
  return out;
}

/** The decisions applyAccepted takes: a dropped part counts as not accepted, whatever its box says. */
export function toDecisions(review: ReviewState): Decisions {
  return {
    personal: fieldDecisions(review.personal),
    links: fieldDecisions(review.links),
    work: review.work.map((state) => ({ accept: taken(state), value: state.value })),
    education: review.education.map((state) => ({ accept: taken(state), value: state.value })),
    skills: { accept: taken(review.skills), value: skillLines(review.skills.value) },
  };
}

/** How many parts would be saved, for the button and the message after saving. */
export function acceptedCounts(review: ReviewState): { fields: number; work: number; education: number; skills: number } {
  const fields = [...Object.values(review.personal), ...Object.values(review.links)].filter(taken).length;
  return {
    fields,
    work: review.work.filter(taken).length,
    education: review.education.filter(taken).length,
    skills: taken(review.skills) ? skillLines(review.skills.value).length : 0,
  };
}

function firstMessage(schema: z.ZodType, value: unknown): Record<string, string> {
  const result = schema.safeParse(value, { error: userMessages });
  if (result.success) return {};
  const out: Record<string, string> = {};
  for (const issue of result.error.issues) out[issue.path.map(String).join('.')] ??= issue.message;
  return out;
}

function prefixed(prefix: string, messages: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).map(([path, message]) => [path ? `${prefix}.${path}` : prefix, message]));
}

/**
 * Checks each accepted part on its own, so an error shows next to the input that caused it; the
 * whole profile is validated again before saving.
 */
export function validateReview(review: ReviewState): ReviewErrors {
  const errors: Record<string, string> = {};
  for (const [field, state] of Object.entries(review.personal) as [PersonalField, PartState<string>][]) {
    if (!taken(state)) continue;
    const address = field === 'city' || field === 'region' || field === 'country';
    const schema = address ? AddressSchema.shape[field] : PersonalSchema.shape[field];
    Object.assign(errors, prefixed(`personal.${field}`, firstMessage(schema, state.value.trim())));
  }
  for (const [field, state] of Object.entries(review.links) as [LinkField, PartState<string>][]) {
    const schema = field === 'xing' ? LinkSchema.shape.url : LinksSchema.shape[field];
    if (taken(state)) Object.assign(errors, prefixed(`links.${field}`, firstMessage(schema, state.value.trim())));
  }
  review.work.forEach((state, i) => {
    if (taken(state)) Object.assign(errors, prefixed(`work.${i}`, firstMessage(WorkEntrySchema, state.value)));
  });
  review.education.forEach((state, i) => {
    if (taken(state)) Object.assign(errors, prefixed(`education.${i}`, firstMessage(EducationEntrySchema, state.value)));
  });
  return errors;
}

/** "Senior Engineer at Acme", or what there is of it. */
export function jobName(entry: WorkEntry, index: number): string {
  const title = entry.title.trim();
  const company = entry.company.trim();
  if (title && company) return `${title} at ${company}`;
  return title || company || `Job ${index + 1}`;
}

export function schoolName(entry: EducationEntry, index: number): string {
  return entry.school.trim() || entry.degree.trim() || `School ${index + 1}`;
}

/** "2019-05 – now", "2015 – 2019", '' without dates. */
export function dateRange(entry: { startDate: string; endDate: string; current?: boolean }): string {
  const end = entry.current ? 'now' : entry.endDate;
  if (!entry.startDate && !end) return '';
  return `${entry.startDate || '?'} – ${end || '?'}`;
}

/**
 * The parts of the profile that application forms ask for most and that are still empty, named as
 * the editor names them, so that after an import the user knows what is left to fill by hand.
 */
export function stillEmpty(profile: Profile): string[] {
  const { personal, links } = profile;
  const checks: [string, boolean][] = [
    ['first name', personal.firstName.trim() === ''],
    ['last name', personal.lastName.trim() === ''],
    ['email', personal.email.trim() === ''],
    ['phone', personal.phone.trim() === ''],
    ['city', personal.address.city.trim() === ''],
    ['country', personal.address.country.trim() === ''],
    ['LinkedIn', links.linkedin.trim() === ''],
    ['work history', profile.work.length === 0],
    ['education', profile.education.length === 0],
    ['skills', profile.skills.length === 0],
  ];
  return checks.filter(([, empty]) => empty).map(([name]) => name);
}
