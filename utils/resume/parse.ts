import { isContact, parseContact, type ParsedLinks, type ParsedPersonal } from './contact';
import { findDateRange } from './dates';
import { parseEducation, type ParsedEducation } from './education';
import { descriptionLines, isBullet } from './lines';
import { splitSections, type Section, type SectionKind } from './sections';
import { labelledSkills, parseSkillsSection, uniqueSkills } from './skills';
import { isHeaderLike, parseWork, type ParsedWork } from './work';

export type { ParsedEducation, ParsedLinks, ParsedPersonal, ParsedWork };

/** What a resume says, in the profile's shapes, before the user has accepted any of it. */
export interface ParsedResume {
  personal: ParsedPersonal;
  links: ParsedLinks;
  work: ParsedWork[];
  education: ParsedEducation[];
  skills: string[];
  /** What could not be read, in words for the user. */
  warnings: string[];
}

function normalize(text: string): string {
  const lines = text
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u00a0\u2000-\u200a\u202f]/g, ' ')
    .split(/\r\n|\r|\n/);
  // Text copied from a LinkedIn page repeats each line for screen readers.
  return lines.filter((line, i) => i === 0 || line.trim() === '' || line.trim() !== lines[i - 1]!.trim()).join('\n');
}

function linesOf(sections: readonly Section[], kind: SectionKind): string[] {
  return sections.filter((section) => section.kind === kind).flatMap((section) => section.lines);
}

/**
 * Jobs listed straight under the name, with no heading (the LinkedIn export starts so): they begin
 * at the first date line, with the name lines just above it that follow the contact details.
 */
function unlabelledJobsStart(header: readonly string[]): number | null {
  const first = header.findIndex((line) => {
    const date = isBullet(line) ? null : findDateRange(line);
    return date !== null && (date.rest === '' || isHeaderLike(date.rest));
  });
  if (first < 0) return null;
  const lastContact = header.slice(0, first).findLastIndex(isContact);
  // The first line of a resume is its owner's name, never a job's.
  const floor = Math.max(lastContact, first === 0 ? -1 : 0);
  let start = first;
  while (start - 1 > floor && first - start < 2 && isHeaderLike(header[start - 1]!)) start--;
  return start;
}

function summaryText(lines: readonly string[]): string {
  return lines.some(isBullet) ? descriptionLines(lines).join('\n') : lines.join(' ');
}

export function parseResumeText(text: string): ParsedResume {
  const sections = splitSections(normalize(text));
  let header = linesOf(sections, 'header');
  let experience = linesOf(sections, 'experience');
  if (experience.length === 0) {
    const start = unlabelledJobsStart(header);
    if (start !== null) {
      experience = header.slice(start);
      header = header.slice(0, start);
    }
  }

  const allLines = sections.flatMap((section) => section.lines);
  const { personal, links } = parseContact([...header, ...linesOf(sections, 'contact')], allLines.join('\n'));
  const summary = summaryText(linesOf(sections, 'summary'));
  if (summary) personal.summary = summary;
  const { work, warnings: workWarnings } = parseWork(experience);
  const { education, warnings: educationWarnings } = parseEducation(linesOf(sections, 'education'));
  const nonSkillLines = sections.filter((section) => section.kind !== 'skills').flatMap((section) => section.lines);
  const skills = uniqueSkills([...parseSkillsSection(linesOf(sections, 'skills')), ...labelledSkills(nonSkillLines)]);

  const warnings = [
    ...(personal.firstName ? [] : ['No name found at the top of the resume.']),
    ...(personal.email ? [] : ['No email address found.']),
    ...(work.length > 0 ? [] : ['No work history found.']),
    ...workWarnings,
    ...(education.length > 0 ? [] : ['No education found.']),
    ...educationWarnings,
  ];
  return { personal, links, work, education, skills, warnings };
}
