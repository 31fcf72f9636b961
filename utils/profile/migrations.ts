import { z } from 'zod';
import { splitFullName, splitPhone } from './contact';
import { ProfileValidationError, toFieldErrors, userMessages } from './errors';
import { PROFILE_SCHEMA_VERSION, ProfileSchema, type Links, type Profile, type ProfileInput, type SavedAnswerControl } from './schema';

/** The profile as kept in IndexedDB: the data, and the schema version it was written with. */
export interface ProfileRecord {
  version: number;
  profile: unknown;
}

/**
 * Version 0, the prototype's flat shape: one name string, the phone with its country code,
 * links as a bare list of URLs, "present" as a work end date, skills as one comma-separated
 * string and saved answers as a question -> answer map.
 */
const ProfileV0Schema = z.object({
  name: z.string().default(''),
  email: z.string().default(''),
  phone: z.string().default(''),
  address: z
    .object({
      street: z.string().default(''),
      city: z.string().default(''),
      state: z.string().default(''),
      zip: z.string().default(''),
      country: z.string().default(''),
    })
    .prefault({}),
  links: z.array(z.string()).default([]),
  work: z
    .array(
      z.object({
        company: z.string().default(''),
        title: z.string().default(''),
        start: z.string().default(''),
        end: z.string().default(''),
        description: z.string().default(''),
      }),
    )
    .default([]),
  education: z
    .array(
      z.object({
        school: z.string().default(''),
        degree: z.string().default(''),
        field: z.string().default(''),
        graduationYear: z.number().int().optional(),
      }),
    )
    .default([]),
  skills: z.string().default(''),
  answers: z.record(z.string(), z.string()).default({}),
});

const LINK_HOSTS: ReadonlyArray<[keyof Omit<Links, 'website' | 'other'>, RegExp]> = [
  ['linkedin', /(^|\.)linkedin\.com$/],
  ['github', /(^|\.)github\.com$/],
  ['twitter', /(^|\.)(twitter|x)\.com$/],
];

/** Sorts a bare list of URLs into the named links; the first unknown one is taken as the website. */
function classifyLinks(urls: readonly string[]): Links {
  const links: Links = { linkedin: '', github: '', twitter: '', website: '', other: [] };
  for (const url of urls) {
    const host = URL.canParse(url) ? new URL(url).hostname : '';
    const named = LINK_HOSTS.find(([, pattern]) => pattern.test(host))?.[0];
    if (named && links[named] === '') links[named] = url;
    else if (!named && links.website === '') links.website = url;
    else links.other.push({ label: host || 'Link', url });
  }
  return links;
}

function v0ToV1(data: unknown): ProfileInput {
  const v0 = ProfileV0Schema.parse(data, { error: userMessages });
  return {
    personal: {
      ...splitFullName(v0.name),
      ...splitPhone(v0.phone),
      email: v0.email,
      address: {
        line1: v0.address.street,
        city: v0.address.city,
        region: v0.address.state,
        postalCode: v0.address.zip,
        country: v0.address.country,
      },
    },
    links: classifyLinks(v0.links),
    work: v0.work.map(({ company, title, start, end, description }) => {
      const current = end.toLowerCase() === 'present';
      return { company, title, description, startDate: start, endDate: current ? '' : end, current };
    }),
    education: v0.education.map(({ school, degree, field, graduationYear }) => ({
      school,
      degree,
      field,
      endDate: graduationYear === undefined ? '' : String(graduationYear),
    })),
    skills: v0.skills
      .split(',')
      .map((skill) => skill.trim())
      .filter(Boolean),
    answers: Object.entries(v0.answers).map(([question, answer]) => ({ question, answer })),
  };
}

/**
 * The control a saved answer kept before controls were recorded: a bare "Yes" or "No" answered a
 * yes/no question, anything else was typed.
 */
export function legacyAnswerControl(answer: unknown): SavedAnswerControl {
  return typeof answer === 'string' && /^\s*(yes|no)\s*$/i.test(answer) ? 'yesNo' : 'text';
}

/** Version 1 kept a saved answer as question and answer only; version 2 adds the control it was given in. */
function v1ToV2(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { answers?: unknown }).answers)) return data;
  const profile = data as { answers: unknown[] };
  return {
    ...profile,
    answers: profile.answers.map((entry) =>
      typeof entry === 'object' && entry !== null && !('control' in entry)
        ? { ...entry, control: legacyAnswerControl((entry as { answer?: unknown }).answer) }
        : entry,
    ),
  };
}

/** MIGRATIONS[n] turns a version n profile into a version n + 1 one. */
export const MIGRATIONS: ReadonlyArray<(profile: unknown) => unknown> = [v0ToV1, v1ToV2];

const RecordSchema = z.object({ version: z.number().int().nonnegative(), profile: z.unknown() });

/**
 * Throws for a record written by a newer Applyfill (after a downgrade): this version can
 * neither read it nor overwrite it without losing what it does not know about.
 */
export function assertNotNewer(record: ProfileRecord): void {
  if (record.version > PROFILE_SCHEMA_VERSION) {
    throw new ProfileValidationError([
      {
        path: '',
        message: `The stored profile was saved by a newer Applyfill (profile version ${record.version}); update Applyfill to open it`,
      },
    ]);
  }
}

export function toRecord(profile: Profile): ProfileRecord {
  return { version: PROFILE_SCHEMA_VERSION, profile };
}

/** Reads a stored record of any earlier version as a current profile; throws rather than guess. */
export function migrate(record: unknown): Profile {
  const parsed = RecordSchema.safeParse(record, { error: userMessages });
  if (!parsed.success) {
    throw new ProfileValidationError([{ path: '', message: 'The stored profile is damaged: it has no valid version' }]);
  }
  const { version, profile } = parsed.data;
  assertNotNewer(parsed.data);
  let migrated: unknown;
  try {
    migrated = MIGRATIONS.slice(version).reduce((data, step) => step(data), profile);
  } catch (error) {
    if (error instanceof z.ZodError) throw new ProfileValidationError(toFieldErrors(error));
    throw error;
  }
  const result = ProfileSchema.safeParse(migrated, { error: userMessages });
  if (!result.success) throw new ProfileValidationError(toFieldErrors(result.error));
  return result.data;
}
