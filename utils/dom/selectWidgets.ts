import type { FieldOption, FieldOutcome } from '../core/types';
import { isInput, isSelect } from './elements';
import { nextTask, pointerClick, pressKey, setNativeValue, typeInto, waitFor } from './events';
import { cleanText } from './labels';
import { byIdInScope } from './traverse';
import { isVisible } from './visibility';
import { widgetOf } from './widgets';

/**
 * Native controls that a script library hides and draws again: selects behind select2 3 or 4 or
 * Chosen, and select2 3 searching a remote list from a hidden input (Greenhouse's school). A
 * person picks in the drawn widget, so the filler does too; it then checks that the native control
 * holds the pick and the widget shows it, since either alone would mislead the user or the form.
 */

export type SelectWidgetKind = 'select2-3' | 'select2-4' | 'chosen';

export interface SelectWidget {
  kind: SelectWidgetKind;
  /** The library's container, which the person sees and uses in place of the control. */
  container: HTMLElement;
}

/** How each library draws itself: the part pressed to open it, and the part that shows the choice. */
const PARTS: Readonly<Record<SelectWidgetKind, { trigger: string; shown: string }>> = {
  'select2-3': { trigger: ':scope > a.select2-choice', shown: ':scope > a.select2-choice .select2-chosen' },
  'select2-4': { trigger: '.select2-selection', shown: '.select2-selection__rendered' },
  chosen: { trigger: 'a.chosen-single, a.chzn-single', shown: 'a.chosen-single > span, a.chzn-single > span' },
};

/** The jQuery plugins draw their widget in the page's own document, with one of these classes. */
const LIBRARY_CONTAINERS = ['select2-container', 'chosen-container', 'chzn-container'];

/** Which library stands for the control, judged from the widget widgets.ts found for it. */
export function selectWidgetOf(control: Element): SelectWidget | null {
  if (!isSelect(control) && !(isInput(control) && control.type === 'hidden')) return null;
  // Most forms use neither library: the browser's live class lists tell at once, where finding the
  // widget would read the layout (a box laid over the control), a style pass after every field written.
  if (control.getRootNode() === control.ownerDocument && !LIBRARY_CONTAINERS.some((name) => control.ownerDocument.getElementsByClassName(name).length)) return null;
  const container = widgetOf(control);
  if (!container) return null;
  if (container.classList.contains('select2-container')) {
    // 3.x draws an <a class="select2-choice"> (single) or <ul class="select2-choices"> (multiple); 4.x a .select2-selection.
    if (container.querySelector(':scope > .select2-choice, :scope > .select2-choices')) return { kind: 'select2-3', container };
    if (container.querySelector('.select2-selection')) return { kind: 'select2-4', container };
    return null;
  }
  return container.matches('.chosen-container, .chzn-container') ? { kind: 'chosen', container } : null;
}

/** What the widget shows as chosen; select2 4 may put a clear button ("×") inside it, its title holds the text alone. */
export function shownChoice(widget: SelectWidget): string {
  const shown = widget.container.querySelector(PARTS[widget.kind].shown);
  if (!shown) return '';
  if (widget.kind === 'select2-4' && shown.getAttribute('title')) return cleanText(shown.getAttribute('title'));
  return cleanText(shown.textContent);
}

const sameText = (a: string, b: string) => cleanText(a).toLowerCase() === cleanText(b).toLowerCase();

/**
 * The list of results the widget shows while open. select2 moves its dropdown to the end of the
 * body; its search box names the list (aria-owns, 3.5 and 4.x) and select2 3.5 numbers the search
 * box after the container's focus input. Chosen keeps its list inside the container.
 */
function openResults(control: Element, widget: SelectWidget): HTMLElement | null {
  const { container } = widget;
  if (widget.kind === 'chosen') {
    const list = container.querySelector<HTMLElement>('.chosen-results, .chzn-results');
    return list && container.matches('.chosen-with-drop, .chzn-with-drop') ? list : null;
  }
  const search = searchBox(control, widget);
  const owned = search?.getAttribute('aria-owns') ?? search?.getAttribute('aria-controls');
  const list =
    (owned ? byIdInScope(control, owned) : null) ??
    (widget.kind === 'select2-3'
      ? control.ownerDocument.querySelector('#select2-drop.select2-drop-active .select2-results')
      : control.ownerDocument.querySelector(`#select2-${CSS.escape(control.id)}-results`));
  // The list may be empty for a moment; the dropdown around it is what shows.
  const dropdown = list?.closest('.select2-drop, .select2-dropdown');
  return list instanceof HTMLElement && dropdown && isVisible(dropdown) ? list : null;
}

/** The widget's own search box, where a person types to narrow the list. */
function searchBox(control: Element, widget: SelectWidget): HTMLInputElement | null {
  const { container } = widget;
  if (widget.kind === 'chosen') return container.querySelector<HTMLInputElement>('.chosen-search input, .chzn-search input');
  if (widget.kind === 'select2-3') {
    const focusser = container.querySelector('.select2-focusser');
    const numbered = focusser?.id ? byIdInScope(control, `${focusser.id}_search`) : null;
    if (isInput(numbered)) return numbered;
    return control.ownerDocument.querySelector<HTMLInputElement>('#select2-drop.select2-drop-active input.select2-input');
  }
  return control.ownerDocument.querySelector<HTMLInputElement>('.select2-container--open .select2-search__field');
}

/** The results a person could pick, with the text each shows. */
function resultsIn(list: Element, widget: SelectWidget): { element: HTMLElement; label: string }[] {
  const selector =
    widget.kind === 'select2-3'
      ? '.select2-result-selectable:not(.select2-disabled) > .select2-result-label'
      : widget.kind === 'select2-4'
        ? '.select2-results__option[aria-selected]:not([aria-disabled="true"]), .select2-results__option[role="option"]:not([aria-disabled="true"])'
        : 'li.active-result';
  return Array.from(list.querySelectorAll<HTMLElement>(selector), (element) => ({ element, label: cleanText(element.textContent) }));
}

/** Opens the widget as a person does: a press on the part that shows the choice. */
async function open(control: Element, widget: SelectWidget, timeoutMs: number): Promise<HTMLElement | null> {
  const trigger = widget.container.querySelector<HTMLElement>(PARTS[widget.kind].trigger);
  if (!trigger) return null;
  pointerClick(trigger);
  return waitFor(() => openResults(control, widget), timeoutMs, control.ownerDocument);
}

/** Closes a widget left open without a pick: Escape in its search box, as every library takes it. */
function close(control: Element, widget: SelectWidget): void {
  const search = searchBox(control, widget);
  if (search && search.value) typeInto(search, '');
  if (search) pressKey(search, 'Escape');
  if (openResults(control, widget)) {
    const trigger = widget.container.querySelector<HTMLElement>(PARTS[widget.kind].trigger);
    if (trigger) pointerClick(trigger);
  }
}

/**
 * Picks an option of a select that a widget stands for: open the widget, press the result that
 * reads as the option, as the libraries commit on the release of the press. Should the widget show
 * no such result, the select is set directly and the widget told, as their documented APIs allow
 * (select2 redraws on the select's change event, Chosen on "chosen:updated").
 */
export async function pickInSelectWidget(select: HTMLSelectElement, widget: SelectWidget, wanted: FieldOption, timeoutMs: number): Promise<FieldOutcome> {
  if (!select.multiple) {
    const list = await open(select, widget, timeoutMs);
    const result = list ? resultsIn(list, widget).find((candidate) => sameText(candidate.label, wanted.label)) : undefined;
    if (result) {
      pointerClick(result.element);
      await nextTask();
    } else if (list) {
      close(select, widget);
    }
    if (isPicked(select, widget, wanted)) return { status: 'filled', value: wanted.label };
  }
  setNativeValue(select, wanted.value);
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
  if (widget.kind === 'chosen') select.dispatchEvent(new Event('chosen:updated'));
  await nextTask();
  return isPicked(select, widget, wanted)
    ? { status: 'filled', value: wanted.label }
    : { status: 'failed', error: select.value === wanted.value ? 'the list does not show the choice' : 'the option was not selected' };
}

function isPicked(select: HTMLSelectElement, widget: SelectWidget, wanted: FieldOption): boolean {
  if (select.multiple) return Array.from(select.selectedOptions).some((option) => option.value === wanted.value);
  return select.value === wanted.value && sameText(shownChoice(widget), wanted.label);
}

/** select2 3 marks its search box while a query is out; results shown meanwhile belong to the previous search. */
const SEARCHING = 'select2-active';

/**
 * select2 3 searching a remote list (a hidden input holds the chosen id): type where it searches,
 * wait for the answer to that search, press the result `choose` picks. Nothing fitting leaves the
 * field as it was, with no search text behind.
 */
export async function searchInSelect2(
  input: HTMLInputElement,
  search: string,
  choose: (options: FieldOption[]) => Promise<FieldOption | undefined>,
  timeoutMs: number,
): Promise<FieldOutcome> {
  const widget = selectWidgetOf(input);
  if (widget?.kind !== 'select2-3') return { status: 'failed', error: 'no search list for this field' };
  const list = await open(input, widget, timeoutMs);
  const box = list ? searchBox(input, widget) : null;
  if (!list || !box) {
    if (list) close(input, widget);
    return { status: 'failed', error: 'the list did not open' };
  }
  typeInto(box, search);
  const settled = await waitFor(
    () => !box.classList.contains(SEARCHING) && list.querySelector('.select2-result-selectable, .select2-no-results'),
    timeoutMs,
    input.ownerDocument,
  );
  const results = settled ? resultsIn(list, widget) : [];
  const best = await choose(results.map(({ label }) => ({ value: label, label })));
  const picked = results.find(({ label }) => label === best?.label);
  if (!picked) {
    close(input, widget);
    return settled ? { status: 'skipped', reason: 'no-matching-option' } : { status: 'failed', error: 'the list gave no answer' };
  }
  pointerClick(picked.element);
  await nextTask();
  return input.value !== '' && sameText(shownChoice(widget), picked.label)
    ? { status: 'filled', value: picked.label }
    : { status: 'failed', error: 'the list did not take the choice' };
}
