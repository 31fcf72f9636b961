import { BLOCK_BREAK } from './sections';

/**
 * The text of a Word document from mammoth's document tree, keeping what raw text loses: a
 * template's columns are a one-row table whose cells hold whole sections (a sidebar with contact
 * details and skills beside the main text). Such cells are read one after the other, the main one
 * first and the others after a form feed, as pdfLines.ts reads a PDF's columns; a table of data
 * (one short cell per column) is read row by row with tabs between its cells.
 */

/** The parts of mammoth's document elements this reads. */
export interface DocxElement {
  type: string;
  children?: DocxElement[];
  value?: string;
}

/** A cell with this many paragraphs holds a column of the page, not a value. */
const COLUMN_PARAGRAPHS = 3;

function inline(element: DocxElement): string {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab') return '\t';
  if (element.type === 'break') return '\n';
  return (element.children ?? []).map(inline).join('');
}

/** The lines of a list of block elements: paragraphs, and tables read as the module says. */
function lines(elements: readonly DocxElement[]): string[] {
  return elements.flatMap((element): string[] => {
    if (element.type === 'paragraph') return inline(element).split('\n');
    if (element.type === 'table') return tableLines(element);
    return lines(element.children ?? []);
  });
}

function tableLines(table: DocxElement): string[] {
  const rows = (table.children ?? []).filter((row) => row.type === 'tableRow');
  const cells = (row: DocxElement) => (row.children ?? []).filter((cell) => cell.type === 'tableCell');
  const paragraphs = (cell: DocxElement) => lines(cell.children ?? []).filter((line) => line.trim() !== '');
  const only = rows.length === 1 ? cells(rows[0]!) : [];
  if (only.length >= 2 && only.some((cell) => paragraphs(cell).length >= COLUMN_PARAGRAPHS)) {
    const columns = only.map(paragraphs).filter((column) => column.length > 0);
    const size = (column: string[]) => column.join('').length;
    const main = columns.reduce((largest, column) => (size(column) > size(largest) ? column : largest));
    return [...main, ...columns.filter((column) => column !== main).flatMap((column) => [BLOCK_BREAK, ...column]), BLOCK_BREAK];
  }
  return rows.flatMap((row) => {
    const texts = cells(row).map(paragraphs);
    return texts.every((cell) => cell.length <= 1) ? [texts.map((cell) => cell[0] ?? '').join('\t')] : texts.flat();
  });
}

export function documentLines(document: DocxElement): string {
  return lines(document.children ?? []).join('\n');
}
