import type { DatePart, FieldOption, FieldOutcome, FillAction, OptionChoice as Choice } from '../core/types';

import type { TransferDocument } from '../profile/schema';
import { choiceLabel, choiceValue, uploadBoxOf, type FieldHandle } from './collect';
import { blur, enterValue, nextTask, pointerClick, pressKey, setNativeValue, typeInto, typeKeys, waitFor } from './events';
import { cleanText, ownText } from './labels';
import { pickInSelectWidget, selectWidgetOf } from './selectWidgets';
import { byIdOutward } from './traverse';
import { isVisible } from './visibility';
import { widgetOf } from './widgets';
import { isElement, isInput } from './elements';

export interface FillContext {
  documents: TransferDocument[];
  /**
   * The option that means the answer, by the core's meaning matcher. It runs in the extension
   * (a message away), so the page's script does not carry the matcher's tables: one of `options`
   * itself comes back, never a copy.
   */
  chooseOption(options: FieldOption[], choice: Choice): Promise<FieldOption | undefined>;
  /** How long to wait for a widget's options to appear. */
  widgetTimeoutMs: number;
}

/**
 * Performs one planned action. Plain fields are filled at once (no promise), so that a long form
 * is written in one go, as a person's typing would be, without a wait between fields; widgets
 * that answer later return a promise.
 */
export function performAction(handle: FieldHandle, action: FillAction, ctx: FillContext): FieldOutcome | Promise<FieldOutcome> {
  switch (action.op) {
    case 'text':
      return fillText(handle.element as HTMLInputElement, action.value);
    case 'select':
      return fillSelect(handle.element as HTMLSelectElement, action.optionValue, action.optionLabel, ctx);
    case 'check':
      return fillChoices(handle.members ?? [], action.optionValues);
    case 'toggle':
      return toggle(handle.element as HTMLInputElement, action.checked);
    case 'date':
      return fillDateParts(handle, action.value);
    case 'file':
      return attachFile(handle.element, ctx.documents.find((d) => d.role === action.role), ctx);
    case 'choose':
      return handle.control === 'listbox-button'
        ? chooseFromListboxButton(handle.element, action, ctx)
        : chooseFromCombobox(handle.element as HTMLInputElement, action.search, action, ctx);
  }
}

function fillText(el: HTMLInputElement | HTMLTextAreaElement, value: string): FieldOutcome {
  enterValue(el, value);
  return { status: 'filled', value };
}

/** Frameworks that reject a value restore the old one on their next render; read it back after that. */
export function verifyText(el: HTMLInputElement | HTMLTextAreaElement, expected: string): FieldOutcome {
  if (el.value === expected) return { status: 'filled', value: expected };
  return { status: 'failed', error: `the page did not keep the value (it shows "${el.value}")` };
}

function fillSelect(select: HTMLSelectElement, value: string, label: string, ctx: FillContext): FieldOutcome | Promise<FieldOutcome> {
  // select2 and Chosen hide the select behind a widget of their own: the pick is made there, as a person makes it.
  const widget = selectWidgetOf(select);
  if (widget) return pickInSelectWidget(select, widget, { value, label }, ctx.widgetTimeoutMs);
  enterValue(select, value);
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

/**
 * Date parts as a person fills them: a spinbutton is reached through what it shows (Workday's
 * "MM" display, which the person clicks) and given its digits key by key; a plain "MM" box gets
 * two digits. Each part is read back once the widget has taken the keys.
 */
async function fillDateParts(handle: FieldHandle, value: { year: number; month?: number; day?: number }): Promise<FieldOutcome> {
  const parts = handle.parts ?? {};
  const wanted: Partial<Record<DatePart, number>> = { year: value.year, month: value.month, day: value.day };
  const written: string[] = [];
  let typedIn: HTMLInputElement | undefined;
  for (const part of ['month', 'day', 'year'] as const) {
    const input = parts[part];
    const number = wanted[part];
    if (!input || number === undefined) continue;
    const spinbutton = input.getAttribute('role') === 'spinbutton';
    // Spinbuttons keep the number; "MM" text boxes expect two digits.
    const text = part === 'year' || spinbutton ? String(number) : String(number).padStart(2, '0');
    if (spinbutton) {
      focusThroughDisplay(input);
      typeKeys(input, text);
      typedIn = input;
    } else {
      typeInto(input, text);
      blur(input);
    }
    await nextTask();
    if (!keepsPart(input, number, spinbutton)) return { status: 'failed', error: `the ${part} did not keep ${text}` };
    written.push(text);
  }
  // Leaving the last part is what commits the date, as the person's Tab or click elsewhere would.
  if (typedIn) blur(typedIn);
  return written.length ? { status: 'filled', value: written.join('/') } : { status: 'skipped', reason: 'no-answer' };
}

/** A person clicks what a spinbutton shows; the widget moves the focus to the input under it. */
function focusThroughDisplay(input: HTMLInputElement): void {
  const display = widgetOf(input);
  if (display) pointerClick(display);
  if (input.ownerDocument.activeElement !== input) input.focus();
}

/**
 * Whether a part holds what was typed: a spinbutton its number, in its value or its aria-valuenow;
 * a text box anything (widgets may show "May" for 5 or "27" for 2027).
 */
function keepsPart(input: HTMLInputElement, number: number, spinbutton: boolean): boolean {
  if (!spinbutton) return input.value !== '';
  const shown = input.value.replace(/\D/g, '') || input.getAttribute('aria-valuenow') || '';
  return shown !== '' && Number(shown) === number;
}

function base64ToFile(doc: TransferDocument): File {
  const binary = atob(doc.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new File([bytes], doc.name, { type: doc.type });
}

/** What a page shows of a file it was given: taken, refused, still uploading, or nothing (yet). */
export type UploadState = 'accepted' | 'rejected' | 'pending' | undefined;

/** How long an upload the page shows as under way may take before it counts as failed. */
const UPLOAD_TIMEOUT_MS = 30_000;

/**
 * The page took the file when the input kept it or the field now shows its name (a page that
 * reads the file and empties the input lists it instead). Counted against what the field
 * showed before, so an earlier file of the same name is no proof.
 */
function shownUpload(target: HTMLElement, name: string): () => UploadState {
  const box = uploadBoxOf(target);
  const shownIn = () => cleanText(box.textContent).split(name).length - 1;
  const before = shownIn();
  return () => {
    if (isInput(target) && Array.from(target.files ?? []).some((file) => file.name === name)) return 'accepted';
    return shownIn() > before ? 'accepted' : undefined;
  };
}

/**
 * Gives the file to an upload field as the browser does after a person picks or drops it, then
 * checks that the page took it (`watch` reads the page's answer; an adapter knows its widget's).
 * A page that shows nothing is not taken at its word: the field is left to the user.
 */
export async function attachFile(
  target: HTMLElement,
  doc: TransferDocument | undefined,
  ctx: FillContext,
  watch: (target: HTMLElement, name: string) => () => UploadState = shownUpload,
): Promise<FieldOutcome> {
  if (!doc) return { status: 'skipped', reason: 'no-answer' };
  const state = watch(target, doc.name);
  const transfer = new DataTransfer();
  transfer.items.add(base64ToFile(doc));
  if (isInput(target) && target.type === 'file') {
    target.files = transfer.files;
    target.dispatchEvent(new Event('input', { bubbles: true }));
    target.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }
  }
  const page = target.ownerDocument;
  // The page answers a file at once (a list entry, a spinner); an upload it shows as under way
  // is waited for, and no longer than it takes.
  let answer = await waitFor(state, ctx.widgetTimeoutMs, page);
  if (answer === 'pending') {
    const settled = () => {
      const now = state();
      return now === 'pending' ? null : now;
    };
    answer = (await waitFor(settled, UPLOAD_TIMEOUT_MS, page)) ?? 'pending';
  }
  if (answer === 'accepted') return { status: 'filled', value: doc.name };
  if (answer === 'rejected') return { status: 'failed', error: 'the page refused the file' };
  return { status: 'failed', error: answer === 'pending' ? 'the upload did not finish' : 'the page did not take the file' };
}

function optionsIn(listbox: Element): { element: HTMLElement; option: FieldOption }[] {
  return Array.from(listbox.querySelectorAll<HTMLElement>('[role="option"]'))
    .filter((el) => el.getAttribute('aria-disabled') !== 'true')
    .map((element) => {
      const label = ownText(element);
      return { element, option: { value: element.getAttribute('data-value') ?? label, label } };
    });
}

export function visibleListboxes(trigger: HTMLElement): HTMLElement[] {
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
    const popup = id ? byIdOutward(trigger, id) : null;
    if (isElement(popup) && isVisible(popup)) return popup;
  }
  return visibleListboxes(trigger).filter((listbox) => !openBefore.has(listbox)).at(-1) ?? null;
}

/**
 * Waits for the popup a trigger opened (see popupFor) and returns its option that means the
 * choice; null when none does, or when no popup came.
 */
export async function choosePopupOption(
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
  const best = await ctx.chooseOption(candidates.map((c) => c.option), choice);
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
