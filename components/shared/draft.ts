import { userMessages, formatPath } from '@/utils/profile/errors';
import {
  ProfileSchema,
  type EducationEntry,
  type Eeo,
  type Links,
  type Personal,
  type Profile,
  type ProfileInput,
  type SavedAnswer,
  type WorkEntry,
  SALARY_PERIODS,
} from '@/utils/profile/schema';

/**
 * What the editor holds while the user types. It mirrors the profile, except where a control
 * needs text the profile keeps in another form (a salary amount as typed, skills one per line,
 * unanswered questions as ''), so that nothing typed is lost while it is not yet valid.
 */
export interface Draft {
  personal: Personal;
  links: Links;
  work: WorkEntry[];
  education: EducationEntry[];
  /** One skill per line. */
  skills: string;
  languages: Profile['languages'];
  application: ApplicationDraft;
  answers: SavedAnswer[];
}

export type YesNo = '' | 'yes' | 'no';
type Unset<T> = { [K in keyof T]-?: NonNullable<T[K]> | '' };

export interface ApplicationDraft {
  workAuthorization: { country: string; authorized: YesNo }[];
  requiresSponsorship: YesNo;
  willingToRelocate: YesNo;
  salaryAmount: string;
  salaryCurrency: string;
  salaryPeriod: (typeof SALARY_PERIODS)[number];
  earliestStartDate: string;
  noticePeriod: string;
  referralSource: string;
  eeo: Unset<Eeo>;
}

/** Messages by draft path ("personal.email", "work.0.startDate"); '' holds the ones no field owns. */
export type ErrorMap = Readonly<Record<string, readonly string[]>>;

export interface Validation {
  errors: ErrorMap;
  /** The profile to save; undefined while any field is invalid. */
  profile: Profile | undefined;
}

function yesNo(value: boolean | undefined): YesNo {
  return value === undefined ? '' : value ? 'yes' : 'no';
}

function fromYesNo(value: YesNo): boolean | undefined {
  return value === '' ? undefined : value === 'yes';
}

export function profileToDraft(profile: Profile): Draft {
  const { application } = profile;
  const salary = application.salaryExpectation;
  const { gender, hispanicOrLatino, race, veteran, disability } = application.eeo;
  return {
    personal: profile.personal,
    links: profile.links,
    work: profile.work,
    education: profile.education,
    skills: profile.skills.join('\n'),
    languages: profile.languages,
    application: {
      workAuthorization: Object.entries(application.workAuthorization).map(([country, authorized]) => ({
        country,
        authorized: yesNo(authorized),
      })),
      requiresSponsorship: yesNo(application.requiresSponsorship),
      willingToRelocate: yesNo(application.willingToRelocate),
      salaryAmount: salary ? String(salary.amount) : '',
      salaryCurrency: salary?.currency ?? 'USD',
      salaryPeriod: salary?.period ?? 'year',
      earliestStartDate: application.earliestStartDate ?? '',
      noticePeriod: application.noticePeriod ?? '',
      referralSource: application.referralSource ?? '',
      eeo: {
        gender: gender ?? '',
        hispanicOrLatino: hispanicOrLatino ?? '',
        race: race ?? '',
        veteran: veteran ?? '',
        disability: disability ?? '',
      },
    },
    answers: profile.answers,
  };
}

/** Leading and trailing spaces are never meant, and would end up in application forms. */
function trimmed<T>(value: T): T {
  if (typeof value === 'string') return value.trim() as T;
  if (Array.isArray(value)) return value.map(trimmed) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, trimmed(item)])) as T;
  }
  return value;
}

const AMOUNT = /^\d+(\.\d+)?$/;

function optionalText(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}

function withoutEmpty<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], ''> } {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== '')) as { [K in keyof T]?: Exclude<T[K], ''> };
}

/** What the draft says as schema input, plus the problems only the draft can see. */
function draftToInput(draft: Draft): { input: ProfileInput; problems: [path: string, message: string][] } {
  const { application: a } = draft;
  const problems: [string, string][] = [];
  const amount = a.salaryAmount.replace(/[,\s]/g, '');
  if (amount !== '' && !AMOUNT.test(amount)) problems.push(['application.salaryAmount', 'expected a number such as 120000']);
  const countries = a.workAuthorization.map((row) => row.country.trim().toUpperCase());
  const workAuthorization: Record<string, boolean> = {};
  a.workAuthorization.forEach((row, index) => {
    const country = countries[index] ?? '';
    if (country === '' && row.authorized === '') return;
    if (country === '') problems.push([`application.workAuthorization.${index}.country`, 'expected a two-letter country code such as US']);
    else if (countries.indexOf(country) !== index) problems.push([`application.workAuthorization.${index}.country`, `${country} is already listed`]);
    if (row.authorized === '') problems.push([`application.workAuthorization.${index}.authorized`, 'choose yes or no']);
    else if (country !== '') workAuthorization[country] = row.authorized === 'yes';
  });
  const input: ProfileInput = trimmed({
    personal: draft.personal,
    links: draft.links,
    work: draft.work,
    education: draft.education,
    skills: draft.skills.split('\n').filter((line) => line.trim() !== ''),
    languages: draft.languages,
    application: {
      workAuthorization,
      requiresSponsorship: fromYesNo(a.requiresSponsorship),
      willingToRelocate: fromYesNo(a.willingToRelocate),
      salaryExpectation:
        amount === '' || !AMOUNT.test(amount)
          ? undefined
          : { amount: Number(amount), currency: a.salaryCurrency.trim().toUpperCase(), period: a.salaryPeriod },
      earliestStartDate: optionalText(a.earliestStartDate),
      noticePeriod: optionalText(a.noticePeriod),
      referralSource: optionalText(a.referralSource),
      eeo: withoutEmpty(a.eeo),
    },
    answers: draft.answers,
  });
  return { input, problems };
}

/** Where a schema issue is shown: the draft field that holds the value it is about. */
function draftPath(path: readonly PropertyKey[], draft: Draft): string {
  const [head, second, third] = path.map(String);
  if (head === 'skills') return 'skills';
  if (head === 'application' && second === 'salaryExpectation') {
    return third === 'currency' ? 'application.salaryCurrency' : third === 'period' ? 'application.salaryPeriod' : 'application.salaryAmount';
  }
  if (head === 'application' && second === 'workAuthorization' && third !== undefined) {
    const index = draft.application.workAuthorization.findIndex((row) => row.country.trim().toUpperCase() === third);
    return `application.workAuthorization.${index}.country`;
  }
  return formatPath(path);
}

/** Checks the draft with the store's own schema, so what passes here is what the store accepts. */
export function validateDraft(draft: Draft): Validation {
  const { input, problems } = draftToInput(draft);
  const result = ProfileSchema.safeParse(input, { error: userMessages });
  const errors: Record<string, string[]> = {};
  const add = (path: string, message: string) => (errors[path] ??= []).push(message);
  for (const [path, message] of problems) add(path, message);
  if (!result.success) for (const issue of result.error.issues) add(draftPath(issue.path, draft), issue.message);
  return { errors, profile: result.success && problems.length === 0 ? result.data : undefined };
}

/** Where a reverted value lives in the profile: the smallest part the draft edits as one. */
function revertPath(path: readonly PropertyKey[]): string {
  const [head, second] = path.map(String);
  if (head === 'skills') return 'skills';
  if (head === 'application' && (second === 'salaryExpectation' || second === 'workAuthorization')) return `application.${second}`;
  return formatPath(path);
}

/** Draft fields that make one value of the profile, which salvageDraft keeps or puts back as a whole. */
const DRAFT_GROUPS: ReadonlyArray<{ draftPrefix: string; profilePath: string; draftPaths: readonly string[] }> = [
  {
    draftPrefix: 'application.salary',
    profilePath: 'application.salaryExpectation',
    draftPaths: ['application.salaryAmount', 'application.salaryCurrency', 'application.salaryPeriod'],
  },
  { draftPrefix: 'application.workAuthorization', profilePath: 'application.workAuthorization', draftPaths: ['application.workAuthorization'] },
];

/** The draft paths that an error at `errorPath` keeps salvageDraft from saving. */
export function heldBackBy(errorPath: string): readonly string[] {
  return DRAFT_GROUPS.find(({ draftPrefix }) => errorPath.startsWith(draftPrefix))?.draftPaths ?? [errorPath];
}

/**
 * The draft's valid edits on top of the saved profile: every invalid value is put back as it is
 * stored, so that one bad field does not hold back the others. Undefined when that is not enough
 * (an invalid entry the stored profile does not have).
 */
export function salvageDraft(draft: Draft, saved: Profile): Profile | undefined {
  const { input, problems } = draftToInput(draft);
  let patched: unknown = input;
  for (const [path] of problems) {
    const profilePath = DRAFT_GROUPS.find(({ draftPrefix }) => path.startsWith(draftPrefix))?.profilePath;
    if (profilePath) patched = setIn(patched, profilePath, getIn(saved, profilePath));
  }
  const first = ProfileSchema.safeParse(patched);
  if (!first.success) {
    for (const issue of first.error.issues) {
      const path = revertPath(issue.path);
      patched = setIn(patched, path, getIn(saved, path));
    }
  }
  const result = ProfileSchema.safeParse(patched);
  return result.success ? result.data : undefined;
}

export function getIn(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], value);
}

/** A copy of `value` with `path` set, sharing every untouched branch. */
export function setIn<T>(value: T, path: string, next: unknown): T {
  const [key, ...rest] = path.split('.');
  if (key === undefined) return value;
  const current = (value as Record<string, unknown>)[key];
  const updated = rest.length === 0 ? next : setIn(current, rest.join('.'), next);
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[Number(key)] = updated;
    return copy as T;
  }
  return { ...(value as object), [key]: updated } as T;
}

export function emptyWorkEntry(): WorkEntry {
  return { company: '', title: '', location: '', startDate: '', endDate: '', current: false, description: '' };
}

export function emptyEducationEntry(): EducationEntry {
  return { school: '', degree: '', field: '', startDate: '', endDate: '', gpa: '' };
}
