/**
 * Splits resume text into sections at their headings, in English, German, French and Spanish.
 *
 * A line is a heading by its words and its shape, scored rather than looked up in one list:
 * - a known heading ("Work Experience", "Berufserfahrung", "Formation", "Educación"), written in any
 *   case, letter-spaced ("E D U C A T I O N") or with a colon, is one;
 * - a short line that holds a heading word ("Relevant Experience and Internships", "Academic
 *   Studies") is one when it is shaped like a heading: no digits, no sentence, alone on its line,
 *   and written like the resume's other headings (all capitals, all lower case) or ending in a colon;
 * - a block that starts without a heading (the sidebar of a PDF, after a form feed) gets its kind
 *   from what its lines look like, through the `guess` the caller passes.
 */

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

export type Language = 'en' | 'de' | 'fr' | 'es';

export interface Section {
  kind: SectionKind;
  /** The heading as written; '' for the text above the first heading and for untitled blocks. */
  heading: string;
  /** The language of the heading's words, when they belong to one. */
  language?: Language;
  /** Non-blank lines, trimmed. */
  lines: string[];
}

/** Marks where a new block starts in extracted text (see pdfLines.ts): the section before it ends there. */
export const BLOCK_BREAK = '\f';

type Lexicon = Readonly<Record<Exclude<SectionKind, 'header'>, readonly string[]>>;

/**
 * Headings, lower-cased with "&" and "/" read as "and". Sections the profile has no place for are
 * still listed (as 'other') so that their lines end the section before them instead of joining it.
 */
const HEADINGS: Readonly<Record<Language, Lexicon>> = {
  en: {
    contact: ['contact', 'contact information', 'contact info', 'contact details', 'personal information', 'personal details', 'personal data', 'details'],
    summary: [
      'summary', 'professional summary', 'career summary', 'executive summary', 'summary of qualifications', 'about', 'about me',
      'profile', 'personal profile', 'professional profile', 'objective', 'career objective', 'overview', 'introduction',
    ],
    experience: [
      'experience', 'work experience', 'professional experience', 'relevant experience', 'industry experience', 'employment',
      'employment history', 'employment experience', 'work history', 'career history', 'professional history',
      'professional background', 'positions held', 'experience and employment', 'career', 'internships', 'work',
    ],
    education: [
      'education', 'education and training', 'education and qualifications', 'educational background', 'education history',
      'academic background', 'academic history', 'academic qualifications', 'academics', 'qualifications', 'school', 'schools',
      'schooling', 'studies', 'degrees', 'university', 'training',
    ],
    skills: [
      'skills', 'technical skills', 'key skills', 'core skills', 'top skills', 'skills summary', 'skills and expertise',
      'skills and technologies', 'skills and tools', 'skills and abilities', 'areas of expertise', 'expertise', 'core competencies',
      'competencies', 'technical proficiencies', 'technologies', 'tools and technologies', 'technical expertise', 'keywords', 'tools',
    ],
    projects: ['projects', 'personal projects', 'selected projects', 'side projects', 'key projects', 'academic projects', 'open source', 'open source projects'],
    languages: ['languages', 'spoken languages', 'language skills'],
    certifications: [
      'certifications', 'certification', 'certificates', 'licenses and certifications', 'licences and certifications',
      'certifications and licenses', 'professional certifications', 'courses and certifications',
    ],
    other: [
      'awards', 'honors', 'honours', 'honors and awards', 'awards and honors', 'achievements', 'accomplishments', 'publications',
      'patents', 'volunteer experience', 'volunteering', 'volunteer', 'volunteer work', 'leadership', 'leadership and activities',
      'activities', 'extracurricular activities', 'interests', 'hobbies', 'hobbies and interests', 'references', 'courses',
      'coursework', 'relevant coursework', 'organizations', 'affiliations', 'memberships', 'recommendations', 'additional information',
    ],
  },
  de: {
    contact: ['kontakt', 'kontaktdaten', 'persönliche daten', 'persönliche angaben', 'angaben zur person', 'zur person'],
    summary: ['profil', 'kurzprofil', 'über mich', 'zusammenfassung', 'berufsprofil', 'persönliches profil'],
    experience: [
      'berufserfahrung', 'berufliche erfahrung', 'beruflicher werdegang', 'werdegang', 'berufspraxis', 'praxiserfahrung',
      'praktische erfahrung', 'arbeitserfahrung', 'berufstätigkeit', 'beschäftigungsverlauf', 'praktika',
    ],
    education: ['ausbildung', 'bildung', 'bildungsweg', 'bildungsgang', 'schulbildung', 'studium', 'akademischer werdegang', 'schul- und berufsausbildung', 'hochschulausbildung'],
    skills: ['kenntnisse', 'fähigkeiten', 'fachkenntnisse', 'it-kenntnisse', 'edv-kenntnisse', 'kompetenzen', 'top-kenntnisse', 'fähigkeiten und kenntnisse', 'besondere kenntnisse'],
    projects: ['projekte', 'projekterfahrung'],
    languages: ['sprachen', 'sprachkenntnisse'],
    certifications: ['zertifikate', 'zertifizierungen', 'weiterbildung', 'weiterbildungen', 'fortbildungen'],
    other: ['interessen', 'hobbys', 'hobbies', 'ehrenamt', 'ehrenamtliches engagement', 'engagement', 'auszeichnungen', 'publikationen', 'referenzen', 'sonstiges'],
  },
  fr: {
    contact: ['contact', 'coordonnées', 'informations personnelles', 'état civil'],
    summary: ['profil', 'résumé', 'à propos', 'à propos de moi', 'objectif', 'profil professionnel', 'présentation'],
    experience: [
      'expérience', 'expériences', 'expérience professionnelle', 'expériences professionnelles', 'parcours professionnel',
      'emplois', 'stages', 'expériences et stages',
    ],
    education: ['formation', 'formations', 'études', 'diplômes', 'formation académique', 'parcours académique', 'diplômes et formations', 'cursus'],
    skills: ['compétences', 'compétences techniques', 'savoir-faire', 'outils', 'compétences clés', 'informatique'],
    projects: ['projets', 'projets personnels'],
    languages: ['langues', 'langues étrangères'],
    certifications: ['certifications', 'certificats'],
    other: ['centres d’intérêt', "centres d'intérêt", 'loisirs', 'intérêts', 'bénévolat', 'activités', 'distinctions', 'publications', 'références', 'divers'],
  },
  es: {
    contact: ['contacto', 'datos personales', 'información personal', 'datos de contacto'],
    summary: ['perfil', 'perfil profesional', 'resumen', 'sobre mí', 'extracto', 'objetivo', 'acerca de'],
    experience: ['experiencia', 'experiencia profesional', 'experiencia laboral', 'trayectoria profesional', 'historial laboral', 'prácticas'],
    education: ['educación', 'formación', 'formación académica', 'estudios', 'titulación', 'formación complementaria'],
    skills: ['habilidades', 'competencias', 'conocimientos', 'aptitudes', 'aptitudes principales', 'habilidades técnicas', 'conocimientos informáticos', 'informática'],
    projects: ['proyectos'],
    languages: ['idiomas', 'lenguas'],
    certifications: ['certificaciones', 'certificados', 'cursos'],
    other: ['intereses', 'aficiones', 'voluntariado', 'premios', 'logros', 'publicaciones', 'referencias', 'otros'],
  },
};

/**
 * Words that make a short heading-shaped line a heading ("Relevant Work Experience and Internships"),
 * checked in this order: "Volunteer Experience" is not work history.
 */
const HEADING_WORDS: readonly [RegExp, SectionKind][] = [
  [/\b(?:volunteer\w*|ehrenamt\w*|bénévol\w*|voluntari\w*|award|honou?rs|publication|interest|hobb\w*|reference|activit\w*|leadership)/iu, 'other'],
  [/\b(?:certif\w*|licen[cs]es?|zertifi\w*|weiterbildung)/iu, 'certifications'],
  [/\b(?:projects?|projekte?|projets?|proyectos?)\b/iu, 'projects'],
  [/\b(?:languages?|sprachen|langues|idiomas)\b/iu, 'languages'],
  [/\b(?:experience|employment|work history|career|erfahrung|werdegang|expériences?|experiencia|trayectoria)/iu, 'experience'],
  [/\b(?:education|academic|school|studies|degrees?|qualifications|ausbildung|studium|bildung|formations?|études|diplômes|educación|formación|estudios)/iu, 'education'],
  [/\b(?:skills?|competenc\w*|expertise|technolog\w*|proficienc\w*|kenntnisse|fähigkeiten|kompetenz\w*|compétences|habilidades|competencias|conocimientos)/iu, 'skills'],
  [/\b(?:summary|profile|objective|about|profil|perfil|zusammenfassung)\b/iu, 'summary'],
];

const LOOKUP = new Map<string, { kind: SectionKind; language: Language }>();
for (const [language, lexicon] of Object.entries(HEADINGS) as [Language, Lexicon][]) {
  for (const [kind, names] of Object.entries(lexicon) as [SectionKind, readonly string[]][]) {
    for (const name of names) {
      // English wins where languages share a word ("contact", "certifications").
      if (!LOOKUP.has(name)) LOOKUP.set(name, { kind, language });
      const compact = name.replace(/[\s-]/g, '');
      if (!LOOKUP.has(compact)) LOOKUP.set(compact, { kind, language });
    }
  }
}

/** Letter-spaced headings ("E X P E R I E N C E", "W O R K   H I S T O R Y") as words. */
export function unspaceLetters(text: string): string {
  const trimmed = text.trim();
  if (!/^\p{L}(?: {1,4}\p{L}){3,}$/u.test(trimmed)) return text;
  return trimmed
    .split(/ {2,}/)
    .map((word) => word.replace(/ /g, ''))
    .join(' ');
}

function normalizeHeading(line: string): string {
  const bare = unspaceLetters(line.trim())
    .replace(/^[#=*_\-–—•|\s]+|[#=*_\-–—•|:\s]+$/gu, '')
    .replace(/\s+/g, ' ');
  return bare.toLowerCase().replace(/\s*&\s*/g, ' and ').replace(/\s*\/\s*/g, ' and ').replace(/'/g, '’');
}

function known(line: string): { kind: SectionKind; language: Language } | null {
  if (line.length > 60) return null;
  const key = normalizeHeading(line);
  return LOOKUP.get(key) ?? LOOKUP.get(key.replace(/’/g, "'")) ?? LOOKUP.get(key.replace(/[\s-]/g, '')) ?? null;
}

/** The kind of section a line heads by its words alone, or null when it is not a known heading. */
export function headingKind(line: string): SectionKind | null {
  return known(line)?.kind ?? null;
}

type Case = 'upper' | 'lower' | 'mixed';

function caseOf(text: string): Case {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters === '') return 'mixed';
  if (letters === letters.toUpperCase()) return 'upper';
  if (letters === letters.toLowerCase()) return 'lower';
  return 'mixed';
}

/** A line shaped like a heading: short, no digits, no sentence, not a list or a label with text after it. */
function headingShaped(line: string): boolean {
  const text = unspaceLetters(line).trim();
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6 || text.length > 50) return false;
  if (/\d|\t|[.;!?,|·•@]|:\s*\S/u.test(text.replace(/:$/, ''))) return false;
  return /^\p{L}/u.test(text);
}

/** The kind a heading-shaped line names through a heading word, for lines outside the list. */
function headingWordKind(line: string): SectionKind | null {
  const text = normalizeHeading(line);
  return HEADING_WORDS.find(([words]) => words.test(text))?.[1] ?? null;
}

/**
 * Splits text into sections; the lines above the first heading form the 'header' section. `guess`
 * names the kind of a block that starts without a heading after a block break; without it such
 * a block continues the section before it.
 */
export function splitSections(text: string, guess?: (lines: readonly string[]) => SectionKind | null): Section[] {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => (line.includes(BLOCK_BREAK) ? BLOCK_BREAK : line.trim()))
    .filter((line) => line !== '');
  // The style of the headings the resume certainly has (all capitals, all lower case) tells its other headings.
  const knownCases = lines.filter((line) => known(line) && headingShaped(line)).map((line) => caseOf(unspaceLetters(line)));
  const usualCase = knownCases.length >= 2 && knownCases.every((c) => c === knownCases[0]) ? knownCases[0]! : null;

  const sections: Section[] = [{ kind: 'header', heading: '', lines: [] }];
  lines.forEach((line, i) => {
    if (line === BLOCK_BREAK) {
      sections.push({ kind: 'other', heading: '', lines: [] });
      return;
    }
    const found = headingShaped(line) || line.length <= 40 ? known(line) : null;
    const next = lines[i + 1];
    const worded = !found && headingShaped(line) && next !== undefined && next !== BLOCK_BREAK ? headingWordKind(line) : null;
    const styled = worded && (line.trim().endsWith(':') || (usualCase !== null && usualCase !== 'mixed' && caseOf(line) === usualCase));
    if (found || styled) {
      sections.push({ kind: found?.kind ?? worded!, heading: line, ...(found ? { language: found.language } : {}), lines: [] });
      return;
    }
    sections[sections.length - 1]!.lines.push(line);
  });
  return sections
    .map((section) => (section.heading === '' && section.kind === 'other' ? { ...section, kind: guess?.(section.lines) ?? 'other' } : section))
    .filter((section) => section.kind === 'header' || section.heading !== '' || section.lines.length > 0);
}

/** The language most of the resume's headings are written in; English when none says. */
export function languageOf(sections: readonly Section[]): Language {
  const counts = new Map<Language, number>();
  for (const section of sections) if (section.language) counts.set(section.language, (counts.get(section.language) ?? 0) + 1);
  let best: Language = 'en';
  for (const [language, count] of counts) if (count > (counts.get(best) ?? 0)) best = language;
  return best;
}
