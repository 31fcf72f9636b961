import { describe, expect, it } from 'vitest';
import { documentText, type PdfPage, type PdfTextItem } from './pdfLines';

function run(str: string, x: number, y: number, width: number, hasEOL = false, size = 11): PdfTextItem {
  return { str, transform: [size, 0, 0, size, x, y], width, height: size, hasEOL };
}

/** A US Letter page; a run's width is taken as half its font size per character, as for Helvetica. */
function page(items: PdfPage['items']): PdfPage {
  return { items, width: 612, height: 792 };
}

function text(str: string, x: number, y: number, size = 10): PdfTextItem {
  return run(str, x, y, str.length * size * 0.5, false, size);
}

describe('lines of a page', () => {
  it('joins runs on one baseline and starts a line when the baseline moves', () => {
    expect(documentText([page([run('Jane', 72, 720, 30), run('Doe', 106, 720, 24), run('Engineer', 72, 700, 50)])])).toBe('Jane Doe\nEngineer');
  });

  it('keeps runs drawn over each other on one baseline as separate lines, in the order the PDF wrote them', () => {
    expect(documentText([page([run('Education', 72, 700, 60, true), run('Yale University', 72, 700, 90)])])).toBe('Education\nYale University');
  });

  it('turns a wide gap into a tab and keeps runs that carry their own spaces', () => {
    expect(documentText([page([run('Senior Engineer', 72, 690, 79), run(' ', 151, 690, 249), run('Jan 2018 – Present', 400, 690, 95)])])).toBe(
      'Senior Engineer\tJan 2018 – Present',
    );
    expect(documentText([page([run('Built the ', 72, 690, 50), run('ledger', 122, 690, 30)])])).toBe('Built the ledger');
  });

  it('keeps sub- and superscripts on their line and orders runs by position', () => {
    expect(documentText([page([run('2nd', 90, 700, 18), run('Team', 72, 703, 16, false, 7)])])).toBe('Team 2nd');
  });

  it('reads lines top to bottom whatever order the PDF wrote them in', () => {
    expect(documentText([page([text('Second', 72, 680), text('First', 72, 700)])])).toBe('First\nSecond');
  });

  it('skips marked-content items', () => {
    expect(documentText([page([{ type: 'beginMarkedContent' }, run('Text', 72, 700, 20), { type: 'endMarkedContent' }])])).toBe('Text');
  });

  it('joins letters placed one by one into words, with a space where the gap is wider than the tracking', () => {
    const letters = (word: string, x: number) => [...word].map((letter, i) => run(letter, x + i * 12, 600, 7, false, 12));
    expect(documentText([page([...letters('WORK', 72), ...letters('EXPERIENCE', 72 + 4 * 12 + 10)])])).toBe('WORK EXPERIENCE');
  });
});

describe('columns', () => {
  /** A design tool's page: a sidebar at x 30 with its own line spacing beside the main column at x 222. */
  const sidebarPage = page([
    text('SKILLS', 30, 640, 11),
    text('SQL', 30, 626),
    text('Python', 30, 613),
    text('Tableau', 30, 600),
    text('CONTACT', 30, 700, 11),
    text('rosa@example.com', 30, 686),
    text('(720) 555-0133', 30, 673),
    text('Rosa Alvarez', 222, 720, 24),
    text('EXPERIENCE', 222, 690, 12),
    text('Senior Data Analyst', 222, 676),
    text('Summit Outdoor Co. · Denver, CO', 222, 662),
    text('Mar 2021 – Present', 222, 648),
    text('Built the dbt models behind weekly revenue reporting.', 222, 640),
    text('EDUCATION', 222, 610, 12),
    text('B.S. Statistics', 222, 596),
  ]);

  it('reads the main column, then the sidebar after a block break, so no sidebar word joins a title', () => {
    expect(documentText([sidebarPage])).toBe(
      [
        'Rosa Alvarez',
        'EXPERIENCE',
        'Senior Data Analyst',
        'Summit Outdoor Co. · Denver, CO',
        'Mar 2021 – Present',
        'Built the dbt models behind weekly revenue reporting.',
        'EDUCATION',
        'B.S. Statistics',
        '\f',
        'CONTACT',
        'rosa@example.com',
        '(720) 555-0133',
        'SKILLS',
        'SQL',
        'Python',
        'Tableau',
      ].join('\n'),
    );
  });

  it('reads a tabular CV row by row: dates that share their baselines with the text are a table, not a column', () => {
    const rows = page([
      text('Berufserfahrung', 56, 700, 12),
      text('03/2020 – heute', 56, 680),
      text('Softwareentwicklerin', 174, 680),
      text('Nordlicht Software GmbH, Berlin', 174, 666),
      text('10/2016 – 02/2020', 56, 652),
      text('Junior-Entwicklerin', 174, 652),
      text('Elbe Data AG, Hamburg', 174, 638),
      text('Ausbildung', 56, 610, 12),
      text('10/2013 – 09/2016', 56, 590),
      text('Master of Science Informatik', 174, 590),
      text('Technische Universität Berlin', 174, 576),
    ]);
    expect(documentText([rows]).split('\n')).toEqual([
      'Berufserfahrung',
      '03/2020 – heute\tSoftwareentwicklerin',
      'Nordlicht Software GmbH, Berlin',
      '10/2016 – 02/2020\tJunior-Entwicklerin',
      'Elbe Data AG, Hamburg',
      'Ausbildung',
      '10/2013 – 09/2016\tMaster of Science Informatik',
      'Technische Universität Berlin',
    ]);
  });

  it('keeps a one-column page with right-aligned dates one column', () => {
    const oneColumn = page([
      text('Senior Engineer', 54, 700),
      text('Jan 2020 – Present', 470, 700),
      text('Acme Inc., Austin, TX', 54, 686),
      text('Engineer', 54, 660),
      text('Jun 2016 – Dec 2019', 465, 660),
      text('Initech LLC, Dallas, TX', 54, 646),
      text('Analyst', 54, 620),
      text('2014 – 2016', 505, 620),
      text('Globex, Houston, TX', 54, 606),
      text('Intern', 54, 580),
      text('2013', 530, 580),
    ]);
    expect(documentText([oneColumn]).split('\n').slice(0, 3)).toEqual(['Senior Engineer\tJan 2020 – Present', 'Acme Inc., Austin, TX', 'Engineer\tJun 2016 – Dec 2019']);
  });
});

describe('page furniture', () => {
  const body = (lines: string[], top = 700) => lines.map((line, i) => text(line, 54, top - i * 14));

  it('drops page numbers, repeated footers and a running head with the name on later pages', () => {
    const first = page([text('Chris Howard', 54, 720, 22), ...body(['EXPERIENCE', 'Site Reliability Engineer', 'Quarry Data']), text('Page 1 of 2', 280, 28, 9), text('Confidential', 54, 20, 8)]);
    const second = page([text('Chris Howard — Resume', 54, 762, 8), ...body(['Lead the on-call program.', 'EDUCATION']), text('Page 2 of 2', 280, 28, 9), text('Confidential', 54, 20, 8)]);
    expect(documentText([first, second]).split('\n')).toEqual([
      'Chris Howard',
      'EXPERIENCE',
      'Site Reliability Engineer',
      'Quarry Data',
      'Lead the on-call program.',
      'EDUCATION',
    ]);
  });

  it('keeps text in the margins that is not furniture', () => {
    expect(documentText([page([text('Jane Doe', 54, 770, 20), text('jane@example.com', 54, 40)])])).toBe('Jane Doe\njane@example.com');
  });
});

describe('the name', () => {
  it('comes first when the largest text of the first page stands in a sidebar', () => {
    const named = page([
      text('Ana Ruiz', 30, 720, 22),
      text('CONTACT', 30, 690, 11),
      text('ana@example.com', 30, 676),
      text('+34 612 345 678', 30, 663),
      text('Barcelona', 30, 650),
      text('PERFIL', 222, 700, 12),
      text('Diseñadora gráfica con diez años de experiencia.', 222, 686),
      text('EXPERIENCIA', 222, 660, 12),
      text('Diseñadora sénior', 222, 646),
      text('Estudio Mar Azul, Barcelona', 222, 632),
    ]);
    expect(documentText([named]).split('\n')[0]).toBe('Ana Ruiz');
  });
});
