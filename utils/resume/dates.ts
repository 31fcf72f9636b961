/**
 * Dates as resumes write them, turned into the profile's PartialDate strings ('YYYY' or 'YYYY-MM').
 * A range's end is '' with `current` set when the job or study is ongoing ("Present", "Now").
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
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const SEASON = String.raw`(?:spring|summer|fall|autumn|winter)`;
const YEAR = String.raw`(?:19|20)\d{2}`;
/** One point in time that carries a year. ISO "2015-03" is read as a month, never as the range 2015–2003. */
const POINT = [
  String.raw`${MONTH},?\s*${YEAR}`,
  String.raw`${MONTH}\s*['’]\d{2}`,
  String.raw`${SEASON}\s+${YEAR}`,
  String.raw`(?:0?[1-9]|1[0-2])\s*[/.-]\s*${YEAR}`,
  String.raw`${YEAR}\s*[/-]\s*(?:0[1-9]|1[0-2])(?!\d)`,
  YEAR,
].join('|');
const ONGOING = String.raw`present|now|current(?:ly)?|today|ongoing|to\s+date|date`;
/** "Jan – Mar 2018" and "2016–18": the start or end borrows the other side's year or century. */
const START = String.raw`${POINT}|${MONTH}`;
const END = String.raw`${POINT}|${ONGOING}|(?:1[3-9]|[2-9]\d)`;
const SEPARATOR = String.raw`\s*(?:[-–—‒―~]+|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b)\s*`;

const EDGE_BEFORE = String.raw`(?<![\p{L}\d])`;
const EDGE_AFTER = String.raw`(?![\p{L}\d])`;
const RANGE_RE = new RegExp(`${EDGE_BEFORE}(${START})${SEPARATOR}(${END})${EDGE_AFTER}`, 'iu');
const SINGLE_RE = new RegExp(
  `${EDGE_BEFORE}(?:(since|from)\\s+|(?:expected|anticipated|graduat(?:ed|ing|ion)(?:\\s+date)?|class\\s+of)[:\\s]+)?(${POINT})${EDGE_AFTER}`,
  'iu',
);
const ONGOING_RE = new RegExp(`^(?:${ONGOING})$`, 'iu');
/** LinkedIn appends the length of a job ("· 4 yrs 2 mos"); it says nothing the dates don't. */
const DURATION_RE =
  /\s*[·•|(]\s*(?:\d+\s*(?:yrs?|years?)(?:\s+\d+\s*(?:mos?|months?))?|\d+\s*(?:mos?|months?)|less than a year)\)?\s*$/iu;
/** What may stand between a date and the rest of its line. */
const EDGE_JUNK = /^[\s,;:|·•()[\]–—-]+|[\s,;:|·•()[\]–—-]+$/gu;

function monthIndex(text: string): number | null {
  const i = MONTHS.indexOf(text.slice(0, 3).toLowerCase());
  return i < 0 ? null : i + 1;
}

function pad(month: number): string {
  return String(month).padStart(2, '0');
}

function twoDigitYear(yy: string): string {
  // Resumes list working lives, so '95 is 1995 and '18 is 2018.
  const n = Number(yy);
  return String(n >= 50 ? 1900 + n : 2000 + n);
}

/** One date point as 'YYYY' or 'YYYY-MM'; a lone month yields just its number, to borrow a year later. */
function parsePoint(raw: string): { year: string; month: number | null } | null {
  const text = raw.trim();
  let m = /^(\d{4})\s*[/-]\s*(\d{2})$/.exec(text);
  if (m) return { year: m[1]!, month: Number(m[2]) };
  m = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
  if (m) return { year: m[2]!, month: Number(m[1]) };
  m = /^(\d{4})$/.exec(text);
  if (m) return { year: m[1]!, month: null };
  m = /^(\p{L}+)\.?,?\s*(\d{4}|['’]\d{2})?$/u.exec(text);
  if (!m) return null;
  const yearText = m[2] ?? '';
  const year = yearText.length === 4 ? yearText : yearText ? twoDigitYear(yearText.slice(1)) : '';
  const month = monthIndex(m[1]!);
  if (month !== null) return { year, month };
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
  return text.replace(EDGE_JUNK, '');
}

/** Dates only count at either end of a line: a year inside a sentence ("migrated 2000 servers") is not a date. */
function atEdge(line: string, index: number, length: number): boolean {
  const before = line.slice(0, index).replace(EDGE_JUNK, '');
  const after = line.slice(index + length).replace(EDGE_JUNK, '');
  return before === '' || after === '';
}

/**
 * Finds the date or date range at the start or end of a line ("Senior Engineer    Jan 2018 – Present"),
 * and returns it with the rest of the line.
 */
export function findDateRange(line: string): DateMatch | null {
  const text = line.replace(DURATION_RE, '');
  const range = RANGE_RE.exec(text);
  if (range && atEdge(text, range.index, range[0].length)) {
    const parsed = rangeFrom(range[1]!, range[2]!);
    if (parsed) {
      return {
        range: parsed,
        single: false,
        rest: cleanRest(text.slice(0, range.index) + text.slice(range.index + range[0].length)),
      };
    }
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
    rest: cleanRest(text.slice(0, single.index) + text.slice(single.index + single[0].length)),
  };
}

/** Parses text that is nothing but a date or a date range; null for anything else. */
export function parseDateRange(text: string): DateRange | null {
  const found = findDateRange(text);
  return found && found.rest === '' ? found.range : null;
}
