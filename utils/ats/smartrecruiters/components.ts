import { composedParent, isShadowRoot } from '../../dom/traverse';

/**
 * Finding one's way among SmartRecruiters' spl-* web components, whose open shadow roots stop
 * closest() and getElementById at their edges: a control's component is a host one or more
 * shadow roots up, and a combobox names a listbox that lives one shadow root out.
 */

/** closest() that goes on past shadow roots to their hosts: the component a control belongs to. */
export function closestComponent(element: Element, selector: string): Element | null {
  for (let node: Element | null = element; node; node = composedParent(node)) if (node.matches(selector)) return node;
  return null;
}

/**
 * The element an id reference names, looked up in the element's own shadow root and then in each
 * one around it: spl-autocomplete's input, inside a nested spl-input, names the menu of the
 * spl-autocomplete around it by aria-controls.
 */
export function byIdOutward(element: Element, id: string): Element | null {
  for (let scope = element.getRootNode(); ; scope = scope.host.getRootNode()) {
    const found = (scope as Document | ShadowRoot).getElementById?.(id);
    if (found) return found;
    if (!isShadowRoot(scope)) return null;
  }
}
