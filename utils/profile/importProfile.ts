import { fullName, splitPhone } from './contact';
import { fromEnvelope, ENVELOPE_FORMAT, ENVELOPE_VERSION, EnvelopeSchema } from './envelope';
import { formatPath, toFieldErrors, userMessages, type FieldError } from './errors';
import { formatBytes } from './documents';
import { checkNameSplit, JsonResumeSchema, resumeToProfile } from './jsonResume';
import type { ApplicationEntry } from './applicationLog';
import type { Profile, ProfileDocument } from './schema';

/** The documents' 40 MB (MAX_TOTAL_DOCUMENT_BYTES) in base64 plus the largest profile fit well within this. */
export const MAX_PROFILE_FILE_CHARS = 80 * 1024 * 1024;

/** Past this many, more errors only bury the first ones. */
const MAX_REPORTED_ERRORS = 20;

export type ParsedProfileFile =
  | { ok: true; kind: 'envelope'; profile: Profile; documents: ProfileDocument[]; applications?: ApplicationEntry[] }
  /** `profile` holds only what a resume can; merge it with mergeJsonResume before saving. */
  | { ok: true; kind: 'json-resume'; profile: Profile; documents: [] }
  | { ok: false; errors: FieldError[] };

// Harmless to JSON.parse itself, but dangerous once any code merges the parsed data into
// another object (Object.assign, a deep merge), so a file containing them is refused outright.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const JSON_RESUME_SECTIONS = [
  'basics', 'work', 'volunteer', 'education', 'awards', 'certificates', 'publications',
  'skills', 'languages', 'interests', 'references', 'projects', 'meta',
];
const ENVELOPE_KEYS = ['format', 'version', 'resume', 'application', 'documents'];

function failure(errors: FieldError[]): ParsedProfileFile {
  const shown = errors.slice(0, MAX_REPORTED_ERRORS);
  if (errors.length > shown.length) {
    shown.push({ path: '', message: `… and ${errors.length - shown.length} more problems` });
  }
  return { ok: false, errors: shown };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Iterative, because JSON.parse accepts nesting far deeper than the call stack allows. */
function forbiddenKeyPaths(root: unknown): string[] {
  interface Node { value: unknown; parent?: Node; key?: string | number }
  const pathOf = (node: Node, key: string): string => {
    const path: (string | number)[] = [key];
    for (let at: Node | undefined = node; at?.key !== undefined; at = at.parent) path.unshift(at.key);
    return formatPath(path);
  };
  const found: string[] = [];
  const stack: Node[] = [{ value: root }];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const { value } = node;
    if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, parent: node, key: index }));
    } else if (isPlainObject(value)) {
      for (const [key, item] of Object.entries(value)) {
        if (FORBIDDEN_KEYS.has(key)) found.push(pathOf(node, key));
        else stack.push({ value: item, parent: node, key });
      }
    }
  }
  return found;
}

function parseEnvelope(data: Record<string, unknown>): ParsedProfileFile {
  if (data.format !== ENVELOPE_FORMAT) {
    return failure([{ path: 'format', message: `expected "${ENVELOPE_FORMAT}"; this is not an Applyfill profile file` }]);
  }
  if (typeof data.version === 'number' && data.version > ENVELOPE_VERSION) {
    return failure([
      {
        path: 'version',
        message: `this file was exported by a newer Applyfill (file version ${data.version}); update Applyfill, then import it again`,
      },
    ]);
  }
  const result = EnvelopeSchema.safeParse(data, { error: userMessages });
  if (!result.success) return failure(toFieldErrors(result.error));
  return { ok: true, kind: 'envelope', ...fromEnvelope(result.data) };
}

const BareJsonResumeSchema = JsonResumeSchema.superRefine(({ basics }, ctx) =>
  checkNameSplit(ctx, basics.name, ['basics', 'name']),
);

function parseJsonResume(data: Record<string, unknown>): ParsedProfileFile {
  const result = BareJsonResumeSchema.safeParse(data, { error: userMessages });
  if (!result.success) return failure(toFieldErrors(result.error));
  const profile = resumeToProfile(result.data);
  // A JSON Resume's phone usually includes its country code ("+1 555 0100"); ours never does.
  profile.personal = { ...profile.personal, ...splitPhone(profile.personal.phone) };
  return { ok: true, kind: 'json-resume', profile, documents: [] };
}

/**
 * Reads an export file or a bare JSON Resume document, checking everything before anything
 * can be written. Pure: the store decides what to do with the result.
 */
export function parseProfileFile(text: string): ParsedProfileFile {
  if (text.length > MAX_PROFILE_FILE_CHARS) {
    return failure([
      { path: '', message: `The file is ${formatBytes(text.length)}; a profile file is at most ${formatBytes(MAX_PROFILE_FILE_CHARS)}` },
    ]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return failure([{ path: '', message: `The file is not valid JSON (${(error as Error).message})` }]);
  }
  if (!isPlainObject(data)) {
    return failure([{ path: '', message: 'The file does not hold a profile: expected a JSON object' }]);
  }
  const forbidden = forbiddenKeyPaths(data);
  if (forbidden.length > 0) {
    return failure(forbidden.map((path) => ({ path, message: 'this key is not allowed in a profile file' })));
  }
  if (ENVELOPE_KEYS.some((key) => Object.hasOwn(data, key))) return parseEnvelope(data);
  if (JSON_RESUME_SECTIONS.some((key) => Object.hasOwn(data, key))) return parseJsonResume(data);
  return failure([{ path: '', message: 'The file is neither an Applyfill profile nor a JSON Resume document' }]);
}

/**
 * What importing a bare JSON Resume makes of the current profile: the resume replaces what a
 * resume holds; application answers, saved answers, preferred name and pronouns stay. The
 * user's own name parts stay unless the resume names someone else, since splitting a full
 * name is only a guess, and the phone's country code stays unless the resume gives one.
 */
export function mergeJsonResume(current: Profile, fromResume: Profile): Profile {
  const resumeName = fullName(fromResume.personal);
  const keepName = resumeName === '' || resumeName === fullName(current.personal);
  const { firstName, middleName, lastName } = keepName ? current.personal : fromResume.personal;
  return {
    ...fromResume,
    personal: {
      ...fromResume.personal,
      firstName,
      middleName,
      lastName,
      preferredName: current.personal.preferredName,
      pronouns: current.personal.pronouns,
      phoneCountryCode: fromResume.personal.phoneCountryCode || current.personal.phoneCountryCode,
    },
    application: current.application,
    answers: current.answers,
  };
}
