import { cleanText } from './labels';
import { composedParent } from './traverse';

const SECTION_HEADING = /\b(work experience|experience|employment|work history|education)\b/i;
const HEADING = 'h2, h3, h4, h5, legend, [role="heading"], header';
const HEADING_SELECTOR = HEADING.split(', ').map((selector) => `:scope > ${selector}`).join(', ');
/** How important a heading is: h2 = 2 … legends and ARIA headings least. */
function rankOf(heading: Element): number {
  const level = /^h([1-6])$/.exec(heading.localName)?.[1];
  return level ? Number(level) : 7;
}
/** "Work Experience 2" numbers an entry; "Experience since 2015" does not. */
const ENTRY_NUMBER = /\b(\d{1,2})\s*$/;
const MAX_ENTRIES = 20;

/** For one collect pass: the heading before each element walked so far (null: none). */
type HeadingsBefore = WeakMap<Element, Element | null>;

/**
 * The last heading among the siblings before `child`. Walking back reads only those siblings,
 * and stops at one already walked in this pass: on a page whose fields are all siblings, each
 * sibling is read once, not once per field after it.
 */
function headingBefore(child: Element, known: HeadingsBefore): Element | undefined {
  const walked: Element[] = [child];
  let heading: Element | null = null;
  for (let sibling = child.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
    if (sibling.matches(HEADING)) {
      heading = sibling;
      break;
    }
    const before = known.get(sibling);
    if (before !== undefined) {
      heading = before;
      break;
    }
    walked.push(sibling);
  }
  for (const element of walked) known.set(element, heading);
  return heading ?? undefined;
}

/**
 * The repeated section (work or education entry) a control sits in, read from the nearest heading
 * a person sees above it: "Work Experience 2" is entry 1. Without a number, the position among
 * sibling sections with the same kind of heading decides.
 */
function sectionIn(element: Element, known: HeadingsBefore): { section?: string; entryIndex?: number } {
  // The most important other heading passed on the way up ("Position details" inside an entry
  // is less important than the entry's heading; "Other information" beside it is not).
  let passedRank = Infinity;
  let child: Element = element;
  // Up through the hosts of web components too: the entry's heading stands outside the component.
  let node: Element | null = composedParent(element);
  for (let depth = 0; node && depth < 10; depth++, child = node, node = composedParent(node)) {
    const heading = headingBefore(child, known);
    if (!heading) continue;
    const text = cleanText(heading.textContent);
    if (!SECTION_HEADING.test(text)) {
      passedRank = Math.min(passedRank, rankOf(heading));
      continue;
    }
    if (passedRank <= rankOf(heading)) return {};
    const number = text.match(ENTRY_NUMBER);
    if (number && Number(number[1]) >= 1 && Number(number[1]) <= MAX_ENTRIES) {
      return { section: text, entryIndex: Number(number[1]) - 1 };
    }
    const kind = text.match(SECTION_HEADING)![1]!.toLowerCase();
    const siblings = Array.from(node.parentElement?.children ?? []).filter((sibling) =>
      cleanText(sibling.querySelector(HEADING_SELECTOR)?.textContent).toLowerCase().includes(kind),
    );
    return siblings.length > 1 ? { section: text, entryIndex: siblings.indexOf(node) } : { section: text };
  }
  return {};
}

/** `sectionOf` for one collect pass: the page does not change while it is read, so what was walked is remembered. */
export function sectionPass(): (element: Element) => { section?: string; entryIndex?: number } {
  const known: HeadingsBefore = new WeakMap();
  return (element) => sectionIn(element, known);
}
