import type { Profile } from '../../profile/schema';
import { pointerClick, waitFor } from '../../dom/events';
import { cleanText } from '../../dom/labels';
import { isFillable } from '../../dom/visibility';
import { CLASSIC_EDUCATION_ROW } from './fields';

/**
 * One entry per school and per job the profile lists. Boards show one entry of each section and a
 * button that adds the next ("+ Add another" on new boards, #add_education on classic ones).
 * Entries already there stay, filled or not: the user may have added them.
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
  /** How many entries the page shows. */
  entries(root: Document | Element): number;
  /** The control that adds one more. */
  addButton(root: Document | Element): HTMLElement | null | undefined;
}

const ADD_ANOTHER = /^\+?\s*add another\b/i;
const ADD_ROW_TIMEOUT_MS = 2_000;

/** How many entries a new board shows, by the entry numbers in their ids. */
const numberedEntries = (pattern: RegExp) => (root: Document | Element) =>
  new Set(Array.from(root.querySelectorAll('[id]'), (el) => pattern.exec(el.id)?.[1]).filter(Boolean)).size;

/** The "Add another" button of the section holding a new board's first entry: the nearest one above it. */
function addAnotherAbove(first: Element | null): HTMLElement | undefined {
  for (let node = first?.parentElement; node; node = node.parentElement) {
    const button = Array.from(node.querySelectorAll<HTMLElement>('button')).find((candidate) => ADD_ANOTHER.test(cleanText(candidate.textContent)));
    if (button) return button;
  }
  return undefined;
}

const NEW_BOARD_SCHOOLS: RepeatedSection = {
  entries: numberedEntries(/^(?:school|degree|discipline|start-month|start-year|end-month|end-year)--(\d+)$/),
  addButton: (root) => addAnotherAbove(root.querySelector('#school--0')),
};

const NEW_BOARD_JOBS: RepeatedSection = {
  entries: numberedEntries(/^(?:company-name|title|start-date-month|start-date-year|end-date-month|end-date-year)-(\d+)$/),
  addButton: (root) => addAnotherAbove(root.querySelector('#company-name-0')),
};

const CLASSIC_SCHOOLS: RepeatedSection = {
  entries: (root) => root.querySelectorAll(CLASSIC_EDUCATION_ROW).length,
  addButton: (root) => root.querySelector<HTMLElement>('#add_education'),
};

async function grow(root: Document | Element, section: RepeatedSection, wanted: number): Promise<void> {
  let entries = section.entries(root);
  // A board without the section has no entry to start from: nothing is added.
  while (entries > 0 && entries < wanted) {
    const add = section.addButton(root);
    if (!add || !isFillable(add) || !pointerClick(add)) return;
    const before = entries;
    if (!(await waitFor(() => section.entries(root) > before, ADD_ROW_TIMEOUT_MS, root))) return;
    entries = section.entries(root);
  }
}

export async function addEntries(root: Document | Element, counts: EntryCounts): Promise<void> {
  await grow(root, NEW_BOARD_SCHOOLS, counts.schools);
  await grow(root, NEW_BOARD_JOBS, counts.jobs);
  await grow(root, CLASSIC_SCHOOLS, counts.schools);
}
