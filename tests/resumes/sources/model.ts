import type { EducationEntry, WorkEntry } from '../../../utils/profile/schema';
import type { ParsedLinks, ParsedPersonal } from '../../../utils/resume/parse';

/**
 * The resume corpus as data: each resume is the truth (the profile a careful person would type in)
 * and the blocks a resume tool lays out from it. scripts/make-resume-corpus.ts renders the blocks as
 * a PDF, a Word file or text and writes the truth beside it as <id>.expected.json, so the expected
 * profile never comes from the parser under test.
 */

export interface Truth {
  personal: ParsedPersonal;
  links: ParsedLinks;
  work: WorkEntry[];
  education: EducationEntry[];
  skills: string[];
}

export type Block =
  /** The person's name, drawn large. */
  | { kind: 'name'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'line'; text: string; style?: 'bold' | 'italic' | 'small' }
  /** Left text and right-aligned text on one baseline (a title and its dates). */
  | { kind: 'pair'; left: string; right: string; style?: 'bold' }
  /** A tabular CV row: a narrow left column (dates, labels) and the text at a tab stop. */
  | { kind: 'row'; left: string; right: string; style?: 'bold' }
  | { kind: 'bullet'; text: string }
  /** Running text, wrapped to the column. */
  | { kind: 'para'; text: string }
  | { kind: 'gap' };

/** How the headings of a PDF are drawn. */
export type HeadingStyle = 'caps' | 'title' | 'lower' | 'tracked' | 'letters' | 'smallcaps';

export type Format =
  | {
      type: 'pdf';
      /** word: a word processor's export; latex: a LaTeX CV; tabular: a European CV with a date column. */
      layout: 'word' | 'latex' | 'tabular';
      font: 'Helvetica' | 'Times' | 'Courier';
      headings: HeadingStyle;
      /** Drawn at the top of every page but the first (a running head). */
      runningHead?: string;
      /** Page furniture at the bottom of every page. */
      footer?: 'page-of' | 'number' | 'fraction';
      /** Blocks per page: the document breaks to a new page after this many. */
      pageBreakAt?: number;
    }
  | {
      type: 'pdf';
      /** sidebar: a design tool's two columns; linkedin: LinkedIn's "Save to PDF". */
      layout: 'sidebar' | 'linkedin';
      font: 'Helvetica' | 'Times';
      headings: HeadingStyle;
      side: 'left' | 'right';
      sidebar: Block[];
      footer?: 'page-of';
      /** Main-column blocks on the first page. */
      pageBreakAt?: number;
      /** "Page 1 of 2" in the language of the export. */
      pageWord?: [string, string];
    }
  | { type: 'docx'; sidebar?: Block[] }
  | { type: 'txt'; /** What stands between a pair's two sides when typed as text. */ pair: string };

export interface CorpusResume {
  id: string;
  /** What this resume's shape is for: the layout and the traps in it. */
  about: string;
  format: Format;
  blocks: Block[];
  truth: Truth;
}

// Blocks, shortly.
export const name = (text: string): Block => ({ kind: 'name', text });
export const heading = (text: string): Block => ({ kind: 'heading', text });
export const line = (text: string, style?: 'bold' | 'italic' | 'small'): Block => ({ kind: 'line', text, ...(style ? { style } : {}) });
export const pair = (left: string, right: string, style?: 'bold'): Block => ({ kind: 'pair', left, right, ...(style ? { style } : {}) });
export const row = (left: string, right: string, style?: 'bold'): Block => ({ kind: 'row', left, right, ...(style ? { style } : {}) });
export const bullet = (text: string): Block => ({ kind: 'bullet', text });
export const para = (text: string): Block => ({ kind: 'para', text });
export const gap: Block = { kind: 'gap' };
export const bullets = (entry: { description: string }): Block[] => (entry.description ? entry.description.split('\n').map(bullet) : []);

/** A job of the truth; `end` 'now' is a current job. */
export function job(company: string, title: string, location: string, start: string, end: string, description: string[] = []): WorkEntry {
  const current = end === 'now';
  return { company, title, location, startDate: start, endDate: current ? '' : end, current, description: description.join('\n') };
}

export function school(school: string, degree: string, field: string, start: string, end: string, gpa = ''): EducationEntry {
  return { school, degree, field, startDate: start, endDate: end, gpa };
}

type Language = 'en' | 'de' | 'fr' | 'es';

const MONTHS: Readonly<Record<Language, { short: string[]; long: string[] }>> = {
  en: {
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  },
  de: {
    short: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sep.', 'Okt.', 'Nov.', 'Dez.'],
    long: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  },
  fr: {
    short: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
    long: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  },
  es: {
    short: ['ene.', 'feb.', 'mar.', 'abr.', 'may.', 'jun.', 'jul.', 'ago.', 'sept.', 'oct.', 'nov.', 'dic.'],
    long: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  },
};

export type MonthStyle = 'short' | 'long' | 'num' | 'dot' | 'year';

/** A truth date ('YYYY' or 'YYYY-MM') as a resume writes it. */
export function date(value: string, style: MonthStyle = 'short', language: Language = 'en'): string {
  const [year, month] = value.split('-');
  if (!month || style === 'year') return year!;
  const m = Number(month);
  if (style === 'num') return `${month}/${year}`;
  if (style === 'dot') return `${month}.${year}`;
  return `${MONTHS[language][style][m - 1]} ${year}`;
}

export interface RangeStyle {
  month?: MonthStyle;
  language?: Language;
  separator?: string;
  /** The word for an ongoing end ('Present', 'heute'); '' writes an open range ("2020 –"). */
  present?: string;
}

/** A job's or school's dates as a resume writes them. */
export function range(entry: { startDate: string; endDate: string; current?: boolean }, style: RangeStyle = {}): string {
  const { month = 'short', language = 'en', separator = ' – ', present = 'Present' } = style;
  const start = entry.startDate ? date(entry.startDate, month, language) : '';
  const end = entry.current ? present : entry.endDate ? date(entry.endDate, month, language) : '';
  if (!start) return end;
  return `${start}${separator}${end}`.trimEnd();
}
