import { OWN_UI } from '../dom/traverse';
import type { AtsAdapter, AtsSite } from './adapter';

const CONTROLS = 'input:not([type="hidden"]):not([type="submit"]):not([type="button"]), select, textarea, [role="combobox"]';

/** Whether a shadow root holds controls, itself or in the open shadow roots of its components, however deep. */
function holdsControls(root: ShadowRoot): boolean {
  if (root.querySelector(CONTROLS)) return true;
  return Array.from(root.querySelectorAll('*')).some((element) => !!element.shadowRoot && holdsControls(element.shadowRoot));
}

/** Same-origin frames and open shadow roots that hold controls: the form may live in them. */
function nestedFormHosts(doc: Document): Element[] {
  const hosts: Element[] = [];
  for (const element of Array.from(doc.querySelectorAll('*'))) {
    if (element.localName === OWN_UI) continue;
    if (element.shadowRoot && holdsControls(element.shadowRoot)) hosts.push(element);
    if (element.localName === 'iframe') {
      try {
        if ((element as HTMLIFrameElement).contentDocument?.querySelector(CONTROLS)) hosts.push(element);
      } catch {
        // A cross-origin frame has a content script of its own.
      }
    }
  }
  return hosts;
}

/**
 * Any other form: the heuristics alone, kept to the page's main form so that a newsletter box in
 * the footer or a search field in the header is never filled with the applicant's details.
 */
/** Any site: the content script the popup or the shortcut injects where no ATS module runs. */
export const genericSite: AtsSite = { id: 'generic', name: 'Application', hosts: [] };

export const generic: AtsAdapter = {
  ...genericSite,
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
    if (outside > best.controls) return null;
    // Controls in frames or shadow roots elsewhere may be the real application: keep the whole page.
    return nestedFormHosts(doc).every((host) => best.form.contains(host)) ? best.form : null;
  },
};
