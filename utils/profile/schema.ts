import { z } from 'zod';

/**
 * The profile, as stored. zod is the single source of truth: every type the rest of the
 * code uses is inferred from these schemas, and the same schemas validate the editor,
 * the store and imported files.
 */

const MAX_TEXT = 500;
const MAX_LONG_TEXT = 20_000;

const text = (max = MAX_TEXT) => z.string().max(max, `must be at most ${max} characters`).default('');

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as JSON Resume writes dates; '' when unknown. */
export const PartialDateSchema = z
  .string()
  .regex(/^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD')
  .default('');

export const AddressSchema = z.object({
  line1: text(),
  line2: text(),
  city: text(),
  region: text(),
  postalCode: text(40),
  country: text(),
});

export const PersonalSchema = z.object({
  firstName: text(200),
  middleName: text(200),
  lastName: text(200),
  preferredName: text(200),
  pronouns: text(100),
  headline: text(),
  summary: text(MAX_LONG_TEXT),
  email: z.union([z.literal(''), z.email('expected an email address such as name@example.com')]).default(''),
  /** Digits as the user writes them, without the country code. */
  phone: text(40),
  /** With the plus sign, e.g. "+1". */
  phoneCountryCode: z.string().regex(/^(\+\d{1,4})?$/, 'expected a country code such as +1').default(''),
  address: AddressSchema.prefault({}),
});

// Only web links: an imported file must not plant a javascript: or data: URL in a link the user may open.
const url = z
  .union([z.literal(''), z.url({ protocol: /^https?$/, message: 'expected a web address such as https://example.com' })])
  .default('');

export const LinkSchema = z.object({ label: text(100), url });

export const LinksSchema = z.object({
  linkedin: url,
  github: url,
  website: url,
  twitter: url,
  other: z.array(LinkSchema).max(50).default([]),
});

export const WorkEntrySchema = z.object({
  company: text(),
  title: text(),
  location: text(),
  startDate: PartialDateSchema,
  endDate: PartialDateSchema,
  current: z.boolean().default(false),
  description: text(MAX_LONG_TEXT),
});

export const EducationEntrySchema = z.object({
  school: text(),
  degree: text(),
  field: text(),
  startDate: PartialDateSchema,
  endDate: PartialDateSchema,
  gpa: text(20),
});

export const LanguageSchema = z.object({ language: text(100), fluency: text(100) });

export const GENDERS = ['male', 'female', 'non-binary', 'decline'] as const;
export const YES_NO_DECLINE = ['yes', 'no', 'decline'] as const;
export const RACES = [
  'american-indian-alaska-native',
  'asian',
  'black',
  'native-hawaiian-pacific-islander',
  'white',
  'two-or-more',
  'decline',
] as const;
export const VETERAN_STATUSES = ['protected', 'not-protected', 'decline'] as const;
export const SALARY_PERIODS = ['year', 'month', 'hour'] as const;

/** Every EEO answer is optional: absent means "leave the question for the user". */
export const EeoSchema = z.object({
  gender: z.enum(GENDERS).optional(),
  hispanicOrLatino: z.enum(YES_NO_DECLINE).optional(),
  race: z.enum(RACES).optional(),
  veteran: z.enum(VETERAN_STATUSES).optional(),
  disability: z.enum(YES_NO_DECLINE).optional(),
});

export const SalarySchema = z.object({
  amount: z.number().nonnegative().max(100_000_000),
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected a currency code such as USD'),
  period: z.enum(SALARY_PERIODS),
});

/** ISO 3166-1 alpha-2 country code -> authorised to work there. */
export const WorkAuthorizationSchema = z.record(
  z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter country code such as US'),
  z.boolean(),
);

export const ApplicationSchema = z.object({
  workAuthorization: WorkAuthorizationSchema.default({}),
  /** Absent means unknown: sponsorship questions are then left to the user. */
  requiresSponsorship: z.boolean().optional(),
  willingToRelocate: z.boolean().optional(),
  salaryExpectation: SalarySchema.optional(),
  earliestStartDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
    .optional(),
  noticePeriod: z.string().max(100).optional(),
  referralSource: z.string().max(200).optional(),
  eeo: EeoSchema.prefault({}),
});

/**
 * The kinds of control a saved answer was given in: a yes/no question is answered by meaning on
 * any other control, a choice by the option picked, compared by meaning with other wordings.
 */
export const SAVED_ANSWER_CONTROLS = ['text', 'textarea', 'select', 'radio', 'checkbox', 'combobox', 'yesNo'] as const;

export const SavedAnswerSchema = z.object({
  question: z.string().min(1, 'a saved answer needs its question').max(1000),
  /** Entries written before controls were kept read as text: their answer was typed. */
  control: z.enum(SAVED_ANSWER_CONTROLS).default('text'),
  answer: z.string().max(MAX_LONG_TEXT),
  /** For a choice: the label of the option the user picked, e.g. "Yes, I am 18 or older". */
  option: z.string().max(1000).optional(),
});

export const PROFILE_SCHEMA_VERSION = 2;

export const ProfileSchema = z.object({
  personal: PersonalSchema.prefault({}),
  links: LinksSchema.prefault({}),
  work: z.array(WorkEntrySchema).max(100).default([]),
  education: z.array(EducationEntrySchema).max(50).default([]),
  skills: z.array(z.string().max(200)).max(500).default([]),
  languages: z.array(LanguageSchema).max(50).default([]),
  application: ApplicationSchema.prefault({}),
  answers: z.array(SavedAnswerSchema).max(500).default([]),
});

export const DOCUMENT_ROLES = ['resume', 'coverLetter'] as const;
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const DOCUMENT_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
  rtf: 'application/rtf',
};

export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;
export type Personal = z.infer<typeof PersonalSchema>;
export type Address = z.infer<typeof AddressSchema>;
export type Links = z.infer<typeof LinksSchema>;
export type WorkEntry = z.infer<typeof WorkEntrySchema>;
export type EducationEntry = z.infer<typeof EducationEntrySchema>;
export type Application = z.infer<typeof ApplicationSchema>;
export type Eeo = z.infer<typeof EeoSchema>;
export type SavedAnswer = z.infer<typeof SavedAnswerSchema>;
export type SavedAnswerControl = SavedAnswer['control'];
export type DocumentRole = (typeof DOCUMENT_ROLES)[number];

/** A role may hold several files ("Backend", "Data"): a few are plenty, and each is up to 10 MB. */
export const MAX_DOCUMENTS_PER_ROLE = 10;
export const MAX_DOCUMENT_LABEL = 100;

/**
 * What the user says about a stored file: the name it goes by in Applyfill's lists, whether it is
 * the one its role attaches unless the user picks another, and, for a resume, a headline and
 * summary of its own that forms asking for them get while it is the one attached ('' = the profile's).
 */
export interface DocumentMeta {
  id: string;
  label: string;
  isDefault: boolean;
  headline: string;
  summary: string;
}

/** A stored file, as the store keeps it (the Blob stays in IndexedDB), in the order the user gave. */
export interface StoredDocument extends DocumentMeta {
  role: DocumentRole;
  name: string;
  type: string;
  size: number;
  blob: Blob;
  addedAt: string;
}

/** A file as it crosses a message boundary (runtime messages carry JSON, not Blobs). */
export interface TransferDocument {
  role: DocumentRole;
  name: string;
  type: string;
  size: number;
  base64: string;
}

/** A file with what the user says of it, as export files carry it; `id` is absent in files of earlier versions. */
export interface ProfileDocument extends TransferDocument, Omit<DocumentMeta, 'id'> {
  id?: string;
}

export function emptyProfile(): Profile {
  return ProfileSchema.parse({});
}
