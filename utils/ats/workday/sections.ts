import type { FieldKind } from '../../core/fieldKinds';
import type { Profile } from '../../profile/schema';
import { pointerClick, waitFor } from '../../dom/events';
import { cleanText } from '../../dom/labels';
import { isFillable } from '../../dom/visibility';
import { repeatedSectionOf } from './fields';
import { SEL } from './selectors';

/** Links a "Websites" entry can hold, in the order entries are given to them. */
const WEBSITE_LINKS = ['website', 'github'] as const satisfies readonly FieldKind[];

export function websiteKinds(profile: Profile): FieldKind[] {
  return WEBSITE_LINKS.filter((kind) => profile.links[kind] !== '');
}

/**
 * Workday's repeated sections start empty behind an "Add" button, one entry per click. Languages
 * and websites count too: an entry left empty holds required fields that block the step.
 */
const REPEATED: readonly { heading: RegExp; wanted(profile: Profile): number }[] = [
  { heading: /^(work experience|work history|employment history)$/i, wanted: (profile) => profile.work.length },
  { heading: /^education$/i, wanted: (profile) => profile.education.length },
  { heading: /^languages?$/i, wanted: (profile) => profile.languages.filter((entry) => entry.language).length },
  { heading: /^websites?$/i, wanted: (profile) => websiteKinds(profile).length },
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

/** Clicks "Add" until each section holds one entry per profile entry; never removes one. */
export async function addSections(root: Document | Element, profile: Profile): Promise<void> {
  for (const { heading, wanted } of REPEATED) {
    const target = wanted(profile);
    if (target === 0) continue;
    for (const section of sectionsTitled(root, heading)) {
      for (let count = entriesIn(section); count < target; count++) {
        const button = addButtonOf(section);
        if (!button) break;
        pointerClick(button);
        const added = await waitFor(() => entriesIn(section) > count, ADD_WAIT_MS, section);
        if (!added) break;
      }
    }
  }
}

/**
 * Which entry of its repeated section an element sits in, zero-based: the number in the entry's
 * heading ("Languages 2"), else the rank of its id's section among the page's sections of that
 * kind (the number inside "workExperience-12--" is an internal counter, not a position).
 */
export function entryIndexOf(element: Element, htmlId: string | undefined): number | undefined {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const heading = Array.from(node.children).find((child) => child.matches(SEL.heading));
    const number = heading ? cleanText(heading.textContent).match(ENTRY_HEADING) : null;
    if (number) return Number(number[2]) - 1;
    if (heading) break;
  }
  const own = repeatedSectionOf(htmlId);
  if (!own) return undefined;
  const counters = new Set<number>();
  for (const el of Array.from(element.ownerDocument.querySelectorAll(`[id^="${own.group}-"]`))) {
    const section = repeatedSectionOf(el.id);
    if (section?.group === own.group) counters.add(section.counter);
  }
  return [...counters].indexOf(own.counter);
}
