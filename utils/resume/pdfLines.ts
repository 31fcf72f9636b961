/**
 * Rebuilds a resume's reading order from pdf.js text items, using where each run of text stands.
 *
 * - Lines: the runs on one baseline, left to right; a wide gap inside a line (a right-aligned date,
 *   a table's next cell) becomes a tab, and letters placed one by one with tracking ("E X P E R I E N C E")
 *   become the word again.
 * - Columns: a design tool's sidebar or LinkedIn's contact column stands beside the main text with
 *   its own baselines. Such a page is read column by column: the main column of every page first,
 *   then the sidebars after a form feed ("\f"), which tells the parser that a new block starts.
 *   A European CV's date column is not a column in this sense: its dates share their baselines
 *   with the text beside them, so it stays a table read row by row.
 * - Page furniture: page numbers ("Page 1 of 2", "2/3", "- 2 -"), and headers and footers repeated
 *   on several pages or repeating the owner's name on a later page, are dropped.
 * - The name: the largest text of the first page comes first, wherever its column stands.
 */
import { BLOCK_BREAK } from './sections';

/** The fields of a pdf.js TextItem this needs; marked-content items ({ type }) carry no text and are skipped. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, x, y]: the text's scale and skew, then where its baseline starts. */
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

export interface PdfPage {
  items: readonly (PdfTextItem | { type: string })[];
  width: number;
  height: number;
}


interface Run {
  x: number;
  y: number;
  end: number;
  size: number;
  text: string;
}

interface Line {
  runs: Run[];
  y: number;
  /** The largest font size on the line. */
  size: number;
  text: string;
}

/** A baseline shift under half the font size is the same line (sub- and superscripts, mixed fonts). */
const SAME_LINE = 0.5;
/** Two columns' lines pair up only when their baselines match this closely, as a table's cells do. */
const SAME_BASELINE = 1.5;
/** Gaps wider than this many font sizes separate columns, not words. */
const COLUMN_GAP = 1.5;
const WORD_GAP = 0.15;
/** Headers and footers stand in this share of the page's height at its top and bottom. */
const MARGIN_BAND = 0.06;
/** A column edge needs this many lines starting at it. */
const MIN_COLUMN_LINES = 4;
const PAGE_NUMBER =
  /^(?:(?:page|seite|página|pagina|pág\.?|p\.)\s*\d+(?:\s*(?:of|von|de|sur|di|\/)\s*\d+)?|\d+\s*(?:\/|of|von|de|sur)\s*\d+|[-–—]?\s*\d{1,3}\s*[-–—]?)$/i;

function runsOf(items: PdfPage['items']): Run[] {
  const runs: Run[] = [];
  for (const item of items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
    const size = Math.hypot(c, d) || item.height || 1;
    runs.push({ x, y, end: x + item.width, size, text: item.str });
  }
  return runs;
}

/** Letters placed one by one: most runs are a single letter. */
function isLetterSpaced(runs: readonly Run[]): boolean {
  const letters = runs.filter((run) => /^\s*\p{L}\s*$/u.test(run.text)).length;
  return runs.length >= 4 && letters / runs.length >= 0.8;
}

/** "E X P E R I E N C E" from one letter per run: a word ends where the gap is clearly wider than the tracking. */
function joinLetters(runs: readonly Run[]): string {
  const gaps = runs.slice(1).map((run, i) => run.x - runs[i]!.end);
  const typical = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? 0;
  return runs.map((run, i) => (i > 0 && gaps[i - 1]! > Math.max(typical * 1.6, run.size * 0.25) ? ' ' : '') + run.text.trim()).join('');
}

function joinRuns(runs: readonly Run[]): string {
  if (isLetterSpaced(runs)) return joinLetters(runs);
  let text = runs[0]!.text;
  for (let i = 1; i < runs.length; i++) {
    const previous = runs[i - 1]!;
    const run = runs[i]!;
    const gap = run.x - previous.end;
    const size = Math.max(previous.size, run.size);
    const spaced = /\s$/.test(text) || /^\s/.test(run.text);
    if (gap > size * COLUMN_GAP) text = `${text.trimEnd()}\t${run.text.trimStart()}`;
    else if (gap > size * WORD_GAP && !spaced) text += ` ${run.text}`;
    else text += run.text;
  }
  return text.trim();
}

function toLine(runs: Run[]): Line {
  return {
    runs,
    y: runs[0]!.y,
    size: Math.max(...runs.map((run) => run.size)),
    text: joinRuns(runs),
  };
}

/**
 * Groups runs into lines by baseline, top to bottom and left to right. Runs on one baseline that
 * overlap (text drawn over text) are separate lines, kept in the order the PDF wrote them.
 */
function linesOf(runs: readonly Run[]): Line[] {
  const byHeight = runs.map((run, order) => ({ run, order })).sort((a, b) => b.run.y - a.run.y || a.order - b.order);
  const rows: { y: number; size: number; runs: { run: Run; order: number }[] }[] = [];
  for (const entry of byHeight) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row.y - entry.run.y) <= Math.max(row.size, entry.run.size) * SAME_LINE) row.runs.push(entry);
    else rows.push({ y: entry.run.y, size: entry.run.size, runs: [entry] });
  }
  const lines: Line[] = [];
  for (const row of rows) {
    const pieces: Run[][] = [];
    for (const { run } of row.runs.sort((a, b) => a.order - b.order)) {
      // A run that starts inside another piece's text is drawn over it: it starts a piece of its own.
      const piece = pieces.find((candidate) => !candidate.some((other) => run.x < other.end - 0.5 && run.end > other.x + 0.5));
      if (piece) piece.push(run);
      else pieces.push([run]);
    }
    for (const piece of pieces) lines.push(toLine(piece.sort((a, b) => a.x - b.x)));
  }
  return lines;
}

const CONTACT_DETAIL = /@|\bwww\.|https?:|linkedin\.com|github\.com|\+\d[\d ().-]{7,}\d|\(\d{3}\)\s*\d{3}/i;

interface Sides {
  left: Run[][];
  right: Run[][];
  /** Lines with runs on both sides of the gutter. */
  paired: number;
  /** Lines with a run across the gutter. */
  crossing: number;
}

function sidesOf(lines: readonly Line[], edge: number): Sides {
  const sides: Sides = { left: [], right: [], paired: 0, crossing: 0 };
  for (const line of lines) {
    const left = line.runs.filter((run) => run.end <= edge - 2);
    const right = line.runs.filter((run) => run.x >= edge - 2);
    if (left.length + right.length < line.runs.length) {
      sides.crossing++;
      continue;
    }
    if (left.length) sides.left.push(left);
    if (right.length) sides.right.push(right);
    if (left.length && right.length && Math.abs(left[0]!.y - right[0]!.y) < SAME_BASELINE) sides.paired++;
  }
  return sides;
}

/**
 * Finds the gutter between two columns: an x where many runs start, that nearly no run crosses,
 * with enough lines on either side. A side whose lines share their baselines with the other side's
 * (a tabular CV's dates and labels, right-aligned dates) is a table's first column, not a column
 * to read on its own, unless it holds contact details as a sidebar does.
 */
function findColumns(lines: readonly Line[], width: number): number | null {
  const starts = lines.flatMap((line) => line.runs.map((run) => Math.round(run.x)));
  const candidates = [...new Set(starts)].filter((x) => x > width * 0.15 && x < width * 0.85);
  let best: { edge: number; aligned: number } | null = null;
  for (const edge of candidates) {
    const aligned = starts.filter((x) => Math.abs(x - edge) < 2).length;
    if (aligned < MIN_COLUMN_LINES || (best && aligned <= best.aligned)) continue;
    const sides = sidesOf(lines, edge);
    if (sides.left.length < MIN_COLUMN_LINES || sides.right.length < MIN_COLUMN_LINES) continue;
    if (sides.crossing > Math.max(2, lines.length * 0.05)) continue;
    const chars = (side: Run[][]) => side.reduce((n, runs) => n + runs.reduce((m, run) => m + run.text.length, 0), 0);
    const narrow = chars(sides.left) < chars(sides.right) ? sides.left : sides.right;
    const contact = narrow.some((runs) => CONTACT_DETAIL.test(runs.map((run) => run.text).join(' ')));
    if (!contact && sides.paired / narrow.length >= 0.5) continue;
    best = { edge, aligned };
  }
  return best?.edge ?? null;
}

interface PageText {
  main: Line[];
  side: Line[];
  /** Lines in the top and bottom bands, kept apart until it is known whether they are furniture. */
  margins: Line[];
  height: number;
}

function readPage(page: PdfPage): PageText {
  const lines = linesOf(runsOf(page.items));
  const band = page.height * MARGIN_BAND;
  const inMargin = (line: Line) => line.y > page.height - band || line.y < band;
  const margins = lines.filter(inMargin);
  const body = lines.filter((line) => !inMargin(line));
  const edge = findColumns(body, page.width);
  if (edge === null) return { main: body, side: [], margins, height: page.height };
  // Lines on both sides of the gutter on one baseline were grouped as one line: split them by their runs.
  const left: Line[] = [];
  const right: Line[] = [];
  const spanning: Line[] = [];
  for (const line of body) {
    const leftRuns = line.runs.filter((run) => run.end <= edge - 2);
    const rightRuns = line.runs.filter((run) => run.x >= edge - 2);
    if (leftRuns.length + rightRuns.length < line.runs.length) spanning.push(line);
    else {
      if (leftRuns.length) left.push(toLine(leftRuns));
      if (rightRuns.length) right.push(toLine(rightRuns));
    }
  }
  const weight = (side: Line[]) => side.reduce((n, line) => n + line.text.length, 0);
  const [main, side] = weight(left) >= weight(right) ? [left, right] : [right, left];
  // A line across both columns stands above them (a banner with the name) or belongs to the main text.
  return { main: [...spanning, ...main].sort((a, b) => b.y - a.y), side, margins, height: page.height };
}

function furnitureKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** Lines of the margins that are page furniture: page numbers, text repeated on several pages, the name repeated as a running head. */
function isFurniture(line: Line, pageIndex: number, counts: ReadonlyMap<string, number>, name: string): boolean {
  const text = line.text.replace(/\t/g, ' ').trim();
  if (PAGE_NUMBER.test(text)) return true;
  if ((counts.get(furnitureKey(text)) ?? 0) >= 2) return true;
  return pageIndex > 0 && name !== '' && text.toLowerCase().includes(name.toLowerCase());
}

/** The text of a whole PDF, in reading order, for the resume parser. */
export function documentText(pages: readonly PdfPage[]): string {
  const read = pages.map(readPage);
  const counts = new Map<string, number>();
  for (const page of read) for (const key of new Set(page.margins.map((line) => furnitureKey(line.text)))) counts.set(key, (counts.get(key) ?? 0) + 1);

  const first = read[0];
  const firstLines = first ? [...first.main, ...first.side, ...first.margins] : [];
  const sizes = firstLines.map((line) => line.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const largest = firstLines.reduce<Line | null>((top, line) => (!top || line.size > top.size ? line : top), null);
  const nameLine = largest && largest.size >= body * 1.3 && firstLines.filter((line) => line.size === largest.size).length === 1 ? largest : null;

  const kept = read.map((page, i) => {
    const margins = page.margins.filter((line) => !isFurniture(line, i, counts, nameLine?.text ?? ''));
    const top = margins.filter((line) => line.y > page.height / 2);
    const bottom = margins.filter((line) => line.y <= page.height / 2);
    return { main: [...top, ...page.main, ...bottom], side: page.side };
  });
  const main = kept.flatMap((page) => page.main).filter((line) => line !== nameLine);
  const side = kept.flatMap((page) => page.side).filter((line) => line !== nameLine);
  const text = (lines: readonly Line[]) => lines.map((line) => line.text);
  const blocks = [[...(nameLine ? [nameLine.text] : []), ...text(main)], text(side)].filter((block) => block.length > 0);
  return blocks.map((block) => block.join('\n')).join(`\n${BLOCK_BREAK}\n`);
}
