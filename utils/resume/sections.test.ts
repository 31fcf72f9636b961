import { describe, expect, it } from 'vitest';
import { headingKind, splitSections } from './sections';

describe('headingKind', () => {
  it.each([
    ['Experience', 'experience'],
    ['WORK EXPERIENCE', 'experience'],
    ['Professional Experience:', 'experience'],
    ['Employment History', 'experience'],
    ['E X P E R I E N C E', 'experience'],
    ['Education', 'education'],
    ['Education & Training', 'education'],
    ['Skills', 'skills'],
    ['Technical Skills', 'skills'],
    ['Keywords', 'skills'],
    ['Skills / Technologies', 'skills'],
    ['Summary', 'summary'],
    ['About', 'summary'],
    ['Projects', 'projects'],
    ['Languages', 'languages'],
    ['Licenses & Certifications', 'certifications'],
    ['Volunteer Experience', 'other'],
    ['## Awards ##', 'other'],
  ])('%s -> %s', (line, kind) => {
    expect(headingKind(line)).toBe(kind);
  });

  it.each(['Keywords: Java, Go', 'Experienced engineer', 'Facebook Live: product', 'Senior Software Engineer'])('%s is not a heading', (line) => {
    expect(headingKind(line)).toBeNull();
  });
});

describe('splitSections', () => {
  it('keeps the lines above the first heading as the header and drops blank lines', () => {
    const sections = splitSections('Jane Doe\njane@example.com\n\nEXPERIENCE\nEngineer\n\nEducation:\nMIT\n');
    expect(sections).toEqual([
      { kind: 'header', heading: '', lines: ['Jane Doe', 'jane@example.com'] },
      { kind: 'experience', heading: 'EXPERIENCE', lines: ['Engineer'] },
      { kind: 'education', heading: 'Education:', lines: ['MIT'] },
    ]);
  });
});
