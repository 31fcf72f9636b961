import { tokens, withoutAsides } from './normalize';

/**
 * Degrees as level plus kind, so that "BS", "B.S.", "Bachelor of Science (BS)" and a generic
 * "Bachelor's Degree" can be compared: a level must agree, a kind must not contradict.
 */

export type DegreeLevel = 'high-school' | 'associate' | 'bachelor' | 'master' | 'doctorate' | 'law' | 'medicine';

export interface Degree {
  level: DegreeLevel;
  /** "science", "arts", "business administration"…; absent for a generic "Bachelor's Degree". */
  kind?: string;
}

const ABBREVIATIONS: Readonly<Record<string, Degree>> = {
  ba: { level: 'bachelor', kind: 'arts' },
  ab: { level: 'bachelor', kind: 'arts' },
  bs: { level: 'bachelor', kind: 'science' },
  bsc: { level: 'bachelor', kind: 'science' },
  sb: { level: 'bachelor', kind: 'science' },
  bse: { level: 'bachelor', kind: 'engineering' },
  beng: { level: 'bachelor', kind: 'engineering' },
  btech: { level: 'bachelor', kind: 'technology' },
  bfa: { level: 'bachelor', kind: 'fine arts' },
  bba: { level: 'bachelor', kind: 'business administration' },
  bcom: { level: 'bachelor', kind: 'commerce' },
  bsn: { level: 'bachelor', kind: 'nursing' },
  llb: { level: 'bachelor', kind: 'laws' },
  ma: { level: 'master', kind: 'arts' },
  ms: { level: 'master', kind: 'science' },
  msc: { level: 'master', kind: 'science' },
  sm: { level: 'master', kind: 'science' },
  meng: { level: 'master', kind: 'engineering' },
  mtech: { level: 'master', kind: 'technology' },
  mfa: { level: 'master', kind: 'fine arts' },
  mba: { level: 'master', kind: 'business administration' },
  mpa: { level: 'master', kind: 'public administration' },
  mph: { level: 'master', kind: 'public health' },
  mphil: { level: 'master', kind: 'philosophy' },
  llm: { level: 'master', kind: 'laws' },
  phd: { level: 'doctorate', kind: 'philosophy' },
  dphil: { level: 'doctorate', kind: 'philosophy' },
  edd: { level: 'doctorate', kind: 'education' },
  jd: { level: 'law' },
  md: { level: 'medicine' },
  aa: { level: 'associate', kind: 'arts' },
  aas: { level: 'associate', kind: 'applied science' },
  ged: { level: 'high-school' },
};

const LEVEL_WORDS: Readonly<Record<string, DegreeLevel>> = {
  bachelor: 'bachelor',
  bachelors: 'bachelor',
  baccalaureate: 'bachelor',
  undergraduate: 'bachelor',
  master: 'master',
  masters: 'master',
  doctor: 'doctorate',
  doctorate: 'doctorate',
  doctoral: 'doctorate',
  associate: 'associate',
  associates: 'associate',
};

const KIND_SYNONYMS: Readonly<Record<string, string>> = { sciences: 'science', art: 'arts' };

export function parseDegree(text: string): Degree | undefined {
  const words = tokens(text);
  const joined = words.join(' ');
  if (/\bjuris doctor\b/.test(joined)) return { level: 'law' };
  if (/\bdoctor of medicine\b/.test(joined)) return { level: 'medicine' };
  if (/\bhigh school\b|\bsecondary school\b/.test(joined)) return { level: 'high-school' };

  // The aside of "Bachelor of Science (BS)" only repeats the degree as an abbreviation.
  const fromWords = degreeFromWords(tokens(withoutAsides(text)));
  const fromAbbreviation = words.map((word) => ABBREVIATIONS[word]).find((degree) => degree !== undefined);
  if (!fromWords) return fromAbbreviation;
  if (fromAbbreviation?.level !== fromWords.level) return fromWords;
  return { level: fromWords.level, kind: fromWords.kind ?? fromAbbreviation.kind };
}

/** "Bachelor of Science in Mathematics" -> bachelor, science. */
function degreeFromWords(words: readonly string[]): Degree | undefined {
  const levelIndex = words.findIndex((word) => LEVEL_WORDS[word] !== undefined);
  const level = LEVEL_WORDS[words[levelIndex] ?? ''];
  if (!level) return undefined;
  if (words[levelIndex + 1] !== 'of') return { level };
  const rest = words.slice(levelIndex + 2);
  const end = rest.findIndex((word) => word === 'in' || word === 'degree');
  const kind = (end === -1 ? rest : rest.slice(0, end)).join(' ');
  return kind ? { level, kind: KIND_SYNONYMS[kind] ?? kind } : { level };
}

/** How well an offered degree stands for the applicant's: 0 when it contradicts it. */
export function degreeSimilarity(wanted: Degree, offered: Degree): number {
  if (wanted.level !== offered.level) return 0;
  if (offered.kind === undefined) return 0.85;
  if (wanted.kind === undefined) return 0.5;
  return wanted.kind === offered.kind ? 0.95 : 0;
}
