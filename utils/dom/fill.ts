import type { DatePart, FieldOption, FieldOutcome, FillAction } from '../core/types';

type Choice = Pick<Extract<FillAction, { op: 'choose' }>, 'accept' | 'meaning'>;
import type { TransferDocument } from '../profile/schema';
import { choiceLabel, choiceValue, type FieldHandle } from './collect';
import { blur, nextTask, pointerClick, pressKey, setNativeValue, typeInto, waitFor } from './events';
import { ownText } from './labels';
import { byIdInScope } from './traverse';
import { isVisible } from './visibility';
import { isElement, isInput } from './elements';

export interface FillContext {
  documents: TransferDocument[];
  /** The option that means the answer, by the core's meaning matcher. */
  chooseOption(options: FieldOption[], choice: Choice): FieldOption | undefined;
  /** How long to wait for a widget's options to appear. */
  widgetTimeoutMs: number;
}

/** Performs one planned action. Text values are verified later, in one pass (see verifyText). */
export async function performAction(handle: FieldHandle, action: FillAction, ctx: FillContext): Promise<FieldOutcome> {
  switch (action.op) {
    case 'text':
      return fillText(handle.element as HTMLInputElement, action.value);
    case 'select':
      return fillSelect(handle.element as HTMLSelectElement, action.optionValue, action.optionLabel);
    case 'check':
      return fillChoices(handle.members ?? [], action.optionValues);
    case 'toggle':
      return toggle(handle.element as HTMLInputElement, action.checked);
    case 'date':
      return fillDateParts(handle, action.value);
    case 'file':
      return attachFile(handle.element, ctx.documents.find((d) => d.role === action.role));
    case 'choose':
      return handle.control === 'listbox-button'
        ? chooseFromListboxButton(handle.element, action, ctx)
        : chooseFromCombobox(handle.element as HTMLInputElement, action.search, action, ctx);
  }
}

function fillText(el: HTMLInputElement | HTMLTextAreaElement, value: string): FieldOutcome {
  typeInto(el, value);
  blur(el);
  return { status: 'filled', value };
}

/** Frameworks that reject a value restore the old one on their next render; read it back after that. */
export function verifyText(el: HTMLInputElement | HTMLTextAreaElement, expected: string): FieldOutcome {
  if (el.value === expected) return { status: 'filled', value: expected };
  return { status: 'failed', error: `the page did not keep the value (it shows "${el.value}")` };
}

function fillSelect(select: HTMLSelectElement, value: string, label: string): FieldOutcome {
  select.focus();
  setNativeValue(select, value);
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
  blur(select);
  return select.value === value ? { status: 'filled', value: label } : { status: 'failed', error: 'the option was not selected' };
}

function fillChoices(members: HTMLInputElement[], values: string[]): FieldOutcome {
  const chosen: string[] = [];
  for (const member of members) {
    const wanted = values.includes(choiceValue(member));
    if (wanted !== member.checked) clickChoice(member);
    if (wanted) chosen.push(choiceLabel(member) || choiceValue(member));
  }
  const ok = members.every((m) => m.checked === values.includes(choiceValue(m)));
  return ok ? { status: 'filled', value: chosen.join(', ') } : { status: 'failed', error: 'the choice did not stay selected' };
}

/** Custom-styled choices hide the input: a person clicks its label. */
function clickChoice(input: HTMLInputElement): void {
  const label = input.labels?.[0];
  pointerClick(!isVisible(input) && label ? label : input);
}

function toggle(input: HTMLInputElement, checked: boolean): FieldOutcome {
  if (input.checked !== checked) clickChoice(input);
  return input.checked === checked
    ? { status: 'filled', value: checked ? 'checked' : 'unchecked' }
    : { status: 'failed', error: 'the checkbox did not change' };
}

function fillDateParts(handle: FieldHandle, value: { year: number; month?: number; day?: number }): FieldOutcome {
  const parts = handle.parts ?? {};
  const wanted: Partial<Record<DatePart, number>> = { year: value.year, month: value.month, day: value.day };
  const written: string[] = [];
  for (const part of ['month', 'day', 'year'] as const) {
    const input = parts[part];
    const number = wanted[part];
    if (!input || number === undefined) continue;
    // Spinbuttons keep the number; "MM" text boxes expect two digits.
    const text = part === 'year' || input.getAttribute('role') === 'spinbutton' ? String(number) : String(number).padStart(2, '0');
    typeInto(input, text);
    blur(input);
    // Widgets may show "May" for 5 or "27" for 2027; an empty part is what did not take.
    if (input.value === '') return { status: 'failed', error: `the ${part} did not keep ${text}` };
    written.push(text);
  }
  return written.length ? { status: 'filled', value: written.join('/') } : { status: 'skipped', reason: 'no-answer' };
}

function base64ToFile(doc: TransferDocument): File {
  const binary = atob(doc.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new File([bytes], doc.name, { type: doc.type });
}

function attachFile(el: HTMLElement, doc: TransferDocument | undefined): FieldOutcome {
  if (!doc) return { status: 'skipped', reason: 'no-answer' };
  const transfer = new DataTransfer();
  transfer.items.add(base64ToFile(doc));
  if (isInput(el) && el.type === 'file') {
    el.files = transfer.files;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    return el.files?.[0]?.name === doc.name
      ? { status: 'filled', value: doc.name }
      : { status: 'failed', error: 'the file was not attached' };
  }
  for (const type of ['dragenter', 'dragover', 'drop']) {
    el.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }
  return { status: 'filled', value: doc.name };
}

function optionsIn(listbox: Element): { element: HTMLElement; option: FieldOption }[] {
  return Array.from(listbox.querySelectorAll<HTMLElement>('[role="option"]'))
    .filter((el) => el.getAttribute('aria-disabled') !== 'true')
    .map((element) => {
      const label = ownText(element);
      return { element, option: { value: element.getAttribute('data-value') ?? label, label } };
    });
}

function visibleListboxes(trigger: HTMLElement): HTMLElement[] {
  const scopes = new Set<Document | ShadowRoot>([trigger.getRootNode() as Document | ShadowRoot, trigger.ownerDocument]);
  return [...scopes].flatMap((scope) => Array.from(scope.querySelectorAll<HTMLElement>('[role="listbox"]')).filter(isVisible));
}

/**
 * The popup a trigger opened: the one it names (aria-controls, aria-owns), else a listbox that
 * appeared since it was opened. A list that was already open belongs to another widget.
 */
function popupFor(trigger: HTMLElement, openBefore: ReadonlySet<HTMLElement>): HTMLElement | null {
  for (const attribute of ['aria-controls', 'aria-owns']) {
    const id = trigger.getAttribute(attribute);
    const popup = id ? byIdInScope(trigger, id) : null;
    if (isElement(popup) && isVisible(popup)) return popup;
  }
  return visibleListboxes(trigger).filter((listbox) => !openBefore.has(listbox)).at(-1) ?? null;
}

async function choosePopupOption(
  trigger: HTMLElement,
  choice: Choice,
  ctx: FillContext,
  openBefore: ReadonlySet<HTMLElement>,
): Promise<{ element: HTMLElement; option: FieldOption } | null> {
  const listbox = await waitFor(() => {
    const popup = popupFor(trigger, openBefore);
    if (!popup) return null;
    if (popup.querySelector('[role="option"]')) return popup;
    // "No options" is the widget's answer: waiting longer would not change it.
    return NO_RESULTS.test(ownText(popup)) ? NOTHING_FOUND : null;
  }, ctx.widgetTimeoutMs, trigger.ownerDocument);
  if (!listbox || listbox === NOTHING_FOUND) return null;
  const candidates = optionsIn(listbox);
  const best = ctx.chooseOption(candidates.map((c) => c.option), choice);
  return candidates.find((c) => c.option === best) ?? null;
}

const NO_RESULTS = /^(no (options|results|matches|items)( found)?|nothing found|not found)\.?$/i;
const NOTHING_FOUND = Symbol('nothing found');

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** "No" is in "No, thanks" but not in "None selected". */
function containsWords(text: string, words: string): boolean {
  const escaped = words.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|\\W)${escaped}($|\\W)`, 'i').test(text);
}

/**
 * Searchable comboboxes (react-select, autocompletes): type where the widget searches, wait for
 * its options, click the one that means the answer. A search that finds nothing is cleared, so
 * the field is never left half-typed.
 */
async function chooseFromCombobox(input: HTMLInputElement, search: string, choice: Choice, ctx: FillContext): Promise<FieldOutcome> {
  const openBefore = new Set(visibleListboxes(input));
  input.focus();
  // An empty search means "do not type": the widget offers a fixed set of options.
  for (const query of new Set([search, ''])) {
    if (query) typeInto(input, query);
    else pressKey(input, 'ArrowDown');
    const found = await choosePopupOption(input, choice, ctx, openBefore);
    if (found) {
      pointerClick(found.element);
      await nextTask();
      // A widget that did not take the choice still shows the search typed into it.
      const committed = !query || input.value !== query || sameText(query, found.option.label);
      if (!committed) clearSearch(input);
      blur(input);
      return committed
        ? { status: 'filled', value: found.option.label }
        : { status: 'failed', error: 'the list did not take the choice' };
    }
    if (query) typeInto(input, '');
  }
  clearSearch(input);
  blur(input);
  return { status: 'skipped', reason: 'no-matching-option' };
}

/** Never leave a half-typed search behind. */
function clearSearch(input: HTMLInputElement): void {
  if (input.value) typeInto(input, '');
  pressKey(input, 'Escape');
}

async function chooseFromListboxButton(button: HTMLElement, choice: Choice, ctx: FillContext): Promise<FieldOutcome> {
  const openBefore = new Set(visibleListboxes(button));
  // A trigger that would submit its form is opened from the keyboard instead, which never activates it.
  if (!pointerClick(button)) pressKey(button, 'ArrowDown');
  const found = await choosePopupOption(button, choice, ctx, openBefore);
  if (!found) {
    pressKey(button, 'Escape');
    return { status: 'skipped', reason: 'no-matching-option' };
  }
  pointerClick(found.element);
  await nextTask();
  // The button shows what was chosen.
  return containsWords(ownText(button), found.option.label)
    ? { status: 'filled', value: found.option.label }
    : { status: 'failed', error: 'the list did not take the choice' };
}
