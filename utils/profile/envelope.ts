import { z } from 'zod';
import { ApplicationEntrySchema, type ApplicationEntry } from './applicationLog';
import {
  base64DecodedSize,
  compareByRole,
  documentMimeType,
  formatBytes,
  isBase64,
  labelFromFileName,
  labelProblem,
  MAX_TOTAL_DOCUMENT_BYTES,
  validateDocument,
  withOneDefault,
} from './documents';
import { checkNameSplit, JsonResumeSchema, profileToResume, resumeToProfile } from './jsonResume';
import { legacyAnswerControl } from './migrations';
import {
  ApplicationSchema,
  DOCUMENT_ROLES,
  MAX_DOCUMENT_LABEL,
  MAX_DOCUMENTS_PER_ROLE,
  PersonalSchema,
  ProfileSchema,
  SavedAnswerSchema,
  type Profile,
  type ProfileDocument,
} from './schema';

/*
 * The export file: one JSON document that restores the whole profile, files included.
 * A JSON Resume carries what it can; `application` carries the rest.
 */

export const ENVELOPE_FORMAT = 'applyfill.profile';
export const ENVELOPE_VERSION = 1;
/** Far more applications than anyone sends: a file claiming more is not an export. */
const MAX_APPLICATIONS = 100_000;

// Built on ApplicationSchema, so an answer added to the profile is exported without a change here.
const ApplicationSectionSchema = ApplicationSchema.extend({
  // Optional rather than defaulted: without them, the parts are guessed from resume.basics.name.
  firstName: PersonalSchema.shape.firstName.unwrap().optional(),
  middleName: PersonalSchema.shape.middleName.unwrap().optional(),
  lastName: PersonalSchema.shape.lastName.unwrap().optional(),
  preferredName: PersonalSchema.shape.preferredName,
  pronouns: PersonalSchema.shape.pronouns,
  phoneCountryCode: PersonalSchema.shape.phoneCountryCode,
  // Files exported before controls were kept have none: each is read as its stored entry was migrated.
  answers: z
    .array(SavedAnswerSchema.extend({ control: SavedAnswerSchema.shape.control.unwrap().optional() }))
    .max(500)
    .default([]),
});

const DocumentEntrySchema = z
  .object({
    role: z.enum(DOCUMENT_ROLES),
    /** Absent in files of earlier versions: a new one is made on import. */
    id: z.string().min(1).max(100).optional().meta({ description: 'Keeps the choices of document made per company across an import' }),
    // Optional, so that an export of an earlier version, with one file per role and no names, imports.
    label: z.string().trim().min(1, 'a document needs a name').max(MAX_DOCUMENT_LABEL).optional()
      .meta({ description: 'The name the user gave the document, such as "Backend"; the file name without its extension when absent' }),
    default: z.boolean().optional().meta({ description: "The role's document attached unless the user picks another; the first of its role when none is marked" }),
    headline: PersonalSchema.shape.headline.meta({ description: 'The resume\'s own headline, used instead of the profile\'s while it is the resume attached' }),
    summary: PersonalSchema.shape.summary.meta({ description: 'The resume\'s own summary, used instead of the profile\'s while it is the resume attached' }),
    name: z.string(),
    type: z.string().max(255),
    data: z.string().meta({ description: "The file's bytes, base64-encoded" }),
  })
  .superRefine(({ name, type, data }, ctx) => {
    const problem = validateDocument({ name, type, size: base64DecodedSize(data) });
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
    else if (!isBase64(data)) ctx.addIssue({ code: 'custom', path: ['data'], message: 'is not valid base64' });
  })
  .meta({ description: 'PDF, DOC, DOCX, TXT or RTF, at most 10 MB' });

/** The documents with the names they go by, as the store will keep them. */
function labelled<T extends { name: string; label?: string | undefined }>(documents: readonly T[]): (T & { label: string })[] {
  return documents.map((document) => ({ ...document, label: document.label ?? labelFromFileName(document.name) }));
}

const DocumentsSchema = z
  .array(DocumentEntrySchema)
  .max(DOCUMENT_ROLES.length * MAX_DOCUMENTS_PER_ROLE)
  .default([])
  .superRefine((documents, ctx) => {
    const named = labelled(documents).map((document, index) => ({ ...document, key: String(index) }));
    named.forEach(({ role, label, id, key }, index) => {
      const problem = labelProblem(label, role, named.slice(0, index).map((other) => ({ ...other, id: other.key })), key);
      if (problem) ctx.addIssue({ code: 'custom', path: [index, 'label'], message: problem });
      if (named.filter((other) => other.role === role).indexOf(named[index]!) === MAX_DOCUMENTS_PER_ROLE) {
        ctx.addIssue({ code: 'custom', path: [index, 'role'], message: `at most ${MAX_DOCUMENTS_PER_ROLE} documents of each kind` });
      }
      if (id !== undefined && named.findIndex((other) => other.id === id) !== index) {
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: 'another document has this id' });
      }
    });
    const total = documents.reduce((sum, document) => sum + base64DecodedSize(document.data), 0);
    if (total > MAX_TOTAL_DOCUMENT_BYTES) {
      ctx.addIssue({ code: 'custom', message: `the documents together are ${formatBytes(total)}; the limit is ${formatBytes(MAX_TOTAL_DOCUMENT_BYTES)}` });
    }
  });

function hasNameParts(application: { firstName?: string; middleName?: string; lastName?: string }): boolean {
  return application.firstName !== undefined || application.middleName !== undefined || application.lastName !== undefined;
}

export const EnvelopeSchema = z
  .object({
    format: z.literal(ENVELOPE_FORMAT),
    version: z.literal(ENVELOPE_VERSION),
    exportedAt: z.iso.datetime('expected a date and time such as 2026-11-27T12:00:00.000Z').optional(),
    resume: JsonResumeSchema,
    application: ApplicationSectionSchema.prefault({}),
    documents: DocumentsSchema,
    /** Only when the user asked for it on export: the log is theirs to share or not. */
    applications: z
      .array(ApplicationEntrySchema)
      .max(MAX_APPLICATIONS)
      .optional()
      .meta({ description: 'The log of where Applyfill filled applications, included when the user asks for it on export' }),
  })
  .superRefine(({ resume, application }, ctx) => {
    if (!hasNameParts(application)) checkNameSplit(ctx, resume.basics.name, ['resume', 'basics', 'name']);
  })
  .meta({
    title: 'Applyfill profile',
    description: 'An exported Applyfill profile: a JSON Resume document, the application answers and the files.',
  });

export type Envelope = z.output<typeof EnvelopeSchema>;
export type EnvelopeFile = z.input<typeof EnvelopeSchema>;

export function toEnvelope(
  profile: Profile,
  documents: readonly ProfileDocument[],
  exportedAt = new Date(),
  applications?: readonly ApplicationEntry[],
): EnvelopeFile {
  const { firstName, middleName, lastName, preferredName, pronouns, phoneCountryCode } = profile.personal;
  return {
    format: ENVELOPE_FORMAT,
    version: ENVELOPE_VERSION,
    exportedAt: exportedAt.toISOString(),
    resume: profileToResume(profile),
    application: {
      firstName,
      middleName,
      lastName,
      preferredName,
      pronouns,
      phoneCountryCode,
      ...profile.application,
      answers: profile.answers,
    },
    // A stable sort: each role's documents keep the order the user gave them.
    documents: [...documents]
      .sort(compareByRole)
      .map(({ id, role, label, isDefault, headline, summary, name, type, base64 }) => ({
        ...(id ? { id } : {}),
        role,
        label,
        default: isDefault,
        headline,
        summary,
        name,
        type,
        data: base64,
      })),
    ...(applications ? { applications: [...applications] } : {}),
  };
}

/** The profile and files of a validated envelope, and the log of applications when the file holds one. */
export function fromEnvelope(envelope: Envelope): { profile: Profile; documents: ProfileDocument[]; applications?: ApplicationEntry[] } {
  const fromResume = resumeToProfile(envelope.resume);
  const { firstName, middleName, lastName, preferredName, pronouns, phoneCountryCode, answers, ...application } =
    envelope.application;
  // Without name parts, the ones resumeToProfile guessed from basics.name stand.
  const names = hasNameParts(envelope.application)
    ? { firstName: firstName ?? '', middleName: middleName ?? '', lastName: lastName ?? '' }
    : {};
  const profile = ProfileSchema.parse({
    ...fromResume,
    personal: { ...fromResume.personal, ...names, preferredName, pronouns, phoneCountryCode },
    application,
    answers: answers.map((entry) => ({ ...entry, control: entry.control ?? legacyAnswerControl(entry.answer) })),
  });
  // A file of an earlier version holds one unnamed document per role: each is named after its
  // file and, the only one of its role, becomes the default.
  const documents = withOneDefault(
    labelled(envelope.documents).map(({ id, role, label, default: isDefault, headline, summary, name, type, data }) => ({
      ...(id ? { id } : {}),
      role,
      label,
      isDefault: isDefault ?? false,
      headline,
      summary,
      name,
      type: documentMimeType(name, type) ?? type,
      size: base64DecodedSize(data),
      base64: data,
    })),
  );
  return { profile, documents, ...(envelope.applications ? { applications: envelope.applications } : {}) };
}
