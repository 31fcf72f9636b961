import { byIdInScope, isShadowRoot } from './traverse';
import { widgetOf } from './widgets';

const CONTROL_SELECTOR = 'input, select, textarea, button, [role="combobox"], [role="listbox"]';
const MAX_HINT_LENGTH = 400;
/** Controls that answer a question of their own (hidden inputs and buttons do not). */
const QUESTION_CONTROLS = 'input:not([type="hidden"]):not([type="button"]):not([type="submit"]), select, textarea, [role="combobox"], [role="listbox"]';

export function cleanText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

const CONTROLS_AND_OPTIONS = `${CONTROL_SELECTOR}, option, [role="option"]`;

/**
 * Text of an element without the text of controls nested in it (a label wrapping a select). A
 * label inside a web component shows its caption through a <slot>: the host's words, not the
 * label's own (which may be only the required mark).
 */
export function ownText(element: Element): string {
  // Slots show anything only in a shadow tree; the plain page's labels skip the search.
  if (isShadowRoot(element.getRootNode()) && element.querySelector('slot')) return textWithout(element, (nested) => nested.matches(CONTROLS_AND_OPTIONS));
  if (!element.querySelector(CONTROL_SELECTOR)) return cleanText(element.textContent);
  const clone = element.cloneNode(true) as Element;
  clone.querySelectorAll(CONTROLS_AND_OPTIONS).forEach((nested) => nested.remove());
  return cleanText(clone.textContent);
}

function idRefsText(element: Element, attribute: string): string {
  const ids = element.getAttribute(attribute)?.split(/\s+/).filter(Boolean) ?? [];
  return cleanText(ids.map((id) => (byIdInScope(element, id) ? ownText(byIdInScope(element, id)!) : '')).join(' '));
}

/**
 * The question text a person reads beside a control that has no label of its own: the nearest
 * preceding text in the ancestors, as on forms that put the question in a div above the input.
 * A block holding another control is the previous question: the search stops there.
 */
export function nearbyQuestion(element: Element, maxDepth = 4): string {
  let node: Element | null = element;
  for (let depth = 0; node && depth < maxDepth; depth++, node = node.parentElement) {
    let sibling = node.previousElementSibling;
    for (let hops = 0; sibling && hops < 3; hops++, sibling = sibling.previousElementSibling) {
      if (sibling.matches('script, style, template')) continue;
      if (sibling.matches(QUESTION_CONTROLS) || sibling.querySelector(QUESTION_CONTROLS)) return '';
      const text = cleanText(sibling.textContent);
      if (text) return text.length <= MAX_HINT_LENGTH ? text : '';
    }
  }
  return '';
}

/**
 * The text of an element as it shows, leaving out what `skip` rejects and all it holds: a <slot>
 * shows the nodes the host assigns to it, or its own fallback when there are none.
 */
function textWithout(root: Element, skip: (element: Element) => boolean): string {
  let text = '';
  const walk = (nodes: readonly Node[]) => {
    for (const child of nodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.textContent ?? '';
      else if (child.nodeType === Node.ELEMENT_NODE && !skip(child as Element)) {
        const assigned = (child as Element).localName === 'slot' ? (child as HTMLSlotElement).assignedNodes({ flatten: true }) : [];
        walk(assigned.length ? assigned : Array.from(child.childNodes));
      }
    }
  };
  walk(Array.from(root.childNodes));
  return cleanText(text);
}

/**
 * The label a control sits in, when that label names no other control by `for`. The browser
 * labels only the first control inside such a label: on Greenhouse's classic boards select2 puts
 * its own focus input before the select, and the select is left with no label at all.
 */
function wrappingLabel(element: HTMLElement): HTMLLabelElement | null {
  const label = element.parentElement?.closest('label');
  if (!label || (label.htmlFor && label.htmlFor !== element.id)) return null;
  return label;
}

/** A wrapping label's own words: without the controls in it, nor the widget drawn for this one ("Please select"). */
function wrappingQuestion(label: HTMLLabelElement, element: HTMLElement): string {
  const widget = widgetOf(element);
  return textWithout(label, (nested) => nested === widget || nested.matches(CONTROLS_AND_OPTIONS));
}

/**
 * Labels that name a control by `for` which the browser does not count as labelled: a hidden input
 * that a widget stands in for (select2 3 searching a remote list) still has its question there.
 */
function labelsFor(element: HTMLElement, labelled: readonly HTMLLabelElement[] | null): string[] {
  if (!element.id || labelled) return [];
  const scope = element.getRootNode() as Document | ShadowRoot;
  return Array.from(scope.querySelectorAll(`label[for="${CSS.escape(element.id)}"]`), ownText);
}

export interface LabelHints {
  labels: string[];
  description?: string;
}

/** A control's labels as `control.labels` gives them: null for elements that cannot be labelled. */
export type LabelsOf = (element: HTMLElement) => readonly HTMLLabelElement[] | null;

/**
 * Labels from one index per document or shadow root. `control.labels` searches the whole tree on
 * each call, which makes reading a long form quadratic; one reader serves one pass.
 */
export function labelIndex(): LabelsOf {
  const indexes = new Map<Node, Map<Element, HTMLLabelElement[]>>();
  /** Each control's answer: the visibility checks and the label reading both ask for it. */
  const answers = new Map<Element, readonly HTMLLabelElement[] | null>();
  const labelsOf = (element: HTMLElement): readonly HTMLLabelElement[] | null => {
    // As control.labels: null for what cannot be labelled, hidden inputs included.
    if (!('labels' in element) || (element instanceof HTMLInputElement && element.type === 'hidden')) return null;
    const root = element.getRootNode();
    let index = indexes.get(root);
    if (!index) {
      index = new Map();
      for (const label of (root as Document | ShadowRoot).querySelectorAll?.('label') ?? []) {
        const control = label.control;
        if (control) index.set(control, [...(index.get(control) ?? []), label]);
      }
      indexes.set(root, index);
    }
    return index.get(element) ?? [];
  };
  return (element) => {
    if (answers.has(element)) return answers.get(element)!;
    const labels = labelsOf(element);
    answers.set(element, labels);
    return labels;
  };
}

const ownLabels: LabelsOf = (element) => {
  const labels = (element as HTMLInputElement).labels;
  return labels ? Array.from(labels) : null;
};

/** Every text that names the control, most specific first, without duplicates. */
export function labelHints(element: HTMLElement, extra: string[] = [], labelsOf: LabelsOf = ownLabels): LabelHints {
  const labels: string[] = [];
  const labelled = labelsOf(element);
  if (labelled) for (const label of labelled) labels.push(ownText(label));
  const wrapping = wrappingLabel(element);
  if (wrapping && !(labelled ?? []).includes(wrapping)) labels.push(wrappingQuestion(wrapping, element));
  labels.push(...labelsFor(element, labelled));
  labels.push(idRefsText(element, 'aria-labelledby'));
  labels.push(cleanText(element.getAttribute('aria-label')));
  labels.push(...extra);
  const legend = element.closest('fieldset')?.querySelector(':scope > legend');
  // A fieldset's own legend is its question; for a control inside, it names the group
  // ("Personal details") and is only context, after the control's own question.
  if (legend && element.matches('fieldset')) labels.push(ownText(legend));
  if (!labels.some(Boolean)) labels.push(nearbyQuestion(element));
  if (legend) labels.push(ownText(legend));
  const description = idRefsText(element, 'aria-describedby');
  return {
    labels: [...new Set(labels.filter((text) => text && text.length <= MAX_HINT_LENGTH))],
    ...(description ? { description } : {}),
  };
}
