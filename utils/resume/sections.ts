/** Splits resume text into sections at the headings people use ("Work Experience", "EDUCATION", "Skills:"). */

export type SectionKind =
  | 'header'
  | 'contact'
  | 'summary'
  | 'experience'
  | 'education'
  | 'skills'
  | 'projects'
  | 'languages'
  | 'certifications'
  | 'other';

export interface Section {
  kind: SectionKind;
  /** The heading as written; '' for the text above the first heading. */
  heading: string;
  /** Non-blank lines, trimmed. */
  lines: string[];
}

/**
 * Headings, lower-cased with "&" read as "and". Sections the profile has no place for are still
 * listed (as 'other') so that their lines end the section before them instead of joining it.
 */
const HEADINGS: Readonly<Record<Exclude<SectionKind, 'header'>, readonly string[]>> = {
  contact: ['contact', 'contact information', 'contact info', 'contact details', 'personal information', 'personal details'],
  summary: [
    'summary',
    'professional summary',
    'career summary',
    'executive summary',
    'summary of qualifications',
    'about',
    'about me',
    'profile',
    'professional profile',
    'objective',
    'career objective',
    'overview',
  ],
  experience: [
    'experience',
    'work experience',
    'professional experience',
    'relevant experience',
    'industry experience',
    'employment',
    'employment history',
    'employment experience',
    'work history',
    'career history',
    'professional history',
    'professional background',
    'positions held',
    'experience and employment',
  ],
  education: [
    'education',
    'education and training',
    'education and qualifications',
    'educational background',
    'education history',
    'academic background',
    'academic history',
    'academic qualifications',
    'academics',
  ],
  skills: [
    'skills',
    'technical skills',
    'key skills',
    'core skills',
    'top skills',
    'skills summary',
    'skills and expertise',
    'skills and technologies',
    'skills and tools',
    'skills and abilities',
    'areas of expertise',
    'expertise',
    'core competencies',
    'competencies',
    'technical proficiencies',
    'technologies',
    'tools and technologies',
    'technical expertise',
    'keywords',
  ],
  projects: ['projects', 'personal projects', 'selected projects', 'side projects', 'key projects', 'academic projects', 'open source', 'open source projects'],
  languages: ['languages', 'spoken languages', 'language skills'],
  certifications: [
    'certifications',
    'certification',
    'certificates',
    'licenses and certifications',
    'licences and certifications',
    'certifications and licenses',
    'professional certifications',
    'courses and certifications',
  ],
  other: [
    'awards',
    'honors',
    'honours',
    'honors and awards',
    'awards and honors',
    'achievements',
    'accomplishments',
    'publications',
    'patents',
    'volunteer experience',
    'volunteering',
    'volunteer',
    'volunteer work',
    'leadership',
    'leadership and activities',
    'activities',
    'extracurricular activities',
    'interests',
    'hobbies',
    'hobbies and interests',
    'references',
    'courses',
    'coursework',
    'relevant coursework',
    'organizations',
    'affiliations',
    'memberships',
    'recommendations',
    'additional information',
  ],
};

const KIND_BY_HEADING = new Map<string, SectionKind>(
  Object.entries(HEADINGS).flatMap(([kind, names]) => names.map((name) => [name, kind as SectionKind] as const)),
);

/** Letter-spaced headings ("E X P E R I E N C E") come out of PDFs with a space between letters. */
function unspace(text: string): string {
  return /^(?:\p{L} )+\p{L}$/u.test(text) ? text.replace(/ /g, '') : text;
}

function normalizeHeading(line: string): string {
  const bare = line
    .trim()
    .replace(/^[#=*_\-–—•|\s]+|[#=*_\-–—•|:\s]+$/gu, '')
    .replace(/\s+/g, ' ');
  return unspace(bare).toLowerCase().replace(/\s*&\s*/g, ' and ').replace(/\s*\/\s*/g, ' and ');
}

/** The kind of section a line heads, or null when the line is not a heading on its own. */
export function headingKind(line: string): SectionKind | null {
  if (line.length > 60) return null;
  return KIND_BY_HEADING.get(normalizeHeading(line)) ?? null;
}

/** Splits text into sections; the lines above the first heading form the 'header' section. */
export function splitSections(text: string): Section[] {
  const sections: Section[] = [{ kind: 'header', heading: '', lines: [] }];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    const kind = headingKind(line);
    if (kind) sections.push({ kind, heading: line, lines: [] });
    else sections[sections.length - 1]!.lines.push(line);
  }
  return sections;
}
