import type { Eeo } from '../profile/schema';
import { normalizeText, tokens } from './normalize';
import type { FieldOption } from './types';

/**
 * What an option's wording means: yes or no, a decline, an EEO category. Each reader returns
 * undefined when the wording does not clearly say one thing.
 */

const PLACEHOLDER =
  /^(|select|select one|select an option|select an answer|please select|please select one|please choose|choose|choose one|choose an option|none selected|pick one|select from list)$/;

/** "Select...", "Please select", "--": shown before a choice is made, never a choice. */
export function isPlaceholderOption(option: FieldOption): boolean {
  return PLACEHOLDER.test(normalizeText(option.label || option.value));
}

const DECLINE = [
  /\bdeclin\w*\b/,
  /\b(prefer|rather|choose|chose|wish|want) not to\b/,
  /\b(dont|do not|does not) (wish|want|care) to (answer|disclose|say|self identify|identify|provide|respond|share|specify)\b/,
  /\bnot to (answer|disclose|say|self identify|identify|specify|respond)\b/,
  /\b(no answer|not disclosed|undisclosed|not declared|not specified|withheld)\b/,
];

/** "Decline to self identify", "I don't wish to answer", "Prefer not to say"… */
export function isDecline(text: string): boolean {
  const normalized = normalizeText(text);
  return DECLINE.some((pattern) => pattern.test(normalized));
}

const YES = new Set(['yes', 'y', 'yeah', 'yep', 'true', 'correct', 'affirmative']);
const NO = new Set(['no', 'n', 'nope', 'false']);
export const NEGATIONS = new Set([
  'not', 'no', 'non', 'dont', 'doesnt', 'didnt', 'wont', 'cannot', 'cant', 'never', 'havent', 'hasnt',
  'arent', 'isnt', 'wouldnt', 'neither', 'nor',
]);
/** Answers that are neither yes nor no, though some contain a "not". */
const NEITHER = /\b(not sure|unsure|dont know|do not know|not applicable|n a|maybe|other|depends|not yet decided|undecided)\b/;
const FIRST_PERSON = new Set(['i', 'im', 'ive', 'ill', 'id']);

/**
 * Whether an option says yes or no. "Yes", "No, I do not require sponsorship" lead with it;
 * a first-person sentence says yes unless negated: "I will require sponsorship" is yes,
 * "I will not require sponsorship" is no.
 */
export function polarity(text: string): boolean | undefined {
  const words = tokens(text);
  const [first] = words;
  if (first === undefined || isDecline(text) || NEITHER.test(words.join(' '))) return undefined;
  if (YES.has(first)) return true;
  if (NO.has(first)) return false;
  if (!words.slice(0, 3).some((word) => FIRST_PERSON.has(word))) return undefined;
  const negations = words.filter((word) => NEGATIONS.has(word)).length;
  return negations % 2 === 0;
}

type YesNoDecline = NonNullable<Eeo['disability']>;

function yesNoDecline(text: string): YesNoDecline | undefined {
  if (isDecline(text)) return 'decline';
  const answer = polarity(text);
  if (answer === undefined) return undefined;
  return answer ? 'yes' : 'no';
}

const GENDER_WORDS: Readonly<Record<string, NonNullable<Eeo['gender']>>> = {
  male: 'male',
  man: 'male',
  men: 'male',
  female: 'female',
  woman: 'female',
  women: 'female',
  nonbinary: 'non-binary',
  genderqueer: 'non-binary',
};

export function genderOf(text: string): Eeo['gender'] {
  if (isDecline(text)) return 'decline';
  const normalized = normalizeText(text).replace(/\bnon binary\b|\bgender non ?conforming\b/g, 'nonbinary');
  const named = new Set(normalized.split(' ').flatMap((word) => GENDER_WORDS[word] ?? []));
  return named.size === 1 ? [...named][0] : undefined;
}

const HISPANIC = /\b(hispanic|latin[oax]|latine)\b/;

export function hispanicOrLatinoOf(text: string): Eeo['hispanicOrLatino'] {
  if (isDecline(text)) return 'decline';
  const words = tokens(text);
  if (HISPANIC.test(words.join(' '))) return words.some((word) => NEGATIONS.has(word)) ? 'no' : 'yes';
  return yesNoDecline(text);
}

const RACES: ReadonlyArray<[NonNullable<Eeo['race']>, RegExp]> = [
  ['two-or-more', /\b(two or more|multiracial|multi racial|multiple races|mixed race|biracial)\b/],
  ['american-indian-alaska-native', /\b(american indian|alaskan? native|native american)\b/],
  ['native-hawaiian-pacific-islander', /\b(native hawaiian|pacific islanders?)\b/],
  ['black', /\b(black|african american)\b/],
  ['asian', /\basian\b/],
  ['white', /\b(white|caucasian)\b/],
];

export function raceOf(text: string): Eeo['race'] {
  if (isDecline(text)) return 'decline';
  const normalized = normalizeText(text);
  const named = RACES.filter(([, pattern]) => pattern.test(normalized));
  // "Two or More Races" may list the others; any other mix is not one category.
  if (named[0]?.[0] === 'two-or-more') return 'two-or-more';
  return named.length === 1 ? named[0]?.[0] : undefined;
}

export function veteranOf(text: string): Eeo['veteran'] {
  if (isDecline(text)) return 'decline';
  const words = tokens(text);
  if (words.includes('veteran') || words.includes('veterans')) {
    return words.some((word) => NEGATIONS.has(word)) ? 'not-protected' : 'protected';
  }
  const answer = polarity(text);
  if (answer === undefined) return undefined;
  return answer ? 'protected' : 'not-protected';
}

export function disabilityOf(text: string): Eeo['disability'] {
  return yesNoDecline(text);
}
