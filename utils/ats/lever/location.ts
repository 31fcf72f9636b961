import { findCountry, findCountryByAlpha3, findUsState } from '../../core/geo';
import { normalizeText } from '../../core/normalize';
import type { FieldOutcome } from '../../core/types';
import { blur, pointerClick, setNativeValue, typeKeys, waitFor } from '../../dom/events';
import { cleanText } from '../../dom/labels';
import { isVisible } from '../../dom/visibility';

/** Lever searches 500 ms after the last key, then asks its server. */
const SEARCH_DEBOUNCE_MS = 500;
/** The record Lever keeps of the picked suggestion: JSON ({"name", "id"}), set by nothing else. */
const SELECTED_LOCATION = 'input[type="hidden" i][name="selectedLocation"]';
const TEXT_INPUT = 'input:not([type]), input[type="text" i], input[type="search" i]';
/** Where suggestions are listed: Lever's results box, or an ARIA listbox. */
const SUGGESTION_LIST = '.dropdown-results, [role="listbox"]';
const SUGGESTION = '.dropdown-location, [role="option"]';
const NO_SUGGESTIONS = '.dropdown-no-results';

/** Lever's "Current location": a text box whose answer is a suggestion picked from a search. */
export interface LocationSearch {
  input: HTMLInputElement;
  /** Filled only when a suggestion is picked; what the form really submits. */
  selected: HTMLInputElement;
  /** The part of the form that holds both: the question, however its widget is wrapped. */
  scope: Element;
}

/**
 * The location search an input belongs to, told by its parts rather than by one nesting: the
 * hidden selectedLocation that only a picked suggestion fills, in the same question as the
 * input. The question is the smallest box holding both and no other text box, wherever the
 * dropdown's wrapper sits; failing that, Lever's `location` input and the form's one
 * selectedLocation belong together.
 */
export function locationSearchOf(element: Element): LocationSearch | undefined {
  if (!(element instanceof HTMLInputElement) || !element.matches(TEXT_INPUT)) return undefined;
  const form = element.form ?? element.ownerDocument.body;
  for (let box = element.parentElement; box; box = box.parentElement) {
    // A box with another text box holds another question: its record is not this input's.
    if (Array.from(box.querySelectorAll(TEXT_INPUT)).some((input) => input !== element)) break;
    const selected = box.querySelector<HTMLInputElement>(SELECTED_LOCATION);
    if (selected) return { input: element, selected, scope: box };
    if (box === form) break;
  }
  const records = form.querySelectorAll<HTMLInputElement>(SELECTED_LOCATION);
  if (element.name !== 'location' || records.length !== 1) return undefined;
  return { input: element, selected: records[0]!, scope: element.closest('.application-question') ?? element.parentElement! };
}

/** The location search of a form, if it has one. */
export function locationSearchIn(root: ParentNode): LocationSearch | undefined {
  for (const input of root.querySelectorAll(TEXT_INPUT)) {
    const search = locationSearchOf(input);
    if (search) return search;
  }
  return undefined;
}

/**
 * Lever's resume parse rewrites selectedLocation whatever the candidate picked (its script never
 * counts that field as touched) and keeps the location text they chose: the form then shows a
 * place it will refuse on submit. Returns what puts the candidate's own record back when a parse
 * did that; a parse that wrote a place of its own (new text) is left as it is.
 */
export function keepPick(search: LocationSearch): () => void {
  const { input, selected } = search;
  const [shown, record] = [input.value, selected.value];
  return () => {
    if (record !== '' && shown !== '' && input.value === shown && selected.value !== record) setNativeValue(selected, record);
  };
}

/** The lists the input's suggestions appear in: the ones it names (aria-controls, aria-owns) and those in its question. */
function suggestionLists(search: LocationSearch): Element[] {
  const doc = search.input.ownerDocument;
  const named = ['aria-controls', 'aria-owns']
    .flatMap((attribute) => (search.input.getAttribute(attribute) ?? '').split(/\s+/))
    .filter(Boolean)
    .map((id) => doc.getElementById(id))
    .filter((list): list is HTMLElement => !!list);
  return [...new Set([...named, ...search.scope.querySelectorAll(SUGGESTION_LIST)])];
}

/** The suggestions a person sees now. */
function shownSuggestions(search: LocationSearch): HTMLElement[] {
  const options = suggestionLists(search).flatMap((list) => {
    const marked = list.querySelectorAll<HTMLElement>(SUGGESTION);
    return marked.length ? Array.from(marked) : (Array.from(list.children) as HTMLElement[]);
  });
  return [...new Set(options)].filter((option) => cleanText(option.textContent) !== '' && isVisible(option));
}

function saysNoSuggestions(search: LocationSearch): boolean {
  return Array.from(search.scope.querySelectorAll(NO_SUGGESTIONS)).some(isVisible);
}

function samePlace(wanted: string, offered: string): boolean {
  if (normalizeText(wanted) === normalizeText(offered)) return true;
  const state = findUsState(wanted);
  if (state && findUsState(offered)?.code === state.code) return true;
  const country = findCountry(wanted);
  // Live suggestions name countries by their alpha-3 code ("Berlin, DEU").
  return !!country && (findCountry(offered) ?? findCountryByAlpha3(offered))?.code === country.code;
}

/**
 * The suggestion that is the profile's place: the same city, and every further part the profile
 * names (region, country) found among the suggestion's parts, however each is spelled ("NY" or
 * "New York", "USA" or "United States"). Several such suggestions, or none, leave the choice
 * to the user.
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

/**
 * Whether the record holds the suggestion picked: Lever stores it as JSON with its name; a
 * record in another shape counts once it is there at all.
 */
export function recordsPick(record: string, label: string): boolean {
  if (record.trim() === '') return false;
  try {
    const name = (JSON.parse(record) as { name?: unknown } | null)?.name;
    return typeof name !== 'string' || normalizeText(name) === normalizeText(label);
  } catch {
    return true;
  }
}

function clearTyped(input: HTMLInputElement): void {
  setNativeValue(input, '');
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'deleteContentBackward' }));
}

/**
 * Searches for the city as a person types it (the search runs on key presses, not on input
 * events), picks the one suggestion that is the profile's place, and checks that Lever recorded
 * the pick in selectedLocation. Typed text without a pick is not an answer (Lever drops it on
 * blur and refuses it on submit), so the field is left empty when no suggestion fits.
 */
export async function chooseLocation(search: LocationSearch, wanted: string, query: string, timeoutMs: number): Promise<FieldOutcome> {
  const { input, selected } = search;
  const stale = new Set(shownSuggestions(search));
  input.focus();
  clearTyped(input);
  typeKeys(input, query || locationQuery(wanted));
  const answered = await waitFor(
    () => {
      const fresh = shownSuggestions(search).filter((option) => !stale.has(option));
      if (fresh.length) return fresh;
      return saysNoSuggestions(search) ? [] : null;
    },
    SEARCH_DEBOUNCE_MS + timeoutMs,
    input.ownerDocument,
  );
  const options = answered ?? [];
  const label = pickLocation(options.map((option) => cleanText(option.textContent)), wanted);
  const option = options.find((candidate) => cleanText(candidate.textContent) === label);
  if (!option || !label) {
    clearTyped(input);
    blur(input);
    return answered ? { status: 'skipped', reason: 'no-matching-option' } : { status: 'failed', error: 'the location search showed no suggestions' };
  }
  pointerClick(option);
  blur(input);
  if (!recordsPick(selected.value, label)) return { status: 'failed', error: 'the suggestion was not taken: selectedLocation stayed empty' };
  return { status: 'filled', value: input.value || label };
}
