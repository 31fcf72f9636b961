import { isIFrame } from './elements';
/** The host element of the extension's in-page UI (see utils/content/button.ts). */
export const OWN_UI = 'applyfill-ui';

/**
 * Every element a person can see in the page, reaching into open shadow roots and same-origin
 * iframes, which many career sites use to host their application forms. `trees` receives each
 * tree entered, for a caller that watches them for changes.
 */
export function* allElements(root: Document | ShadowRoot | Element, trees?: Tree[]): Generator<Element> {
  trees?.push(root);
  /** Applyfill's own UI, met in this tree: neither it nor anything put inside it is the page's form. */
  let ownUi: Element | undefined;
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (ownUi?.contains(element)) continue;
    if (element.localName === OWN_UI) {
      ownUi = element;
      continue;
    }
    yield element;
    if (element.shadowRoot) yield* allElements(element.shadowRoot, trees);
    if (isIFrame(element)) {
      const inner = sameOriginDocument(element);
      if (inner) yield* allElements(inner, trees);
    }
  }
}

/** A tree allElements walks: the root it was given, an open shadow root, a same-origin frame's document. */
export type Tree = Document | ShadowRoot | Element;

function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/**
 * Resolves an id reference (aria-labelledby and friends) in the element's own tree scope, as the
 * browser does: a reference from inside a shadow root never names an element of the document.
 */
export function byIdInScope(element: Element, id: string): Element | null {
  const scope = element.getRootNode() as Document | ShadowRoot;
  if (isShadowRoot(scope)) return scope.getElementById(id);
  return scope.getElementById?.(id) ?? element.ownerDocument.getElementById(id);
}

export const isShadowRoot = (node: Node | null): node is ShadowRoot => node?.nodeType === 11 && 'host' in node;

/**
 * The box around an element when looking for what belongs to its field: its parent, or the shadow
 * root it sits at the top of. A web component's shadow root is the whole of one field (its label,
 * its drop zone), so a search for the field's parts stops there rather than wandering into the
 * host's neighbours, whose controls live in shadow roots of their own and would go unseen.
 */
export function boxAround(element: Element): Element | ShadowRoot | null {
  const parent = element.parentNode;
  return element.parentElement ?? (isShadowRoot(parent) ? parent : null);
}

/** The next box out from `box`, or null at the top of a document or a shadow root. */
export function nextBoxOut(box: Element | ShadowRoot): Element | ShadowRoot | null {
  return isShadowRoot(box) ? null : boxAround(box);
}

/** The parent in the composed tree: the parent element, or the host of the shadow root at whose top the element sits. */
export function composedParent(element: Element): Element | null {
  const parent = element.parentNode;
  return element.parentElement ?? (isShadowRoot(parent) ? parent.host : null);
}

/**
 * The element a widget's id reference names, looked up in the widget's own tree and then in each
 * one around it: a web component's combobox, inside a nested component, may name the listbox of
 * the component around it (SmartRecruiters' city search), or one the page put in the document. For
 * finding the popup a trigger opened, not for labels, whose references the browser keeps within
 * their own root.
 */
export function byIdOutward(element: Element, id: string): Element | null {
  for (let scope = element.getRootNode(); ; scope = scope.host.getRootNode()) {
    const found = (scope as Document | ShadowRoot).getElementById?.(id);
    if (found) return found;
    if (!isShadowRoot(scope)) return null;
  }
}
