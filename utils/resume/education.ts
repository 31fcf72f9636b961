import type { EducationEntry } from '../profile/schema';
import { findDateRange, type DateRange } from './dates';
import { isBullet, isLabelLine, isTitleCased, splitParts } from './lines';
import { isPlace, splitTrailingPlace } from './location';

/**
 * Reads the schools of an education section. A school's lines come in any order (school, degree,
 * dates; or degree first; or dates first), so a new entry starts when a school or degree line
 * arrives that the open entry already has. Dates attach to the open entry when it has none yet;
 * dates that follow a complete entry and differ from its own wait for the next school, which is how
 * the LinkedIn export writes them (dates, school, degree, dates again).
 */

export type ParsedEducation = EducationEntry;

const SCHOOL_WORD =
  /(?<!\p{L})(?:University|Universit(?:é|ät|à)|Universidad|College|School|Institute|Institut|Academy|Polytechnic|Politecnico|Conservatory|Hochschule|Seminary|Lyceum|Gymnasium)(?!\p{L})/u;
const SECONDARY = /^(High School(?: Diploma)?|Secondary School Diploma|GED|A[- ]Levels?|Abitur|International Baccalaureate)(?=$|[\s,(])/i;
const ABBREVIATED_DEGREE =
  /^((?:B\.?\s?S\.?c?|B\.?\s?A\.?|B\.?\s?Eng\.?|B\.?\s?Tech\.?|B\.?\s?B\.?\s?A\.?|B\.?\s?F\.?\s?A\.?|B\.?\s?Com\.?|B\.?\s?E\.?|A\.?\s?B\.?|S\.?\s?B\.?|M\.?\s?S\.?c?|M\.?\s?A\.?|M\.?\s?Eng\.?|M\.?\s?Tech\.?|M\.?\s?B\.?\s?A\.?|M\.?\s?F\.?\s?A\.?|M\.?\s?P\.?\s?H\.?|M\.?\s?Phil\.?|M\.?\s?D\.?|J\.?\s?D\.?|Ph\.?\s?D\.?|D\.?\s?Phil\.?|Ed\.?\s?D\.?|LL\.?\s?[BM]\.?|A\.?\s?A\.?\s?S\.?|A\.?\s?S\.?|A\.?\s?A\.?)\.?(?:\s*\((?:Hons?|Honou?rs)\.?\))?)(?=$|[\s,(])/;
const LONG_DEGREE = /^(?:Bachelor|Master|Associate|Doctor(?:ate)?|Diploma|Certificate|Licen[cs]e)(?:['’]?s)?\b/i;
/** Where a long degree name ends and its field begins. */
const DEGREE_END = /\s+in\s+|\s*,\s*|\s+[-–—|]\s+/;
/** LinkedIn repeats the abbreviation after the name: "Bachelor of Science - BS, Computer Science". */
const REPEATED_ABBREVIATION = /^\s*[-–—]\s*[A-Z][A-Za-z.]{0,7}(?=\s*(?:,|$))/;
const GPA = /\b(?:GPA|Grade Point Average)\b\s*[:\-]?\s*(\d(?:\.\d{1,2})?(?:\s*\/\s*\d(?:\.\d{1,2})?)?)|(\d\.\d{1,2}(?:\s*\/\s*\d(?:\.\d{1,2})?)?)\s*GPA\b/i;
const HONOURS = /\b(?:cum laude|summa|magna|honou?rs|distinction|dean['’]s list|minor)\b/i;

interface Degree {
  degree: string;
  field: string;
  school: string;
}

function cleanField(text: string): string {
  return text.replace(/^(?:\s*(?:(?:in|of)\b|[,:–—-]))+\s*/i, '').replace(/[\s,;.]+$/, '').trim();
}

/** The field is the first comma-separated piece after the degree; a school may follow it. */
function degreeWithRest(degree: string, rest: string): Degree {
  const pieces = cleanField(rest.replace(REPEATED_ABBREVIATION, '')).split(/\s*,\s*/).filter(Boolean);
  const school = pieces.find((piece) => SCHOOL_WORD.test(piece)) ?? '';
  const field = pieces.find((piece) => piece !== school && !HONOURS.test(piece) && !isPlace(piece)) ?? '';
  return { degree: degree.trim(), field, school };
}

/** Reads "B.S. Computer Science", "Bachelor of Science in Computer Science", "Master’s Degree", "High School". */
export function parseDegree(text: string): Degree | null {
  const secondary = SECONDARY.exec(text);
  if (secondary) return degreeWithRest(secondary[1]!, text.slice(secondary[0].length));
  const abbreviated = ABBREVIATED_DEGREE.exec(text);
  if (abbreviated) return degreeWithRest(abbreviated[1]!, text.slice(abbreviated[0].length));
  if (!LONG_DEGREE.test(text)) return null;
  const end = DEGREE_END.exec(text);
  const cut = end?.index ?? text.length;
  return degreeWithRest(text.slice(0, cut), text.slice(cut));
}

interface Found {
  school: string;
  degree: Degree | null;
  unknown: string;
  range: DateRange | null;
  single: boolean;
  gpa: string;
}

function readLine(line: string): Found {
  const date = isBullet(line) ? null : findDateRange(line);
  let text = date ? date.rest : line;
  const gpaMatch = GPA.exec(text);
  const gpa = (gpaMatch?.[1] ?? gpaMatch?.[2] ?? '').replace(/\s+/g, '');
  if (gpaMatch) text = (text.slice(0, gpaMatch.index) + text.slice(gpaMatch.index + gpaMatch[0].length)).replace(/[\s,;|·]+$/, '');
  const found: Found = { school: '', degree: null, unknown: '', range: date?.range ?? null, single: date?.single ?? false, gpa };
  if (isBullet(line) || isLabelLine(text)) return found;
  for (const part of splitParts(text, false)) {
    if (isPlace(part)) continue;
    const name = splitTrailingPlace(part)?.rest || part;
    const degree = parseDegree(name);
    if (degree && !found.degree) {
      found.degree = degree;
      found.school ||= degree.school;
    } else if (SCHOOL_WORD.test(name) && !found.school) {
      found.school = name;
    } else if (!found.unknown && isTitleCased(name) && !HONOURS.test(name) && name.length <= 80) {
      found.unknown = name;
    }
  }
  return found;
}

function sameDates(entry: EducationEntry, range: DateRange): boolean {
  return entry.startDate === range.startDate && entry.endDate === range.endDate;
}

/** A single date on an education line is when the studies ended (or will end). */
function asStudyDates(range: DateRange, single: boolean): DateRange {
  return single ? { startDate: '', endDate: range.endDate, current: false } : range;
}

function hasDates(entry: EducationEntry): boolean {
  return entry.startDate !== '' || entry.endDate !== '';
}

export function parseEducation(lines: readonly string[]): { education: ParsedEducation[]; warnings: string[] } {
  const found = lines.map(readLine);
  const entries: ParsedEducation[] = [];
  let current: ParsedEducation | null = null;
  let pending: DateRange | null = null;

  const open = (): ParsedEducation => {
    const entry: ParsedEducation = { school: '', degree: '', field: '', startDate: '', endDate: '', gpa: '' };
    if (pending) Object.assign(entry, { startDate: pending.startDate, endDate: pending.endDate });
    pending = null;
    entries.push(entry);
    current = entry;
    return entry;
  };

  found.forEach((line, i) => {
    let entry: ParsedEducation | null = current;
    const startsEntry = (line.school && entry?.school) || (line.degree && entry?.degree);
    if (line.school || line.degree) {
      if (!entry || startsEntry) entry = open();
      entry.school ||= line.school;
      if (line.degree && !entry.degree) Object.assign(entry, { degree: line.degree.degree, field: line.degree.field });
    } else if (line.unknown) {
      // A name without a school word ("MIT", "Stanford") is a school where one is missing.
      const nextHasDegree = found[i + 1]?.degree != null;
      if (!entry || (entry.school && nextHasDegree)) entry = open();
      if (!entry.school) entry.school = line.unknown;
    }
    if (line.gpa && entry) entry.gpa ||= line.gpa;
    if (!line.range) return;
    const range = asStudyDates(line.range, line.single);
    if (entry && !hasDates(entry)) Object.assign(entry, { startDate: range.startDate, endDate: range.endDate });
    else if (!entry || !sameDates(entry, range)) pending = range;
  });

  const education = entries.filter((entry) => entry.school || entry.degree);
  const warnings = education.flatMap((entry, i) =>
    entry.school ? [] : [`School ${i + 1} (${entry.degree}): no school name found.`],
  );
  return { education, warnings };
}
