/**
 * Dates as resumes write them, in English, German, French and Spanish, turned into the profile's
 * PartialDate strings ('YYYY' or 'YYYY-MM'). A range's end is '' with `current` set when the job
 * or study is ongoing ("Present", "heute", "aujourd'hui", "actualidad", "since 2020", "2020 –"):
 * an open range never gets an end date. A planned end ("May 2025 (expected)", "voraussichtlich
 * 09/2025") is an end date like any other.
 */

export interface DateRange {
  startDate: string;
  endDate: string;
  current: boolean;
}

export interface DateMatch {
  range: DateRange;
  /** True when the text gave one date rather than a range (a graduation year, a one-year job). */
  single: boolean;
  /** The line without the dates and the separators around them. */
  rest: string;
  /** A start followed by a dash and nothing ("2020-"): read as ongoing, which the resume does not quite say. */
  open: boolean;
}

/** Month names and their abbreviations in the four languages, by month number. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'févr', 'fevr', 'febrero'],
  ['march', 'mar', 'märz', 'maerz', 'mrz', 'mars', 'marzo'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr'],
  ['may', 'mai', 'mayo'],
  ['june', 'jun', 'juni', 'juin', 'junio'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago'],
  ['september', 'sept', 'sep', 'septembre', 'septiembre', 'setiembre', 'set'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre'],
  ['november', 'nov', 'novembre', 'noviembre'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic'],
];
const MONTH_NUMBER = new Map(MONTH_NAMES.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const MONTH = `(?:${[...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})\\.?`;
const SEASON = String.raw`(?:spring|summer|fall|autumn|winter|frühjahr|sommer|herbst|printemps|été|automne|hiver|primavera|verano|otoño|invierno)`;
const YEAR = String.raw`(?:19|20)\d{2}`;
const DAY = String.raw`(?:0?[1-9]|[12]\d|3[01])`;
const MONTH_NUMERAL = String.raw`(?:0?[1-9]|1[0-2])`;
/** One point in time that carries a year. ISO "2015-03" is read as a month, never as the range 2015–2003. */
const POINT = [
  String.raw`${DAY}\s*[./]\s*${MONTH_NUMERAL}\s*[./]\s*${YEAR}`,
  String.raw`${MONTH}\s*(?:de\s+)?,?\s*${YEAR}`,
  String.raw`${MONTH}\s*['’]\d{2}`,
  String.raw`${SEASON}\s+(?:de\s+)?${YEAR}`,
  String.raw`${MONTH_NUMERAL}\s*[/.-]\s*${YEAR}`,
  String.raw`${YEAR}\s*[/-]\s*(?:0[1-9]|1[0-2])(?!\d)`,
  YEAR,
].join('|');
const ONGOING = [
  'present', 'now', 'current(?:ly)?', 'today', 'ongoing', 'to\\s+date', 'date',
  'heute', 'jetzt', 'aktuell', 'laufend', 'dato',
  'présent', 'aujourd[’\']hui', '(?:à\\s+)?ce\\s+jour', 'en\\s+cours', 'maintenant',
  '(?:la\\s+)?actualidad', 'actualmente', 'presente', 'actual', 'hoy', '(?:la\\s+)?fecha',
].join('|');
/** "Jan – Mar 2018" and "2016–18": the start or end borrows the other side's year or century. */
const START = String.raw`${POINT}|${MONTH}`;
const END = String.raw`${POINT}|${ONGOING}|(?:1[3-9]|[2-9]\d)`;
const SEPARATOR = String.raw`\s*(?:[-–—‒―~]+|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b|\bbis\b|(?<!\p{L})à(?!\p{L})|\bau\b|\ba\b|\bhasta\b|\bal\b)\s*`;
/** "from 2019 to 2021", "von 2019 bis 2021", "de 2019 à 2021", "desde 2019 hasta 2021". */
const FROM = String.raw`(?:(?:from|von|vom|de|du|desde|del)\s+)?`;
const SINCE = String.raw`since|from|seit|ab|depuis|dès|desde`;
/** Words that mark an end date as planned; the date counts all the same. */
const PLANNED = /\(?\b(?:expected|anticipated|voraussichtlich|vsl\.|vorauss\.|prévue?|prévu(?:e|es)?|prevista|previsto|esperad[oa])\b\.?\)?:?/giu;

const EDGE_BEFORE = String.raw`(?<![\p{L}\d])`;
const EDGE_AFTER = String.raw`(?![\p{L}\d])`;
const RANGE_RE = new RegExp(`${EDGE_BEFORE}${FROM}(${START})${SEPARATOR}(${END})${EDGE_AFTER}`, 'iu');
/** A start with a dash after it and nothing more: "2020-", "Mar 2019 – ". */
const OPEN_RE = new RegExp(`${EDGE_BEFORE}${FROM}(${POINT})\\s*(?:[-–—]+|\\bto\\b|\\bbis\\b)\\s*$`, 'iu');
const SINGLE_RE = new RegExp(
  `${EDGE_BEFORE}(?:(${SINCE})\\s+|(?:graduat(?:ed|ing|ion)(?:\\s+date)?|class\\s+of|abschluss)[:\\s]+)?(${POINT})${EDGE_AFTER}`,
  'iu',
);
const ONGOING_RE = new RegExp(`^(?:${ONGOING})$`, 'iu');
/** LinkedIn appends the length of a job ("· 4 yrs 2 mos", "(3 Jahre 3 Monate)"); it says nothing the dates don't. */
const LENGTH = String.raw`(?:\d+\s*(?:yrs?|years?|jahre?|ans?|años?)(?:\s+\d+\s*(?:mos?|months?|monate?|mois|meses|mes))?|\d+\s*(?:mos?|months?|monate?|mois|meses|mes)|less than a year|weniger als ein jahr|moins d[’']un an|menos de un año)`;
const DURATION_RE = new RegExp(String.raw`\s*[·•|(]\s*${LENGTH}\)?\s*$`, 'iu');
/** What may stand between a date and the rest of its line. */
const EDGE_JUNK = /^[\s,;:|·•()[\]–—-]+|[\s,;:|·•()[\]–—-]+$/gu;

/** A line that is nothing but a length of time ("3 years 2 months", "2 Jahre 5 Monate"). */
export const DURATION_ONLY = new RegExp(`^\\(?${LENGTH}\\)?$`, 'iu');

function pad(month: number): string {
  return String(month).padStart(2, '0');
}

function twoDigitYear(yy: string): string {
  // Resumes list working lives, so '95 is 1995 and '18 is 2018.
  const n = Number(yy);
  return String(n >= 50 ? 1900 + n : 2000 + n);
}

/** One date point as year and month; a lone month has no year yet and borrows one later. */
function parsePoint(raw: string): { year: string; month: number | null } | null {
  const text = raw.trim().replace(/\s+de\s+/i, ' ');
  let m = /^(\d{4})\s*[/-]\s*(\d{2})$/.exec(text);
  if (m) return { year: m[1]!, month: Number(m[2]) };
  m = /^(\d{1,2})\s*([./])\s*(\d{1,2})\s*[./]\s*(\d{4})$/.exec(text);
  if (m) {
    // Day first ("01.03.2019", "15/09/2018"); a slash with both parts up to 12 is the American month first.
    const [first, second] = [Number(m[1]), Number(m[3])];
    const monthFirst = m[2] === '/' && first <= 12 && second > 12;
    return { year: m[4]!, month: monthFirst ? first : second };
  }
  m = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
  if (m) return { year: m[2]!, month: Number(m[1]) };
  m = /^(\d{4})$/.exec(text);
  if (m) return { year: m[1]!, month: null };
  m = /^(\p{L}+)\.?,?\s*(\d{4}|['’]\d{2})?$/u.exec(text);
  if (!m) return null;
  const yearText = m[2] ?? '';
  const year = yearText.length === 4 ? yearText : yearText ? twoDigitYear(yearText.slice(1)) : '';
  const month = MONTH_NUMBER.get(m[1]!.toLowerCase());
  if (month !== undefined) return { year, month };
  // A season names a year but no month anyone agrees on.
  return year ? { year, month: null } : null;
}

function format(point: { year: string; month: number | null }): string {
  return point.month === null ? point.year : `${point.year}-${pad(point.month)}`;
}

function rangeFrom(startText: string, endText: string): DateRange | null {
  const start = parsePoint(startText);
  if (!start) return null;
  if (ONGOING_RE.test(endText.trim())) {
    return start.year ? { startDate: format(start), endDate: '', current: true } : null;
  }
  let end = parsePoint(endText);
  if (!end && /^\d{2}$/.test(endText.trim()) && start.year) {
    end = { year: start.year.slice(0, 2) + endText.trim(), month: null };
  }
  if (!end?.year) return null;
  const startYear = start.year || end.year;
  if (Number(end.year) < Number(startYear)) return null;
  return { startDate: format({ year: startYear, month: start.month }), endDate: format(end), current: false };
}

function cleanRest(text: string): string {
  return text.replace(EDGE_JUNK, '').replace(/\s{2,}/g, ' ');
}

/** Dates only count at either end of a line: a year inside a sentence ("migrated 2000 servers") is not a date. */
function atEdge(line: string, index: number, length: number): boolean {
  const before = line.slice(0, index).replace(EDGE_JUNK, '');
  const after = line.slice(index + length).replace(EDGE_JUNK, '');
  return before === '' || after === '';
}

function without(text: string, index: number, length: number): string {
  return cleanRest(`${text.slice(0, index)} ${text.slice(index + length)}`);
}

/**
 * Finds the date or date range at the start or end of a line ("Senior Engineer    Jan 2018 – Present"),
 * and returns it with the rest of the line.
 */
export function findDateRange(line: string): DateMatch | null {
  const text = line.replace(DURATION_RE, '').replace(PLANNED, ' ').replace(/\s+$/, '');
  const range = RANGE_RE.exec(text);
  if (range && atEdge(text, range.index, range[0].length)) {
    const parsed = rangeFrom(range[1]!, range[2]!);
    if (parsed) return { range: parsed, single: false, rest: without(text, range.index, range[0].length), open: false };
  }
  const open = OPEN_RE.exec(text);
  if (open) {
    const point = parsePoint(open[1]!);
    if (point?.year) return { range: { startDate: format(point), endDate: '', current: true }, single: false, rest: without(text, open.index, open[0].length), open: true };
  }
  const single = SINGLE_RE.exec(text);
  if (!single || !atEdge(text, single.index, single[0].length)) return null;
  const point = parsePoint(single[2]!);
  if (!point?.year) return null;
  const date = format(point);
  const ongoing = single[1] !== undefined;
  return {
    range: { startDate: date, endDate: ongoing ? '' : date, current: ongoing },
    single: !ongoing,
    rest: without(text, single.index, single[0].length),
    open: false,
  };
}

/** Parses text that is nothing but a date or a date range; null for anything else. */
export function parseDateRange(text: string): DateRange | null {
  const found = findDateRange(text);
  return found && found.rest === '' ? found.range : null;
}
