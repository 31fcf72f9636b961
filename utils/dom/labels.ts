import { byIdInScope } from './traverse';

const CONTROL_SELECTOR = 'input, select, textarea, button, [role="combobox"], [role="listbox"]';
const MAX_HINT_LENGTH = 400;
/** Controls that answer a question of their own (hidden inputs and buttons do not). */
const QUESTION_CONTROLS = 'input:not([type="hidden"]):not([type="button"]):not([type="submit"]), select, textarea, [role="combobox"], [role="listbox"]';

export function cleanText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Text of an element without the text of controls nested in it (a label wrapping a select). */
export function ownText(element: Element): string {
  if (!element.querySelector(CONTROL_SELECTOR)) return cleanText(element.textContent);
  const clone = element.cloneNode(true) as Element;
  clone.querySelectorAll(`${CONTROL_SELECTOR}, option, [role="option"]`).forEach((nested) => nested.remove());
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

export interface LabelHints {
  labels: string[];
  description?: string;
}

/** Every text that names the control, most specific first, without duplicates. */
export function labelHints(element: HTMLElement, extra: string[] = []): LabelHints {
  const labels: string[] = [];
  const labelled = (element as HTMLInputElement).labels;
  if (labelled) for (const label of Array.from(labelled)) labels.push(ownText(label));
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
