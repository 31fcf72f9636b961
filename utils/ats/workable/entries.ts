import type { FieldKind } from '../../core/fieldKinds';
import { normalizeText } from '../../core/normalize';
import type { FieldOutcome, FillAction } from '../../core/types';
import { activationHazard, nextTask, pointerClick, pressKey, waitFor, whileInView } from '../../dom/events';
import type { FillContext } from '../../dom/fill';
import { cleanText } from '../../dom/labels';
import { isVisible } from '../../dom/visibility';
import type { PassDone } from '../adapter';
import type { Profile } from '../../profile/schema';

/**
 * Workable's Experience and Education (tests/pages/workable/SOURCES.md, "Entry editors"): a
 * section `[data-ui="experience"]` or `[data-ui="education"]` adds an entry through "+ Add", which
 * opens one editor `[data-ui="editor"]` at the top of its list and stays disabled while it is
 * open; the editor's own "Update" (`button[data-ui="save-section"]`, a type=button) turns it into
 * a card `[data-ui="group"]`, which lists its values in `dd[data-ui=<field>]`. The list shows the
 * newest entry first.
 */
export type EntrySection = 'experience' | 'education';
const SECTIONS: readonly EntrySection[] = ['experience', 'education'];
const EDITOR = '[data-ui="editor"]';
const ADD = 'button[data-ui="add-section"]';
const SAVE = 'button[data-ui="save-section"]';
const CARD = ':scope > ul > li [data-ui="group"]';
/** The editor drawing itself after "+ Add" takes a few hundred milliseconds on the live site. */
const EDITOR_WAIT_MS = 3000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Enough Previous/Next Year presses for any date a profile holds (years 1900 to 2100). */
const MAX_YEAR_STEPS = 200;

/** What an editor's control asks for, by the section and the control's name. */
const EDITOR_KINDS: Readonly<Record<string, FieldKind | null>> = {
  'experience.title': 'workTitle',
  'experience.company': 'workCompany',
  // The profile keeps no industry.
  'experience.industry': null,
  'experience.summary': 'workDescription',
  'experience.start_date': 'workStart',
  'experience.end_date': 'workEnd',
  'experience.current': 'workCurrent',
  'education.school': 'school',
  'education.field_of_study': 'discipline',
  'education.degree': 'degree',
  'education.start_date': 'educationStart',
  'education.end_date': 'educationEnd',
};

/** The kind an editor's control asks for; null for one the profile cannot answer. */
export function editorKind(ui: string): FieldKind | null {
  return EDITOR_KINDS[ui] ?? null;
}

/** The values a saved card shows, by field name. */
type Card = Record<string, string>;

/** What the page holds before a fill, per section it shows: the saved cards and whether an editor is open. */
export type EntryPage = Partial<Record<EntrySection, { saved: Card[]; editorOpen: boolean }>>;

/** Per section, the profile entries to add, in the order they are added. */
export type EntrySetup = Partial<Record<EntrySection, number[]>>;

/** The page side's context for one fill: the entries still to add, and the editors Applyfill opened. */
export interface EntryFill {
  queue: EntrySetup;
  opened: Map<Element, { section: EntrySection; index: number }>;
}

function sectionBox(root: Document | Element, section: EntrySection): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-ui="${section}"]`);
}

export function readEntries(root: Document | Element): EntryPage {
  const page: EntryPage = {};
  for (const section of SECTIONS) {
    const box = sectionBox(root, section);
    if (!box?.querySelector(ADD)) continue;
    const saved = Array.from(box.querySelectorAll(CARD), (card) =>
      Object.fromEntries(Array.from(card.querySelectorAll('dd[data-ui]'), (dd) => [dd.getAttribute('data-ui')!, cleanText(dd.textContent)])),
    );
    page[section] = { saved, editorOpen: !!box.querySelector(EDITOR) };
  }
  return page;
}

/** A profile entry as the card of its section would show it: the fields that name it. */
const IDENTITY: Readonly<Record<EntrySection, (profile: Profile, index: number) => Card>> = {
  experience: (profile, index) => ({ title: profile.work[index]!.title, company: profile.work[index]!.company }),
  education: (profile, index) => ({ school: profile.education[index]!.school, degree: profile.education[index]!.degree }),
};
/** The field Workable requires before it saves an entry. */
const REQUIRED: Readonly<Record<EntrySection, string>> = { experience: 'title', education: 'school' };

const same = (a: string | undefined, b: string | undefined) => normalizeText(a ?? '') === normalizeText(b ?? '');

/**
 * Pure: which profile entries each section gets. A section with an editor open is the user's
 * until they save or cancel it; an entry a saved card already shows is not added twice. Entries
 * are added last first, so that the list, newest first, reads in the profile's order; one the
 * profile cannot complete (no title, no school) goes last, as its editor stays open for the user
 * and no other can open after it.
 */
export function planEntries(profile: Profile, page: EntryPage | undefined): EntrySetup {
  const setup: EntrySetup = {};
  for (const section of SECTIONS) {
    const shown = page?.[section];
    if (!shown || shown.editorOpen) continue;
    const count = section === 'experience' ? profile.work.length : profile.education.length;
    const wanted = Array.from({ length: count }, (_, index) => index).filter((index) => {
      const identity = IDENTITY[section](profile, index);
      if (Object.values(identity).every((value) => normalizeText(value) === '')) return false;
      return !shown.saved.some((card) => Object.entries(identity).every(([name, value]) => same(card[name], value)));
    });
    const complete = (index: number) => normalizeText(IDENTITY[section](profile, index)[REQUIRED[section]] ?? '') !== '';
    setup[section] = [...wanted.filter(complete).reverse(), ...wanted.filter((index) => !complete(index))];
  }
  return setup;
}

/** Opens the section's editor for the next entry in its queue; false when none opened. */
async function openNext(box: HTMLElement, section: EntrySection, fill: EntryFill): Promise<boolean> {
  const index = fill.queue[section]?.shift();
  if (index === undefined) return false;
  const stop = () => {
    fill.queue[section] = [];
    return false;
  };
  // An editor already open is not Applyfill's to fill.
  if (box.querySelector(EDITOR)) return stop();
  const add = await waitFor(() => {
    const button = box.querySelector<HTMLButtonElement>(ADD);
    return button && !button.disabled && button.getAttribute('aria-disabled') !== 'true' && isVisible(button) ? button : null;
  }, EDITOR_WAIT_MS, box);
  if (!add || activationHazard(add)) return stop();
  pointerClick(add);
  const editor = await waitFor(() => box.querySelector(EDITOR), EDITOR_WAIT_MS, box);
  if (!editor) return stop();
  fill.opened.set(editor, { section, index });
  return true;
}

/** Opens the first editor of each section that has entries to add. */
export async function openEditors(root: Document | Element, setup: EntrySetup | undefined): Promise<EntryFill> {
  const fill: EntryFill = { queue: Object.fromEntries(Object.entries(setup ?? {}).map(([section, queue]) => [section, [...queue]])), opened: new Map() };
  for (const section of SECTIONS) {
    const box = sectionBox(root, section);
    if (box && fill.queue[section]?.length) await openNext(box, section, fill);
  }
  return fill;
}

/** The entry an editor's control belongs to, if Applyfill opened its editor: `experience.title` and its profile entry. */
export function entryOf(element: Element, fill: EntryFill | undefined): { ui: string; index?: number } | undefined {
  const editor = element.closest(EDITOR);
  const section = editor?.closest('[data-ui="experience"], [data-ui="education"]')?.getAttribute('data-ui');
  const name = element.getAttribute('name');
  if (!editor || !section || !name) return undefined;
  const opened = fill?.opened.get(editor);
  return { ui: `${section}.${name}`, ...(opened ? { index: opened.index } : {}) };
}

/** Whether every required box of the editor holds something. */
function complete(editor: Element): boolean {
  return Array.from(editor.querySelectorAll<HTMLInputElement>('input[required], textarea[required]')).every((input) => input.value.trim() !== '');
}

/**
 * Saves each editor Applyfill opened whose entry the pass completed, with the editor's own
 * button, and opens the next. An editor with a required box empty or a value the page did not
 * take stays open for the user (the engine outlines what it lacks), and its section takes no
 * more: a half entry is never saved. A save button that would submit the application is never
 * pressed.
 */
export async function saveEditors(root: Document | Element, fill: EntryFill | undefined, done: PassDone): Promise<boolean> {
  if (!fill) return false;
  let opened = false;
  for (const [editor, { section }] of [...fill.opened]) {
    fill.opened.delete(editor);
    const box = sectionBox(root, section);
    if (!box || !editor.isConnected) continue;
    const failed = done.outcomes.some(({ element, outcome }) => editor.contains(element) && outcome.status === 'failed');
    const save = editor.querySelector<HTMLButtonElement>(SAVE);
    if (failed || !complete(editor) || !save || save.disabled || activationHazard(save)) {
      fill.queue[section] = [];
      continue;
    }
    pointerClick(save);
    // The page turns the editor into a card; one it keeps open refused the entry, and shows why.
    if (!(await waitFor(() => !editor.isConnected, done.widgetTimeoutMs, box))) {
      fill.queue[section] = [];
      continue;
    }
    if (await openNext(box, section, fill)) opened = true;
  }
  return opened;
}

/** An editor's start or end date: a month picker over a "MM/YYYY" box. */
export function isEntryDate(element: Element): element is HTMLInputElement {
  return element instanceof HTMLInputElement && !!element.closest(EDITOR) && /^(start|end)_date$/.test(element.name);
}

function openPicker(input: HTMLInputElement): Element | null {
  const scopes = [input.closest(EDITOR), input.ownerDocument].filter((scope): scope is Element | Document => !!scope);
  for (const scope of scopes) {
    const found = Array.from(scope.querySelectorAll('[role="dialog"]')).find((dialog) => dialog.querySelector('[role="option"][aria-label^="Choose "]') && isVisible(dialog));
    if (found) return found;
  }
  return null;
}

/** The year the picker shows, from its months' names ("Choose May 2019"). */
function shownYear(picker: Element): number | null {
  const label = picker.querySelector('[role="option"][aria-label^="Choose "]')?.getAttribute('aria-label') ?? '';
  const year = /(\d{4})\s*$/.exec(label);
  return year ? Number(year[1]) : null;
}

/**
 * Picks a month as a person does: opens the picker with a click on the box, steps to the year
 * with Previous/Next Year, clicks the month, and checks that the box shows it. The box itself
 * takes no typing (SOURCES.md). A month the picker refuses (a future one) is left to the user.
 */
export async function pickMonth(input: HTMLInputElement, action: Extract<FillAction, { op: 'text' }>, ctx: FillContext): Promise<FieldOutcome> {
  const wanted = /^(\d{2})\/(\d{4})$/.exec(action.value);
  const month = wanted ? Number(wanted[1]) - 1 : -1;
  if (!wanted || !MONTHS[month]) return { status: 'failed', error: 'not a month and year' };
  const year = Number(wanted[2]);
  const doc = input.ownerDocument;
  return whileInView(input, async () => {
    const fail = async (error: string): Promise<FieldOutcome> => {
      if (openPicker(input)) pressKey(input, 'Escape');
      await nextTask();
      return { status: 'failed', error };
    };
    if (!openPicker(input)) pointerClick(input);
    let picker = await waitFor(() => openPicker(input), ctx.widgetTimeoutMs, doc);
    for (let step = 0; picker && step < MAX_YEAR_STEPS; step++) {
      const shown = shownYear(picker);
      if (shown === null || shown === year) break;
      const stepper = picker.querySelector<HTMLElement>(`button[aria-label="${shown > year ? 'Previous Year' : 'Next Year'}"]`);
      if (!stepper || activationHazard(stepper)) return fail('the month picker cannot reach the year');
      pointerClick(stepper);
      picker = await waitFor(() => {
        const now = openPicker(input);
        return now && shownYear(now) !== shown ? now : null;
      }, ctx.widgetTimeoutMs, doc);
    }
    if (!picker || shownYear(picker) !== year) return fail('the month picker did not open at the year');
    const tile = picker.querySelector<HTMLElement>(`[role="option"][aria-label="Choose ${MONTHS[month]} ${year}"]`);
    if (!tile || tile.getAttribute('aria-disabled') === 'true') return fail('the month picker does not offer the month');
    pointerClick(tile);
    const took = await waitFor(() => input.value === action.value, ctx.widgetTimeoutMs, doc);
    return took ? { status: 'filled', value: action.value } : fail('the month picker did not take the month');
  });
}
