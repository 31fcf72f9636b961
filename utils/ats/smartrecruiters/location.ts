import type { FieldOption, FieldOutcome, FillAction } from '../../core/types';
import { blur, pointerClick, setNativeValue, typeKeys, waitFor } from '../../dom/events';
import type { FillContext } from '../../dom/fill';
import { cleanText } from '../../dom/labels';
import { isVisible } from '../../dom/visibility';
import { byIdOutward } from '../../dom/traverse';
import { CITY_SEARCH, closestComponent } from './fields';

/**
 * The city of "Personal information": an spl-autocomplete whose input sits in a nested spl-input
 * and names, by aria-controls, a listbox one shadow root out. The geocoder answers from three
 * typed characters with <spl-select-option> rows that carry no role=option; only a clicked row
 * commits, and text typed without a pick is cleared when the input loses focus.
 */

/** The component searches a moment after the last key, then asks its server. */
const SEARCH_DELAY_MS = 500;
const ROWS = 'spl-select-option, [role="option"]';

type Choice = Extract<FillAction, { op: 'choose' }>;

export function isCitySearch(element: Element): element is HTMLInputElement {
  return element.localName === 'input' && !!closestComponent(element, CITY_SEARCH);
}

function menuOf(input: HTMLInputElement): Element | null {
  const id = input.getAttribute('aria-controls');
  return id ? byIdOutward(input, id) : null;
}

function shownRows(menu: Element): HTMLElement[] {
  return Array.from(menu.querySelectorAll<HTMLElement>(ROWS)).filter((row) => cleanText(row.textContent) !== '' && isVisible(row));
}

function clearTyped(input: HTMLInputElement): void {
  setNativeValue(input, '');
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'deleteContentBackward' }));
}

/** Types the city as a person does, waits for the suggestions, and clicks the one that is the profile's place. */
export async function chooseCity(input: HTMLInputElement, action: Choice, ctx: FillContext): Promise<FieldOutcome> {
  const menu = menuOf(input);
  if (!menu) return { status: 'failed', error: 'the city search names no suggestion list' };
  const scope = menu.getRootNode();
  const stale = new Set(shownRows(menu));
  input.focus();
  clearTyped(input);
  typeKeys(input, action.search || action.accept[0] || '');
  const rows = await waitFor(() => {
    const fresh = shownRows(menu).filter((row) => !stale.has(row));
    return fresh.length ? fresh : null;
  }, SEARCH_DELAY_MS + ctx.widgetTimeoutMs, scope);
  const options: FieldOption[] = (rows ?? []).map((row) => ({ value: cleanText(row.textContent), label: cleanText(row.textContent) }));
  const best = ctx.chooseOption(options, action);
  const row = rows?.[options.findIndex((option) => option === best)];
  if (!best || !row) {
    clearTyped(input);
    blur(input);
    return rows ? { status: 'skipped', reason: 'no-matching-option' } : { status: 'failed', error: 'the city search showed no suggestions' };
  }
  pointerClick(row);
  blur(input);
  return cleanText(input.value) === best.label ? { status: 'filled', value: best.label } : { status: 'failed', error: 'the suggestion was not taken' };
}
