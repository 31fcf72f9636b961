import { isIFrame } from './elements';
/** The host element of the extension's in-page UI (see utils/content/button.ts). */
export const OWN_UI = 'applyfill-ui';

/**
 * Every element a person can see in the page, reaching into open shadow roots and same-origin
 * iframes, which many career sites use to host their application forms.
 */
export function* allElements(root: Document | ShadowRoot | Element): Generator<Element> {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    // Applyfill's own button is not part of the page's form.
    if (element.localName === OWN_UI) continue;
    yield element;
    if (element.shadowRoot) yield* allElements(element.shadowRoot);
    if (isIFrame(element)) {
      const inner = sameOriginDocument(element);
      if (inner) yield* allElements(inner);
    }
  }
}

function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/** Resolves an id reference (aria-labelledby and friends) in the element's own tree scope. */
export function byIdInScope(element: Element, id: string): Element | null {
  const scope = element.getRootNode() as Document | ShadowRoot;
  return scope.getElementById?.(id) ?? element.ownerDocument.getElementById(id);
}
