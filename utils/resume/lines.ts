/** The shapes of single resume lines that every section parser reads the same way. */

/** Why a value read from a resume may be wrong, by field, in words for the user. */
export type Unsure<T> = Partial<Record<keyof T & string, string>>;

const BULLET = /^(?:[•●▪■◦○‣∙·➢➤►✓✔]\s*|[-*–—]\s+|\d{1,2}[.)]\s+)/u;
/** "Keywords: Java, Go" or "Facebook Reels: feed delivery": a short label, a colon, then text. */
const LABEL = /^[^:]{1,50}:\s+\S/u;
/** Small words that stay lower-case in Title Case. */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'for', 'in', 'at', 'on', 'to', 'with', 'by', 'de', 'la', 'du', 'von', 'van', '&']);

export function isBullet(line: string): boolean {
  return BULLET.test(line);
}

export function stripBullet(line: string): string {
  return line.replace(BULLET, '').trim();
}

export function isLabelLine(line: string): boolean {
  return LABEL.test(line) && !/^https?:/i.test(line);
}

/**
 * Splits a line at the separators resumes put between title, company, place and dates: tabs and wide
 * gaps (PDF columns), "|", "·", "•", and spaced dashes. `hyphens` = false keeps " - " inside the part,
 * where it is part of a name ("Bachelor of Science - BS").
 */
export function splitParts(line: string, hyphens = true): string[] {
  const separator = hyphens ? /\t+|\s{2,}|\s+[|·•–—-]\s+/u : /\t+|\s{2,}|\s+[|·•–—]\s+/u;
  return line
    .split(separator)
    .map((part) => part.trim().replace(/^[,;]+|[,;]+$/g, '').trim())
    .filter((part) => part !== '');
}

/** True when most words start with a capital, as names, titles and headings do and sentences don't. */
export function isTitleCased(text: string): boolean {
  const words = text.split(/[\s,/]+/).filter((word) => /\p{L}/u.test(word) && !SMALL_WORDS.has(word.toLowerCase()));
  if (words.length === 0) return false;
  const capitalised = words.filter((word) => /^[^\p{L}]*[\p{Lu}\d]/u.test(word)).length;
  return capitalised / words.length >= 0.6;
}

/**
 * Description lines as a person wrote them: bullet glyphs removed, and a line that a PDF wrapped
 * (it starts lower-case right after a bullet's text) joined back onto its bullet.
 */
export function descriptionLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  let inBullet = false;
  for (const line of lines) {
    if (isBullet(line)) {
      out.push(stripBullet(line));
      inBullet = true;
    } else if (inBullet && out.length > 0 && /^\p{Ll}/u.test(line)) {
      out[out.length - 1] += ` ${line}`;
    } else {
      out.push(line);
      inBullet = false;
    }
  }
  return out.filter((line) => line !== '');
}
