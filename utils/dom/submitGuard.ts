/**
 * While a fill runs, no form may be submitted: Applyfill never submits, so a submit during a
 * fill can only be a widget that submits when pressed (a dropdown trigger that is a typeless
 * button). The listener runs in the capture phase on the window, before the form's own handlers,
 * and cancels the submit; the fill reports it as an error on the field that caused it.
 */
export interface SubmitGuard {
  /** The error for a submit stopped since the last call, if any. */
  take(): string | undefined;
  release(): void;
}

export const SUBMIT_STOPPED = 'pressing it would have submitted the form, so Applyfill stopped the submit';

export function guardSubmits(doc: Document): SubmitGuard {
  let stopped = false;
  const stop = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
    stopped = true;
  };
  const windows = [doc.defaultView, ...sameOriginFrameWindows(doc)].filter((w): w is Window => !!w);
  for (const view of windows) view.addEventListener('submit', stop, { capture: true });
  return {
    take() {
      const error = stopped ? SUBMIT_STOPPED : undefined;
      stopped = false;
      return error;
    },
    release() {
      for (const view of windows) view.removeEventListener('submit', stop, { capture: true });
    },
  };
}

function sameOriginFrameWindows(doc: Document): Window[] {
  return Array.from(doc.querySelectorAll('iframe')).flatMap((frame) => {
    try {
      return frame.contentDocument && frame.contentWindow ? [frame.contentWindow] : [];
    } catch {
      return [];
    }
  });
}
