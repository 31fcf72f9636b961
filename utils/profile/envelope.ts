import { z } from 'zod';
import { ApplicationEntrySchema, type ApplicationEntry } from './applicationLog';
import { base64DecodedSize, compareByRole, documentMimeType, isBase64, validateDocument } from './documents';
import { checkNameSplit, JsonResumeSchema, profileToResume, resumeToProfile } from './jsonResume';
import { legacyAnswerControl } from './migrations';
import {
  ApplicationSchema,
  DOCUMENT_ROLES,
  PersonalSchema,
  ProfileSchema,
  SavedAnswerSchema,
  type Profile,
  type TransferDocument,
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

const DocumentsSchema = z
  .array(DocumentEntrySchema)
  .max(DOCUMENT_ROLES.length)
  .default([])
  .superRefine((documents, ctx) => {
    documents.forEach(({ role }, index) => {
      if (documents.findIndex((other) => other.role === role) !== index) {
        ctx.addIssue({ code: 'custom', path: [index, 'role'], message: `there is already a ${role} document` });
      }
    });
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
  documents: readonly TransferDocument[],
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
    documents: [...documents]
      .sort(compareByRole)
      .map(({ role, name, type, base64 }) => ({ role, name, type, data: base64 })),
    ...(applications ? { applications: [...applications] } : {}),
  };
}

/** The profile and files of a validated envelope, and the log of applications when the file holds one. */
export function fromEnvelope(envelope: Envelope): { profile: Profile; documents: TransferDocument[]; applications?: ApplicationEntry[] } {
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
  const documents = envelope.documents.map(({ role, name, type, data }) => ({
    role,
    name,
    type: documentMimeType(name, type) ?? type,
    size: base64DecodedSize(data),
    base64: data,
  }));
  return { profile, documents, ...(envelope.applications ? { applications: envelope.applications } : {}) };
}
