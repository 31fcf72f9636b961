import { isContact, isDocumentTitle, parseContact, phoneIn, type ParsedLinks, type ParsedPersonal } from './contact';
import { findDateRange } from './dates';
import { parseDegree, parseEducation, type ParsedEducation } from './education';
import { descriptionLines, isBullet } from './lines';
import { BLOCK_BREAK, languageOf, splitSections, unspaceLetters, type Section, type SectionKind } from './sections';
import { labelledSkills, parseSkillsSection, uniqueSkills } from './skills';
import { isHeaderLike, looksLikeJobTitle, parseWork, type ParsedWork } from './work';

export type { ParsedEducation, ParsedLinks, ParsedPersonal, ParsedWork };

/** Why a value may be wrong, by field, in words for the user. */
export type Unsure<T> = Partial<Record<keyof T & string, string>>;

/** What a resume says, in the profile's shapes, before the user has accepted any of it. */
export interface ParsedResume {
  personal: ParsedPersonal;
  links: ParsedLinks;
  work: ParsedWork[];
  education: ParsedEducation[];
  skills: string[];
  /** What could not be read, in words for the user. */
  warnings: string[];
  /** Personal details read with doubt. */
  unsure: Unsure<ParsedPersonal>;
}

/** Page numbers as a PDF viewer's copy or an export leaves them among the lines. */
const PAGE_FURNITURE = /^(?:(?:page|seite|página|pagina|pág\.?)\s*\d+\s*(?:(?:of|von|de|sur|\/)\s*\d+)?|\d+\s*(?:\/|of|von|de|sur)\s*\d+|[-–—]\s*\d{1,3}\s*[-–—])$/i;
/** A running head: the owner's name with the document's title ("Ben Carter - Resume", "Lebenslauf Julia Schneider"). */
const RUNNING_HEAD_WORD = /\b(?:resume|résumé|cv|curriculum vitae|lebenslauf|page|seite)\b/i;
/** LinkedIn's PDF breaks a long profile address over two lines: "www.linkedin.com/in/sarah-" / "lindqvist-example (LinkedIn)". */
const BROKEN_PROFILE = /linkedin\.com\/in\/[\w-]*-$/i;

function normalize(text: string): string[] {
  const lines = text
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u00a0\u2000-\u200a\u202f]/g, ' ')
    .split(/\r\n|\r|\n/)
    .map((line) => (line.includes(BLOCK_BREAK) ? BLOCK_BREAK : unspaceLetters(line).trimEnd()));
  // Text copied from a LinkedIn page repeats each line for screen readers.
  const unique = lines.filter((line, i) => i === 0 || line.trim() === '' || line.trim() !== lines[i - 1]!.trim());
  const owner = unique.find((line) => line.trim() !== '' && line !== BLOCK_BREAK && !isDocumentTitle(line))?.trim().toLowerCase() ?? '';
  const out: string[] = [];
  for (const line of unique) {
    const bare = line.trim();
    if (PAGE_FURNITURE.test(bare)) continue;
    if (out.length > 3 && owner && bare.toLowerCase().includes(owner) && RUNNING_HEAD_WORD.test(bare)) continue;
    const previous = out[out.length - 1];
    if (previous !== undefined && BROKEN_PROFILE.test(previous.trim()) && /^[\w-]+/.test(bare)) {
      out[out.length - 1] = previous.trim() + bare;
      continue;
    }
    out.push(line);
  }
  return out;
}

function linesOf(sections: readonly Section[], kind: SectionKind): string[] {
  return sections.filter((section) => section.kind === kind).flatMap((section) => section.lines);
}

/**
 * The kind of a block that starts without a heading (a PDF sidebar), from what its lines look like:
 * contact details, a list of short items, jobs with dates and role words, schools with degrees.
 */
function guessKind(lines: readonly string[]): SectionKind | null {
  if (lines.length === 0) return null;
  const contacts = lines.filter(isContact).length;
  if (contacts >= 2 || (contacts >= 1 && lines.length <= 4)) return 'contact';
  const dated = lines.filter((line) => findDateRange(line) !== null).length;
  if (lines.some((line) => parseDegree(line)) && dated > 0) return 'education';
  if (dated > 0 && lines.some(looksLikeJobTitle)) return 'experience';
  const short = lines.filter((line) => line.split(/\s+/).length <= 3 && !findDateRange(line)).length;
  if (lines.length >= 3 && short / lines.length >= 0.8) return 'skills';
  return null;
}

/**
 * Jobs listed straight under the name, with no heading (the LinkedIn export starts so): they begin
 * at the first date line, with the name lines just above it that follow the contact details.
 */
function unlabelledJobsStart(header: readonly string[]): number | null {
  const first = header.findIndex((line) => {
    const date = isBullet(line) ? null : findDateRange(line);
    return date !== null && (date.rest === '' || isHeaderLike(date.rest)) && phoneIn(line) === null;
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

/** Lines of a contact section that are a label and its value ("Telefon\t+49 …", "E-Mail: …"), as the value alone. */
function contactValues(lines: readonly string[]): string[] {
  return lines.map((line) => line.replace(/^[\p{L} .-]{2,25}(?::\s*|\t+)(?=\S)/u, ''));
}

export function parseResumeText(text: string): ParsedResume {
  const sections = splitSections(normalize(text).join('\n'), guessKind);
  const language = languageOf(sections);
  let header = linesOf(sections, 'header').filter((line) => !isDocumentTitle(line));
  let experience = linesOf(sections, 'experience');
  if (experience.length === 0) {
    const start = unlabelledJobsStart(header);
    if (start !== null) {
      experience = header.slice(start);
      header = header.slice(0, start);
    }
  }

  const allLines = sections.flatMap((section) => section.lines);
  const contact = parseContact(header, contactValues(linesOf(sections, 'contact')), allLines.join('\n'), language);
  const { personal, links } = contact;
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
  return { personal, links, work, education, skills, warnings, unsure: contact.unsure };
}
