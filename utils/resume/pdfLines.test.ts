import { describe, expect, it } from 'vitest';
import { pageText, type PdfTextItem } from './pdfLines';

function run(str: string, x: number, y: number, width: number, hasEOL = false, size = 11): PdfTextItem {
  return { str, transform: [size, 0, 0, size, x, y], width, height: size, hasEOL };
}

describe('pageText', () => {
  it('joins runs on one baseline and starts a line when the baseline moves', () => {
    expect(pageText([run('Jane', 72, 720, 30), run('Doe', 106, 720, 24), run('Engineer', 72, 700, 50)])).toBe('Jane Doe\nEngineer');
  });

  it('starts a line after an end-of-line mark, even on the same baseline', () => {
    expect(pageText([run('Education', 72, 700, 60, true), run('Yale University', 72, 700, 90)])).toBe('Education\nYale University');
    expect(pageText([run('A', 72, 700, 8), run('', 80, 700, 0, true), run('B', 72, 700, 8)])).toBe('A\nB');
  });

  it('turns a wide gap into a tab and keeps runs that carry their own spaces', () => {
    expect(pageText([run('Senior Engineer', 72, 690, 79), run(' ', 151, 690, 249), run('Jan 2018 – Present', 400, 690, 95)])).toBe(
      'Senior Engineer\tJan 2018 – Present',
    );
    expect(pageText([run('Built the ', 72, 690, 50), run('ledger', 122, 690, 30)])).toBe('Built the ledger');
  });

  it('keeps sub- and superscripts on their line and orders runs by position', () => {
    expect(pageText([run('2nd', 90, 700, 18), run('Team', 72, 703, 16, false, 7)])).toBe('Team 2nd');
  });

  it('skips marked-content items', () => {
    expect(pageText([{ type: 'beginMarkedContent' }, run('Text', 72, 700, 20), { type: 'endMarkedContent' }])).toBe('Text');
  });
});
