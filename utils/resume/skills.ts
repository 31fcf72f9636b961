import { isBullet, stripBullet } from './lines';

/**
 * Skill lists: the lines of a skills section ("Languages: Python, Go", bullets, comma lists), and
 * labelled lists anywhere else, such as the "Keywords: Java, Go" line a job's description may end with.
 */

const LABELLED_LIST =
  /^(?:skills|technical skills|key skills|keywords|technologies|technologies used|tech stack|stack|tools|tools and technologies)\s*:\s*(.+)$/i;
/** "Languages: Python, Go" (or a tabular CV's "Programmiersprachen⇥Kotlin, Java") inside a skills section: the category is not a skill. */
const CATEGORY = /^[^:,\t]{1,40}(?::\s*|\t+)/;
/** LinkedIn's "+3 skills" link, and the "etc." that ends lists. */
const NOT_A_SKILL = /^(?:\+\d+\s+skills?|etc\.?|and more\.?)$/i;
const MAX_SKILL_LENGTH = 60;
const MAX_SKILL_WORDS = 6;

/** Splits at commas, semicolons, bars, bullets and wide gaps, but not inside "Cloud (AWS, GCP)". */
function splitList(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let item = '';
  const chars = [...text];
  chars.forEach((char, i) => {
    if (char === '(' || char === '[') depth++;
    if ((char === ')' || char === ']') && depth > 0) depth--;
    const wideGap = char === '\t' || (char === ' ' && chars[i + 1] === ' ');
    if (depth === 0 && (/[,;|•·]/u.test(char) || wideGap)) {
      items.push(item);
      item = '';
    } else {
      item += char;
    }
  });
  items.push(item);
  return items.map((text) => text.trim().replace(/\.$/, '').trim()).filter(isSkill);
}

function isSkill(text: string): boolean {
  return text !== '' && !NOT_A_SKILL.test(text) && text.length <= MAX_SKILL_LENGTH && text.split(/\s+/).length <= MAX_SKILL_WORDS;
}

/** Keeps the first spelling of each skill, compared without regard to case. */
export function uniqueSkills(skills: readonly string[]): string[] {
  const seen = new Set<string>();
  return skills.filter((skill) => {
    const key = skill.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function parseSkillsSection(lines: readonly string[]): string[] {
  return uniqueSkills(lines.flatMap((line) => splitList((isBullet(line) ? stripBullet(line) : line).replace(CATEGORY, ''))));
}

/** Skills from labelled list lines ("Keywords: …", "Skills: …") wherever they stand. */
export function labelledSkills(lines: readonly string[]): string[] {
  return uniqueSkills(
    lines.flatMap((line) => {
      const list = LABELLED_LIST.exec(isBullet(line) ? stripBullet(line) : line);
      return list ? splitList(list[1]!) : [];
    }),
  );
}
