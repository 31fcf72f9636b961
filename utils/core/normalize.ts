/**
 * Text normalisation shared by classification and option matching, so that both compare the
 * same words: "First Name *", "first_name", "firstName" and "name--legalName--firstName" all
 * become plain lowercase words.
 */

const DIACRITICS = /\p{M}+/gu;
// Dots inside abbreviations ("B.S.", "U.S.A.", "Ph.D.") join letters instead of splitting them.
const ABBREVIATION_DOT = /(?<=\p{L})\.(?=\p{L})/gu;
// Apostrophes join too: "don't" -> "dont", "Bachelor's" -> "bachelors".
const APOSTROPHE = /['’`´]/g;
const DECIMAL_POINT = /(?<=\d)\.(?=\d)/g;
const DECIMAL_PLACEHOLDER = '\u0000';
const NON_WORD = /[^\p{L}\p{N}\u0000]+/gu;

/** Lowercase words separated by single spaces; punctuation, required markers and accents removed. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .replace(ABBREVIATION_DOT, '')
    .replace(APOSTROPHE, '')
    .replace(DECIMAL_POINT, DECIMAL_PLACEHOLDER)
    .toLowerCase()
    .replace(NON_WORD, ' ')
    .replaceAll(DECIMAL_PLACEHOLDER, '.')
    .trim();
}

/**
 * Normalises a machine identifier (name, id, data-automation-id): camelCase, snake_case,
 * kebab-case, `--` sections and `[bracket][paths]` all become words.
 * "job_application[answers_attributes][0][text_value]" -> "job application answers attributes 0 text value".
 */
export function normalizeIdentifier(identifier: string): string {
  const split = identifier
    .replace(/(?<=\p{Ll})(?=\p{Lu})/gu, ' ')
    .replace(/(?<=\p{Lu})(?=\p{Lu}\p{Ll})/gu, ' ')
    .replace(/(?<=\p{L})(?=\d)|(?<=\d)(?=\p{L})/gu, ' ')
    .replace(/[._]/g, ' ');
  return normalizeText(split);
}

export function tokens(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/** Whether `phrase`'s words appear, in order and adjacent, among `text`'s words. */
export function containsPhrase(text: string, phrase: string): boolean {
  const haystack = normalizeText(text);
  const needle = normalizeText(phrase);
  if (needle === '') return false;
  return ` ${haystack} `.includes(` ${needle} `);
}

/** Removes "(…)" and "[…]" asides: "United States of America (+1)" -> "United States of America". */
export function withoutAsides(text: string): string {
  return text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').trim();
}
