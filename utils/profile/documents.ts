import {
  DOCUMENT_ROLES,
  DOCUMENT_TYPES,
  MAX_DOCUMENT_BYTES,
  type DocumentRole,
  type StoredDocument,
  type TransferDocument,
} from './schema';

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
