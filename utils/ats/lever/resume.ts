import type { FieldOutcome } from '../../core/types';
import type { TransferDocument } from '../../profile/schema';
import { nextTask, waitFor } from '../../dom/events';
import { isVisible } from '../../dom/visibility';

/** Lever sends the resume to /parseResume; the answer usually takes a second or two. */
const PARSE_TIMEOUT_MS = 8000;

function toFile(doc: TransferDocument): File {
  const binary = atob(doc.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new File([bytes], doc.name, { type: doc.type });
}

/**
 * Attaches the resume and waits for Lever's parse to end ("Analyzing resume..." hidden): the
 * parse writes into every field the candidate has not touched, so the fields filled after it
 * keep their values. Reports the file as the input holds it then.
 */
export async function attachResume(input: HTMLInputElement, doc: TransferDocument | undefined): Promise<FieldOutcome> {
  if (!doc) return { status: 'skipped', reason: 'no-answer' };
  const transfer = new DataTransfer();
  transfer.items.add(toFile(doc));
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  const root: ParentNode & Node = input.form ?? input.ownerDocument;
  await waitFor(() => Array.from(root.querySelectorAll<HTMLElement>('.resume-upload-working')).every((working) => !isVisible(working)), PARSE_TIMEOUT_MS, root);
  await nextTask();
  const kept = input.files?.[0]?.name === doc.name;
  return kept ? { status: 'filled', value: doc.name } : { status: 'failed', error: 'the page did not keep the resume' };
}
