import type { FieldOutcome, FillAction } from '../../core/types';
import { nextTask, pointerClick, pressKey } from '../../dom/events';
import { isInput } from '../../dom/elements';
import { attachFile, choosePopupOption, visibleListboxes, type FillContext, type UploadState } from '../../dom/fill';
import { cleanText, ownText } from '../../dom/labels';
import { entryOf, pathOf, YES_NO } from './entries';

type Choice = Extract<FillAction, { op: 'choose' }>;

/** The location searches Ashby's geocoder as the candidate types; its toggle opens an empty list. */
const LOCATION_PATH = '_systemfield_location';

/**
 * Presses the button of a Yes/No pair that gives the answer, as a person clicks it, and reads
 * the pair back: Ashby marks the pressed one with aria-pressed (its hidden checkbox is checked
 * for "Yes" only, so it cannot tell "No" from no answer).
 */
export async function answerYesNo(group: Element, value: string | undefined): Promise<FieldOutcome> {
  const buttons = Array.from(group.querySelectorAll<HTMLButtonElement>('button'));
  const button = buttons.find((candidate) => (candidate.getAttribute('data-option') ?? ownText(candidate)) === value);
  if (!button) return { status: 'skipped', reason: 'no-matching-option' };
  pointerClick(button);
  await nextTask();
  return button.getAttribute('aria-pressed') === 'true'
    ? { status: 'filled', value: ownText(button) }
    : { status: 'failed', error: 'the button did not stay pressed' };
}

export function isYesNo(element: Element): boolean {
  return element.matches(YES_NO);
}

/** An Ashby dropdown: a combobox in a field entry beside the button that opens its list. */
export interface Dropdown {
  input: HTMLInputElement;
  toggle: HTMLElement;
}

/**
 * A single choice with too many options for radios, as Ashby draws it: a combobox whose input
 * opens nothing when clicked, and the entry's one button, which does. The location is one too,
 * but it lists nothing until text is typed: it is left to the generic search-and-pick.
 */
export function dropdownOf(element: Element): Dropdown | undefined {
  if (!isInput(element) || element.getAttribute('role') !== 'combobox') return undefined;
  const entry = entryOf(element);
  if (!entry || pathOf(element) === LOCATION_PATH) return undefined;
  const buttons = entry.querySelectorAll<HTMLElement>('button');
  return buttons.length === 1 ? { input: element, toggle: buttons[0]! } : undefined;
}

/**
 * Opens the list with its toggle, as a person does, and clicks the option that means the answer:
 * Ashby commits a choice only on a click of an option, and shows it as the input's text. A list
 * with nothing fitting is closed with Escape, which leaves the field as it was (while it is open
 * Ashby hides every other question from assistive technology, and so from the fill).
 */
export async function chooseInDropdown(dropdown: Dropdown, choice: Choice, ctx: FillContext): Promise<FieldOutcome> {
  const { input, toggle } = dropdown;
  const openBefore = new Set(visibleListboxes(input));
  pointerClick(toggle);
  const found = await choosePopupOption(input, choice, ctx, openBefore);
  if (!found) {
    if (input.getAttribute('aria-expanded') === 'true') pressKey(input, 'Escape');
    return { status: 'skipped', reason: 'no-matching-option' };
  }
  pointerClick(found.element);
  await nextTask();
  const closed = input.getAttribute('aria-expanded') !== 'true';
  return closed && input.value === found.option.label
    ? { status: 'filled', value: found.option.label }
    : { status: 'failed', error: 'the list did not take the choice' };
}

/**
 * Ashby sends a chosen file up through an upload handle first, and shows its name in the field
 * ("<name>  Replace") only once that is done: until then the input holding it is no proof. The
 * field counts as filled when its entry shows the name, as often more than before.
 */
function shownInEntry(target: HTMLElement, name: string): () => UploadState {
  const entry = entryOf(target) ?? target;
  const shown = () => cleanText(entry.textContent).split(name).length - 1;
  const before = shown();
  return () => {
    if (shown() > before) return 'accepted';
    return isInput(target) && Array.from(target.files ?? []).some((file) => file.name === name) ? 'pending' : undefined;
  };
}

/** Gives the file to the field's own input, and waits until Ashby shows it uploaded. */
export function attachToField(input: HTMLInputElement, action: Extract<FillAction, { op: 'file' }>, ctx: FillContext): Promise<FieldOutcome> {
  return attachFile(input, ctx.documents.find((doc) => doc.role === action.role), ctx, shownInEntry);
}
