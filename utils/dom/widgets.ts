import { isInput, isSelect } from './elements';
import { boxAround, byIdInScope, isShadowRoot, nextBoxOut } from './traverse';

/**
 * The elements a person sees and uses in place of a native control that a page hides by design.
 * They only name candidates: visibility.ts decides whether a candidate is itself visible, by the
 * same rules as any field, so a page cannot vouch for a hidden control with a hidden stand-in.
 */

/** A box that takes a dropped file, or opens the file input inside it. */
export const DROP_ZONE =
  '[data-automation-id*="drop-zone" i], [class*="dropzone" i], [class*="drop-zone" i], [data-testid*="dropzone" i]';

/** react-select's outer box, "select__control" with a class prefix or "css-…-control" without one. */
const COMBOBOX_CONTROL = /(?:__|-)control(?:\s|$)/;
/** Inputs that hold no answer a person types or picks. */
const NOT_ANSWERS = new Set(['hidden', 'button', 'submit', 'reset', 'image']);

function siblings(el: Element): Element[] {
  return Array.from(el.parentElement?.children ?? []).filter((other) => other !== el);
}

/**
 * select2 3.x gives the select the class select2-offscreen (a clipped one-pixel box) and inserts
 * its container, #s2id_<select id>, just before it; 4.x gives it select2-hidden-accessible and
 * aria-hidden, and inserts span.select2-container just after it.
 */
function select2Widget(control: Element): Element | null {
  if (control.classList.contains('select2-offscreen')) {
    const candidate = (control.id ? byIdInScope(control, `s2id_${control.id}`) : null) ?? control.previousElementSibling;
    return candidate?.parentElement === control.parentElement && candidate?.classList.contains('select2-container') ? candidate : null;
  }
  if (control.classList.contains('select2-hidden-accessible')) {
    const next = control.nextElementSibling;
    return next?.classList.contains('select2-container') ? next : null;
  }
  return null;
}

/**
 * Chosen hides the select with display:none and puts div.chosen-container (chzn-container before
 * 1.0) right after it, named after the select: its id with non-word characters as "_", plus "_chosen".
 */
function chosenWidget(control: Element): Element | null {
  if (!isSelect(control)) return null;
  const next = control.nextElementSibling;
  if (!next?.matches('.chosen-container, .chzn-container')) return null;
  const base = control.id.replace(/[^\w]/g, '_');
  return !control.id || next.id === `${base}_chosen` || next.id === `${base}_chzn` ? next : null;
}

/**
 * Workday's date parts are spinbutton inputs (dateSectionMonth-input…) under an aria-hidden sibling
 * (dateSectionMonth-display) that shows "MM" or the typed value; the input itself may be
 * transparent, covered by the display, or clipped.
 */
function workdayDateDisplay(control: Element): Element | null {
  if (!isInput(control) || control.getAttribute('role') !== 'spinbutton') return null;
  const part = /^(dateSection\w+)-input$/.exec(control.getAttribute('data-automation-id') ?? '')?.[1];
  return part ? (siblings(control).find((el) => el.getAttribute('data-automation-id') === `${part}-display`) ?? null) : null;
}

/** react-select makes its search input transparent while the chosen value shows beside it. */
function comboboxControl(control: Element): Element | null {
  if (!isInput(control) || control.getAttribute('role') !== 'combobox') return null;
  let node = control.parentElement;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    if (COMBOBOX_CONTROL.test(node.getAttribute('class') ?? '')) return node;
  }
  return null;
}

/** Whether a box shows anything besides the control in it: a background, a border, an image or text. */
function showsSomething(box: Element, control: Element, style: CSSStyleDeclaration): boolean {
  if (style.backgroundColor !== 'rgba(0, 0, 0, 0)' || style.backgroundImage !== 'none') return true;
  if ([style.borderTopWidth, style.borderRightWidth, style.borderBottomWidth, style.borderLeftWidth].some((width) => parseFloat(width) > 0)) return true;
  const walker = box.ownerDocument.createTreeWalker(box, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node === control ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3 ? !!node.textContent?.trim() : ['img', 'svg', 'canvas'].includes((node as Element).localName)) return true;
  }
  return false;
}

/**
 * A transparent select or file input laid over a styled box that shows something: a click on the
 * box lands on the control, so the box is what the person sees and uses.
 */
function overlaidBox(control: Element, styleOf?: StyleOf): Element | null {
  if (!isSelect(control) && !(isInput(control) && control.type === 'file')) return null;
  const box = control.parentElement;
  const view = control.ownerDocument.defaultView;
  if (!box || !view) return null;
  const read = styleOf ?? ((element: Element) => view.getComputedStyle(element));
  if (parseFloat(read(control).opacity) > 0.1) return null;
  const own = control.getBoundingClientRect();
  const target = box.getBoundingClientRect();
  const x = (target.left + target.right) / 2;
  const y = (target.top + target.bottom) / 2;
  const overlays = own.left <= x && x <= own.right && own.top <= y && y <= own.bottom;
  return overlays && showsSomething(box, control, read(box)) ? box : null;
}

/** An element's computed style, as a pass that reads each element's once hands it out (visibility.ts). */
export type StyleOf = (element: Element) => CSSStyleDeclaration;

/** The widget that stands for a native control hidden by design, if the page uses a known one. */
export function widgetOf(control: Element, styleOf?: StyleOf): HTMLElement | null {
  return (select2Widget(control) ?? chosenWidget(control) ?? workdayDateDisplay(control) ?? comboboxControl(control) ??
    overlaidBox(control, styleOf)) as HTMLElement | null;
}

function isOpener(el: Element): boolean {
  if (el.matches(DROP_ZONE) || el.getAttribute('role') === 'button') return true;
  // A button that would submit its form opens nothing.
  return el.localName === 'button' && ((el as HTMLButtonElement).type === 'button' || !(el as HTMLButtonElement).form);
}

/** Another answer in the box: the box is then wider than the upload's own field. */
function holdsOtherAnswer(box: Element | ShadowRoot, input: HTMLInputElement): boolean {
  return Array.from(box.querySelectorAll<HTMLElement>('input, select, textarea')).some((other) => {
    if (other === input) return false;
    if (isInput(other)) {
      if (other.type === 'file') return true;
      if (NOT_ANSWERS.has(other.type)) return false;
    }
    return other.checkVisibility();
  });
}

/**
 * What opens a file input, as a person would: its labels, a box laid under it, and a drop zone or
 * button wrapping it or beside it within its own field (the nearest boxes, up to three levels,
 * that hold no other answer; a web component's shadow root is the last of them). A page's script
 * decides what a button really does; a button in the upload's own field is taken at its word.
 */
function openersOf(input: HTMLInputElement): Element[] {
  const found = new Set<Element>(input.labels ?? []);
  const overlaid = overlaidBox(input);
  if (overlaid) found.add(overlaid);
  let box = boxAround(input);
  for (let depth = 0; box && depth < 3 && !holdsOtherAnswer(box, input); depth++, box = nextBoxOut(box)) {
    if (!isShadowRoot(box) && isOpener(box)) found.add(box);
    for (const candidate of Array.from(box.querySelectorAll(`${DROP_ZONE}, button, [role="button"]`))) {
      if (isOpener(candidate)) found.add(candidate);
    }
  }
  return [...found];
}

/**
 * The elements through which a person sees and uses a control whose own box may be hidden by
 * design: the labels of a custom-styled radio or checkbox, what opens a file input, and the widget
 * of a select2, Chosen, Workday date or react-select control.
 */
export function standInsOf(control: HTMLElement): HTMLElement[] {
  if (isInput(control)) {
    if (control.type === 'radio' || control.type === 'checkbox') return Array.from(control.labels ?? []);
    if (control.type === 'file') return openersOf(control) as HTMLElement[];
  }
  const widget = widgetOf(control);
  return widget ? [widget] : [];
}
