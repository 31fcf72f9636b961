import { icimsSite, isParsedPage } from './site';
import type { FieldDescription, FieldOutcome, FillAction } from '../../core/types';
import type { FieldHandle } from '../../dom/collect';
import type { FillContext } from '../../dom/fill';
import type { AtsAdapter } from '../adapter';
import { chooseInDropdown, dropdownFields, selectOf } from './dropdown';
import { holdsServerValue, RESUME_INPUT, resumeOnFile, uploadResume } from './resume';

export { RESUME_READ } from './site';

/** A field of a repeated group ("Professional Experience (1)") is numbered in its name: "-1_…" is the first. */
const ENTRY_PREFIX = /^-(\d+)_/;

/**
 * What iCIMS's markup tells beyond the collector. On the form iCIMS rendered again from the
 * resume it read, a value the server put there is the parse's, not the user's: the profile, which
 * the user keeps, replaces it, and a field the profile does not answer keeps what the parse found.
 * A value changed on the page since (value ≠ the one rendered) is the user's and never replaced.
 */
function annotate(field: FieldDescription, handle: FieldHandle): FieldDescription {
  const out: FieldDescription = { ...field };
  const entry = ENTRY_PREFIX.exec(field.name ?? field.htmlId ?? '')?.[1];
  if (entry && out.section && out.entryIndex === undefined) out.entryIndex = Number(entry) - 1;
  if (field.control === 'file' && handle.element.id === RESUME_INPUT) {
    // A resume on record (read and shown by its name) is held: uploading again would have iCIMS
    // read it and render the form again, over what the fill wrote.
    const onFile = resumeOnFile(handle.element.ownerDocument);
    if (onFile) out.currentValue = [onFile];
    return out;
  }
  const control = handle.control === 'listbox-button' ? selectOf(handle.element) : handle.element;
  if (control && isParsedPage(control.ownerDocument) && holdsServerValue(control)) {
    out.currentValue = Array.isArray(field.currentValue) ? [] : '';
  }
  return out;
}

async function perform(handle: FieldHandle, action: FillAction, ctx: FillContext): Promise<FieldOutcome | undefined> {
  if (action.op === 'file' && handle.element.id === RESUME_INPUT && action.role === 'resume') {
    return uploadResume(handle.element as HTMLInputElement, ctx.documents.find((doc) => doc.role === 'resume'), ctx);
  }
  if (action.op === 'choose' && selectOf(handle.element)) return chooseInDropdown(handle.element, action, ctx);
  return undefined;
}

/**
 * iCIMS career portals (careers-<company>.icims.com and the tenant's other portal hosts): the
 * form is server-rendered in a frame (in_iframe=1), with iCIMS's own dropdowns for countries,
 * states and questions, and a resume upload that makes the server render the form again from
 * what it read: the resume is uploaded first (it is the form's first field), the rest after.
 */
export const icims: AtsAdapter = {
  ...icimsSite,
  extraFields: (root) => dropdownFields(root),
  // Where the form is this script's own page (a company's site shows iCIMS's frame, cross-origin),
  // the upload replaced the page the fill ran in: the form iCIMS rendered from the resume says so.
  annotate,
  performs: ['file', 'choose'],
  perform,
};
