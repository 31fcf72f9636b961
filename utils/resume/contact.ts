import type { Address, Links, Personal } from '../profile/schema';
import { findDateRange } from './dates';
import { splitParts } from './lines';
import { englishCountry, parsePlace, type Place } from './location';
import { headingKind, type Language } from './sections';
import { looksLikeJobTitle } from './work';

/** Who the resume is about and how to reach them, read from the lines above its first section and its contact sections. */

export type ParsedPersonal = Partial<
  Pick<Personal, 'firstName' | 'middleName' | 'lastName' | 'headline' | 'summary' | 'email' | 'phone' | 'phoneCountryCode'> &
    Pick<Address, 'city' | 'region' | 'country'>
>;
/** `xing` is kept among the profile's other links, labelled XING. */
export type ParsedLinks = Partial<Pick<Links, 'linkedin' | 'github' | 'website' | 'twitter'> & { xing: string }>;

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/u;
/** A run of digits with the spaces, brackets, dots, dashes and slashes phone numbers are written with. */
const PHONE = /(?<![\w@/.])(?:\+\s?\d|\(\d|\d)[\d\s().\/-]{5,}\d(?![\w@])/g;
const LINKEDIN = /(?:https?:\/\/)?(?:[\w-]+\.)?linkedin\.com\/in\/[^\s|,;·•)]+/i;
const GITHUB = /(?:https?:\/\/)?(?:www\.)?github\.com\/[\w-]+/i;
const TWITTER = /(?:https?:\/\/)?(?:www\.)?(?:twitter|x)\.com\/\w+/i;
const XING = /(?:https?:\/\/)?(?:www\.)?xing\.com\/profile\/[^\s|,;·•)]+/i;
/** Bare domains need a familiar ending, so that "Node.js" is not read as a web site. */
const WEBSITE =
  /(?:https?:\/\/[^\s|,;·•)]+|(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|me|co|ai|app|xyz|site|page|tech|info|blog|design|studio|codes|sh|so|us|uk|de|ca|eu|fr|es|nl|ch|at|au)(?:\/[^\s|,;·•)]*)?)(?![\w.])/i;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|de|del|della|der|den|da|di|do|dos|du|la|le|las|los|van|von|ter|bin|ibn|al|y|zu)$/u;
/** Lower-case particles belong to the family name: "Ana de la Cruz". */
const PARTICLE = /^\p{Ll}/u;
const NAME_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV|PhD|Ph\.D\.|MD|M\.D\.|MBA|CPA|PE|P\.E\.|Dr\.|Prof\.)$/;
/** The title of the document, which stands where the name does. */
const DOCUMENT_TITLE =
  /^(?:curriculum\s+vitae|curriculum|lebenslauf|tabellarischer\s+lebenslauf|resume|résumé|résume|cv|currículum(?:\s+vitae)?|curr[íi]culum\s+vitae|hoja\s+de\s+vida)$/i;
/** Words of a job or a student's status in the four languages: a line with one is a headline, not a name. */
const ROLE_WORD =
  /(?:entwickler|leiter|berater|ingenieur|manager|student|praktikant|ingénieur|développeu|chargée?|responsable|directeur|directrice|étudiant|ingenier[oa]|desarrollador|diseñador|analista|estudiante|jef[ea]|gerente|consultor|técnic[oa])/i;
/** The name is one of the first lines; further down, two capitalised words are a place or a company. */
const NAME_LINES = 4;

function asUrl(text: string): string {
  const bare = text.replace(/[.,;:)]+$/, '');
  const url = /^https?:\/\//i.test(bare) ? bare : `https://${bare}`;
  return URL.canParse(url) ? url : '';
}

function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, boundary: string, letter: string) => boundary + letter.toUpperCase());
}

export function isDocumentTitle(line: string): boolean {
  return DOCUMENT_TITLE.test(line.trim().replace(/[:.]$/, ''));
}

/** The first phone number in a line: 7 to 15 digits that are not a date, a range of years or a postal address. */
export function phoneIn(text: string): string | null {
  for (const match of text.replace(EMAIL, ' ').matchAll(PHONE)) {
    const candidate = match[0].trim();
    const digits = candidate.replace(/\D/g, '').length;
    if (digits < 7 || digits > 15 || findDateRange(candidate)) continue;
    // Two four-digit years side by side are dates written loosely, not a number to call.
    if (/^(?:19|20)\d{2}\D+(?:19|20)\d{2}$/.test(candidate)) continue;
    return candidate;
  }
  return null;
}

/** An email address, phone number or web address. */
export function isContact(text: string): boolean {
  return EMAIL.test(text) || LINKEDIN.test(text) || GITHUB.test(text) || TWITTER.test(text) || XING.test(text) || WEBSITE.test(text) || phoneIn(text) !== null;
}

/**
 * "+1 (415) 555-0100" -> "+1" and "(415) 555-0100"; "+49 (0)40 3344 5566" -> "+49" and "40 3344 5566"
 * (the trunk zero is not dialled from abroad); a number written without its code keeps it unsplit.
 */
function splitPhone(phone: string): Pick<ParsedPersonal, 'phone' | 'phoneCountryCode'> {
  const spaced = /^\+\s?(\d{1,3})(?:[\s.-]+|(?=\())(?:\(0\)\s?)?(.+)$/.exec(phone);
  if (spaced) return { phoneCountryCode: `+${spaced[1]}`, phone: spaced[2]!.trim() };
  // North American numbers are the only ones whose country code can be read off the digits alone.
  const northAmerican = /^\+1(\d{10})$/.exec(phone);
  if (northAmerican) return { phoneCountryCode: '+1', phone: northAmerican[1]! };
  return { phone };
}

type Name = Pick<ParsedPersonal, 'firstName' | 'middleName' | 'lastName'>;

/** Splits a name; Spanish names end in two family names ("Lucía Fernández García"). */
function nameIn(line: string, language: Language): Name | null {
  const text = (splitParts(line)[0] ?? '').split(',')[0]!.trim();
  const words = text.split(/\s+/).filter((word) => !NAME_SUFFIX.test(word));
  if (words.length < 2 || words.length > 5 || !words.every((word) => NAME_WORD.test(word))) return null;
  if (PARTICLE.test(words[0]!) || isDocumentTitle(text) || headingKind(text) || parsePlace(text) || looksLikeJobTitle(text) || ROLE_WORD.test(text)) return null;
  const upper = text === text.toUpperCase();
  const names = upper ? words.map(titleCase) : words;
  let lastStart = names.length - 1;
  while (lastStart > 1 && PARTICLE.test(names[lastStart - 1]!)) lastStart--;
  if (language === 'es' && lastStart === names.length - 1 && names.length >= 3 && !PARTICLE.test(names[lastStart - 1]!)) lastStart--;
  return {
    firstName: names.slice(0, language === 'es' && lastStart >= 2 ? lastStart : 1).join(' '),
    middleName: language === 'es' ? '' : names.slice(1, lastStart).join(' '),
    lastName: names.slice(lastStart).join(' '),
  };
}

/** The place in a line: the whole line, one of its parts, or the town of a street address ("Lindenstraße 12, 10115 Berlin"). */
function placeOf(line: string): Place | null {
  const parts = splitParts(line);
  const towns = parts.filter((part) => /\d/.test(part) && part.includes(',')).map((part) => part.split(',').pop()!.trim());
  for (const part of [line, ...parts, ...towns]) {
    const place = parsePlace(part);
    if (place && (place.city || place.region || place.country)) return place;
  }
  return null;
}

function dropEmpty<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== '' && v !== undefined)) as Partial<T>;
}

export interface ContactResult {
  personal: ParsedPersonal;
  links: ParsedLinks;
  /** Fields read with less certainty, and why, in words for the user. */
  unsure: Partial<Record<keyof ParsedPersonal, string>>;
}

/**
 * Reads name, headline, email, phone, place and links from the header lines (the top of the resume)
 * and the lines of contact sections. An email address and a LinkedIn or XING profile are the
 * person's own wherever they stand, so `allText` is searched for them too; other web addresses and
 * phone numbers count only in the header, since a description may name an employer's.
 */
export function parseContact(headerLines: readonly string[], contactLines: readonly string[], allText: string, language: Language = 'en'): ContactResult {
  const top = headerLines.filter((line) => !isDocumentTitle(line));
  const lines = [...top, ...contactLines];
  const header = lines.join('\n');
  const unsure: ContactResult['unsure'] = {};

  const nameAt = top.slice(0, NAME_LINES).findIndex((line) => !isContact(line) && nameIn(line, language) !== null);
  const name = nameAt >= 0 ? nameIn(top[nameAt]!, language) : null;
  if (name && nameAt > 0) unsure.firstName = 'The name is not the first line of the resume: check that it is yours.';

  const headline = top
    .slice(nameAt + 1)
    .map((line) => splitParts(line).filter((part) => !isContact(part) && !parsePlace(part)).join(' | '))
    .find((text) => text !== '' && text.length <= 120 && !findDateRange(text) && !headingKind(text));

  const phone = lines.map(phoneIn).find((found) => found !== null);
  const place = lines.filter((_, i) => i !== nameAt).map(placeOf).find((found) => found !== null);
  const linkedin = LINKEDIN.exec(header)?.[0] ?? LINKEDIN.exec(allText)?.[0];
  const xing = XING.exec(header)?.[0] ?? XING.exec(allText)?.[0];
  const known = [LINKEDIN, GITHUB, TWITTER, XING];
  const website = lines
    .flatMap((line) => line.replace(new RegExp(EMAIL.source, 'gu'), ' ').split(/\s+|\s*[|·•,]\s*/))
    .find((token) => WEBSITE.test(token) && !known.some((re) => re.test(token)));

  const personal = dropEmpty({
    ...name,
    headline: headline ?? '',
    email: EMAIL.exec(header)?.[0] ?? EMAIL.exec(allText)?.[0] ?? '',
    ...(phone ? splitPhone(phone) : {}),
    ...(place ? { city: place.city, region: place.region, country: place.country ? englishCountry(place.country) : '' } : {}),
  });
  if (personal.country && place && personal.country !== place.country) unsure.country = `Written "${place.country}" in the resume.`;
  const links = dropEmpty({
    linkedin: linkedin ? asUrl(linkedin) : '',
    github: asUrl(GITHUB.exec(header)?.[0] ?? ''),
    twitter: asUrl(TWITTER.exec(header)?.[0] ?? ''),
    xing: xing ? asUrl(xing) : '',
    website: website ? asUrl(WEBSITE.exec(website)![0]) : '',
  });
  return { personal, links, unsure };
}
