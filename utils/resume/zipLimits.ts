/**
 * Checks what a ZIP archive (a .docx is one) says about its contents before a library unpacks it:
 * a "zip bomb" of a few kilobytes can expand to gigabytes. Everything needed is in the central
 * directory at the end of the file, so nothing is decompressed here.
 */

export interface ZipLimits {
  /** Entries an archive may hold; a .docx has a few dozen. */
  maxEntries: number;
  /** Sum of the entries' declared uncompressed sizes. */
  maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio of one entry; text compresses about 10:1. */
  maxRatio: number;
  /** Entries smaller than this are not held to maxRatio: a short run of repeated XML compresses far and does no harm. */
  ratioFromBytes: number;
}

const MEGABYTE = 1024 * 1024;

export const DOCX_LIMITS: ZipLimits = { maxEntries: 1000, maxTotalBytes: 50 * MEGABYTE, maxRatio: 100, ratioFromBytes: MEGABYTE };

/** Why an archive is refused; 'not-zip' also covers a directory that contradicts itself. */
export type ZipRefusal =
  | { reason: 'not-zip' }
  | { reason: 'too-many-entries'; entries: number }
  | { reason: 'too-large'; totalBytes: number }
  | { reason: 'ratio'; name: string; ratio: number };

interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

interface Directory {
  entries: number;
  offset: number;
  size: number;
  /** Where the records that describe the directory begin; the directory must end before. */
  end: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_OF_DIRECTORY_SIZE = 22;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_END_OF_DIRECTORY_SIZE = 56;
const DIRECTORY_ENTRY_SIZE = 46;
const MAX_COMMENT_SIZE = 0xffff;
const ZIP64_EXTRA_FIELD = 0x0001;
/** A 32-bit size of all ones says the real size is in the entry's ZIP64 extra field. */
const IN_ZIP64_FIELD = 0xffffffff;

const NOT_ZIP: ZipRefusal = { reason: 'not-zip' };

function u16(view: DataView, at: number): number {
  return view.getUint16(at, true);
}

function u32(view: DataView, at: number): number {
  return view.getUint32(at, true);
}

/** Exact up to 2^53, far past any size that could pass the limits. */
function u64(view: DataView, at: number): number {
  return u32(view, at) + u32(view, at + 4) * 2 ** 32;
}

/**
 * The end-of-directory record sits at the very end, followed only by a comment of up to 64 KB.
 * A ZIP64 archive keeps its real counts in a second record, found through a locator just before.
 */
function findDirectory(view: DataView): Directory | null {
  const last = view.byteLength - END_OF_DIRECTORY_SIZE;
  for (let at = last; at >= Math.max(0, last - MAX_COMMENT_SIZE); at--) {
    if (u32(view, at) !== END_OF_DIRECTORY) continue;
    const locator = at - ZIP64_LOCATOR_SIZE;
    if (locator >= 0 && u32(view, locator) === ZIP64_LOCATOR) {
      const record = u64(view, locator + 8);
      if (record + ZIP64_END_OF_DIRECTORY_SIZE > locator || u32(view, record) !== ZIP64_END_OF_DIRECTORY) return null;
      return { entries: u64(view, record + 32), size: u64(view, record + 40), offset: u64(view, record + 48), end: record };
    }
    return { entries: u16(view, at + 10), size: u32(view, at + 12), offset: u32(view, at + 16), end: at };
  }
  return null;
}

/** Sizes of all ones are in the ZIP64 extra field, 8 bytes each, the uncompressed one first. */
function entrySizes(view: DataView, header: number, extraStart: number, extraEnd: number): Omit<ZipEntry, 'name'> | null {
  let compressedSize = u32(view, header + 20);
  let uncompressedSize = u32(view, header + 24);
  if (compressedSize !== IN_ZIP64_FIELD && uncompressedSize !== IN_ZIP64_FIELD) return { compressedSize, uncompressedSize };
  for (let at = extraStart; at + 4 <= extraEnd; at += 4 + u16(view, at + 2)) {
    if (u16(view, at) !== ZIP64_EXTRA_FIELD) continue;
    let field = at + 4;
    const fieldEnd = field + u16(view, at + 2);
    if (fieldEnd > extraEnd) return null;
    if (uncompressedSize === IN_ZIP64_FIELD) {
      if (field + 8 > fieldEnd) return null;
      uncompressedSize = u64(view, field);
      field += 8;
    }
    if (compressedSize === IN_ZIP64_FIELD) {
      if (field + 8 > fieldEnd) return null;
      compressedSize = u64(view, field);
    }
    return { compressedSize, uncompressedSize };
  }
  return null;
}

function readEntries(view: DataView, directory: Directory): ZipEntry[] | null {
  const names = new TextDecoder();
  const end = directory.offset + directory.size;
  const entries: ZipEntry[] = [];
  let at = directory.offset;
  for (let i = 0; i < directory.entries; i++) {
    if (at + DIRECTORY_ENTRY_SIZE > end || u32(view, at) !== DIRECTORY_ENTRY) return null;
    const nameStart = at + DIRECTORY_ENTRY_SIZE;
    const extraStart = nameStart + u16(view, at + 28);
    const extraEnd = extraStart + u16(view, at + 30);
    const next = extraEnd + u16(view, at + 32);
    if (next > end) return null;
    const sizes = entrySizes(view, at, extraStart, extraEnd);
    // Compressed data is never empty when there is something to expand into.
    if (!sizes || (sizes.compressedSize === 0 && sizes.uncompressedSize > 0)) return null;
    entries.push({ name: names.decode(new Uint8Array(view.buffer, view.byteOffset + nameStart, extraStart - nameStart)), ...sizes });
    at = next;
  }
  return entries;
}

/** Why the archive must not be unpacked, or null when its directory is within the limits. */
export function checkZip(bytes: Uint8Array, limits: ZipLimits): ZipRefusal | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directory = findDirectory(view);
  if (!directory || directory.offset + directory.size > directory.end) return NOT_ZIP;
  // Counted before reading, so an absurd count costs nothing.
  if (directory.entries > limits.maxEntries) return { reason: 'too-many-entries', entries: directory.entries };
  const entries = readEntries(view, directory);
  if (!entries) return NOT_ZIP;
  const totalBytes = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (totalBytes > limits.maxTotalBytes) return { reason: 'too-large', totalBytes };
  const bomb = entries.find((entry) => entry.uncompressedSize >= limits.ratioFromBytes && entry.uncompressedSize > entry.compressedSize * limits.maxRatio);
  return bomb ? { reason: 'ratio', name: bomb.name, ratio: bomb.uncompressedSize / bomb.compressedSize } : null;
}
