import { cleanText } from './labels';

const SECTION_HEADING = /\b(work experience|experience|employment|work history|education)\b/i;
const HEADING_SELECTOR = ':scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > legend, :scope > [role="heading"], :scope > header';

/**
 * The repeated section (work or education entry) a control sits in, read from the headings a
 * person sees: "Work Experience 2" is entry 1. Without a number, the position among sibling
 * sections with the same kind of heading decides.
 */
export function sectionOf(element: Element): { section?: string; entryIndex?: number } {
  let node: Element | null = element.parentElement;
  for (let depth = 0; node && depth < 10; depth++, node = node.parentElement) {
    const heading = node.querySelector(HEADING_SELECTOR);
    const text = cleanText(heading?.textContent);
    if (!heading || !SECTION_HEADING.test(text)) continue;
    const number = text.match(/(\d+)\s*$/);
    if (number) return { section: text, entryIndex: Number(number[1]) - 1 };
    const kind = text.match(SECTION_HEADING)![1]!.toLowerCase();
    const siblings = Array.from(node.parentElement?.children ?? []).filter((sibling) =>
      cleanText(sibling.querySelector(HEADING_SELECTOR)?.textContent).toLowerCase().includes(kind),
    );
    return siblings.length > 1 ? { section: text, entryIndex: siblings.indexOf(node) } : { section: text };
  }
  return {};
}
