import type { FieldOutcome } from '../../core/types';
import { uploadBoxOf } from '../../dom/collect';
import type { FillContext, UploadState } from '../../dom/fill';
import { attachFile } from '../../dom/fill';
import { cleanText } from '../../dom/labels';
import type { TransferDocument } from '../../profile/schema';
import { SEL } from './selectors';

/** The names the uploader lists for a file (file-upload-item-name), one per upload of it. */
function listedAs(box: Element | ShadowRoot, name: string): Element[] {
  return Array.from(box.querySelectorAll(SEL.uploadItemName)).filter((item) => cleanText(item.textContent) === name);
}

/**
 * Workday's answer to a file, read from the list of files the uploader shows: the input itself
 * is emptied by Workday's change handler, so it proves nothing. The file's entry is under way
 * until it shows "Successfully Uploaded!" (file-upload-successful) or a failure. An entry of the
 * same name listed before is an earlier upload, no answer to this one.
 */
function uploadedFileList(input: HTMLElement, name: string): () => UploadState {
  const box = uploadBoxOf(input);
  const before = new Set(listedAs(box, name));
  return () => {
    const listed = listedAs(box, name).find((item) => !before.has(item));
    // Today's uploader lists each file in a file-upload-item; the older one shows a single entry.
    const entry = listed?.closest(SEL.uploadItem) ?? listed?.parentElement;
    if (!entry) return undefined;
    const shows = (state: string) => entry.matches(state) || !!entry.querySelector(state);
    if (shows(SEL.uploadSucceeded)) return 'accepted';
    return shows(SEL.uploadFailed) ? 'rejected' : 'pending';
  };
}

/** Whether the field is Workday's uploader, whose list of files tells how an upload went. */
export function isWorkdayUpload(element: Element): boolean {
  return element.matches(SEL.uploadInput);
}

export function uploadToWorkday(input: HTMLElement, doc: TransferDocument | undefined, ctx: FillContext): Promise<FieldOutcome> {
  return attachFile(input, doc, ctx, uploadedFileList);
}
