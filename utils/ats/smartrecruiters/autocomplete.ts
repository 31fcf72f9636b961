import type { FieldOption, FieldOutcome, FillAction } from '../../core/types';
import { blur, pointerClick, pressKey, setNativeValue, typeKeys, waitFor } from '../../dom/events';
import type { FillContext } from '../../dom/fill';
import { cleanText } from '../../dom/labels';
import { byIdOutward } from '../../dom/traverse';
import { isVisible } from '../../dom/visibility';
import { closestComponent } from './fields';

/**
 * SmartRecruiters' spl-autocomplete, in the two shapes it takes. The city of "Personal
 * information" searches: its input sits in a nested spl-input and names, by aria-controls, a
 * listbox one shadow root out; the geocoder answers from three typed characters. A screening
 * list (a select question, an EEO question) opens on ArrowDown, pointer clicks doing nothing, and
 * lists in a menu the page puts beside the question. Either way the rows are <spl-select-option>
 * without role=option, a row's words may be drawn in a shadow root of its own, only a clicked row
 * commits, and what is typed without a pick is no answer.
 */

/** The component searches a moment after the last key, then asks its server. */
const SEARCH_DELAY_MS = 500;
const ROWS = 'spl-select-option, [role="option"]';

type Choice = Extract<FillAction, { op: 'choose' }>;

export function isSplAutocomplete(element: Element): element is HTMLInputElement {
  return element.localName === 'input' && !!closestComponent(element, 'spl-autocomplete');
}

/** What a row shows, its own text or the text of the shadow roots that draw it. */
function shownText(row: Element): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += ` ${node.textContent ?? ''}`;
    if ((node as Element).shadowRoot) walk((node as Element).shadowRoot!);
    node.childNodes.forEach(walk);
  };
  walk(row);
  return cleanText(text);
}

/** Where a person clicks a row: its innermost element, which holds the words (the row's own box may not commit). */
function clickTarget(row: HTMLElement): HTMLElement {
  let target = row;
  while (target.firstElementChild) target = target.firstElementChild as HTMLElement;
  return target;
}

function shownRows(menu: Element): HTMLElement[] {
  return Array.from(menu.querySelectorAll<HTMLElement>(ROWS)).filter((row) => shownText(row) !== '' && isVisible(row));
}

function clearTyped(input: HTMLInputElement): void {
  setNativeValue(input, '');
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'deleteContentBackward' }));
}

/**
 * Opens the list as a person does (typing the search, or ArrowDown on a list that searches
 * nothing), waits for the rows, and clicks the one that means the answer.
 */
export async function chooseInAutocomplete(input: HTMLInputElement, action: Choice, ctx: FillContext): Promise<FieldOutcome> {
  const id = input.getAttribute('aria-controls');
  const menu = id ? byIdOutward(input, id) : null;
  if (!menu) return { status: 'failed', error: 'the list names no menu' };
  const stale = new Set(shownRows(menu));
  input.focus();
  if (input.value) clearTyped(input);
  if (action.search) typeKeys(input, action.search);
  else pressKey(input, 'ArrowDown');
  const rows = await waitFor(() => {
    const fresh = shownRows(menu).filter((row) => !stale.has(row));
    return fresh.length ? fresh : null;
  }, SEARCH_DELAY_MS + ctx.widgetTimeoutMs, menu.getRootNode());
  const options: FieldOption[] = (rows ?? []).map((row) => ({ value: shownText(row), label: shownText(row) }));
  const best = await ctx.chooseOption(options, { accept: action.accept, ...(action.meaning ? { meaning: action.meaning } : {}) });
  const row = rows?.[options.findIndex((option) => option === best)];
  if (!best || !row) {
    if (input.value) clearTyped(input);
    pressKey(input, 'Escape');
    blur(input);
    return rows ? { status: 'skipped', reason: 'no-matching-option' } : { status: 'failed', error: 'the list showed no options' };
  }
  pointerClick(clickTarget(row));
  blur(input);
  return cleanText(input.value) === best.label ? { status: 'filled', value: best.label } : { status: 'failed', error: 'the list did not take the choice' };
}
