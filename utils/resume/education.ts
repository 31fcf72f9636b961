import type { EducationEntry } from '../profile/schema';
import { findDateRange, type DateRange } from './dates';
import { isBullet, isLabelLine, isTitleCased, splitParts, type Unsure } from './lines';
import { isPlace, splitTrailingPlace } from './location';

/**
 * Reads the schools of an education section, in English, German, French and Spanish.
 *
 * A school's lines come in any order (school, degree, dates; or degree first; or dates first). The
 * first entry tells which comes first in this resume, school or degree: that kind of line always
 * opens the next entry, so a degree never slides onto the school before it when that school has
 * none. A line of the other kind joins the open entry if it lacks one. Dates attach to the open entry
 * when it has none yet; dates that follow a complete entry and differ from its own wait for the
 * next school, which is how the LinkedIn export writes them (dates, school, degree, dates again).
 * Grades are read as written: "GPA 3.8/4.0", "Note: 1,7", "Nota media: 8,7", "First Class Honours",
 * "2:1", "Mention Bien".
 */

export interface ParsedEducation extends EducationEntry {
  unsure: Unsure<EducationEntry>;
}

const SCHOOL_WORD =
  /(?<!\p{L})(?:University|Universit(?:é|ät|à|y)|Universidad|College|School|Institute|Institut|Instituto|Academy|Akademie|Polytechnic|Politecnico|Politécnica|Conservatory|Hochschule|Fachhochschule|Seminary|Lyceum|Gymnasium|Lycée|École|Ecole|Escuela|Colegio|Sixth Form|Kolleg)(?!\p{L})/u;
const SECONDARY =
  /^(High School(?: Diploma)?|Secondary School Diploma|GED|A[- ]Levels?|GCSEs?|Abitur|Allgemeine Hochschulreife|Fachabitur|Matura|International Baccalaureate|Baccalauréat(?: (?:général|technologique|professionnel))?|Bachillerato)(?=$|[\s,(:])/i;
const ABBREVIATED_DEGREE =
  /^((?:B\.?\s?S\.?c?|B\.?\s?A\.?|B\.?\s?Eng\.?|B\.?\s?Tech\.?|B\.?\s?B\.?\s?A\.?|B\.?\s?F\.?\s?A\.?|B\.?\s?Com\.?|B\.?\s?E\.?|B\.?A\.?Sc\.?|A\.?\s?B\.?|S\.?\s?B\.?|M\.?\s?S\.?c?|M\.?\s?A\.?|M\.?\s?Eng\.?|M\.?\s?Tech\.?|M\.?\s?B\.?\s?A\.?|M\.?\s?F\.?\s?A\.?|M\.?\s?P\.?\s?H\.?|M\.?\s?Phil\.?|M\.?\s?D\.?|J\.?\s?D\.?|Ph\.?\s?D\.?|D\.?\s?Phil\.?|Ed\.?\s?D\.?|LL\.?\s?[BM]\.?|A\.?\s?A\.?\s?S\.?|A\.?\s?S\.?|A\.?\s?A\.?|BTS|DUT|BUT|MBA)\.?(?:\s*\((?:Hons?|Honou?rs)\.?\))?)(?=$|[\s,(])/;
/** Degree names that a field may follow with "in", "en", a comma, a dash or just a space. */
const LONG_DEGREE = new RegExp(
  [
    String.raw`^(?:(?:Bachelor|Master|Associate|Doctor)(?:['’]s)?`,
    String.raw`(?:\s+of\s+(?:Applied\s+)?(?:Science|Arts|Engineering|Business Administration|Fine Arts|Laws|Education|Music|Philosophy|Public Health|Technology|Commerce|Architecture|Nursing|Social Work))?`,
    String.raw`(?:\s+Degree)?(?:\s+[12](?!\d))?`,
    String.raw`|Doctorate|Diploma|Diplom(?:-\p{L}+)?|Certificate|Certification|Licen[cs]e(?:\s+professionnelle)?|Licenciatura|Grado|Máster|Magister|Doktor|Promotion|Staatsexamen|Ingeniería Técnica|Diplôme d['’]ingénieur|Diplôme)`,
  ].join(''),
  'iu',
);
/** LinkedIn repeats the abbreviation after the name: "Bachelor of Science - BS, Computer Science". */
const REPEATED_ABBREVIATION = /^\s*[-–—]\s*[A-Z][A-Za-z.]{0,7}(?=\s*(?:,|$))/;
const NUMBER = String.raw`\d{1,2}(?:[.,]\d{1,2})?`;
const GRADE_LABEL = String.raw`GPA|CGPA|Grade Point Average|Abschlussnote|Gesamtnote|Durchschnittsnote|Endnote|Note|Nota media|Nota|Moyenne|Grade`;
const GRADE = new RegExp(
  String.raw`\(?\b(?:${GRADE_LABEL})\b\s*[:\-]?\s*(${NUMBER}(?:\s*\/\s*${NUMBER})?)\)?|\b(\d[.,]\d{1,2}(?:\s*\/\s*${NUMBER})?)\s*(?:GPA|CGPA)\b`,
  'iu',
);
/** British degree classes; the upper and lower seconds are known by their short names. */
const UK_CLASS: readonly [RegExp, string][] = [
  [/\bfirst[- ]class(?:\s+honou?rs)?\b|\(1st\)/i, 'First Class Honours'],
  [/\bupper second[- ]class(?:\s+honou?rs)?(?:\s*\(2:1\))?|\b2:1\b|\b2\.1\b(?=\s*$)/i, '2:1'],
  [/\blower second[- ]class(?:\s+honou?rs)?(?:\s*\(2:2\))?|\b2:2\b/i, '2:2'],
  [/\bthird[- ]class(?:\s+honou?rs)?\b/i, 'Third Class Honours'],
];
/** French honours ("mention Très bien"), the grade the degree was awarded with. */
const MENTION = /\bmention\s+(très bien|tres bien|bien|assez bien|passable)\b/i;
/** A grade on the American four-point scale, which forms asking for a GPA expect. */
const US_GPA = /^\d\.\d{1,2}(?:\/\d(?:\.\d{1,2})?)?$/;
const HONOURS = /\b(?:cum laude|summa|magna|honou?rs|distinction|dean['’]s list|minor|mention|auszeichnung)\b/i;

interface Degree {
  degree: string;
  field: string;
  school: string;
}

function cleanField(text: string): string {
  return text
    .replace(/^(?:\s*(?:(?:in|of|en|de|in der|im)\b|[,:–—-]))+\s*/i, '')
    .replace(/[\s,;.]+$/, '')
    .trim();
}

/** The field is the first comma-separated piece after the degree; a school may follow it. */
function degreeWithRest(name: string, text: string): Degree {
  // "Master of Business Administration (MBA)": the abbreviation in brackets is part of the degree's name.
  const abbreviation = /^\s*\([A-Z][A-Za-z.]{1,8}\)/.exec(text)?.[0] ?? '';
  const degree = name + abbreviation;
  const rest = text.slice(abbreviation.length);
  const pieces = cleanField(rest.replace(REPEATED_ABBREVIATION, '')).split(/\s*,\s*/).filter(Boolean);
  const school = pieces.find((piece) => SCHOOL_WORD.test(piece)) ?? '';
  const field = pieces.find((piece) => piece !== school && !HONOURS.test(piece) && !isPlace(piece) && !UK_CLASS.some(([re]) => re.test(piece))) ?? '';
  return { degree: degree.trim(), field, school };
}

/** Reads "B.S. in Computer Science", "Master of Science Informatik", "Máster en Ingeniería", "Licence Mathématiques", "High School". */
export function parseDegree(text: string): Degree | null {
  const secondary = SECONDARY.exec(text);
  if (secondary) return degreeWithRest(secondary[1]!, text.slice(secondary[0].length));
  const abbreviated = ABBREVIATED_DEGREE.exec(text);
  if (abbreviated) return degreeWithRest(abbreviated[1]!, text.slice(abbreviated[0].length));
  const long = LONG_DEGREE.exec(text);
  if (!long) return null;
  return degreeWithRest(long[0], text.slice(long[0].length));
}

/** The grade in a line, as written ("3.8/4.0", "1,7", "First Class Honours"), and the line without it. */
export function gradeIn(text: string): { grade: string; rest: string } | null {
  const remove = (index: number, length: number) =>
    (text.slice(0, index) + text.slice(index + length)).replace(/\(\s*\)/g, '').replace(/[\s,;|·–—-]+$/, '').trim();
  const found = GRADE.exec(text);
  if (found) return { grade: (found[1] ?? found[2] ?? '').replace(/\s+/g, ''), rest: remove(found.index, found[0].length) };
  for (const [pattern, grade] of UK_CLASS) {
    const match = pattern.exec(text);
    if (match) return { grade, rest: remove(match.index, match[0].length) };
  }
  const mention = MENTION.exec(text);
  if (mention) return { grade: `Mention ${mention[1]!.charAt(0).toUpperCase()}${mention[1]!.slice(1).toLowerCase()}`, rest: remove(mention.index, mention[0].length) };
  return null;
}

interface Found {
  school: string;
  degree: Degree | null;
  unknown: string;
  range: DateRange | null;
  single: boolean;
  grade: string;
}

function readLine(line: string): Found {
  const date = isBullet(line) ? null : findDateRange(line);
  let text = date ? date.rest : line;
  const grade = gradeIn(text);
  if (grade) text = grade.rest;
  const found: Found = { school: '', degree: null, unknown: '', range: date?.range ?? null, single: date?.single ?? false, grade: grade?.grade ?? '' };
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
  // The kind of line the first entry started with, once that entry has both: in this resume, that kind starts every entry.
  let firstKind: 'school' | 'degree' | null = null;
  let opener: 'school' | 'degree' | null = null;

  const open = (): ParsedEducation => {
    const entry: ParsedEducation = { school: '', degree: '', field: '', startDate: '', endDate: '', gpa: '', unsure: {} };
    if (pending) Object.assign(entry, { startDate: pending.startDate, endDate: pending.endDate });
    pending = null;
    entries.push(entry);
    current = entry;
    return entry;
  };

  found.forEach((line, i) => {
    let entry: ParsedEducation | null = current;
    if (line.school || line.degree) {
      const kind = line.school && line.degree ? 'both' : line.degree ? 'degree' : 'school';
      const opens =
        kind === 'both' ||
        (kind === 'school' && (entry?.school || opener === 'school')) ||
        (kind === 'degree' && (entry?.degree || opener === 'degree'));
      if (!entry || opens) {
        entry = open();
        if (entries.length === 1 && kind !== 'both') firstKind = kind;
      }
      entry.school ||= line.school;
      if (line.degree && !entry.degree) Object.assign(entry, { degree: line.degree.degree, field: line.degree.field });
      if (!opener && entries.length === 1 && entry.school && entry.degree) opener = firstKind;
    } else if (line.unknown) {
      // A name without a school word ("MIT", "Stanford") is a school where one is missing.
      const nextHasDegree = found[i + 1]?.degree != null;
      if (!entry || (entry.school && nextHasDegree)) entry = open();
      if (!entry.school) entry.school = line.unknown;
    }
    if (line.grade && entry) entry.gpa ||= line.grade;
    if (!line.range) return;
    const range = asStudyDates(line.range, line.single);
    if (entry && !hasDates(entry)) Object.assign(entry, { startDate: range.startDate, endDate: range.endDate });
    else if (!entry || !sameDates(entry, range)) pending = range;
  });

  const education = entries.filter((entry) => entry.school || entry.degree);
  for (const entry of education) {
    if (!entry.school) entry.unsure.school = 'No school name found.';
    if (!entry.degree) entry.unsure.degree = 'No degree found.';
    if (!entry.startDate && entry.endDate) entry.unsure.endDate = 'Only one date is given: read as when these studies ended.';
    if (entry.gpa && !US_GPA.test(entry.gpa)) entry.unsure.gpa = 'Kept as the resume writes it, in its own grading scale.';
  }
  const warnings = education.flatMap((entry, i) =>
    entry.school ? [] : [`School ${i + 1} (${entry.degree}): no school name found.`],
  );
  return { education, warnings };
}
