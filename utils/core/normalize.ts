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

/** Words that carry no meaning when two questions are compared. Negations are kept on purpose. */
const STOPWORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as',
  'is', 'are', 'be', 'been', 'was', 'were', 'do', 'does', 'did', 'you', 'your', 'yours', 'i', 'me',
  'my', 'we', 'us', 'our', 'this', 'that', 'please', 'if', 'any', 'have', 'has', 'will', 'would',
  'can', 'could', 'it', 'its', 'e', 'g', 'eg',
]);

export function contentTokens(text: string): Set<string> {
  return new Set(tokens(text).filter((token) => !STOPWORDS.has(token)));
}

/**
 * Questions name the employer in many ways: "…work here?", "…work at Acme?", "…join us?". A saved
 * answer to one is an answer to all, so each becomes the same word before comparing.
 */
const EMPLOYER_REFERENCE = /\b(here|with us|join us|at (our company|[a-z0-9&' -]{1,40}))$/;

/** "(select all that apply)" instructs; "(Python)" or "(USD)" is part of the question and stays. */
const INSTRUCTION_ASIDE = /\((?:[^()]*\b(?:select|check|mark|choose|tick|pick)\b[^()]*|optional|required|if applicable|please specify)\)/gi;

function withEmployerAsOneWord(text: string): string {
  return normalizeText(text.replace(INSTRUCTION_ASIDE, ' ')).replace(EMPLOYER_REFERENCE, 'employer');
}

/** Jaccard similarity of two questions' content words, 0..1. */
export function questionSimilarity(a: string, b: string): number {
  const left = contentTokens(withEmployerAsOneWord(a));
  const right = contentTokens(withEmployerAsOneWord(b));
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const token of left) if (right.has(token)) shared += 1;
  return shared / (left.size + right.size - shared);
}

/** Removes "(…)" and "[…]" asides: "United States of America (+1)" -> "United States of America". */
export function withoutAsides(text: string): string {
  return text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').trim();
}
