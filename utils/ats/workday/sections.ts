import type { FieldKind } from '../../core/fieldKinds';
import { containsPhrase, normalizeText } from '../../core/normalize';
import type { Profile } from '../../profile/schema';
import { pointerClick, waitFor } from '../../dom/events';
import { cleanText } from '../../dom/labels';
import { isFillable } from '../../dom/visibility';
import type { AddedEntry } from '../adapter';
import { repeatedSectionOf, type EntryKind } from './fields';
import { SEL } from './selectors';

/** Links a "Websites" entry can hold, in the order entries are given to them. */
const WEBSITE_LINKS = ['website', 'github'] as const satisfies readonly FieldKind[];

export function websiteKinds(profile: Profile): FieldKind[] {
  return WEBSITE_LINKS.filter((kind) => profile.links[kind] !== '');
}

/** The fields that say which job or school an entry is. */
const NAME_KINDS = ['workTitle', 'workCompany', 'school', 'discipline'] as const satisfies readonly FieldKind[];
export type NameKind = (typeof NAME_KINDS)[number];

export function isNameKind(kind: string | undefined): kind is NameKind {
  return (NAME_KINDS as readonly (string | undefined)[]).includes(kind);
}
export type EntryNames = Partial<Record<NameKind, string>>;

/** A work or education entry already on the page, as the user left it. */
export interface PageEntry {
  /** Whether any of its fields holds a value. */
  started: boolean;
  names: EntryNames;
}

export const EMPTY_ENTRY: PageEntry = { started: false, names: {} };

const PROFILE_NAMES: Readonly<Record<EntryKind, (profile: Profile) => EntryNames[]>> = {
  work: (profile) => profile.work.map((entry) => ({ workTitle: entry.title, workCompany: entry.company })),
  education: (profile) => profile.education.map((entry) => ({ school: entry.school, discipline: entry.field })),
};

export interface Placement {
  /** For each entry on the page, by position, the profile entry it takes; undefined leaves it alone. */
  existing: (number | undefined)[];
  /** The profile entries no entry on the page takes, in order: one new entry each. */
  added: number[];
}

/**
 * How closely a started entry agrees with a profile entry: 2 per name that is the same, 1 per
 * name that holds the other ("Software Engineer" in "Senior Software Engineer"). A name both
 * give that differs rules the profile entry out: its dates would be another job's.
 */
function agreement(entry: EntryNames, candidate: EntryNames): number {
  let score = 0;
  for (const [kind, typed] of Object.entries(entry) as [NameKind, string][]) {
    const known = candidate[kind] ?? '';
    if (normalizeText(typed) === '' || normalizeText(known) === '') continue;
    if (normalizeText(typed) === normalizeText(known)) score += 2;
    else if (containsPhrase(typed, known) || containsPhrase(known, typed)) score += 1;
    else return 0;
  }
  return score;
}

/**
 * Which profile entry goes where. An entry the user started takes the unused profile entry
 * that agrees best with what they typed, or none; empty entries then take the rest in order,
 * and whatever is left needs a new entry.
 */
export function placeEntries(page: readonly PageEntry[], profile: readonly EntryNames[]): Placement {
  const taken = new Set<number>();
  const existing = page.map((entry) => {
    if (!entry.started) return undefined;
    let best: number | undefined;
    let bestScore = 0;
    profile.forEach((candidate, index) => {
      const score = taken.has(index) ? 0 : agreement(entry.names, candidate);
      if (score > bestScore) [best, bestScore] = [index, score];
    });
    if (best !== undefined) taken.add(best);
    return best;
  });
  const free = profile.map((_, index) => index).filter((index) => !taken.has(index));
  page.forEach((entry, position) => {
    if (!entry.started && free.length) existing[position] = free.shift();
  });
  return { existing, added: free };
}

const ENTRY_SECTIONS: Readonly<Record<EntryKind, RegExp>> = {
  work: /^(work experience|work history|employment history)$/i,
  education: /^education$/i,
};

/**
 * Sections whose entries are not matched to the profile's, only counted. An entry left empty
 * holds required fields that block the step, so no more are added than the profile fills.
 */
const COUNTED: readonly { heading: RegExp; wanted: keyof SectionSetup['counted'] }[] = [
  { heading: /^languages?$/i, wanted: 'languages' },
  { heading: /^websites?$/i, wanted: 'websites' },
];

const SECTION = '[role="group"], [data-automation-id$="Section"]';
const ENTRY_HEADING = /^(.+?)\s+(\d+)$/;
const ADD_WAIT_MS = 3000;

function sectionsTitled(root: Document | Element, heading: RegExp): Element[] {
  return Array.from(root.querySelectorAll(SEL.heading))
    .filter((el) => heading.test(cleanText(el.textContent)))
    .map((el) => el.closest(SECTION) ?? el.parentElement)
    .filter((section): section is Element => section !== null);
}

/** Entries already in a section ("Work Experience 1", "Work Experience 2"), the user's included. */
function entriesIn(section: Element): number {
  return Array.from(section.querySelectorAll(SEL.heading)).filter((el) => ENTRY_HEADING.test(cleanText(el.textContent))).length;
}

function addButtonOf(section: Element): HTMLElement | undefined {
  return Array.from(section.querySelectorAll<HTMLElement>(SEL.addButton)).find(
    (button) => button.closest(SECTION) === section && isFillable(button),
  );
}

/** The entry a heading names: its panel ("Work Experience 2" and its fields), a group of its own. */
function panelOf(heading: Element): Element | null {
  return heading.closest('[role="group"]');
}

/** The section's last entry, as undo takes it away. */
function lastEntry(section: Element): AddedEntry | undefined {
  const heading = Array.from(section.querySelectorAll(SEL.heading)).filter((el) => ENTRY_HEADING.test(cleanText(el.textContent))).pop();
  const box = heading && panelOf(heading);
  return box && box !== section ? { box, label: cleanText(heading.textContent) } : undefined;
}

/** Workday's sections grow one entry per "Add" click, after a round trip; puts each entry it adds in `added`. */
async function addEntries(section: Element, count: number, added: AddedEntry[]): Promise<number> {
  for (let made = 0; made < count; made++) {
    const button = addButtonOf(section);
    const before = entriesIn(section);
    if (!button) return made;
    pointerClick(button);
    if (!(await waitFor(() => entriesIn(section) > before, ADD_WAIT_MS, section))) return made;
    const entry = lastEntry(section);
    if (entry) added.push(entry);
  }
  return count;
}

/**
 * An entry's own Delete button: today's has neither type nor automation id and reads "Delete"
 * beside the entry's heading; older pages name it `panel-set-delete-button`, "Delete <entry>".
 * Never one of a field inside the entry (an upload's "delete-file").
 */
function deleteButtonOf(panel: Element): HTMLElement | undefined {
  return Array.from(panel.querySelectorAll<HTMLElement>('button')).find(
    (button) =>
      panelOf(button) === panel &&
      (button.dataset.automationId === 'panel-set-delete-button' || (!button.dataset.automationId && /^delete\b/i.test(cleanText(button.getAttribute('aria-label') ?? button.textContent)))),
  );
}

/** Takes an entry away as a person does, with its Delete button; true once it is gone. */
export async function removeEntry(entry: AddedEntry, ctx: { widgetTimeoutMs: number }): Promise<boolean> {
  const button = deleteButtonOf(entry.box);
  if (!button || !isFillable(button) || !pointerClick(button)) return false;
  return !!(await waitFor(() => !entry.box.isConnected, ctx.widgetTimeoutMs, entry.box.ownerDocument));
}

export type Placements = Partial<Record<EntryKind, (number | undefined)[]>>;

/** The job and school entries on the page by position, for the sections the page shows. */
export type PageEntries = Partial<Record<EntryKind, PageEntry[]>>;

/** What the page must do before a fill, decided in the extension from the profile. */
export interface SectionSetup {
  /** Per section on the page: which profile entry each entry takes, and those that need a new entry. */
  entries: Partial<Record<EntryKind, Placement>>;
  /** How many entries the counted sections ("Languages", "Websites") need in all. */
  counted: { languages: number; websites: number };
}

/** The entries of each section the page shows, by position, as the user left them. */
export function pageSections(root: Document | Element, started: Readonly<Record<EntryKind, readonly PageEntry[]>>): PageEntries {
  const page: PageEntries = {};
  for (const kind of Object.keys(ENTRY_SECTIONS) as EntryKind[]) {
    const section = sectionsTitled(root, ENTRY_SECTIONS[kind])[0];
    if (section) page[kind] = Array.from({ length: entriesIn(section) }, (_, position) => started[kind][position] ?? EMPTY_ENTRY);
  }
  return page;
}

/** Pure: places the profile's jobs and schools in the page's entries (see placeEntries). */
export function planSections(profile: Profile, page: PageEntries | undefined): SectionSetup {
  const entries: SectionSetup['entries'] = {};
  for (const kind of Object.keys(ENTRY_SECTIONS) as EntryKind[]) {
    const onPage = page?.[kind];
    if (Array.isArray(onPage)) entries[kind] = placeEntries(onPage, PROFILE_NAMES[kind](profile));
  }
  return {
    entries,
    counted: { languages: profile.languages.filter((entry) => entry.language).length, websites: websiteKinds(profile).length },
  };
}

/**
 * Adds an entry for each profile entry left over and returns which profile entry each entry on
 * the page takes, and the entries it added. Never removes an entry.
 */
export async function prepareSections(root: Document | Element, setup: SectionSetup): Promise<{ placements: Placements; added: AddedEntry[] }> {
  const placements: Placements = {};
  const added: AddedEntry[] = [];
  for (const kind of Object.keys(ENTRY_SECTIONS) as EntryKind[]) {
    const section = sectionsTitled(root, ENTRY_SECTIONS[kind])[0];
    const placement = setup.entries[kind];
    if (!section || !placement) continue;
    const count = await addEntries(section, placement.added.length, added);
    placements[kind] = [...placement.existing, ...placement.added.slice(0, count)];
  }
  for (const { heading, wanted } of COUNTED) {
    for (const section of sectionsTitled(root, heading)) await addEntries(section, setup.counted[wanted] - entriesIn(section), added);
  }
  return { placements, added };
}

/**
 * Which entry of its repeated section a field sits in, zero-based: the number in the entry's
 * heading ("Languages 2"), else the rank of its id's section among `pageIds`, the ids on the
 * page (the number inside "workExperience-12--" is an internal counter, not a position).
 */
export function entryPosition(heading: string | undefined, htmlId: string | undefined, pageIds: readonly string[]): number | undefined {
  const number = heading?.match(ENTRY_HEADING);
  if (number) return Number(number[2]) - 1;
  const own = repeatedSectionOf(htmlId);
  if (!own) return undefined;
  const counters = new Set<number>();
  for (const id of pageIds) {
    const section = repeatedSectionOf(id);
    if (section?.group === own.group) counters.add(section.counter);
  }
  const rank = [...counters].indexOf(own.counter);
  return rank >= 0 ? rank : undefined;
}

/** The heading of the nearest enclosing block that has one: an entry's ("Education 2") or a section's. */
function nearestHeading(element: Element): string | undefined {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const heading = Array.from(node.children).find((child) => child.matches(SEL.heading));
    if (heading) return cleanText(heading.textContent);
  }
  return undefined;
}

export function entryIndexOf(element: Element, htmlId: string | undefined): number | undefined {
  const own = repeatedSectionOf(htmlId);
  const pageIds = own ? Array.from(element.ownerDocument.querySelectorAll(`[id^="${own.group}-"]`), (el) => el.id) : [];
  return entryPosition(nearestHeading(element), htmlId, pageIds);
}
