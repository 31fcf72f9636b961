import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from './extract';
import { parseResumeText, type ParsedResume } from './parse';

/**
 * Each wrong field that issue 16 reported, read from the corpus resume that has its shape, from the
 * file as the options page reads it (tests/resumes; see scripts/make-resume-corpus.ts).
 */

const RESUMES = path.resolve(__dirname, '../../tests/resumes');
const TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
};

async function read(file: string): Promise<ParsedResume> {
  const bytes = readFileSync(path.join(RESUMES, file));
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const result = await extractText({ name: file, type: TYPES[file.split('.').pop()!]!, bytes: buffer });
  if (!result.ok) throw new Error(result.error);
  return parseResumeText(result.text);
}

const jobs = (parsed: ParsedResume) => parsed.work.map(({ company, title }) => [company, title]);
const schools = (parsed: ParsedResume) => parsed.education.map(({ school, degree }) => [school, degree]);

describe('issue 16: resumes people actually have', () => {
  it('letter-spaced headings ("E D U C A T I O N") start their sections, so schools do not become jobs', async () => {
    const placed = await read('us-letter-spaced.pdf');
    expect(jobs(placed)).toEqual([
      ['Fogline Studio', 'Senior Frontend Engineer'],
      ['Marina Commerce', 'Frontend Engineer'],
    ]);
    expect(schools(placed)).toEqual([['San Jose State University', 'B.S.']]);
    const copied = await read('txt-pdf-copy.txt');
    expect(schools(copied)).toEqual([['Michigan Technological University', 'B.S.']]);
    expect(copied.skills).toEqual(['SolidWorks', 'CATIA', 'GD&T', 'FEA']);
  });

  it('a lower-case "school" heading holds schools, not jobs', async () => {
    const parsed = await read('us-sidebar-lowercase.pdf');
    expect(jobs(parsed)).toEqual([
      ['Paper Lantern Animation', 'Motion Designer'],
      ['Freelance', 'Illustrator'],
    ]);
    expect(schools(parsed)).toEqual([
      ['Rhode Island School of Design', 'BFA'],
      ['Pratt Institute', 'Certificate'],
    ]);
  });

  it('a sidebar glues no word into titles, and its skills are kept', async () => {
    const parsed = await read('us-sidebar-analyst.pdf');
    expect(jobs(parsed)).toEqual([
      ['Summit Outdoor Co.', 'Senior Data Analyst'],
      ['Front Range Grocers', 'Data Analyst'],
    ]);
    expect(parsed.skills).toEqual(['SQL', 'Python', 'Tableau', 'Looker', 'dbt', 'A/B testing']);
    expect(parsed.personal).toMatchObject({ firstName: 'Rosa', lastName: 'Alvarez', phone: '(720) 555-0133', city: 'Denver', region: 'CO' });
  });

  it('"Company GmbH, Berlin (Germany)" is split into the company and its place', async () => {
    const parsed = await read('de-word-cv.pdf');
    expect(parsed.work[0]).toMatchObject({ company: 'Hanse Logistik GmbH', title: 'Projektmanager', location: 'Hamburg, Germany' });
    expect((await read('de-tabular-lebenslauf.pdf')).work[0]).toMatchObject({ company: 'Nordlicht Software GmbH', location: 'Berlin, Deutschland' });
  });

  it('"Curriculum Vitae" is not the name, and a +49 number is read whole', async () => {
    const german = await read('de-word-cv.pdf');
    expect(german.personal).toMatchObject({ firstName: 'Thomas', lastName: 'Weber', phoneCountryCode: '+49', phone: '40 3344 5566', city: 'Hamburg', country: 'Germany' });
    expect(german.links.xing).toBe('https://www.xing.com/profile/Thomas_Weber_example');
    const tabular = await read('de-tabular-lebenslauf.pdf');
    expect(tabular.personal).toMatchObject({ firstName: 'Julia', lastName: 'Schneider', phoneCountryCode: '+49', phone: '170 1234567', city: 'Berlin' });
    const british = await read('uk-word-cv.pdf');
    expect(british.personal).toMatchObject({ firstName: 'Oliver', lastName: 'Bennett', phoneCountryCode: '+44', phone: '7700 900123', country: 'United Kingdom' });
  });

  it('LinkedIn’s company groups give each role its company, and "Page 1 of 2" is nobody’s employer', async () => {
    const parsed = await read('linkedin-pdf-en.pdf');
    expect(jobs(parsed)).toEqual([
      ['Fjord Payments', 'Director of Product'],
      ['Fjord Payments', 'Senior Product Manager'],
      ['Fjord Payments', 'Product Manager'],
      ['Hudson Analytics', 'Business Analyst'],
    ]);
    expect(JSON.stringify(parsed)).not.toMatch(/Page \d/);
    expect(parsed.links.linkedin).toBe('https://www.linkedin.com/in/sarah-lindqvist-example');
    expect(jobs(await read('linkedin-pdf-de.pdf')).map(([company]) => company)).toEqual(['Isar Cloud GmbH', 'Isar Cloud GmbH', 'Alpen Mobility AG']);
  });

  it('"2020-" is still going on, and "(expected)" keeps both dates', async () => {
    const open = await read('us-open-ranges.txt');
    expect(open.work[0]).toMatchObject({ startDate: '2020', endDate: '', current: true });
    const student = await read('us-latex-student.pdf');
    expect(student.education[0]).toMatchObject({ startDate: '2021-08', endDate: '2025-05', gpa: '3.8/4.0' });
  });

  it('a German grade "1,7" is read, and a degree stays with its own school', async () => {
    const parsed = await read('de-tabular-lebenslauf.pdf');
    expect(parsed.education.map(({ school, degree, field, gpa }) => ({ school, degree, field, gpa }))).toEqual([
      { school: 'Technische Universität Berlin', degree: 'Master of Science', field: 'Informatik', gpa: '1,7' },
      { school: 'Universität Potsdam', degree: 'Bachelor of Science', field: 'Informatik', gpa: '' },
    ]);
    const british = await read('uk-word-cv.pdf');
    expect(british.education.map(({ school, degree, gpa }) => [school, degree, gpa])).toEqual([
      ['University of Leeds', 'BSc (Hons)', 'First Class Honours'],
      ['Hillside Sixth Form College', 'A-Levels', ''],
    ]);
  });
});
