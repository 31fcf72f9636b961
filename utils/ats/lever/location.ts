import { findCountry, findUsState } from '../../core/geo';
import { normalizeText } from '../../core/normalize';
import type { FieldOutcome } from '../../core/types';
import { blur, pointerClick, setNativeValue, waitFor } from '../../dom/events';
import { cleanText } from '../../dom/labels';
import { isVisible } from '../../dom/visibility';

/** Lever searches 500 ms after the last key, then asks its server. */
const SEARCH_DEBOUNCE_MS = 500;

function samePlace(wanted: string, offered: string): boolean {
  if (normalizeText(wanted) === normalizeText(offered)) return true;
  const state = findUsState(wanted);
  if (state && findUsState(offered)?.code === state.code) return true;
  const country = findCountry(wanted);
  return !!country && findCountry(offered)?.code === country.code;
}

/**
 * The suggestion that is the profile's place: the same city, and every further part the profile
 * names (region, country) found among the suggestion's parts. Several such suggestions, or none,
 * leave the choice to the user.
 */
export function pickLocation(suggestions: readonly string[], wanted: string): string | undefined {
  const [city, ...rest] = wanted.split(',').map((part) => part.trim()).filter(Boolean);
  if (!city) return undefined;
  const fitting = suggestions.filter((suggestion) => {
    const [offeredCity, ...offeredRest] = suggestion.split(',').map((part) => part.trim());
    if (normalizeText(offeredCity ?? '') !== normalizeText(city)) return false;
    return rest.every((part) => offeredRest.some((offered) => samePlace(part, offered)));
  });
  return fitting.length === 1 ? fitting[0] : undefined;
}

/** The query Lever's search answers best: the city alone. */
export function locationQuery(wanted: string): string {
  return wanted.split(',')[0]!.trim();
}

/** Lever's search listens to keys, not to input events: type as a keyboard does. */
function typeKeys(input: HTMLInputElement, text: string): void {
  input.focus();
  setNativeValue(input, '');
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
  for (const key of text) {
    const init = { key, bubbles: true, cancelable: true, composed: true };
    input.dispatchEvent(new KeyboardEvent('keydown', init));
    setNativeValue(input, input.value + key);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: key }));
    input.dispatchEvent(new KeyboardEvent('keyup', init));
  }
}

export function isLocationTypeahead(element: HTMLElement): element is HTMLInputElement {
  return element instanceof HTMLInputElement && element.name === 'location' && !!element.parentElement?.querySelector('.dropdown-container');
}

/**
 * "Current location" is a typeahead that keeps only a picked suggestion (in the hidden
 * selectedLocation) and clears typed text on blur: search for the city, pick the suggestion
 * that is the profile's place, or leave the field empty.
 */
export async function chooseLocation(input: HTMLInputElement, wanted: string, timeoutMs: number): Promise<FieldOutcome> {
  const field = input.parentElement!;
  const selected = field.querySelector<HTMLInputElement>('input[name="selectedLocation"]');
  const results = field.querySelector('.dropdown-results');
  results?.replaceChildren();
  typeKeys(input, locationQuery(wanted));
  const answered = await waitFor(
    () => {
      const options = Array.from(field.querySelectorAll<HTMLElement>('.dropdown-location')).filter(isVisible);
      if (options.length) return options;
      const none = field.querySelector<HTMLElement>('.dropdown-no-results');
      return none && isVisible(none) ? [] : null;
    },
    SEARCH_DEBOUNCE_MS + timeoutMs,
    field,
  );
  const options = answered ?? [];
  const label = pickLocation(options.map((option) => cleanText(option.textContent)), wanted);
  const option = options.find((candidate) => cleanText(candidate.textContent) === label);
  if (!option || !label) {
    setNativeValue(input, '');
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
    blur(input);
    return { status: 'skipped', reason: 'no-matching-option' };
  }
  pointerClick(option);
  blur(input);
  if (selected && !selected.value) return { status: 'failed', error: 'the suggestion was not taken' };
  return { status: 'filled', value: input.value || label };
}
