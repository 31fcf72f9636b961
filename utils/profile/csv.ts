/**
 * CSV as spreadsheets read it (RFC 4180): fields quoted when they hold a quote, a comma or a line
 * break, rows ended by CRLF. A field that starts like a formula (= + - @, or a tab or carriage
 * return that some spreadsheets skip before one) gets a leading apostrophe, so that a job title a
 * page wrote as "=HYPERLINK(...)" is shown as text and never run (CSV injection).
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as one CSV document, the header first. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
