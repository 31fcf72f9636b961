import { MAX_DOCUMENT_BYTES } from '../profile/schema';
import { documentLines, type DocxElement } from './docxLines';
import { documentText, type PdfPage } from './pdfLines';
import { DOCX_LIMITS, checkZip, type ZipLimits, type ZipRefusal } from './zipLimits';

/**
 * Gets the text out of a resume file (PDF, Word .docx, plain text) or a paste, on the device, and
 * turns every way that can fail into one sentence the user can act on.
 */

export interface ResumeFile {
  name: string;
  /** MIME type as the browser reports it; may be '' (the extension then decides). */
  type: string;
  bytes: ArrayBuffer;
}

export type ExtractResult = { ok: true; text: string } | { ok: false; error: string };

export interface ExtractOptions {
  /**
   * URL of pdf.js's worker script. Extension pages pass the copy bundled with the extension
   * (see pdfWorker.ts); Node (the tests) leaves it out and pdf.js parses on the calling thread.
   */
  pdfWorkerSrc?: string;
  /**
   * Stops reading: a PDF's pdf.js task is destroyed and the result says so. mammoth cannot be
   * stopped, so a Word file is read to its end; zipLimits bounds how much that can be.
   */
  signal?: AbortSignal;
  /** A PDF with more pages is refused before any page is read. */
  maxPdfPages?: number;
  /** What a Word file's archive may expand to; DOCX_LIMITS when left out. */
  docxLimits?: ZipLimits;
}

/** A resume is rarely over 5 pages; past this it is most likely another document, or a trap. */
export const MAX_PDF_PAGES = 20;

type Kind = 'pdf' | 'docx' | 'txt' | 'doc';

const MEGABYTE = 1024 * 1024;
const GIGABYTE = 1024 * MEGABYTE;
const KINDS: readonly { kind: Kind; extension: string; types: readonly string[] }[] = [
  { kind: 'pdf', extension: 'pdf', types: ['application/pdf'] },
  { kind: 'docx', extension: 'docx', types: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'] },
  { kind: 'txt', extension: 'txt', types: ['text/plain'] },
  { kind: 'doc', extension: 'doc', types: ['application/msword'] },
];
/** Encrypted Office files are not zips but OLE compound files, which start with these bytes. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

export const NO_PDF_TEXT = 'This PDF has no text layer: it looks like a scanned image. Paste the text instead.';
export const PDF_PASSWORD = 'This PDF is password-protected. Save a copy without the password, or paste the text instead.';
export const EMPTY_PASTE = 'There is no text to read. Paste your resume or LinkedIn profile as text first.';

function ok(text: string): ExtractResult {
  return { ok: true, text };
}

function fail(error: string): ExtractResult {
  return { ok: false, error };
}

function kindOf(file: ResumeFile): Kind | null {
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  const byName = KINDS.find((entry) => entry.extension === extension);
  return (byName ?? KINDS.find((entry) => entry.types.includes(file.type)))?.kind ?? null;
}

function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text);
}

function formatSize(bytes: number): string {
  return bytes >= GIGABYTE ? `${(bytes / GIGABYTE).toFixed(1)} GB` : `${(bytes / MEGABYTE).toFixed(1)} MB`;
}

function startsWith(bytes: ArrayBuffer, signature: readonly number[]): boolean {
  const head = new Uint8Array(bytes, 0, Math.min(signature.length, bytes.byteLength));
  return signature.every((byte, i) => head[i] === byte);
}

async function pdfText(file: ResumeFile, options: ExtractOptions): Promise<ExtractResult> {
  // The legacy build runs in Node (tests) as well as in browsers; loading it on demand keeps pdf.js
  // out of pages until a PDF is dropped.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  if (options.pdfWorkerSrc) pdfjs.GlobalWorkerOptions.workerSrc = options.pdfWorkerSrc;
  const { signal, maxPdfPages = MAX_PDF_PAGES } = options;
  const task = pdfjs.getDocument({
    // pdf.js transfers the buffer it is given to its worker; a copy leaves the caller's bytes usable
    // (they become the stored resume document).
    data: new Uint8Array(file.bytes.slice(0)),
    // Extension pages forbid eval, and text extraction needs neither fonts nor network.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  // A destroyed pdf.js task leaves its pending promises unsettled, so every step also ends on abort;
  // the task is then destroyed below, which stops its worker.
  let stop = () => {};
  const stopped = new Promise<never>((_, reject) => {
    stop = () => reject(signal?.reason);
  });
  const step = <T>(promise: Promise<T>) => Promise.race([promise, stopped]);
  signal?.addEventListener('abort', stop);
  if (signal?.aborted) stop();
  try {
    const pdf = await step(task.promise);
    if (pdf.numPages > maxPdfPages) {
      return fail(`${file.name} has ${pdf.numPages} pages; Applyfill reads resumes of up to ${maxPdfPages} pages. Save the resume's own pages as a PDF, or paste the text instead.`);
    }
    const pages: PdfPage[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await step(pdf.getPage(number));
      const [left = 0, bottom = 0, right = 0, top = 0] = page.view;
      pages.push({ items: (await step(page.getTextContent())).items, width: right - left, height: top - bottom });
      page.cleanup();
    }
    const text = documentText(pages);
    return hasLetters(text) ? ok(text) : fail(NO_PDF_TEXT);
  } catch (error) {
    return fail(signal?.aborted ? `Reading ${file.name} was stopped.` : pdfError(error, file.name));
  } finally {
    signal?.removeEventListener('abort', stop);
    await task.destroy();
  }
}

/** pdf.js reports failures as exceptions told apart by name. */
export function pdfError(error: unknown, fileName: string): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return PDF_PASSWORD;
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException') {
    return `${fileName} could not be read: the file is damaged or is not really a PDF.`;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `${fileName} could not be read (${detail}).`;
}

function docxDamaged(fileName: string): string {
  return `${fileName} could not be read: the file is damaged or is not really a Word document.`;
}

function zipRefusal(refusal: ZipRefusal, fileName: string, limits: ZipLimits): string {
  const instead = 'Save it as PDF, or paste the text instead.';
  switch (refusal.reason) {
    case 'not-zip':
      return docxDamaged(fileName);
    case 'too-many-entries':
      return `${fileName} is made of ${refusal.entries.toLocaleString('en-US')} parts; a Word document has a few dozen, and Applyfill reads up to ${limits.maxEntries.toLocaleString('en-US')}. ${instead}`;
    case 'too-large':
      return `${fileName} would expand to ${formatSize(refusal.totalBytes)} when opened; Applyfill reads Word files up to ${limits.maxTotalBytes / MEGABYTE} MB. ${instead}`;
    case 'ratio':
      return `${fileName} looks unsafe to open: its part ${refusal.name} would expand ${Math.round(refusal.ratio).toLocaleString('en-US')} times over, and Applyfill allows ${limits.maxRatio}. ${instead}`;
  }
}

async function docxText(file: ResumeFile, options: ExtractOptions): Promise<ExtractResult> {
  if (startsWith(file.bytes, OLE_SIGNATURE)) {
    return fail(`${file.name} is password-protected. Save a copy without the password, or paste the text instead.`);
  }
  // mammoth (through JSZip) inflates whatever the archive holds, so what it would expand to is checked first.
  const limits = options.docxLimits ?? DOCX_LIMITS;
  const refusal = checkZip(new Uint8Array(file.bytes), limits);
  if (refusal) return fail(zipRefusal(refusal, file.name, limits));
  const { default: mammoth } = await import('mammoth');
  // mammoth's browser build reads `arrayBuffer` and its Node build (the tests) reads `buffer`; both
  // hand the bytes to JSZip, which takes an ArrayBuffer.
  const input = { arrayBuffer: file.bytes, buffer: file.bytes };
  try {
    // mammoth's document tree, taken as it is handed to the HTML writer, keeps the tables that raw text flattens.
    let value = '';
    await mammoth.convertToHtml(input, {
      transformDocument: (document: DocxElement) => {
        value = documentLines(document);
        return document;
      },
    });
    return hasLetters(value) ? ok(value) : fail(`${file.name} has no text in it. Paste the text instead.`);
  } catch {
    return fail(docxDamaged(file.name));
  }
}

/** Checks pasted text before it is parsed. */
export function readPastedText(text: string): ExtractResult {
  return hasLetters(text) ? ok(text) : fail(EMPTY_PASTE);
}

export async function extractText(file: ResumeFile, options: ExtractOptions = {}): Promise<ExtractResult> {
  const size = file.bytes.byteLength;
  if (size > MAX_DOCUMENT_BYTES) {
    return fail(`${file.name} is ${(size / MEGABYTE).toFixed(1)} MB; the limit is ${MAX_DOCUMENT_BYTES / MEGABYTE} MB`);
  }
  if (size === 0) return fail(`${file.name} is empty.`);
  switch (kindOf(file)) {
    case 'pdf':
      return pdfText(file, options);
    case 'docx':
      return docxText(file, options);
    case 'txt': {
      const text = new TextDecoder().decode(file.bytes);
      return hasLetters(text) ? ok(text) : fail(`${file.name} has no text in it.`);
    }
    case 'doc':
      return fail(`${file.name} is an old Word (.doc) file, which can't be read here. Save it as .docx or PDF, or paste the text instead.`);
    case null:
      return fail(`${file.name} can't be read: use a PDF or a Word (.docx) file, or paste the text instead.`);
  }
}
