import type { FieldOutcome } from '../../core/types';
import type { TransferDocument } from '../../profile/schema';
import { isElement, isInput, isSelect, isTextArea } from '../../dom/elements';
import { attachFile, type FillContext } from '../../dom/fill';
import { ICIMS_DROPDOWN } from './dropdown';

/** The resume input: its change handler submits the form to be parsed (field.js). */
export const RESUME_INPUT = 'PortalProfileFields.Resume_File';
/** How long iCIMS may take to read a resume and render the form again. */
const PARSE_TIMEOUT_MS = 30_000;

/** The name of the resume iCIMS holds for this application, '' when none. */
export function resumeOnFile(doc: Document): string {
  const name = doc.getElementById('PortalProfileFields.Resume_FileName');
  return isInput(name) ? name.value : '';
}

/**
 * Whether a control holds what the server rendered into it: a text its value attribute, a select
 * the option marked selected, an iCIMS dropdown the choice it was drawn with. What differs was
 * changed on this page, by the user (or by a fill).
 */
export function holdsServerValue(element: Element): boolean {
  if (isInput(element) || isTextArea(element)) return element.value === element.defaultValue;
  if (!isSelect(element)) return true;
  if (element.matches(ICIMS_DROPDOWN)) return element.value === (element.getAttribute('icimsdropdown-selected') ?? '') || element.value === '-999';
  const chosen = element.selectedOptions[0];
  return !chosen || chosen.defaultSelected || (element.selectedIndex === 0 && !Array.from(element.options).some((option) => option.defaultSelected));
}

const TYPED = 'input:not([type="hidden"]):not([type="file"]):not([type="submit"]):not([type="button"]):not(.dropdown-search), textarea, select';

/** Controls of the form the user already changed: iCIMS would replace them with what it reads from the resume. */
function changedByUser(form: HTMLFormElement | null): boolean {
  return !!form && Array.from(form.querySelectorAll(TYPED)).some((control) => !holdsServerValue(control));
}

/**
 * Uploads the resume the way iCIMS expects it first: the input's own change handler submits the
 * form, the server reads the file and renders the form again from it ("Existing data in the form
 * will be replaced"), so nothing is filled before. Where the form sits in a frame of the page this
 * script runs in (careers-<company>.icims.com shows it in a same-origin frame), the fill waits for
 * the new form and goes on in it: the same fill the user started, so no fill is ever started by
 * the page. Where this script runs in the frame itself, the page it runs in is replaced: the
 * user presses Autofill again on the form iCIMS renders (see the adapter's summary hint).
 * A form the user already typed into is not submitted: iCIMS would replace what they typed.
 */
export async function uploadResume(input: HTMLInputElement, doc: TransferDocument | undefined, ctx: FillContext): Promise<FieldOutcome> {
  if (!doc) return { status: 'skipped', reason: 'no-answer' };
  if (changedByUser(input.form)) {
    return { status: 'failed', error: 'uploading it makes iCIMS replace what you typed with what it reads from the resume: attach it yourself' };
  }
  const frame = frameOf(input.ownerDocument);
  const reloaded = frame ? nextLoad(frame) : leaves(input.ownerDocument);
  const attached = await attachFile(input, doc, ctx);
  if (attached.status !== 'filled') return attached;
  // Here the page goes, and this fill with it: nothing is written into a form about to be replaced.
  if (!(await reloaded)) return { status: 'failed', error: 'iCIMS did not show the form again after reading the resume' };
  if (!frame) return attached;
  const next = frame.contentDocument;
  return next && resumeOnFile(next) === doc.name
    ? { status: 'filled', value: doc.name }
    : { status: 'failed', error: 'iCIMS did not keep the resume' };
}

/** The frame element holding a document, when this script may reach it (same origin). */
function frameOf(doc: Document): HTMLIFrameElement | null {
  try {
    const frame = doc.defaultView?.frameElement;
    return isElement(frame) && frame.localName === 'iframe' && doc.defaultView !== window ? (frame as HTMLIFrameElement) : null;
  } catch {
    return null;
  }
}

/** Resolves true when this page is left for the next one, false after the time a parse may take. */
function leaves(doc: Document): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), PARSE_TIMEOUT_MS);
    doc.defaultView?.addEventListener('pagehide', () => {
      clearTimeout(timer);
      resolve(true);
    }, { once: true });
  });
}

/** Resolves true when the frame loads its next document, false after the time a parse may take. */
function nextLoad(frame: HTMLIFrameElement): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), PARSE_TIMEOUT_MS);
    frame.addEventListener('load', () => {
      clearTimeout(timer);
      resolve(true);
    }, { once: true });
  });
}
