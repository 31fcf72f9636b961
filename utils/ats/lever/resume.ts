import type { FieldOutcome } from '../../core/types';
import type { TransferDocument } from '../../profile/schema';
import { nextTask, waitFor } from '../../dom/events';
import { isVisible } from '../../dom/visibility';

/** Lever sends the resume to /parseResume; the answer usually takes a second or two. */
const PARSE_TIMEOUT_MS = 8000;
const RESUME_INPUT = '#resume-upload-input, input[type="file"][name="resume"]';

function toFile(doc: TransferDocument): File {
  const binary = atob(doc.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new File([bytes], doc.name, { type: doc.type });
}

function attach(input: HTMLInputElement, doc: TransferDocument): void {
  const transfer = new DataTransfer();
  transfer.items.add(toFile(doc));
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Lever shows "Analyzing resume..." until /parseResume answers, then re-renders the upload area. */
async function parsed(root: ParentNode & Node): Promise<void> {
  const working = () => root.querySelector<HTMLElement>('.resume-upload-working');
  await waitFor(() => {
    const indicator = working();
    return !indicator || !isVisible(indicator);
  }, PARSE_TIMEOUT_MS, root);
  await nextTask();
}

function attached(root: ParentNode, name: string): HTMLInputElement | null {
  const input = root.querySelector<HTMLInputElement>(RESUME_INPUT);
  return input?.files?.[0]?.name === name ? input : null;
}

/**
 * Attaches the resume, waits for Lever's parse and the re-render that follows it, and checks the
 * file is still attached: a re-rendered upload area has a new, empty input. Attaches once more
 * to that input; a second loss is reported instead of looping.
 */
export async function attachResume(input: HTMLInputElement, doc: TransferDocument | undefined): Promise<FieldOutcome> {
  if (!doc) return { status: 'skipped', reason: 'no-answer' };
  const root: ParentNode & Node = input.form ?? input.ownerDocument;
  let target: HTMLInputElement | null = input;
  for (let attempt = 0; attempt < 2 && target; attempt++) {
    attach(target, doc);
    await parsed(root);
    if (attached(root, doc.name)) return { status: 'filled', value: doc.name };
    target = root.querySelector<HTMLInputElement>(RESUME_INPUT);
  }
  return { status: 'failed', error: 'the page removed the resume after uploading it' };
}
