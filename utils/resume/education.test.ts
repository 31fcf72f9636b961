import { describe, expect, it } from 'vitest';
import { gradeIn, parseDegree, parseEducation, type ParsedEducation } from './education';

function fields(entries: readonly ParsedEducation[]) {
  return entries.map(({ unsure: _unsure, ...entry }) => entry);
}

describe('parseDegree', () => {
  it.each([
    ['B.S. in Computer Science', 'B.S.', 'Computer Science'],
    ['BFA, Graphic Design', 'BFA', 'Graphic Design'],
    ['M.Sc. Informatics', 'M.Sc.', 'Informatics'],
    ['B.Eng. Electrical Engineering', 'B.Eng.', 'Electrical Engineering'],
    ['Bachelor of Science in Computer Science, Minor in Mathematics', 'Bachelor of Science', 'Computer Science'],
    ['Bachelor of Science - BS, Computer Science', 'Bachelor of Science', 'Computer Science'],
    ["Bachelor's Degree", "Bachelor's Degree", ''],
    ['Master’s Degree', 'Master’s Degree', ''],
    ['Master of Business Administration (MBA)', 'Master of Business Administration (MBA)', ''],
    ['Ph.D. in Physics', 'Ph.D.', 'Physics'],
    ['High School', 'High School', ''],
    ['High School Diploma', 'High School Diploma', ''],
    ['B.A. Journalism, cum laude', 'B.A.', 'Journalism'],
    ['BSc (Hons) Economics', 'BSc (Hons)', 'Economics'],
    ['Master of Science Informatik', 'Master of Science', 'Informatik'],
    ['Master of Business Administration - MBA, Finance', 'Master of Business Administration', 'Finance'],
    ['Bachelor of Applied Science - BASc, Computer Engineering', 'Bachelor of Applied Science', 'Computer Engineering'],
    ['Diplom-Kaufmann', 'Diplom-Kaufmann', ''],
    ['Master Informatique', 'Master', 'Informatique'],
    ['Licence Mathématiques', 'Licence', 'Mathématiques'],
    ['BTS Services informatiques aux organisations', 'BTS', 'Services informatiques aux organisations'],
    ['Baccalauréat général', 'Baccalauréat général', ''],
    ['Máster en Ingeniería Informática', 'Máster', 'Ingeniería Informática'],
    ['Grado en Bellas Artes', 'Grado', 'Bellas Artes'],
    ['Abitur', 'Abitur', ''],
  ])('%s', (text, degree, field) => {
    expect(parseDegree(text)).toMatchObject({ degree, field });
  });

  it.each(['Newport High School', 'Yale University', 'Dean’s List'])('%s is not a degree', (text) => {
    expect(parseDegree(text)).toBeNull();
  });
});

describe('parseEducation', () => {
  it('reads a one-line entry with the degree first and the school after', () => {
    expect(fields(parseEducation(['B.S., Computer Science, University of Texas, 2016']).education)).toEqual([
      { school: 'University of Texas', degree: 'B.S.', field: 'Computer Science', startDate: '', endDate: '2016', gpa: '' },
    ]);
  });

  it('reads dates after the lines of each school', () => {
    expect(fields(parseEducation(['Stanford', 'M.S. Computer Science', '2016 – 2018', 'UCLA', 'B.S. Mathematics', '2012 – 2016', 'GPA 3.9']).education)).toEqual([
      { school: 'Stanford', degree: 'M.S.', field: 'Computer Science', startDate: '2016', endDate: '2018', gpa: '' },
      { school: 'UCLA', degree: 'B.S.', field: 'Mathematics', startDate: '2012', endDate: '2016', gpa: '3.9' },
    ]);
  });

  it('warns about a degree without a school', () => {
    expect(parseEducation(['MBA', '2020']).warnings).toEqual(['School 1 (MBA): no school name found.']);
  });

  it('never moves a degree onto the school before it when that school has none', () => {
    // Degree first: the second school has no degree, so the third degree opens its own entry.
    const degreeFirst = ['M.S. Physics', 'Stanford University', '2016 – 2018', 'Lycée Jules Verne', '2009 – 2012', 'B.S. Mathematics', 'UCLA', '2012 – 2016'];
    expect(fields(parseEducation(degreeFirst).education).map(({ school, degree }) => [school, degree])).toEqual([
      ['Stanford University', 'M.S.'],
      ['Lycée Jules Verne', ''],
      ['UCLA', 'B.S.'],
    ]);
    // School first: a school without a degree, then one with.
    const schoolFirst = ['University of Leeds', 'BSc (Hons) Economics', 'Hillside Sixth Form College', '2012 – 2014', 'University of York', 'MSc Statistics'];
    expect(fields(parseEducation(schoolFirst).education).map(({ school, degree }) => [school, degree])).toEqual([
      ['University of Leeds', 'BSc (Hons)'],
      ['Hillside Sixth Form College', ''],
      ['University of York', 'MSc'],
    ]);
  });

  it('says what it is unsure of: a missing degree, a lone year, a grade in another scale', () => {
    const [entry] = parseEducation(['Technische Universität Berlin', 'Abschlussnote: 1,7', '2016']).education;
    expect(entry!.unsure).toEqual({
      degree: 'No degree found.',
      endDate: 'Only one date is given: read as when these studies ended.',
      gpa: 'Kept as the resume writes it, in its own grading scale.',
    });
  });
});

describe('gradeIn', () => {
  it.each([
    ['GPA: 3.8/4.0', '3.8/4.0'],
    ['3.85 GPA', '3.85'],
    ['Abschlussnote: 1,7', '1,7'],
    ['B.Sc. Wirtschaftsinformatik (Note: 2,3)', '2,3'],
    ['Abitur (Note 1,9)', '1,9'],
    ['Universidad de Valencia — Nota media: 8,7', '8,7'],
    ['BSc (Hons) Economics, First Class Honours', 'First Class Honours'],
    ['BA (Hons) History, Upper Second-Class Honours (2:1)', '2:1'],
    ['MEng Civil Engineering, 2:1', '2:1'],
    ['Mention Bien', 'Mention Bien'],
    ['mention très bien', 'Mention Très bien'],
  ])('%s', (line, grade) => {
    expect(gradeIn(line)?.grade).toBe(grade);
  });

  it('leaves the rest of the line', () => {
    expect(gradeIn('B.Sc. Wirtschaftsinformatik (Note: 2,3)')?.rest).toBe('B.Sc. Wirtschaftsinformatik');
    expect(gradeIn('Universidad de Valencia — Nota media: 8,7')?.rest).toBe('Universidad de Valencia');
    expect(gradeIn('B.S. Computer Science')).toBeNull();
  });
});
