import { describe, expect, it } from 'vitest';
import { parseDegree, parseEducation } from './education';

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
  ])('%s', (text, degree, field) => {
    expect(parseDegree(text)).toMatchObject({ degree, field });
  });

  it.each(['Newport High School', 'Yale University', 'Dean’s List'])('%s is not a degree', (text) => {
    expect(parseDegree(text)).toBeNull();
  });
});

describe('parseEducation', () => {
  it('reads a one-line entry with the degree first and the school after', () => {
    expect(parseEducation(['B.S., Computer Science, University of Texas, 2016']).education).toEqual([
      { school: 'University of Texas', degree: 'B.S.', field: 'Computer Science', startDate: '', endDate: '2016', gpa: '' },
    ]);
  });

  it('reads dates after the lines of each school', () => {
    expect(parseEducation(['Stanford', 'M.S. Computer Science', '2016 – 2018', 'UCLA', 'B.S. Mathematics', '2012 – 2016', 'GPA 3.9']).education).toEqual([
      { school: 'Stanford', degree: 'M.S.', field: 'Computer Science', startDate: '2016', endDate: '2018', gpa: '' },
      { school: 'UCLA', degree: 'B.S.', field: 'Mathematics', startDate: '2012', endDate: '2016', gpa: '3.9' },
    ]);
  });

  it('warns about a degree without a school', () => {
    expect(parseEducation(['MBA', '2020']).warnings).toEqual(['School 1 (MBA): no school name found.']);
  });
});
