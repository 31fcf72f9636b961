import { validateDocument } from '@/utils/profile/documents';
import { MAX_DOCUMENT_BYTES } from '@/utils/profile/schema';
import { extractText, type ExtractResult } from '@/utils/resume/extract';
import { PDF_WORKER_URL } from '@/utils/resume/pdfWorker';

/** Reads a picked or dropped file's text on this device, as one result whatever goes wrong; `signal` stops it. */
export async function readResumeFile(file: File, signal: AbortSignal): Promise<ExtractResult> {
  // Refused before reading, so a huge file is never held in memory.
  if (file.size > MAX_DOCUMENT_BYTES) {
    return { ok: false, error: `${validateDocument(file)}. Use a smaller file, or paste the text instead.` };
  }
  try {
    const bytes = await file.arrayBuffer();
    return await extractText({ name: file.name, type: file.type, bytes }, { pdfWorkerSrc: PDF_WORKER_URL, signal });
  } catch (error) {
    return { ok: false, error: `${file.name} could not be read (${(error as Error).message}).` };
  }
}

/** PDF and Word files make a stored resume; a .txt was only a way to bring text in. */
export function isResumeDocument(file: File): boolean {
  return /\.(pdf|docx)$/i.test(file.name);
}
