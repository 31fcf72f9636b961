import { collectFields } from '../dom/collect';
import type { AtsAdapter } from './adapter';

/**
 * Any other form: the heuristics alone, kept to the page's main form so that a newsletter box in
 * the footer or a search field in the header is never filled with the applicant's details.
 */
export const generic: AtsAdapter = {
  id: 'generic',
  name: 'Application',
  matches: () => true,
  formRoot(doc) {
    const forms = Array.from(doc.forms).map((form) => ({ form, fields: collectFields(form).fields.length }));
    const best = forms.reduce<{ form: HTMLFormElement; fields: number } | undefined>(
      (top, entry) => (!top || entry.fields > top.fields ? entry : top),
      undefined,
    );
    if (!best?.fields) return null;
    // Frameworks often render the application outside any <form>: then the page is the form.
    const outside = collectFields(doc).fields.length - forms.reduce((sum, entry) => sum + entry.fields, 0);
    return outside > best.fields ? null : best.form;
  },
};
