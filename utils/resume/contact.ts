import type { Address, Links, Personal } from '../profile/schema';
import { findDateRange } from './dates';
import { splitParts } from './lines';
import { parsePlace } from './location';
import { headingKind } from './sections';
import { looksLikeJobTitle } from './work';

/** Who the resume is about and how to reach them, read from the lines above its first section. */

export type ParsedPersonal = Partial<
  Pick<Personal, 'firstName' | 'middleName' | 'lastName' | 'headline' | 'summary' | 'email' | 'phone' | 'phoneCountryCode'> &
    Pick<Address, 'city' | 'region' | 'country'>
>;
export type ParsedLinks = Partial<Pick<Links, 'linkedin' | 'github' | 'website' | 'twitter'>>;

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/u;
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){1,4}|\+\d{10,14}/;
const LINKEDIN = /(?:https?:\/\/)?(?:[\w-]+\.)?linkedin\.com\/in\/[^\s|,;·•)]+/i;
const GITHUB = /(?:https?:\/\/)?(?:www\.)?github\.com\/[\w-]+/i;
const TWITTER = /(?:https?:\/\/)?(?:www\.)?(?:twitter|x)\.com\/\w+/i;
/** Bare domains need a familiar ending, so that "Node.js" is not read as a web site. */
const WEBSITE =
  /(?:https?:\/\/[^\s|,;·•)]+|(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|me|co|ai|app|xyz|site|page|tech|info|blog|design|codes|sh|so|us|uk|de|ca|eu|fr|nl|ch|au)(?:\/[^\s|,;·•)]*)?)(?![\w.])/i;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|de|del|della|der|den|da|di|do|dos|du|la|le|van|von|ter|bin|ibn|al)$/u;
/** Lower-case particles belong to the family name: "Ana de la Cruz". */
const PARTICLE = /^\p{Ll}/u;
const NAME_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV|PhD|Ph\.D\.|MD|M\.D\.|MBA|CPA|PE|P\.E\.)$/;
/** The name is one of the first lines; further down, two capitalised words are a place or a company. */
const NAME_LINES = 3;

function asUrl(text: string): string {
  const bare = text.replace(/[.,;:)]+$/, '');
  const url = /^https?:\/\//i.test(bare) ? bare : `https://${bare}`;
  return URL.canParse(url) ? url : '';
}

function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, boundary: string, letter: string) => boundary + letter.toUpperCase());
}

/** An email address, phone number or web address. */
export function isContact(text: string): boolean {
  return EMAIL.test(text) || LINKEDIN.test(text) || GITHUB.test(text) || TWITTER.test(text) || WEBSITE.test(text) || phoneIn(text) !== null;
}

function phoneIn(text: string): string | null {
  const match = PHONE.exec(text.replace(EMAIL, ' '));
  if (!match) return null;
  const digits = match[0].replace(/\D/g, '').length;
  if (digits < 7 || digits > 15 || findDateRange(match[0])) return null;
  return match[0].trim();
}

/** "+1 (415) 555-0100" -> "+1" and "(415) 555-0100"; a number written without its code keeps it unsplit. */
function splitPhone(phone: string): Pick<ParsedPersonal, 'phone' | 'phoneCountryCode'> {
  const spaced = /^\+(\d{1,3})[\s.-]+(.+)$/.exec(phone);
  if (spaced) return { phoneCountryCode: `+${spaced[1]}`, phone: spaced[2]! };
  // North American numbers are the only ones whose country code can be read off the digits alone.
  const northAmerican = /^\+1(\d{10})$/.exec(phone);
  if (northAmerican) return { phoneCountryCode: '+1', phone: northAmerican[1]! };
  return { phone };
}

function nameIn(line: string): Pick<ParsedPersonal, 'firstName' | 'middleName' | 'lastName'> | null {
  const text = (splitParts(line)[0] ?? '').split(',')[0]!.trim();
  const words = text.split(/\s+/).filter((word) => !NAME_SUFFIX.test(word));
  if (words.length < 2 || words.length > 5 || !words.every((word) => NAME_WORD.test(word))) return null;
  if (PARTICLE.test(words[0]!) || headingKind(text) || parsePlace(text) || looksLikeJobTitle(text)) return null;
  const upper = text === text.toUpperCase();
  const names = upper ? words.map(titleCase) : words;
  let lastStart = names.length - 1;
  while (lastStart > 1 && PARTICLE.test(names[lastStart - 1]!)) lastStart--;
  return {
    firstName: names[0]!,
    middleName: names.slice(1, lastStart).join(' '),
    lastName: names.slice(lastStart).join(' '),
  };
}

function placeIn(lines: readonly string[]): Pick<ParsedPersonal, 'city' | 'region' | 'country'> | null {
  for (const line of lines) {
    for (const part of [line, ...splitParts(line)]) {
      const place = parsePlace(part);
      if (place && (place.city || place.region || place.country)) return place;
    }
  }
  return null;
}

function dropEmpty<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== '' && v !== undefined)) as Partial<T>;
}

/**
 * Reads name, headline, email, phone, place and links from the header lines (the top of the resume
 * and any contact section). An email address and a LinkedIn profile address are the person's own
 * wherever they stand, so `allText` is searched for them too; other web addresses and phone numbers
 * count only in the header, since a description may name an employer's.
 */
export function parseContact(headerLines: readonly string[], allText: string): { personal: ParsedPersonal; links: ParsedLinks } {
  const header = headerLines.join('\n');
  const nameAt = headerLines.slice(0, NAME_LINES).findIndex((line) => nameIn(line) !== null);
  const name = nameAt >= 0 ? nameIn(headerLines[nameAt]!) : null;

  const headline = headerLines
    .slice(nameAt + 1)
    .map((line) => splitParts(line).filter((part) => !isContact(part) && !parsePlace(part)).join(' | '))
    .find((text) => text !== '' && text.length <= 120 && !findDateRange(text) && !headingKind(text));

  const phone = headerLines.map(phoneIn).find((found) => found !== null);
  const linkedin = LINKEDIN.exec(header)?.[0] ?? LINKEDIN.exec(allText)?.[0];
  const known = [LINKEDIN, GITHUB, TWITTER];
  const website = headerLines
    .flatMap((line) => line.replace(new RegExp(EMAIL.source, 'gu'), ' ').split(/\s+|\s*[|·•,]\s*/))
    .find((token) => WEBSITE.test(token) && !known.some((re) => re.test(token)));

  const personal = dropEmpty({
    ...name,
    headline: headline ?? '',
    email: EMAIL.exec(header)?.[0] ?? EMAIL.exec(allText)?.[0] ?? '',
    ...(phone ? splitPhone(phone) : {}),
    ...placeIn(headerLines.filter((_, i) => i !== nameAt)),
  });
  const links = dropEmpty({
    linkedin: linkedin ? asUrl(linkedin) : '',
    github: asUrl(GITHUB.exec(header)?.[0] ?? ''),
    twitter: asUrl(TWITTER.exec(header)?.[0] ?? ''),
    website: website ? asUrl(WEBSITE.exec(website)![0]) : '',
  });
  return { personal, links };
}
