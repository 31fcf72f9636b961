import { describe, expect, it } from 'vitest';
import { documentLines, type DocxElement } from './docxLines';

const text = (value: string): DocxElement => ({ type: 'text', value });
const paragraph = (...parts: (string | 'TAB')[]): DocxElement => ({
  type: 'paragraph',
  children: [{ type: 'run', children: parts.map((part) => (part === 'TAB' ? { type: 'tab' } : text(part))) }],
});
const cell = (...lines: string[]): DocxElement => ({ type: 'tableCell', children: lines.map((line) => paragraph(line)) });
const table = (...rows: DocxElement[][]): DocxElement => ({ type: 'table', children: rows.map((cells) => ({ type: 'tableRow', children: cells })) });
const document = (...children: DocxElement[]): DocxElement => ({ type: 'document', children });

describe('documentLines', () => {
  it('reads paragraphs and keeps tabs', () => {
    expect(documentLines(document(paragraph('Jane Doe'), paragraph('Engineer', 'TAB', '2019 – Present')))).toBe('Jane Doe\nEngineer\t2019 – Present');
  });

  it('reads a two-column template’s cells one after the other, the main text first and the sidebar after a block break', () => {
    const layout = table([
      cell('Contact', '+44 7700 900789', 'george@example.co.uk', 'Skills', 'AutoCAD'),
      cell('George Evans', 'Civil Engineer', 'Experience', 'Civil Engineer\tSept 2019 – Present', 'Severn Structures Ltd, Bristol', 'Designed bridge refurbishments for rail contractors'),
    ]);
    expect(documentLines(document(layout)).split('\n')).toEqual([
      'George Evans',
      'Civil Engineer',
      'Experience',
      'Civil Engineer\tSept 2019 – Present',
      'Severn Structures Ltd, Bristol',
      'Designed bridge refurbishments for rail contractors',
      '\f',
      'Contact',
      '+44 7700 900789',
      'george@example.co.uk',
      'Skills',
      'AutoCAD',
      '\f',
    ]);
  });

  it('reads a table of data row by row, its cells separated by tabs', () => {
    const data = table([cell('03/2020 – heute'), cell('Softwareentwicklerin')], [cell('10/2016 – 02/2020'), cell('Junior-Entwicklerin')]);
    expect(documentLines(document(paragraph('Berufserfahrung'), data))).toBe('Berufserfahrung\n03/2020 – heute\tSoftwareentwicklerin\n10/2016 – 02/2020\tJunior-Entwicklerin');
  });
});
