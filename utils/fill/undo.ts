import type { AddedEntry, AnyAdapter } from '../ats/adapter';
import type { DatePart, FieldDescription, FieldOption, FieldOutcome, FillAction } from '../core/types';
import { choiceValue, isPlaceholderOption, uploadBoxOf, type Collected, type FieldHandle } from '../dom/collect';
import { isInput, isSelect } from '../dom/elements';
import { activationHazard, blur, nextTask, pointerClick, typeInto, waitFor } from '../dom/events';
import { performAction, type FillContext } from '../dom/fill';
import { clearMarks } from '../dom/highlight';
import { cleanText } from '../dom/labels';
import { guardSubmits } from '../dom/submitGuard';
import { isVisible } from '../dom/visibility';
import { readFields } from './read';

/**
 * Undoing a fill: what each field held before Applyfill's first action on it, and putting that
 * back through the same user-like actions the fill used (typing, choosing an option, ticking,
 * a widget's own clear or remove control), so that the page's framework takes the change as the
 * user's. A field the user changed after the fill is left as they made it.
 */

/** What a field holds, in the shape in which it is put back. */
export type Held =
  | { kind: 'text'; value: string }
  /** A native select: the values of its selected options (a placeholder's too). */
  | { kind: 'select'; values: string[] }
  /** Radios or checkboxes: each member's state, in document order. */
  | { kind: 'checked'; values: boolean[] }
  | { kind: 'parts'; values: Partial<Record<DatePart, string>> }
  /**
   * A widget, as it shows its value (react-select, a Workday dropdown or prompt, an upload's
   * files): the collector's reading, one text per chosen item. `multiple` widgets take and drop
   * items one by one.
   */
  | { kind: 'shown'; values: string[]; multiple: boolean };

/** How a field is put back, by what it is; a date split across widgets is put back part by part. */
type Control = FieldDescription['control'];

interface Entry {
  handle: FieldHandle;
  control: Control;
  /** What the fill's action answered: a checkbox is put back as the same question. */
  kind: FillAction['kind'];
  label: string;
  before: Held;
  /** What the fill left; unknown when the field could not be read once it was over. */
  after: Held | undefined;
}

export type UndoDecision = 'unchanged' | 'restore' | 'kept' | 'unknown' | 'gone';

/**
 * What undo does with one field: nothing when it holds what it held before; leave it when the
 * user changed it since the fill (or when that cannot be told); put it back otherwise.
 */
export function decide(before: Held, after: Held | undefined, now: Held | undefined): UndoDecision {
  if (!now) return 'gone';
  if (sameHeld(now, before)) return 'unchanged';
  if (!after) return 'unknown';
  return sameHeld(now, after) ? 'restore' : 'kept';
}

export function sameHeld(a: Held, b: Held): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface UndoReport {
  /** Fields put back as they were, those of the entries taken away included. */
  restored: number;
  /** Fields the user changed after the fill, left as they are. */
  kept: string[];
  /** Fields that could not be put back, by their labels. */
  notUndone: string[];
  /** Entries the fill added that undo took away. */
  removedEntries: number;
  /** Entries the fill added and the user typed in since, left as they are. */
  keptEntries: string[];
  /** Entries the fill added that stay on the form, emptied. */
  emptiedEntries: string[];
  /** Whether the page has a control that takes an entry away: the emptied ones are then those it failed on. */
  entriesRemovable: boolean;
}

export type EntryDecision = 'remove' | 'keep' | 'empty';

/**
 * What undo does with an entry the fill added: the user's since they typed in it, so left whole;
 * else taken away where the page offers a way, else emptied field by field.
 */
export function decideEntry(changedByUser: boolean, removable: boolean): EntryDecision {
  if (changedByUser) return 'keep';
  return removable ? 'remove' : 'empty';
}

/** How many of the fields undo could not put back the summary names; the rest it counts. */
const NAMED_FAILURES = 3;

const entries = (count: number) => `${count} entr${count === 1 ? 'y' : 'ies'}`;

export function summarizeUndo(report: UndoReport): string {
  const parts = [`Undid ${report.restored} field${report.restored === 1 ? '' : 's'}`];
  if (report.removedEntries) parts.push(`removed ${entries(report.removedEntries)} it added`);
  if (report.kept.length) parts.push(`kept ${report.kept.length} you changed`);
  if (report.keptEntries.length) parts.push(`kept ${entries(report.keptEntries.length)} it added that you typed in`);
  const emptied = report.emptiedEntries.length;
  if (emptied) {
    const stay = `${entries(emptied)} the fill added ${emptied === 1 ? 'stays' : 'stay'}, empty`;
    parts.push(report.entriesRemovable ? `${stay}: the form did not remove ${emptied === 1 ? 'it' : 'them'}` : `${stay}: the form has no way to remove ${emptied === 1 ? 'it' : 'them'}`);
  }
  const { notUndone } = report;
  if (notUndone.length) {
    const more = notUndone.length - NAMED_FAILURES;
    parts.push(`could not undo: ${notUndone.slice(0, NAMED_FAILURES).join(', ')}${more > 0 ? ` and ${more} more` : ''}`);
  }
  return parts.join(' · ');
}

/** A field's name as the user reads it, without the asterisk that marks it required. */
const labelOf = (field: FieldDescription) => cleanText(field.labels[0] ?? field.placeholder ?? field.name ?? field.htmlId ?? field.ref).replace(/\s*\*$/, '');

/** The control a field is put back through: a date whose parts live in separate widgets is each part's own. */
function controlOf(handle: FieldHandle, field: FieldDescription): Control {
  return field.control === 'date-split' && !handle.parts ? handle.control : field.control;
}

/** What the field holds now. `shown` is the collector's reading of it, which widgets need. */
function readHeld(handle: FieldHandle, control: Control, shown: FieldDescription['currentValue'] | undefined): Held | undefined {
  const { element } = handle;
  if (handle.parts) {
    const values: Partial<Record<DatePart, string>> = {};
    for (const [part, input] of Object.entries(handle.parts)) values[part as DatePart] = input.value;
    return { kind: 'parts', values };
  }
  if (handle.members?.length) return { kind: 'checked', values: handle.members.map((member) => member.checked) };
  switch (control) {
    case 'text':
    case 'textarea':
      return { kind: 'text', value: (element as HTMLInputElement).value };
    case 'select':
      return { kind: 'select', values: isSelect(element) ? Array.from(element.selectedOptions, (option) => option.value) : [(element as HTMLInputElement).value] };
    default:
      if (shown === undefined) return undefined;
      return { kind: 'shown', values: [shown].flat().map(cleanText).filter(Boolean), multiple: Array.isArray(shown) };
  }
}

/**
 * What each field holds now, or undefined for one that is no longer there for the user (removed,
 * hidden, disabled). Widgets are read as a fill reads them, from `form` as collected now (the
 * whole form, or the box around one field).
 */
function readNow(entries: readonly Entry[], { fields, handles }: Collected): Map<Entry, Held | undefined> {
  const shown = new Map(fields.map((field) => [handles.get(field.ref)!.element, field.currentValue]));
  return new Map(
    entries.map((entry) => {
      const { element } = entry.handle;
      if (!element.isConnected) return [entry, undefined];
      // An upload may leave the collector's sight once it holds a file (Greenhouse's classic
      // board hides "Attach" in favour of the file's name): its files are read where it shows them.
      const value = shown.has(element) ? shown.get(element) : entry.control === 'file' ? filesShown(element) : undefined;
      return [entry, value === undefined ? undefined : readHeld(entry.handle, entry.control, value)];
    }),
  );
}

/** What the fields of an entry hold, as one comparable text. */
function entryState(box: Element, adapter: AnyAdapter): string {
  return JSON.stringify(readFields({ adapter, root: box }).fields.map((field) => [field.control, field.htmlId ?? field.name ?? '', field.currentValue ?? null]));
}

/** What one field holds now, read in the box around it rather than the whole form. */
function readOne(entry: Entry, adapter: AnyAdapter): Held | undefined {
  const { element } = entry.handle;
  if (!element.isConnected) return undefined;
  const root = uploadBoxOf(element).parentElement;
  return readNow([entry], readFields({ adapter, ...(root ? { root } : {}) })).get(entry);
}

/**
 * One fill's record of the fields it acted on, kept in the page for as long as the user may undo
 * it. Fills of the same page step add to it: a field keeps what it held before the first of them.
 */
export class FillJournal {
  private readonly entries: Entry[] = [];
  private readonly byElement = new WeakMap<Element, Entry>();
  /** The entries the fill under way acted on: only theirs are read again when it is over. */
  private readonly touched = new Set<Entry>();
  /** Entries of repeated sections the fills added, with what their fields held once the fill that added them was over. */
  private readonly added: { entry: AddedEntry; settled: string | undefined }[] = [];

  /** `step` names the wizard step the fill was on (null outside wizards): undo is offered on that step only. */
  constructor(
    readonly adapter: AnyAdapter,
    readonly step: string | null,
  ) {}

  /** Passed to autofill() as `beforeAction`: keeps what the field holds before Applyfill's first action on it. */
  readonly record = (handle: FieldHandle, field: FieldDescription, action: FillAction): void => {
    const known = this.byElement.get(handle.element);
    if (known) {
      this.touched.add(known);
      return;
    }
    const control = controlOf(handle, field);
    const before = readHeld(handle, control, field.currentValue);
    if (!before) return;
    const entry: Entry = { handle, control, kind: action.kind, label: labelOf(field), before, after: undefined };
    this.byElement.set(handle.element, entry);
    this.entries.push(entry);
    this.touched.add(entry);
  };

  /**
   * Once a fill is over: what it left in the fields it acted on, to tell the user's later changes
   * from it. Fields an earlier fill left keep what that fill left: what the user did to them since is theirs.
   */
  settle(form: Collected = readFields({ adapter: this.adapter })): void {
    for (const [entry, held] of readNow([...this.touched], form)) entry.after = held;
    this.touched.clear();
    // Only the fill that added an entry is the fill's: what changes in it later is the user's.
    for (const added of this.added) added.settled ??= added.entry.box.isConnected ? entryState(added.entry.box, this.adapter) : undefined;
  }

  /** Passed to autofill() as `onEntriesAdded`. */
  readonly recordAdded = (entries: AddedEntry[]): void => {
    for (const entry of entries) this.added.push({ entry, settled: undefined });
  };

  /** Whether the fills changed anything that undo would put back. */
  get changed(): boolean {
    return this.added.length > 0 || this.entries.some((entry) => !entry.after || !sameHeld(entry.before, entry.after));
  }

  /**
   * Puts back every field the fills changed and the user did not, the last filled first (an
   * answer that revealed a question is taken back after that question). Entries the fills added
   * go first: taken away whole where the page can, left whole where the user typed in them since,
   * else emptied with the other fields. Nothing is submitted:
   * a control that would submit is never pressed, and a submit set off anyway is stopped.
   */
  async undo(widgetTimeoutMs = 2000): Promise<UndoReport> {
    const report: UndoReport = { restored: 0, kept: [], notUndone: [], removedEntries: 0, keptEntries: [], emptiedEntries: [], entriesRemovable: !!this.adapter.removeEntry };
    const now = readNow(this.entries, readFields({ adapter: this.adapter }));
    let plan = this.entries.map((entry) => ({ entry, decision: decide(entry.before, entry.after, now.get(entry)) }));
    const doc = this.entries[0]?.handle.element.ownerDocument ?? this.added[0]?.entry.box.ownerDocument ?? document;
    const submits = guardSubmits(doc);
    clearMarks();
    try {
      // The entries the fill added go first, the last added first: with them go their fields.
      for (const { entry: added, settled } of [...this.added].reverse()) {
        const { box } = added;
        if (!box.isConnected) continue;
        const inside = plan.filter(({ entry }) => box.contains(entry.handle.element));
        const decision = decideEntry(settled === undefined || entryState(box, this.adapter) !== settled, !!this.adapter.removeEntry);
        if (decision === 'empty') {
          report.emptiedEntries.push(added.label);
          continue;
        }
        if (decision === 'remove') {
          const removed = (await this.adapter.removeEntry!(added, { widgetTimeoutMs }).catch(() => false)) && !box.isConnected;
          if (submits.take() || !removed) {
            report.emptiedEntries.push(added.label);
            continue;
          }
          report.removedEntries++;
          report.restored += inside.filter(({ decision: field }) => field !== 'unchanged').length;
        } else report.keptEntries.push(added.label);
        plan = plan.filter((step) => !inside.includes(step));
      }
      for (const { entry, decision } of plan.reverse()) {
        if (decision === 'unchanged') continue;
        if (decision === 'kept') {
          report.kept.push(entry.label);
          continue;
        }
        const restored = decision === 'restore' && (await this.restore(entry, widgetTimeoutMs));
        if (submits.take() || !restored) report.notUndone.push(entry.label);
        else report.restored++;
      }
    } finally {
      submits.release();
    }
    this.entries.length = 0;
    this.added.length = 0;
    return report;
  }

  /** Puts one field back and waits for the page to show it back; false when it does not. */
  private async restore(entry: Entry, widgetTimeoutMs: number): Promise<boolean> {
    // Read again: a field put back before this one may have changed it (a country resets its address).
    const now = readOne(entry, this.adapter);
    if (!now) return false;
    if (sameHeld(now, entry.before)) return true;
    try {
      await putBack(entry, now, { adapter: this.adapter, widgetTimeoutMs });
    } catch {
      return false;
    }
    await nextTask();
    const back = () => {
      const held = readOne(entry, this.adapter);
      return !!held && sameHeld(held, entry.before);
    };
    return !!(await waitFor(back, widgetTimeoutMs, entry.handle.element.ownerDocument));
  }
}

interface PutBackContext {
  adapter: AnyAdapter;
  widgetTimeoutMs: number;
}

async function putBack(entry: Entry, now: Held, ctx: PutBackContext): Promise<void> {
  const { handle, before } = entry;
  switch (before.kind) {
    case 'text': {
      const input = handle.element as HTMLInputElement;
      typeInto(input, before.value);
      blur(input);
      return;
    }
    case 'parts':
      for (const [part, value] of Object.entries(before.values)) {
        const input = handle.parts?.[part as DatePart];
        if (!input || input.value === value) continue;
        typeInto(input, value);
        blur(input);
      }
      return;
    case 'checked':
      return putBackChoices(handle, entry.kind, before.values, ctx);
    case 'select':
      return putBackSelect(handle, before.values, ctx);
    case 'shown':
      if (now.kind !== 'shown') throw new Error('the field changed shape');
      if (entry.control === 'file') return removeFiles(handle.element, now.values.filter((name) => !before.values.includes(name)), before.values, ctx);
      return putBackWidget(handle, entry.control, before, now, ctx);
  }
}

/** The fill's own context, choosing exactly `choose`'s pick: undo puts back a known option, it does not match meanings. */
function fillContext(ctx: PutBackContext, choose: (options: FieldOption[]) => FieldOption | undefined): FillContext {
  return { documents: [], chooseOption: async (options) => choose(options), widgetTimeoutMs: ctx.widgetTimeoutMs };
}

/** Performs an action as the fill would: through the site's adapter first, then the generic filler. */
async function perform(handle: FieldHandle, action: FillAction, ctx: PutBackContext, choose: (options: FieldOption[]) => FieldOption | undefined = () => undefined): Promise<FieldOutcome> {
  const fill = fillContext(ctx, choose);
  return (await ctx.adapter.perform?.(handle, action, fill)) ?? performAction(handle, action, fill);
}

const sameText = (a: string, b: string) => cleanText(a).toLowerCase() === cleanText(b).toLowerCase();

async function putBackChoices(handle: FieldHandle, kind: FillAction['kind'], wanted: boolean[], ctx: PutBackContext): Promise<void> {
  const members = handle.members ?? [];
  if (handle.control === 'checkbox') {
    // A lone checkbox is only ever answered by a toggle, whose kind is a field's.
    if (kind === 'savedAnswer') throw new Error('not a checkbox the fill toggled');
    await perform(handle, { ref: handle.ref, kind, op: 'toggle', checked: wanted[0] === true }, ctx);
    return;
  }
  // A chosen radio cannot be unchosen by a click, only replaced: with none chosen before, there is nothing to click.
  if (handle.control === 'radio-group' && !wanted.includes(true)) throw new Error('a radio choice cannot be taken back');
  const optionValues = members.filter((_, index) => wanted[index]).map(choiceValue);
  await perform(handle, { ref: handle.ref, kind: 'savedAnswer', op: 'check', optionValues }, ctx);
}

async function putBackSelect(handle: FieldHandle, values: string[], ctx: PutBackContext): Promise<void> {
  const select = handle.element;
  if (!isSelect(select)) throw new Error('not a select');
  if (select.multiple) {
    // No widget of a multiple select is known to the filler either: its options are set as the browser does on a pick.
    for (const option of Array.from(select.options)) option.selected = values.includes(option.value);
    select.dispatchEvent(new Event('input', { bubbles: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  const option = Array.from(select.options).find((candidate) => candidate.value === values[0]);
  if (!option) throw new Error('the option is gone');
  await perform(handle, { ref: handle.ref, kind: 'savedAnswer', op: 'select', optionValue: option.value, optionLabel: cleanText(option.text) }, ctx);
}

/** Opens the widget and picks `label` as the fill picks an answer; an empty label picks the widget's placeholder ("Select One"). */
async function choose(handle: FieldHandle, label: string, ctx: PutBackContext): Promise<void> {
  const pick = label
    ? (options: FieldOption[]) => options.find((option) => sameText(option.label, label))
    : (options: FieldOption[]) => options.find((option) => isPlaceholderOption(option.label, option.value));
  const action: FillAction = { ref: handle.ref, kind: 'savedAnswer', op: 'choose', search: label, accept: label ? [label] : [] };
  const outcome = await perform(handle, action, ctx, pick);
  if (outcome.status !== 'filled') throw new Error(`the list did not take "${label}"`);
}

/**
 * A widget holding chosen items: the items the fill added are removed with their own remove
 * controls, a single choice is cleared with the widget's clear control (a dropdown without one
 * is set back to its placeholder), and items it held before are chosen again.
 */
async function putBackWidget(handle: FieldHandle, control: Control, before: Extract<Held, { kind: 'shown' }>, now: Extract<Held, { kind: 'shown' }>, ctx: PutBackContext): Promise<void> {
  const box = uploadBoxOf(handle.element);
  if (!before.multiple) {
    if (before.values[0]) return choose(handle, before.values[0], ctx);
    if (control === 'listbox-button') return choose(handle, '', ctx);
    const clear = clearControlIn(box);
    if (clear) {
      pointerClick(clear);
      return;
    }
    // An autocomplete that shows its choice in its own box is cleared as a person clears a text box.
    const input = handle.element;
    if (!isInput(input) || !now.values.length || cleanText(input.value) !== now.values[0]) throw new Error('the list offers no way to clear it');
    typeInto(input, '');
    blur(input);
    return;
  }
  for (const label of now.values.filter((item) => !before.values.includes(item))) {
    const remove = removeControlFor(box, label);
    if (!remove) throw new Error(`no way to remove "${label}"`);
    pointerClick(remove);
    await waitFor(() => !removeControlFor(box, label), ctx.widgetTimeoutMs, handle.element.ownerDocument);
  }
  for (const label of before.values.filter((item) => !now.values.includes(item))) await choose(handle, label, ctx);
}

/**
 * A widget's control that clears its choice: react-select's clear indicator (Greenhouse names it
 * "Clear selections"), select2's close mark. Never one that would submit the form.
 */
const CLEAR_CONTROL =
  '[aria-label="Clear selections" i], [aria-label="Clear" i], [aria-label="Clear value" i], [class*="clear-indicator"], [class*="clearIndicator"], .select2-search-choice-close, .select2-selection__clear';

function clearControlIn(box: Element | ShadowRoot): HTMLElement | null {
  return Array.from(box.querySelectorAll<HTMLElement>(CLEAR_CONTROL)).find((el) => isVisible(el) && !activationHazard(el)) ?? null;
}

/** Controls that remove one chosen item: react-select's chip remover, Workday's pill charm, anything labelled "Remove …". */
const REMOVE_CONTROL =
  '[class*="multi-value__remove"], [class*="multiValueRemove"], [data-automation-id="DELETE_charm"], [aria-label^="remove" i], [aria-label^="delete" i]';

/** The control that removes the item reading `label`: labelled with it, or in the smallest box that reads it, with no other item's words. */
function removeControlFor(box: Element | ShadowRoot, label: string): HTMLElement | null {
  return (
    Array.from(box.querySelectorAll<HTMLElement>(REMOVE_CONTROL)).find((control) => {
      if (activationHazard(control)) return false;
      const named = cleanText(control.getAttribute('aria-label'));
      // The label as whole words: "Go" names "Remove Go", not "Remove Google".
      if (named && new RegExp(`(^|\\W)${escapeRegExp(label)}($|\\W)`, 'i').test(named)) return true;
      let item: Element | null = control.parentElement;
      for (let depth = 0; item && item !== box && depth < 3; depth++, item = item.parentElement) {
        const text = cleanText((item.textContent ?? '').replace(control.textContent ?? '', ''));
        if (text) return sameText(text, label);
      }
      return false;
    }) ?? null
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Names a control that takes a file away: "Remove file", "Delete Resume.pdf", "Remove attachment", a lone "×". */
const REMOVES_FILE = /\b(remove|delete|clear)\b|^[×✕x]$/i;

/**
 * Takes attached files away as a person does: the upload's own remove button, never one that
 * would submit; else, for a file input still holding them, an emptied file list, as the
 * browser's own "no file chosen". A file the user had attached before the fill is never put
 * back by a script: that is reported instead.
 */
async function removeFiles(element: HTMLElement, names: string[], before: string[], ctx: PutBackContext): Promise<void> {
  if (before.some((name) => !holdsFile(element, name))) throw new Error('a file attached before cannot be put back');
  const box = uploadBoxOf(element);
  for (const name of names) {
    const remove = fileRemover(box, name);
    if (remove) {
      pointerClick(remove);
      await waitFor(() => !holdsFile(element, name), ctx.widgetTimeoutMs, element.ownerDocument);
      continue;
    }
    if (!isInput(element) || element.type !== 'file' || !Array.from(element.files ?? []).some((file) => file.name === name)) {
      throw new Error('the upload offers no way to remove the file');
    }
    element.files = new DataTransfer().files;
    element.dispatchEvent(new Event('input', { bubbles: true }));
    element.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

/** A file's name as an upload shows it once it holds one (as the collector reads it). */
const FILE_NAME = /[^\s/\\]+\.(pdf|docx?|txt|rtf|odt)\b/gi;

/** The files an upload holds: its input's, else the names its box shows. */
function filesShown(element: HTMLElement): string[] {
  const kept = isInput(element) ? Array.from(element.files ?? [], (file) => file.name) : [];
  return kept.length ? kept : [...new Set(uploadBoxOf(element).textContent?.match(FILE_NAME) ?? [])];
}

/** Whether an upload holds the file: its input keeps it, or its box shows its name. */
function holdsFile(element: HTMLElement, name: string): boolean {
  if (isInput(element) && Array.from(element.files ?? []).some((file) => file.name === name)) return true;
  return cleanText(uploadBoxOf(element).textContent).includes(name);
}

function fileRemover(box: Element | ShadowRoot, name: string): HTMLElement | null {
  const candidates = Array.from(box.querySelectorAll<HTMLElement>('button, [role="button"], a[href]')).filter((el) => {
    const named = cleanText(el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.textContent);
    return REMOVES_FILE.test(named) && isVisible(el) && !activationHazard(el);
  });
  // Beside several files, the one for this file: named after it, or in the item that reads its name.
  return candidates.find((el) => cleanText(el.getAttribute('aria-label')).includes(name)) ??
    candidates.find((el) => cleanText(el.parentElement?.parentElement?.textContent).includes(name)) ??
    (candidates.length === 1 ? candidates[0]! : null);
}
