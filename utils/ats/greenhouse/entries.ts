import type { Profile } from '../../profile/schema';
import { pointerClick, waitFor } from '../../dom/events';
import { cleanText } from '../../dom/labels';
import { isFillable } from '../../dom/visibility';
import type { AddedEntry } from '../adapter';
import { CLASSIC_EDUCATION_ROW } from './fields';

/**
 * One entry per school and per job the profile lists. Boards show one entry of each section and a
 * button that adds the next ("+ Add another" on new boards, #add_education on classic ones).
 * Entries already there stay, filled or not: the user may have added them. Undo takes away the
 * entries the fill added with the control each entry but the first carries.
 */

/** What the page must know of the profile before a fill: only how many entries to have. */
export interface EntryCounts {
  schools: number;
  jobs: number;
}

export function entryCounts(profile: Profile): EntryCounts {
  return { schools: profile.education.length, jobs: profile.work.length };
}

interface RepeatedSection {
  /** What the user calls an entry: "Education 2". */
  name: string;
  /** How many entries the page shows. */
  entries(root: Document | Element): number;
  /** The control that adds one more. */
  addButton(root: Document | Element): HTMLElement | null | undefined;
  /** The element holding the entry at `index` (zero-based) and no other. */
  box(root: Document | Element, index: number): Element | null | undefined;
}

const ADD_ANOTHER = /^\+?\s*add another\b/i;
const ADD_ROW_TIMEOUT_MS = 2_000;

/**
 * How many entries a new board shows, by the entry numbers in its fields' ids ("school--1",
 * "company-name-1"). Only ids that start like one are read: a fill counts before it writes anything.
 */
function numberedEntries(fields: readonly string[], separator: string): (root: Document | Element) => number {
  const selector = fields.map((field) => `[id^="${field}${separator}"]`).join(', ');
  const pattern = new RegExp(`^(?:${fields.join('|')})${separator}(\\d+)$`);
  return (root) => new Set(Array.from(root.querySelectorAll(selector), (el) => pattern.exec(el.id)?.[1]).filter(Boolean)).size;
}

/** The "Add another" button of the section holding a new board's first entry: the nearest one above it. */
function addAnotherAbove(first: Element | null): HTMLElement | undefined {
  for (let node = first?.parentElement; node; node = node.parentElement) {
    const button = Array.from(node.querySelectorAll<HTMLElement>('button')).find((candidate) => ADD_ANOTHER.test(cleanText(candidate.textContent)));
    if (button) return button;
  }
  return undefined;
}

/** A new board's entry: the largest block around its first field that holds no field of the first entry. */
function boxAround(field: Element | null, first: Element | null): Element | null {
  if (!field || !first || field === first) return null;
  let box = field;
  while (box.parentElement && !box.parentElement.contains(first)) box = box.parentElement;
  return box;
}

const NEW_BOARD_SCHOOLS: RepeatedSection = {
  name: 'Education',
  entries: numberedEntries(['school', 'degree', 'discipline', 'start-month', 'start-year', 'end-month', 'end-year'], '--'),
  addButton: (root) => addAnotherAbove(root.querySelector('#school--0')),
  box: (root, index) => boxAround(root.querySelector(`#school--${index}`), root.querySelector('#school--0')),
};

const NEW_BOARD_JOBS: RepeatedSection = {
  name: 'Employment',
  entries: numberedEntries(['company-name', 'title', 'start-date-month', 'start-date-year', 'end-date-month', 'end-date-year'], '-'),
  addButton: (root) => addAnotherAbove(root.querySelector('#company-name-0')),
  box: (root, index) => boxAround(root.querySelector(`#company-name-${index}`), root.querySelector('#company-name-0')),
};

const CLASSIC_SCHOOLS: RepeatedSection = {
  name: 'Education',
  entries: (root) => root.querySelectorAll(CLASSIC_EDUCATION_ROW).length,
  addButton: (root) => root.querySelector<HTMLElement>('#add_education'),
  box: (root, index) => root.querySelectorAll(CLASSIC_EDUCATION_ROW)[index],
};

async function grow(root: Document | Element, section: RepeatedSection, wanted: number, added: AddedEntry[]): Promise<void> {
  let entries = section.entries(root);
  // A board without the section has no entry to start from: nothing is added.
  while (entries > 0 && entries < wanted) {
    const add = section.addButton(root);
    if (!add || !isFillable(add) || !pointerClick(add)) return;
    const before = entries;
    if (!(await waitFor(() => section.entries(root) > before, ADD_ROW_TIMEOUT_MS, root))) return;
    entries = section.entries(root);
    const box = section.box(root, entries - 1);
    if (box) added.push({ box, label: `${section.name} ${entries}` });
  }
}

/** Adds the entries the profile needs; returns those it added, for undo. */
export async function addEntries(root: Document | Element, counts: EntryCounts): Promise<AddedEntry[]> {
  const added: AddedEntry[] = [];
  await grow(root, NEW_BOARD_SCHOOLS, counts.schools, added);
  await grow(root, NEW_BOARD_JOBS, counts.jobs, added);
  await grow(root, CLASSIC_SCHOOLS, counts.schools, added);
  return added;
}

/**
 * The control that takes an entry away: on new boards a button named "Remove education" or
 * "Remove employment" (by its aria-label, or its text); on classic boards the row's
 * `a.remove-background-field`. Matched whole: a multi-select's "Remove <option>" inside an entry is
 * no such control.
 */
const REMOVE_ENTRY = /^remove (?:education|employment)$/i;

function removeControlOf(box: Element): HTMLElement | undefined {
  const classic = box.querySelector<HTMLElement>('a.remove-background-field');
  if (classic) return classic;
  return Array.from(box.querySelectorAll<HTMLElement>('button')).find((button) => REMOVE_ENTRY.test(cleanText(button.getAttribute('aria-label') ?? button.textContent)));
}

/** The first entry of each section, in page order: its first field (new boards) or its row (classic). */
const FIRST_ENTRY = ['[id^="school--"]', '[id^="company-name-"]', CLASSIC_EDUCATION_ROW];

/** Whether the box holds the first entry of its section, which undo never takes away. */
function holdsFirstEntry(box: Element): boolean {
  return FIRST_ENTRY.some((selector) => {
    const first = box.ownerDocument.querySelector(selector);
    return !!first && box.contains(first);
  });
}

/** Takes away an entry the fill added, as a person does, with its own remove control; true once it is gone. */
export async function removeEntry(entry: AddedEntry, ctx: { widgetTimeoutMs: number }): Promise<boolean> {
  const { box } = entry;
  if (!box.isConnected || holdsFirstEntry(box)) return false;
  const control = removeControlOf(box);
  if (!control || !isFillable(control) || !pointerClick(control)) return false;
  return !!(await waitFor(() => !box.isConnected, ctx.widgetTimeoutMs, box.ownerDocument));
}
