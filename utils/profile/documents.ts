import {
  DOCUMENT_ROLES,
  DOCUMENT_TYPES,
  MAX_DOCUMENT_BYTES,
  MAX_DOCUMENT_LABEL,
  MAX_DOCUMENTS_PER_ROLE,
  type DocumentMeta,
  type DocumentRole,
  type Profile,
  type StoredDocument,
  type TransferDocument,
} from './schema';
import { ROLE_NAMES } from '../core/documentNames';

const MAX_DOCUMENT_NAME_LENGTH = 255;

const ACCEPTED_MIME_TYPES = new Set(Object.values(DOCUMENT_TYPES));

export interface DocumentFileInfo {
  name: string;
  type: string;
  size: number;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * The MIME type to keep a file under, or null when it is none of the accepted kinds.
 * Browsers often report '' or application/octet-stream for .doc and .rtf, so the extension
 * decides then, and the stored type is always one that upload fields recognise.
 */
export function documentMimeType(name: string, type: string): string | null {
  if (ACCEPTED_MIME_TYPES.has(type)) return type;
  const extension = extensionOf(name);
  // hasOwn, because a name ending in ".constructor" must not find Object.prototype's members.
  return Object.hasOwn(DOCUMENT_TYPES, extension) ? (DOCUMENT_TYPES[extension] ?? null) : null;
}

/** Why a file cannot be kept as a document, in words for the user; null when it can. */
export function validateDocument({ name, type, size }: DocumentFileInfo): string | null {
  if (name.trim() === '') return 'The file has no name';
  if (name.length > MAX_DOCUMENT_NAME_LENGTH) {
    return `The file name is longer than ${MAX_DOCUMENT_NAME_LENGTH} characters`;
  }
  if (documentMimeType(name, type) === null) return `${name} is not a PDF, DOC, DOCX, TXT or RTF file`;
  if (size > MAX_DOCUMENT_BYTES) {
    return `${name} is ${formatBytes(size)}; the limit is ${formatBytes(MAX_DOCUMENT_BYTES)}`;
  }
  if (size === 0) return `${name} is empty`;
  return null;
}

const KB = 1024;
const MB = 1024 * KB;

/** Rounds up, so a file just over a limit never reads as exactly the limit. */
export function formatBytes(bytes: number): string {
  if (bytes < KB) return bytes === 1 ? '1 byte' : `${bytes} bytes`;
  if (bytes < MB) return `${Math.ceil(bytes / KB)} kB`;
  return `${String(Math.ceil((bytes / MB) * 10) / 10)} MB`;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Strict: no whitespace, padded to a multiple of four, as btoa writes it. */
export function isBase64(text: string): boolean {
  return text.length % 4 === 0 && BASE64.test(text);
}

/** The decoded size, known without decoding, so an oversized file is refused before it is held in memory twice. */
export function base64DecodedSize(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((text.length * 3) / 4) - padding);
}

// A multiple of 3, so that chunks encode to base64 pieces that concatenate without padding
// in between; small enough that String.fromCharCode(...chunk) stays far from argument limits.
const ENCODE_CHUNK_BYTES = 3 * 8192;

export function bytesToBase64(bytes: Uint8Array): string {
  const pieces: string[] = [];
  for (let start = 0; start < bytes.length; start += ENCODE_CHUNK_BYTES) {
    pieces.push(btoa(String.fromCharCode(...bytes.subarray(start, start + ENCODE_CHUNK_BYTES))));
  }
  return pieces.join('');
}

/** Throws on anything that is not strict base64. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  if (!isBase64(text)) throw new Error('not valid base64');
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function blobToBase64(blob: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
}

export async function toTransferDocument(document: StoredDocument): Promise<TransferDocument> {
  const { role, name, type, size, blob } = document;
  return { role, name, type, size, base64: await blobToBase64(blob) };
}

/** Sort comparator: documents in the order the UI lists them, resume first. */
export function compareByRole(a: { role: DocumentRole }, b: { role: DocumentRole }): number {
  return DOCUMENT_ROLES.indexOf(a.role) - DOCUMENT_ROLES.indexOf(b.role);
}

/** The name a new file goes by until the user renames it: its file name without the extension. */
export function labelFromFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? name.slice(0, dot) : name).trim().slice(0, MAX_DOCUMENT_LABEL) || 'Untitled';
}

type Labelled = Pick<DocumentMeta, 'id' | 'label'> & { role: DocumentRole };

/** Why `label` cannot name a document of `role` among `others`, in words for the user; null when it can. */
export function labelProblem(label: string, role: DocumentRole, others: readonly Labelled[], id?: string): string | null {
  const trimmed = label.trim();
  if (trimmed === '') return 'A document needs a name, such as "Backend" or "Data"';
  if (trimmed.length > MAX_DOCUMENT_LABEL) return `A document's name is at most ${MAX_DOCUMENT_LABEL} characters`;
  const taken = others.some((other) => other.role === role && other.id !== id && other.label.trim().toLowerCase() === trimmed.toLowerCase());
  return taken ? `There is already a ${ROLE_NAMES[role].toLowerCase()} named "${trimmed}"` : null;
}

/** All documents together: what one export file can carry and import again (see MAX_PROFILE_FILE_CHARS). */
export const MAX_TOTAL_DOCUMENT_BYTES = 40 * 1024 * 1024;

/**
 * Why a file of `size` bytes cannot join `documents` (in place of the one `replacing` names, if
 * given); null when it can.
 */
export function roomProblem(
  role: DocumentRole,
  size: number,
  documents: readonly { id: string; role: DocumentRole; size: number }[],
  replacing?: string,
): string | null {
  const others = documents.filter((document) => document.id !== replacing);
  if (replacing === undefined && others.filter((document) => document.role === role).length >= MAX_DOCUMENTS_PER_ROLE) {
    return `Applyfill keeps at most ${MAX_DOCUMENTS_PER_ROLE} documents of each kind: remove one first`;
  }
  const total = others.reduce((sum, document) => sum + document.size, size);
  return total > MAX_TOTAL_DOCUMENT_BYTES
    ? `Your documents together would be ${formatBytes(total)}; the limit is ${formatBytes(MAX_TOTAL_DOCUMENT_BYTES)}: remove one first`
    : null;
}

/**
 * The documents with exactly one default per role that has any: the first marked one stands,
 * or, when none is marked (an export of an earlier version, the default just removed), the first.
 * Order is kept.
 */
export function withOneDefault<T extends { role: DocumentRole; isDefault: boolean }>(documents: readonly T[]): T[] {
  const defaults = new Map<DocumentRole, T>();
  for (const document of documents) if (document.isDefault && !defaults.has(document.role)) defaults.set(document.role, document);
  for (const document of documents) if (!defaults.has(document.role)) defaults.set(document.role, document);
  return documents.map((document) => ({ ...document, isDefault: defaults.get(document.role) === document }));
}

/** The file a role attaches for an application: the one chosen for it, while it exists, else the default. */
export type DocumentChoice = Partial<Record<DocumentRole, string>>;

export function chosenDocuments<T extends { id: string; role: DocumentRole; isDefault: boolean }>(documents: readonly T[], choice: DocumentChoice): T[] {
  return DOCUMENT_ROLES.flatMap((role) => {
    const ofRole = documents.filter((document) => document.role === role);
    const picked = ofRole.find((document) => document.id === choice[role]) ?? ofRole.find((document) => document.isDefault) ?? ofRole[0];
    return picked ? [picked] : [];
  });
}

/** The profile a fill answers from: the attached resume's own headline and summary stand in for the profile's. */
export function withResumeTexts(profile: Profile, resume: Pick<DocumentMeta, 'headline' | 'summary'> | undefined): Profile {
  if (!resume || (!resume.headline.trim() && !resume.summary.trim())) return profile;
  return {
    ...profile,
    personal: {
      ...profile.personal,
      headline: resume.headline.trim() ? resume.headline : profile.personal.headline,
      summary: resume.summary.trim() ? resume.summary : profile.personal.summary,
    },
  };
}

/**
 * Where a choice is remembered: the site (as the browser names it) and the company the page
 * shows, compared without case or spacing, so "Acme  Robotics" and "acme robotics" are one.
 */
export function choiceKey(site: string, company: string): string {
  return JSON.stringify([site.toLowerCase(), company.replace(/\s+/g, ' ').trim().toLowerCase()]);
}
