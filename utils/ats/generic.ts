import type { AtsAdapter } from './adapter';

const CONTROLS = 'input:not([type="hidden"]):not([type="submit"]):not([type="button"]), select, textarea, [role="combobox"]';

/**
 * Any other form: the heuristics alone, kept to the page's main form so that a newsletter box in
 * the footer or a search field in the header is never filled with the applicant's details.
 */
export const generic: AtsAdapter = {
  id: 'generic',
  name: 'Application',
  matches: () => true,
  formRoot(doc) {
    // Counting controls is enough to tell the main form, and cheap on every scan.
    const forms = Array.from(doc.forms).map((form) => ({ form, controls: form.querySelectorAll(CONTROLS).length }));
    const best = forms.reduce<{ form: HTMLFormElement; controls: number } | undefined>(
      (top, entry) => (!top || entry.controls > top.controls ? entry : top),
      undefined,
    );
    if (!best?.controls) return null;
    // Frameworks often render the application outside any <form>: then the page is the form.
    const outside = doc.querySelectorAll(CONTROLS).length - forms.reduce((sum, entry) => sum + entry.controls, 0);
    return outside > best.controls ? null : best.form;
  },
};
