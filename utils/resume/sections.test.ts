import { describe, expect, it } from 'vitest';
import { headingKind, languageOf, splitSections } from './sections';

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
    // Letter-spaced, with the words told apart by wider gaps.
    ['E D U C A T I O N', 'education'],
    ['W O R K   E X P E R I E N C E', 'experience'],
    // Lower-case headings of design templates.
    ['school', 'education'],
    ['experience', 'experience'],
    // German, French and Spanish.
    ['Berufserfahrung', 'experience'],
    ['BERUFLICHER WERDEGANG', 'experience'],
    ['Ausbildung', 'education'],
    ['Persönliche Daten', 'contact'],
    ['Kenntnisse', 'skills'],
    ['Expérience professionnelle', 'experience'],
    ['EXPÉRIENCES PROFESSIONNELLES', 'experience'],
    ['Formation', 'education'],
    ['Compétences', 'skills'],
    ['Centres d’intérêt', 'other'],
    ['Experiencia profesional', 'experience'],
    ['Formación académica', 'education'],
    ['Educación', 'education'],
    ['Idiomas', 'languages'],
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
      { kind: 'experience', heading: 'EXPERIENCE', language: 'en', lines: ['Engineer'] },
      { kind: 'education', heading: 'Education:', language: 'en', lines: ['MIT'] },
    ]);
  });

  it('takes a heading outside the list by its heading word when it is written like the resume’s other headings', () => {
    const kinds = (text: string) => splitSections(text).map(({ kind, heading }) => [kind, heading]);
    expect(kinds('Jane Doe\nEXPERIENCE\nEngineer, Acme\nACADEMIC STUDIES\nYale University\nSKILLS\nGo')).toEqual([
      ['header', ''],
      ['experience', 'EXPERIENCE'],
      ['education', 'ACADEMIC STUDIES'],
      ['skills', 'SKILLS'],
    ]);
    expect(kinds('Jane Doe\nExperience\nEngineer, Acme\nAcademic studies:\nYale University')).toEqual([
      ['header', ''],
      ['experience', 'Experience'],
      ['education', 'Academic studies:'],
    ]);
    // Written unlike the headings, a line with a heading word is text: an employer in capitals, a sentence.
    expect(kinds('Jane Doe\nEXPERIENCE\nCareer Coach\nAcme\nEDUCATION\nYale University')).toEqual([
      ['header', ''],
      ['experience', 'EXPERIENCE'],
      ['education', 'EDUCATION'],
    ]);
  });

  it('ends a section at a block break and names the untitled block by the guess it is given', () => {
    const sections = splitSections('Jane Doe\nEXPERIENCE\nEngineer\n\f\njane@example.com\n+1 415 555 0100', (lines) => (lines[0]?.includes('@') ? 'contact' : null));
    expect(sections.map(({ kind, lines }) => [kind, lines])).toEqual([
      ['header', ['Jane Doe']],
      ['experience', ['Engineer']],
      ['contact', ['jane@example.com', '+1 415 555 0100']],
    ]);
  });

  it('tells the language of the headings', () => {
    expect(languageOf(splitSections('Lucía\nExperiencia profesional\nx\nFormación académica\ny\nSkills\nz'))).toBe('es');
    expect(languageOf(splitSections('Jane\nExperience\nx'))).toBe('en');
  });
});
