import { degreeSimilarity, parseDegree } from './degrees';
import { findCountry, findUsState } from './geo';
import { containsPhrase, normalizeText, tokens, withoutAsides } from './normalize';
import type { FieldOption, Meaning, TextDomain } from './types';
import {
  disabilityOf,
  genderOf,
  hispanicOrLatinoOf,
  isPlaceholderOption,
  polarity,
  raceOf,
  veteranOf,
} from './wording';

/** An option must score at least this to be chosen: a weak match is worse than none. */
export const MATCH_THRESHOLD = 0.7;
/** Scores from here up mean the same thing in other words; below, only a partial match. */
const SURE_MATCH = 0.9;

/** The option that means `wanted`, or undefined when none clearly does. */
export function matchOption(options: readonly FieldOption[], wanted: Meaning): FieldOption | undefined {
  const scored = options
    .filter((option) => !isPlaceholderOption(option))
    .map((option) => ({ option, score: scoreOption(option, wanted) }))
    .filter(({ score }) => score >= MATCH_THRESHOLD);
  const best = Math.max(...scored.map(({ score }) => score));
  const categorical = wanted.type !== 'text' && wanted.type !== 'phoneCountryCode';
  // A partial match is trusted only when it is the only one: "University of Michigan" does not
  // choose between "… - Ann Arbor" and "… - Dearborn".
  const rivals = categorical || best >= SURE_MATCH ? scored.filter(({ score }) => best - score < 0.001) : scored;
  const top = rivals.map(({ option }) => option);
  if (top.length <= 1) return top[0];
  // Several options say the same thing ("Man", "Cisgender man"): the plainest wording is the safest.
  if (categorical) {
    return top.reduce((plainest, option) => (tokens(option.label).length < tokens(plainest.label).length ? option : plainest));
  }
  return new Set(top.map((option) => normalizeText(option.label))).size === 1 ? top[0] : undefined;
}

/**
 * For the filler, once a combobox or listbox shows its options: the meaning decides when the
 * action carries one, else the first of `accept` (in order of preference) that an option means.
 */
export function chooseOption(
  options: readonly FieldOption[],
  choice: { accept: readonly string[]; meaning?: Meaning },
): FieldOption | undefined {
  if (choice.meaning) return matchOption(options, choice.meaning);
  for (const text of choice.accept) {
    const found = matchOption(options, { type: 'text', value: text });
    if (found) return found;
  }
  return undefined;
}

function scoreOption(option: FieldOption, wanted: Meaning): number {
  const text = option.label || option.value;
  switch (wanted.type) {
    case 'yesNo':
      return polarity(text) === wanted.value ? 0.9 : 0;
    case 'gender':
      return genderOf(text) === wanted.value ? 0.9 : 0;
    case 'hispanicOrLatino':
      return hispanicOrLatinoOf(text) === wanted.value ? 0.9 : 0;
    case 'race':
      return raceOf(text) === wanted.value ? 0.9 : 0;
    case 'veteran':
      return veteranOf(text) === wanted.value ? 0.9 : 0;
    case 'disability':
      return disabilityOf(text) === wanted.value ? 0.9 : 0;
    case 'phoneCountryCode':
      return phoneCodeScore(text, wanted.code, wanted.country);
    case 'text':
      return textScore(option, wanted.value, wanted.domain);
  }
}

function textScore(option: FieldOption, value: string, domain: TextDomain | undefined): number {
  const wanted = normalizeText(value);
  if (wanted === '') return 0;
  if (normalizeText(option.label) === wanted || normalizeText(option.value) === wanted) return 1;
  if (normalizeText(withoutAsides(option.label)) === wanted) return 0.95;
  const answer = YES_NO_ANSWERS[wanted];
  if (answer !== undefined) return polarity(option.label) === answer ? 0.9 : 0;
  const judged = domain ? DOMAIN_SCORES[domain](value, option.label) : undefined;
  return judged ?? looseScore(wanted, option.label);
}

/** A saved answer "Yes" should pick "Yes, I am" as surely as "Yes". */
const YES_NO_ANSWERS: Readonly<Record<string, boolean>> = { yes: true, no: false };

/** Scores by what a domain's names mean; undefined when the domain cannot tell. */
type DomainScore = (wanted: string, offered: string) => number | undefined;

const DOMAIN_SCORES: Readonly<Record<TextDomain, DomainScore>> = {
  country: (wanted, offered) => {
    const wantedCountry = findCountry(wanted);
    if (!wantedCountry) return undefined;
    // No containment for countries: "United States" is not "United States Minor Outlying Islands".
    return findCountry(offered)?.code === wantedCountry.code ? 0.95 : 0;
  },
  region: (wanted, offered) => {
    const wantedState = findUsState(wanted);
    if (!wantedState) return undefined;
    return findUsState(offered)?.code === wantedState.code ? 0.95 : 0;
  },
  location: locationScore,
  degree: (wanted, offered) => {
    const wantedDegree = parseDegree(wanted);
    const offeredDegree = parseDegree(offered);
    if (!wantedDegree || !offeredDegree) return undefined;
    return degreeSimilarity(wantedDegree, offeredDegree);
  },
  school: (wanted, offered) => {
    if (isAcronymOf(wanted, offered) || isAcronymOf(offered, wanted)) return 0.85;
    // Lists use official names: "Columbia University" is "Columbia University in the City of New York".
    // A partial match, so it is taken only when no other option starts the same way.
    return containsPhrase(offered, wanted) && normalizeText(offered).startsWith(normalizeText(wanted)) ? 0.8 : undefined;
  },
  discipline: () => undefined,
  phoneType: (wanted, offered) => synonymScore(PHONE_TYPES, wanted, offered),
  referralSource: (wanted, offered) => {
    // Workday prompts show categories: "Job Board > LinkedIn".
    const leaf = offered.split(/>|»|\/|:/).at(-1) ?? offered;
    if (normalizeText(leaf) === normalizeText(wanted)) return 0.9;
    return synonymScore(REFERRAL_SOURCES, wanted, leaf);
  },
};

/**
 * "New York, NY, US" against "New York, New York, United States": the same city, and every other
 * part the option names is a region or country the answer names too, in any spelling.
 */
function locationScore(wanted: string, offered: string): number | undefined {
  const split = (text: string) => text.split(',').map((part) => part.trim()).filter(Boolean);
  const [wantedCity, ...wantedRest] = split(wanted);
  const [offeredCity, ...offeredRest] = split(offered);
  if (!wantedCity || !offeredCity) return undefined;
  if (normalizeText(wantedCity) !== normalizeText(offeredCity)) return 0;
  const samePlace = (a: string, b: string) =>
    normalizeText(a) === normalizeText(b) ||
    (!!findUsState(a) && findUsState(a)?.code === findUsState(b)?.code) ||
    (!!findCountry(a) && findCountry(a)?.code === findCountry(b)?.code);
  const allNamed = offeredRest.every((part) => wantedRest.some((mine) => samePlace(mine, part)));
  if (!allNamed) return 0;
  return offeredRest.length === wantedRest.length ? 0.95 : 0.8;
}

const PHONE_TYPES: readonly (readonly string[])[] = [
  ['mobile', 'cell', 'cellular', 'cellphone', 'mobile phone', 'cell phone', 'personal cell', 'mobile cell'],
  ['home', 'landline', 'home phone'],
  ['work', 'office', 'business', 'work phone'],
];

const REFERRAL_SOURCES: readonly (readonly string[])[] = [
  ['linkedin', 'linked in', 'linkedin job posting'],
  ['company website', 'careers page', 'career site', 'company careers page', 'careers website', 'our website'],
  ['employee referral', 'referral', 'referred by an employee', 'referred by employee'],
];

/** 0.9 when both name the same group, 0 when they name different ones, undefined when either is unknown. */
function synonymScore(groups: readonly (readonly string[])[], wanted: string, offered: string): number | undefined {
  const groupOf = (text: string) => {
    const normalized = normalizeText(withoutAsides(text));
    return groups.findIndex((group) => group.includes(normalized));
  };
  const wantedGroup = groupOf(wanted);
  const offeredGroup = groupOf(offered);
  if (wantedGroup === -1 || offeredGroup === -1) return undefined;
  return wantedGroup === offeredGroup ? 0.9 : 0;
}

const MINOR_WORDS = new Set(['of', 'the', 'at', 'and', 'in', 'for']);

/** "MIT" is "Massachusetts Institute of Technology". */
function isAcronymOf(short: string, long: string): boolean {
  const acronym = normalizeText(short);
  const words = tokens(long).filter((word) => !MINOR_WORDS.has(word));
  return acronym.length >= 3 && !acronym.includes(' ') && words.length > 1 && words.map((word) => word[0]).join('') === acronym;
}

/**
 * Whole-word containment either way, scored by how much of the longer text the shorter covers:
 * "LinkedIn" in "Job Board LinkedIn" passes, "No" never matches "Not applicable".
 */
function looseScore(wanted: string, offered: string): number {
  const offeredWords = normalizeText(offered);
  const [shorter, longer] = wanted.length <= offeredWords.length ? [wanted, offeredWords] : [offeredWords, wanted];
  if (!containsPhrase(longer, shorter)) return 0;
  return 0.6 + 0.3 * (tokens(shorter).length / tokens(longer).length);
}

function phoneCodeScore(offered: string, code: string, country: string | undefined): number {
  const digits = code.replace(/\D/g, '');
  const offeredDigits = /\+\s*(\d{1,4})\b/.exec(offered)?.[1] ?? (/^\d{1,4}$/.test(offered.trim()) ? offered.trim() : undefined);
  if (!digits || offeredDigits !== digits) return 0;
  const offeredCountry = findCountry(offered.replace(/\+\s*\d{1,4}/, ''));
  if (!offeredCountry) return 0.9;
  const wantedCountry = country ? findCountry(country) : undefined;
  // +1 is both the United States and Canada: only the applicant's own country tells them apart.
  if (!wantedCountry || wantedCountry.dialCode !== code) return 0.8;
  return offeredCountry.code === wantedCountry.code ? 0.95 : 0;
}
