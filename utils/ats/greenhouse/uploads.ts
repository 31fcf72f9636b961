import type { FieldOutcome, FillAction } from '../../core/types';
import type { TransferDocument } from '../../profile/schema';
import type { FieldHandle } from '../../dom/collect';
import { isElement, isInput } from '../../dom/elements';
import { waitFor } from '../../dom/events';
import { cleanText, labelHints } from '../../dom/labels';
import { isFillable, isVisible } from '../../dom/visibility';
import type { ExtraField } from '../adapter';

/**
 * Greenhouse's resume and cover letter uploads, and how to tell that the page took a file.
 *
 * Classic boards keep each upload's file input in a form of its own (form#s3_upload_for_resume,
 * posted to S3), outside #application_form and hidden; the person uses the "Attach" button in
 * #resume_fieldset, whose script opens that input, and once S3 has the file the fieldset shows its
 * name in #resume_filename. The button is not pressed here: with the user's click on Autofill
 * still fresh, its script would open the browser's file chooser over the page.
 *
 * New boards keep the input (#resume) hidden inside the upload's group, which shows the file's
 * name once the app takes it; an input in sight shows the file's name itself.
 *
 * A file given to an input is attached only when the page shows it: an upload the page refused
 * or never started is reported as needing the user, never as filled.
 */

const S3_FORM = /^s3_upload_for_(\w+)$/;
/** Long enough for an upload to S3 on a slow connection; the page's answer ends the wait earlier. */
const UPLOAD_TIMEOUT_MS = 15_000;

/** The classic uploads, each as its fieldset, which the person sees, with the hidden input it feeds. */
export function classicUploadFields(root: Document | Element): ExtraField[] {
  const doc = root instanceof Document ? root : root.ownerDocument;
  const fields: ExtraField[] = [];
  for (const form of Array.from(doc.querySelectorAll<HTMLFormElement>('form[id^="s3_upload_for_"]'))) {
    const key = S3_FORM.exec(form.id)?.[1];
    const input = form.querySelector('input[type="file"]');
    const fieldset = key ? doc.getElementById(`${key}_fieldset`) : null;
    const attach = fieldset?.querySelector<HTMLElement>('button[data-source="attach"]');
    if (!key || !isInput(input) || !fieldset || !attach || !isFillable(attach)) continue;
    const shown = cleanText(doc.getElementById(`${key}_filename`)?.textContent);
    fields.push({
      handle: { control: 'file', element: fieldset, seenBy: [attach] },
      description: {
        htmlId: fieldset.id,
        ...labelHints(fieldset),
        currentValue: shown ? [shown] : [],
        ...(input.accept ? { accept: input.accept } : {}),
      },
    });
  }
  return fields;
}

interface UploadTarget {
  input: HTMLInputElement;
  /** Whether the page shows this file as attached. */
  shows(name: string): boolean;
  /** Whether the page says the upload failed. */
  refused(): boolean;
}

/** Where a Greenhouse upload's file goes and where the page shows it; undefined for any other field. */
function uploadTarget(handle: FieldHandle): UploadTarget | undefined {
  const { element } = handle;
  const doc = element.ownerDocument;
  const classic = /^(\w+)_fieldset$/.exec(element.id)?.[1];
  if (classic) {
    const input = doc.querySelector(`form#s3_upload_for_${classic} input[type="file"]`);
    if (!isInput(input)) return undefined;
    return {
      input,
      shows: (name) => cleanText(doc.getElementById(`${classic}_filename`)?.textContent) === name,
      refused: () => showsError(element),
    };
  }
  if (isInput(element) && element.type === 'file' && (element.id === 'resume' || element.id === 'cover_letter')) {
    const group = element.closest('[role="group"]') ?? element.parentElement;
    if (!group) return undefined;
    return {
      input: element,
      // The upload widget writes the name; an input left in sight shows its file itself.
      shows: (name) => cleanText(group.textContent).includes(name) || (isVisible(element) && element.files?.[0]?.name === name),
      refused: () => showsError(group),
    };
  }
  return undefined;
}

/** An error the field shows (a role=alert, or an element classed as an error, with text). */
function showsError(box: Element): boolean {
  return Array.from(box.querySelectorAll('[role="alert"], [class~="error"], [class*="error-message"]')).some(
    (node) => isElement(node) && cleanText(node.textContent) !== '' && isVisible(node),
  );
}

function fileOf(doc: TransferDocument): File {
  const binary = atob(doc.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new File([bytes], doc.name, { type: doc.type });
}

/** Gives the file to the input the page reads it from, then waits for the page to show it. */
export async function attachUpload(
  handle: FieldHandle,
  action: Extract<FillAction, { op: 'file' }>,
  documents: readonly TransferDocument[],
): Promise<FieldOutcome | undefined> {
  const target = uploadTarget(handle);
  if (!target) return undefined;
  const doc = documents.find((candidate) => candidate.role === action.role);
  if (!doc) return { status: 'skipped', reason: 'no-answer' };
  const transfer = new DataTransfer();
  transfer.items.add(fileOf(doc));
  target.input.files = transfer.files;
  target.input.dispatchEvent(new Event('input', { bubbles: true }));
  target.input.dispatchEvent(new Event('change', { bubbles: true }));
  const answer = await waitFor(
    () => (target.shows(doc.name) ? 'taken' : target.refused() ? 'refused' : null),
    UPLOAD_TIMEOUT_MS,
    handle.element.ownerDocument,
  );
  if (answer === 'taken') return { status: 'filled', value: doc.name };
  return { status: 'failed', error: answer === 'refused' ? 'the page refused the file' : 'the page did not show the file as attached' };
}
