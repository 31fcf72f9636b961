/**
 * Rebuilds the lines of a PDF page from pdf.js text items. pdf.js hands out runs of text with their
 * position; a line is the runs that follow each other on one baseline, and a wide horizontal gap
 * inside a line (a right-aligned date, a second column) becomes a tab so the parser sees a separator.
 */

/** The fields of a pdf.js TextItem this needs; marked-content items ({ type }) carry no text and are skipped. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, x, y]: the text's scale and skew, then where its baseline starts. */
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

interface Run {
  x: number;
  y: number;
  end: number;
  size: number;
  text: string;
}

/** A baseline shift under half the font size is the same line (sub- and superscripts, mixed fonts). */
const SAME_LINE = 0.5;
/** Gaps wider than this many font sizes separate columns, not words. */
const COLUMN_GAP = 1.5;
const WORD_GAP = 0.15;

function joinLine(runs: Run[]): string {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  let text = sorted[0]!.text;
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!;
    const run = sorted[i]!;
    const gap = run.x - previous.end;
    const size = Math.max(previous.size, run.size);
    const spaced = /\s$/.test(text) || /^\s/.test(run.text);
    if (gap > size * COLUMN_GAP) text = `${text.trimEnd()}\t${run.text.trimStart()}`;
    else if (gap > size * WORD_GAP && !spaced) text += ` ${run.text}`;
    else text += run.text;
  }
  return text.trim();
}

export function pageText(items: readonly (PdfTextItem | { type: string })[]): string {
  const lines: Run[][] = [];
  let line: Run[] = [];
  let lineEnded = false;
  for (const item of items) {
    if (!('str' in item)) continue;
    const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
    if (item.str.trim() !== '') {
      const size = Math.hypot(c, d) || item.height || 1;
      const last = line[line.length - 1];
      if (last && (lineEnded || Math.abs(y - last.y) > Math.max(size, last.size) * SAME_LINE)) {
        lines.push(line);
        line = [];
      }
      line.push({ x, y, end: x + item.width, size, text: item.str });
      lineEnded = false;
    }
    if (item.hasEOL) lineEnded = true;
  }
  if (line.length > 0) lines.push(line);
  return lines.map(joinLine).join('\n');
}
