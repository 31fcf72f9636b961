import type { DocumentRole, Eeo, EducationEntry, Profile, SavedAnswer, WorkEntry } from '../profile/schema';
import type { FieldKind } from './fieldKinds';
import { formatPhone, formatSalary, parsePartialDate } from './format';
import { countryNamedIn, countryOfLocation, findCountry } from './geo';
import { JOB_COUNTRY_REFERENCE } from './keywords';
import { normalizeText } from './normalize';
import type { DateValue, FieldDescription, Meaning, TextDomain } from './types';
import { polarity } from './wording';

/**
 * The profile's answer to each kind of question, before it is fitted to a control. Undefined
 * means the profile does not answer it: the question is left to the user.
 */
export type Answer =
  /** `text` for text fields; `meaning` to choose among options; `search` to type into a combobox ('' types nothing). */
  | { type: 'text'; text: string; meaning: Meaning; search: string }
  | { type: 'date'; date: DateValue; defaultFormat: string }
  | { type: 'toggle'; checked: boolean }
  | { type: 'file'; role: DocumentRole };

export interface AnswerContext {
  field: FieldDescription;
  profile: Profile;
  documents: readonly DocumentRole[];
  /** YYYY-MM-DD; the planner never reads the clock itself. */
  today?: string;
}

type Answerer = (context: AnswerContext) => Answer | undefined;

export function answerFor(kind: FieldKind, context: AnswerContext): Answer | undefined {
  return ANSWERERS[kind](context);
}

export function textAnswer(text: string, domain?: TextDomain): Answer | undefined {
  if (text.trim() === '') return undefined;
  return { type: 'text', text, meaning: { type: 'text', value: text, ...(domain ? { domain } : {}) }, search: text };
}

/** Profiles imported from JSON Resume hold a country code ("US"); forms ask for the name. */
function countryName(country: string): string {
  return findCountry(country)?.name ?? country;
}

/** A fixed set of options: typing into the widget would only hide them. */
function meaningAnswer(meaning: Meaning, text: string): Answer {
  return { type: 'text', text, meaning, search: '' };
}

/**
 * A saved answer, fitted to whatever control asks again: a yes/no by meaning ("Yes" picks
 * "Yes, I am"), a choice by the option the user picked, compared by meaning with the options
 * offered now; in a text box, the answer's words.
 */
export function savedAnswer(saved: SavedAnswer | undefined): Answer | undefined {
  if (!saved || saved.answer.trim() === '') return undefined;
  if (saved.control === 'yesNo') {
    const value = polarity(saved.answer);
    if (value !== undefined) return yesNo(value);
  }
  const picked = saved.option?.trim();
  if (picked) return { type: 'text', text: saved.answer, meaning: { type: 'text', value: picked }, search: picked };
  return textAnswer(saved.answer);
}

function yesNo(value: boolean | undefined): Answer | undefined {
  return value === undefined ? undefined : meaningAnswer({ type: 'yesNo', value }, value ? 'Yes' : 'No');
}

function dateAnswer(iso: string | undefined, defaultFormat?: string): Answer | undefined {
  const date = parsePartialDate(iso);
  if (!date) return undefined;
  return { type: 'date', date, defaultFormat: defaultFormat ?? (date.month === undefined ? 'YYYY' : 'MM/YYYY') };
}

export function legalName(profile: Profile): string {
  return [profile.personal.firstName, profile.personal.lastName].filter(Boolean).join(' ');
}

/** The entry marked current, else the one that ended last. */
function currentJob(work: readonly WorkEntry[]): WorkEntry | undefined {
  const current = work.find((entry) => entry.current);
  if (current) return current;
  const recency = (entry: WorkEntry) => entry.endDate || entry.startDate;
  return [...work].sort((a, b) => recency(b).localeCompare(recency(a)))[0];
}

const workEntry = (answer: (entry: WorkEntry) => Answer | undefined): Answerer => ({ field, profile }) => {
  const entry = profile.work[field.entryIndex ?? 0];
  return entry ? answer(entry) : undefined;
};

const educationEntry = (answer: (entry: EducationEntry) => Answer | undefined): Answerer => ({ field, profile }) => {
  const entry = profile.education[field.entryIndex ?? 0];
  return entry ? answer(entry) : undefined;
};

const eeo = <K extends keyof Eeo>(key: K, meaningOf: (value: NonNullable<Eeo[K]>) => Meaning, display: Readonly<Record<NonNullable<Eeo[K]>, string>>): Answerer =>
  ({ profile }) => {
    const value = profile.application.eeo[key];
    return value === undefined ? undefined : meaningAnswer(meaningOf(value), display[value]);
  };

const DECLINE_TEXT = 'Decline to self identify';
const CITY_ONLY = /^(city|town)$/;

/**
 * The country a work authorization question is about: the one it names, else, for "…in the
 * country where this position is located", the country of the job's location as the page gave it.
 */
function countryAskedAbout(field: FieldDescription): ReturnType<typeof countryNamedIn> {
  const question = field.labels.join(' ');
  const named = countryNamedIn(question);
  if (named) return named;
  if (!field.jobLocation || !JOB_COUNTRY_REFERENCE.test(normalizeText(question))) return undefined;
  return countryOfLocation(field.jobLocation);
}

/**
 * Whether the applicant may work in the country the question is about. A question whose country
 * cannot be told (none named, the job's location unknown) is left to the user. "…without
 * sponsorship" also needs the sponsorship answer.
 */
const workAuthorization: Answerer = ({ field, profile }) => {
  const question = field.labels.join(' ');
  const country = countryAskedAbout(field);
  const authorized = country ? profile.application.workAuthorization[country.code] : undefined;
  if (authorized === undefined) return undefined;
  if (!/\bsponsor/.test(normalizeText(question))) return yesNo(authorized);
  const needsSponsorship = profile.application.requiresSponsorship;
  return needsSponsorship === undefined ? undefined : yesNo(authorized && !needsSponsorship);
};

const ANSWERERS: Readonly<Record<FieldKind, Answerer>> = {
  firstName: ({ profile }) => textAnswer(profile.personal.firstName),
  middleName: ({ profile }) => textAnswer(profile.personal.middleName),
  lastName: ({ profile }) => textAnswer(profile.personal.lastName),
  fullName: ({ profile }) => textAnswer(legalName(profile)),
  preferredName: ({ profile }) => textAnswer(profile.personal.preferredName),
  pronouns: ({ profile }) => textAnswer(profile.personal.pronouns),
  email: ({ profile }) => textAnswer(profile.personal.email),
  phone: ({ field, profile }) => textAnswer(formatPhone(profile.personal, field) ?? ''),
  phoneCountryCode: ({ profile }) => {
    const { phoneCountryCode: code, address } = profile.personal;
    if (code === '') return undefined;
    const country = findCountry(address.country)?.name;
    return { type: 'text', text: code, meaning: { type: 'phoneCountryCode', code, ...(country ? { country } : {}) }, search: country ?? code };
  },
  // The profile keeps no phone type; applicants give the number they carry, so a mobile.
  phoneType: ({ profile }) => (profile.personal.phone === '' ? undefined : textAnswer('Mobile', 'phoneType')),
  phoneExtension: () => undefined,
  addressLine1: ({ profile }) => textAnswer(profile.personal.address.line1),
  addressLine2: ({ profile }) => textAnswer(profile.personal.address.line2),
  city: ({ profile }) => textAnswer(profile.personal.address.city),
  region: ({ profile }) => textAnswer(profile.personal.address.region, 'region'),
  postalCode: ({ profile }) => textAnswer(profile.personal.address.postalCode),
  country: ({ profile }) => textAnswer(countryName(profile.personal.address.country), 'country'),
  location: ({ profile }) => {
    const { city, region, country } = profile.personal.address;
    const answer = textAnswer([city, region, countryName(country)].filter(Boolean).join(', '), 'location');
    // Location widgets search by city and offer "City, Region, Country" variants.
    return answer && city ? { ...answer, search: city } : answer;
  },
  linkedin: ({ profile }) => textAnswer(profile.links.linkedin),
  github: ({ profile }) => textAnswer(profile.links.github),
  twitter: ({ profile }) => textAnswer(profile.links.twitter),
  website: ({ profile }) => textAnswer(profile.links.website),
  // The attached resume's own, when it has them: the extension puts them in the profile it plans from.
  headline: ({ profile }) => textAnswer(profile.personal.headline),
  summary: ({ profile }) => textAnswer(profile.personal.summary),
  currentCompany: ({ profile }) => textAnswer(currentJob(profile.work)?.company ?? ''),
  currentTitle: ({ profile }) => textAnswer(currentJob(profile.work)?.title ?? ''),
  workCompany: workEntry((entry) => textAnswer(entry.company)),
  workTitle: workEntry((entry) => textAnswer(entry.title)),
  // A box asking for the city alone ("City" in iCIMS's work entry) gets the city of "New York, NY".
  workLocation: ({ field, profile }) => {
    const location = profile.work[field.entryIndex ?? 0]?.location ?? '';
    return textAnswer(CITY_ONLY.test(normalizeText(field.labels[0] ?? '')) ? (location.split(',')[0] ?? '').trim() : location);
  },
  workStart: workEntry((entry) => dateAnswer(entry.startDate)),
  // A current job has no end: the form's "I currently work here" says so.
  workEnd: workEntry((entry) => (entry.current ? undefined : dateAnswer(entry.endDate))),
  workCurrent: workEntry((entry) => ({ type: 'toggle', checked: entry.current })),
  workDescription: workEntry((entry) => textAnswer(entry.description)),
  school: educationEntry((entry) => textAnswer(entry.school, 'school')),
  degree: educationEntry((entry) => textAnswer(entry.degree, 'degree')),
  discipline: educationEntry((entry) => textAnswer(entry.field, 'discipline')),
  gpa: educationEntry((entry) => textAnswer(entry.gpa)),
  educationStart: educationEntry((entry) => dateAnswer(entry.startDate)),
  educationEnd: educationEntry((entry) => dateAnswer(entry.endDate)),
  skills: ({ profile }) => textAnswer(profile.skills.join(', ')),
  languages: ({ profile }) =>
    textAnswer(
      profile.languages
        .filter((entry) => entry.language)
        .map((entry) => (entry.fluency ? `${entry.language} (${entry.fluency})` : entry.language))
        .join(', '),
    ),
  workAuthorization,
  sponsorship: ({ profile }) => yesNo(profile.application.requiresSponsorship),
  relocation: ({ profile }) => yesNo(profile.application.willingToRelocate),
  salary: ({ field, profile }) => {
    const salary = profile.application.salaryExpectation;
    return salary ? textAnswer(formatSalary(salary, field) ?? '') : undefined;
  },
  startDate: ({ profile }) => dateAnswer(profile.application.earliestStartDate, 'MM/DD/YYYY'),
  noticePeriod: ({ profile }) => textAnswer(profile.application.noticePeriod ?? ''),
  referralSource: ({ profile }) => textAnswer(profile.application.referralSource ?? '', 'referralSource'),
  gender: eeo('gender', (value) => ({ type: 'gender', value }), {
    male: 'Male',
    female: 'Female',
    'non-binary': 'Non-binary',
    decline: DECLINE_TEXT,
  }),
  hispanicOrLatino: eeo('hispanicOrLatino', (value) => ({ type: 'hispanicOrLatino', value }), {
    yes: 'Yes',
    no: 'No',
    decline: DECLINE_TEXT,
  }),
  race: eeo('race', (value) => ({ type: 'race', value }), {
    'american-indian-alaska-native': 'American Indian or Alaska Native',
    asian: 'Asian',
    black: 'Black or African American',
    'native-hawaiian-pacific-islander': 'Native Hawaiian or Other Pacific Islander',
    white: 'White',
    'two-or-more': 'Two or More Races',
    decline: DECLINE_TEXT,
  }),
  veteran: eeo('veteran', (value) => ({ type: 'veteran', value }), {
    protected: 'I identify as one or more of the classifications of protected veteran',
    'not-protected': 'I am not a protected veteran',
    decline: DECLINE_TEXT,
  }),
  disability: eeo('disability', (value) => ({ type: 'disability', value }), {
    yes: 'Yes, I have a disability (or previously had a disability)',
    no: 'No, I do not have a disability and have not had one in the past',
    decline: 'I do not want to answer',
  }),
  // A signature goes with a self-identification answer: without one, signing is the user's call.
  signatureName: ({ profile }) => (profile.application.eeo.disability ? textAnswer(legalName(profile)) : undefined),
  signatureDate: ({ profile, today }) => (profile.application.eeo.disability ? dateAnswer(today, 'MM/DD/YYYY') : undefined),
  resume: ({ documents }) => (documents.includes('resume') ? { type: 'file', role: 'resume' } : undefined),
  coverLetter: ({ documents }) => (documents.includes('coverLetter') ? { type: 'file', role: 'coverLetter' } : undefined),
};
