import type { WorkEntry } from '../profile/schema';
import { DURATION_ONLY, findDateRange, parseDateRange, type DateMatch, type DateRange } from './dates';
import { descriptionLines, isBullet, isLabelLine, isTitleCased, splitParts, type Unsure } from './lines';
import { cleanPlace, isPlace, splitTrailingPlace } from './location';

/**
 * Reads the jobs of an experience section.
 *
 * A job is anchored on its date line. Which lines around the date name the job follows the resume's
 * own layout, learnt from its first job: when the section opens with a bare date line, the job's
 * name lines follow the date (the LinkedIn export); otherwise as many name lines as the first job
 * had stand before each date, and a line right after the date may still add a missing company or
 * place. A job whose company cannot be told keeps its title, dates and description and says so.
 */

export interface ParsedWork extends WorkEntry {
  /** No line of the job could be read as its employer. */
  companyMissing: boolean;
  unsure: Unsure<WorkEntry>;
}

const TITLE_WORD = new RegExp(
  `\\b(?:${[
    'engineer', 'developer', 'programmer', 'architect', 'scientist', 'analyst', 'manager', 'director', 'head',
    'lead', 'principal', 'president', 'vp', 'chief', 'officer', 'cto', 'ceo', 'cfo', 'coo', 'founder',
    'co-founder', 'cofounder', 'owner', 'consultant', 'advisor', 'adviser', 'specialist', 'coordinator',
    'administrator', 'assistant', 'associate', 'intern', 'apprentice', 'trainee', 'fellow', 'researcher',
    'professor', 'lecturer', 'teacher', 'instructor', 'tutor', 'designer', 'editor', 'writer', 'journalist',
    'producer', 'marketer', 'recruiter', 'accountant', 'auditor', 'attorney', 'lawyer', 'paralegal', 'nurse',
    'physician', 'technician', 'representative', 'executive', 'strategist', 'trader', 'banker', 'operator',
    'supervisor', 'clerk', 'cashier', 'barista', 'server', 'chef', 'cook', 'driver', 'salesperson',
    'member of technical staff', 'sde', 'swe', 'sre', 'product owner', 'scrum master', 'contractor',
    'freelancer', 'volunteer', 'secretary', 'receptionist', 'therapist', 'pharmacist', 'mechanic',
    'electrician', 'photographer', 'copywriter', 'partner', 'co-op', 'illustrator', 'animator', 'surveyor', 'planner', 'buyer',
    'underwriter', 'controller', 'bookkeeper', 'teller', 'curator', 'librarian', 'translator', 'interpreter', 'paramedic',
    'caregiver', 'pilot', 'broker', 'agent', 'economist', 'statistician', 'chemist', 'biologist', 'physicist', 'geologist',
    'psychologist', 'dentist', 'hygienist', 'dietitian', 'optician', 'musician', 'mathematician', 'stylist', 'archivist',
  ].join('|')})\\b`,
  'iu',
);
/**
 * Role words in German, French and Spanish, matched inside compounds ("Softwareentwicklerin",
 * "Teamleiter") and in their feminine forms ("Chargée", "Ingeniera", "Desarrolladora").
 */
const TITLE_STEM =
  /(?:entwickler|leiter|berater|ingenieur|referent|sachbearbeiter|werkstudent|praktikant|assistent|architekt|spezialist|mitarbeiter|koordinator|techniker|projektmanager)(?:in)?(?!\p{L})|(?:kaufmann|kauffrau)(?!\p{L})|(?<!\p{L})(?:ingénieure?|développeu(?:r|se)|chargée?|responsable|directeur|directrice|chef|stagiaire|alternante?|technicienne?|employée?|comptable|vendeu(?:r|se)|assistante?|ingenier[oa]|desarrollador(?:a)?|diseñador(?:a)?|jef[ea]|gerente|analista|consultor(?:a)?|técnic[oa]|becari[oa]|coordinador(?:a)?|programador(?:a)?|administrativ[oa]|profesor(?:a)?|auditor(?:a)?)(?!\p{L})/iu;
const COMPANY_WORD =
  /\b(?:Inc|LLC|LLP|L\.L\.C|Ltd|Limited|Corp|Corporation|Company|Co|GmbH|mbH|AG|KG|SE|S\.A|SA|S\.L|SL|S\.L\.U|SAS|SARL|PLC|Pty|B\.V|BV|Oy|AB|SRL|Group|Holdings|Technologies|Technology|Labs|Systems|Solutions|Software|Consulting|Partners|Associates|Capital|Ventures|Bank|University|College|Institute|Hospital|Agency|Studios?|Media|Games|Networks|Services|Industries|Enterprises|Foundation|Fund|Investments|Securities|Analytics|Robotics)\b\.?|\.(?:com|io|ai)\b/;
/** "Acme, Inc." is one name: its comma must not split it. */
const COMPANY_SUFFIX_COMMA = /,\s*(?=(?:Inc|LLC|Ltd|Corp|GmbH|PLC|L\.L\.C)\b)/g;
const EMPLOYMENT_TYPE =
  /^(?:full[- ]?time|part[- ]?time|contract|internship|freelance|self[- ]employed|seasonal|apprenticeship|permanent|temporary|vollzeit|teilzeit|festanstellung|cdi|cdd|temps plein|temps partiel|jornada completa|media jornada)$/i;
/** Names that end in an abbreviation end in a full stop without being sentences. */
const ABBREVIATION_END = /\b(?:Inc|Ltd|Co|Corp|Jr|Sr|L\.L\.C|S\.A|S\.L|S\.L\.U|S\.A\.S|B\.V|N\.V|e\.V|P\.C)\.$/;
const MAX_HEADER_LINES = 3;
/** Words that name a part of an employer, not the employer. */
const UNIT = /\b(?:ICU|NICU|ER|unit|department|dept|team|division|ward|floor|desk|section|practice area)\b/i;

/** 'titleTail' is what follows a title's comma ("Charge Nurse, Cardiac ICU"): a unit, or the employer. */
type PartKind = 'place' | 'title' | 'titleTail' | 'company' | 'unknown';

interface Part {
  text: string;
  kind: PartKind;
}

interface Block {
  /** The lines that name the job (title, company, place) in reading order, with the date line's own text. */
  header: string[];
  body: string[];
  range: DateRange | null;
  /** The dates were a start with a dash and nothing after it. */
  open?: boolean;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A job title carries a role word ("Engineer", "Manager", "Intern") and is written like a name. */
export function looksLikeJobTitle(text: string): boolean {
  return (TITLE_WORD.test(text) || TITLE_STEM.test(text)) && (isTitleCased(text) || wordCount(text) <= 4);
}

function isNoise(text: string): boolean {
  return EMPLOYMENT_TYPE.test(text) || DURATION_ONLY.test(text);
}

/** A line that could name a job: short, not a sentence, not a bullet, capitalised like a name. */
export function isHeaderLike(line: string): boolean {
  if (isBullet(line) || isLabelLine(line) || line.length > 90 || wordCount(line) > 12) return false;
  if (/[.;:!?]$/.test(line) && !ABBREVIATION_END.test(line)) return false;
  return isPlace(line) || isTitleCased(line) || ((TITLE_WORD.test(line) || TITLE_STEM.test(line)) && wordCount(line) <= 6);
}

function kindOf(text: string): PartKind {
  if (looksLikeJobTitle(text)) return 'title';
  if (COMPANY_WORD.test(text)) return 'company';
  return 'unknown';
}

/** "Engineer at Acme", "Engineer, Acme" and "Acme, Engineer" name both the role and the employer. */
function roleParts(text: string): Part[] {
  const at = /^(.+?)\s+(?:at|@)\s+(.+)$/i.exec(text);
  if (at && looksLikeJobTitle(at[1]!)) return [{ text: at[1]!, kind: 'title' }, { text: at[2]!, kind: 'company' }];
  const pieces = text.replace(COMPANY_SUFFIX_COMMA, '\u0000').split(/\s*,\s*/).map((piece) => piece.replace('\u0000', ', '));
  if (pieces.length === 2) {
    const [first, second] = pieces as [string, string];
    if (looksLikeJobTitle(first) && !looksLikeJobTitle(second)) {
      return [{ text: first, kind: 'title' }, { text: second, kind: kindOf(second) === 'company' ? 'company' : 'titleTail' }];
    }
    if (looksLikeJobTitle(second) && !looksLikeJobTitle(first)) return [{ text: first, kind: 'company' }, { text: second, kind: 'title' }];
  }
  return [{ text, kind: kindOf(text) }];
}

function partsOf(line: string): Part[] {
  if (isNoise(line)) return [];
  if (isPlace(line)) return [{ text: cleanPlace(line), kind: 'place' }];
  return splitParts(line).flatMap((piece): Part[] => {
    if (isNoise(piece)) return [];
    if (isPlace(piece)) return [{ text: cleanPlace(piece), kind: 'place' }];
    const trailing = splitTrailingPlace(piece);
    if (!trailing) return roleParts(piece);
    return [...(trailing.rest ? roleParts(trailing.rest) : []), { text: cleanPlace(trailing.place), kind: 'place' }];
  });
}

function anchorDate(line: string): DateMatch | null {
  if (isBullet(line)) return null;
  // "Keywords: 2019 roadmap" is a label line; "2020 – aujourd’hui : Développeur…" is a date with its job.
  const label = /^([^:]{1,50}):\s/.exec(line);
  if (label && isLabelLine(line) && !parseDateRange(label[1]!.trim())) return null;
  const found = findDateRange(line);
  if (!found || (found.rest !== '' && !isHeaderLike(found.rest))) return null;
  return found;
}

/** Layout of the LinkedIn export: date, then the lines naming the job, then its description. */
function dateFirstBlocks(lines: readonly string[], dates: readonly (DateMatch | null)[], anchors: readonly number[]): Block[] {
  return anchors.map((anchor, j) => {
    const end = anchors[j + 1] ?? lines.length;
    const date = dates[anchor]!;
    const header = date.rest ? [date.rest] : [];
    let i = anchor + 1;
    while (i < end && header.length < MAX_HEADER_LINES && isHeaderLike(lines[i]!)) header.push(lines[i++]!);
    return { header, body: lines.slice(i, end), range: date.range, open: date.open };
  });
}

/** Layout where the lines naming the job stand before its date (or share its line). */
function headerFirstBlocks(lines: readonly string[], dates: readonly (DateMatch | null)[], anchors: readonly number[], grouped: boolean): Block[] {
  const nameLine = (at: number, floor: number) => at > floor && !dates[at] && isHeaderLike(lines[at]!);
  const namesBefore = (anchor: number, floor: number, limit: number): number => {
    let n = 0;
    while (n < limit && nameLine(anchor - n - 1, floor)) n++;
    // Where roles are grouped under companies, a company that has one role names it above its title.
    const above = anchor - n - 1;
    if (grouped && n > 0 && nameLine(above, floor) && kindOf(lines[above]!) !== 'title' && kindOf(lines[above + 1]!) === 'title') n++;
    return n;
  };
  const perJob = namesBefore(anchors[0]!, -1, MAX_HEADER_LINES);
  const starts = anchors.map((anchor, j) => anchor - namesBefore(anchor, j === 0 ? -1 : anchors[j - 1]!, perJob));

  return anchors.map((anchor, j) => {
    const next = starts[j + 1] ?? lines.length;
    const date = dates[anchor]!;
    const header = [...lines.slice(starts[j], anchor), ...(date.rest ? [date.rest] : [])];
    let i = anchor + 1;
    while (i < next && completesHeader(lines[i]!, header, i - anchor - 1)) header.push(lines[i++]!);
    return { header, body: lines.slice(i, next), range: date.range, open: date.open };
  });
}

/** After the date, only a place, an employment-type line, or the first line when a name is still missing. */
function completesHeader(line: string, header: readonly string[], taken: number): boolean {
  if (taken >= 2 || !isHeaderLike(line)) return false;
  if (isPlace(line) || splitParts(line).some(isNoise)) return true;
  if (taken > 0) return false;
  const kinds = new Set(header.flatMap(partsOf).map((part) => part.kind));
  return !(kinds.has('title') && (kinds.has('company') || kinds.has('unknown')));
}

/** Without any dates, a job is a run of name lines followed by its description. */
function undatedBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  for (const line of lines) {
    const current = blocks[blocks.length - 1];
    if (isHeaderLike(line) && (!current || current.body.length > 0 || current.header.length >= MAX_HEADER_LINES)) {
      blocks.push({ header: [line], body: [], range: null });
    } else if (current && isHeaderLike(line) && current.body.length === 0) {
      current.header.push(line);
    } else if (current) {
      current.body.push(line);
    } else {
      blocks.push({ header: [], body: [line], range: null });
    }
  }
  return blocks;
}

/** The header line index that holds the place in most jobs: resumes repeat their layout. */
function usualPlaceLine(blocks: readonly Block[]): number | null {
  const counts = new Map<number, number>();
  for (const block of blocks) {
    const at = block.header.findIndex(isPlace);
    if (at >= 0) counts.set(at, (counts.get(at) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [at, count] of counts) if (best === null || count > counts.get(best)!) best = at;
  return best;
}

/**
 * In the date-first layout a job whose date line is missing still starts with its place: a place on
 * its own line inside a description (one this resume uses elsewhere, or shaped like one) opens a job.
 */
function splitAtPlaces(blocks: readonly Block[], knownPlaces: ReadonlySet<string>): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    let current: Block = { ...block, body: [] };
    for (let i = 0; i < block.body.length; i++) {
      const line = block.body[i]!;
      const opensJob = current.body.length > 0 && i < block.body.length - 1 && (knownPlaces.has(line.toLowerCase()) || isPlace(line));
      if (!opensJob) {
        current.body.push(line);
        continue;
      }
      out.push(current);
      current = { header: [line], body: [], range: null };
      while (i + 1 < block.body.length - 1 && current.header.length < MAX_HEADER_LINES && isHeaderLike(block.body[i + 1]!)) {
        current.header.push(block.body[++i]!);
      }
    }
    out.push(current);
  }
  return out;
}

function resolve(block: Block, placeLine: number | null): ParsedWork {
  const parts = block.header.flatMap((line, at) => {
    const found = partsOf(line);
    const onlyUnknown = found.length === 1 && found[0]!.kind === 'unknown';
    return at === placeLine && onlyUnknown ? [{ text: found[0]!.text, kind: 'place' as const }] : found;
  });
  const titlePart = parts.find((part) => part.kind === 'title');
  let title = titlePart?.text ?? '';
  let company = parts.find((part) => part.kind === 'company')?.text ?? '';
  const location = parts.find((part) => part.kind === 'place')?.text ?? '';
  const tail = parts.find((part) => part.kind === 'titleTail')?.text;
  const unknown = parts.filter((part) => part.kind === 'unknown').map((part) => part.text);
  const extras: string[] = [];
  // Titles carry role words and company names are arbitrary, so an unplaced name is the employer,
  // unless the title is the one missing; an all-capitals line is the employer by convention.
  const capitals = unknown.find((text) => /\p{L}/u.test(text) && text === text.toUpperCase());
  if (capitals && !company) {
    company = capitals;
    unknown.splice(unknown.indexOf(capitals), 1);
  }
  for (const text of unknown) {
    if (!title && (company || unknown.length > 1 || tail)) title = text;
    else if (!company) company = text;
    else extras.push(text);
  }
  const unsure: Unsure<WorkEntry> = {};
  const roleWord = titlePart !== undefined;
  const companyWord = parts.some((part) => part.kind === 'company');
  // The words after a title's comma are the employer ("Product Manager, Cascade Cloud") unless another
  // line names one or they name a unit ("Charge Nurse, Cardiac ICU").
  if (tail && (company || UNIT.test(tail))) title = `${title}, ${tail}`;
  else if (tail) company = tail;
  if (!company) unsure.company = 'The resume does not say the employer clearly.';
  if (!title) unsure.title = 'No job title found.';
  else if (!roleWord && company && !companyWord) unsure.title = 'Neither line names a role or a firm: check that the title and the company are not swapped.';
  if (!block.range) unsure.startDate = 'No dates found for this job.';
  if (block.open) unsure.endDate = 'The dates end with a dash and no end: read as your current job.';
  for (const part of parts) {
    const used = part === titlePart || part.text === company || part.text === location || part.text === tail;
    if (!used && part.kind !== 'unknown') extras.push(part.text);
  }
  const range = block.range ?? { startDate: '', endDate: '', current: false };
  return {
    company,
    title,
    location,
    startDate: range.startDate,
    endDate: range.endDate,
    current: range.current,
    description: [...extras, ...descriptionLines(block.body)].join('\n'),
    companyMissing: company === '',
    unsure,
  };
}

function describe(job: ParsedWork, index: number): string {
  const dates = job.startDate ? `${job.startDate} – ${job.current ? 'present' : job.endDate || '?'}` : '';
  const said = [job.title || job.company, dates, job.location].filter(Boolean).join(', ');
  return `Job ${index + 1}${said ? ` (${said})` : ''}`;
}

/**
 * LinkedIn writes a company with several roles once, with the total time there under it ("Fjord
 * Payments" / "5 years 3 months"), and then each role's title and dates. Returns the lines without
 * those two, and for each line the company of the group it stands in.
 */
function companyGroups(lines: readonly string[]): { lines: string[]; groups: (string | null)[] } {
  const out: string[] = [];
  const groups: (string | null)[] = [];
  let group: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (next !== undefined && DURATION_ONLY.test(next) && isHeaderLike(line) && !anchorDate(line) && !isNoise(line)) {
      group = line;
      i++;
      continue;
    }
    out.push(line);
    groups.push(group);
  }
  return { lines: out, groups };
}

export function parseWork(sectionLines: readonly string[]): { work: ParsedWork[]; warnings: string[] } {
  const { lines, groups } = companyGroups(sectionLines);
  const grouped = groups.some((group) => group !== null);
  const dates = lines.map(anchorDate);
  const anchors = dates.flatMap((date, i) => (date ? [i] : []));
  const first = anchors[0];
  const dateFirst = first === 0 && dates[0]!.rest === '';
  let blocks: Block[];
  if (first === undefined) blocks = undatedBlocks(lines);
  else if (dateFirst) blocks = dateFirstBlocks(lines, dates, anchors);
  else {
    blocks = headerFirstBlocks(lines, dates, anchors, grouped);
    // A role with no company of its own inside a company's group is a role at that company.
    blocks.forEach((block, j) => {
      const group = groups[anchors[j]!];
      if (group && !block.header.flatMap(partsOf).some((part) => part.kind !== 'title' && part.kind !== 'place')) block.header.unshift(group);
    });
  }

  // Only the date-first layout puts the name lines at fixed places after the date.
  let placeLine: number | null = null;
  if (dateFirst) {
    placeLine = usualPlaceLine(blocks);
    const knownPlaces = new Set(blocks.map((block) => resolve(block, placeLine).location.toLowerCase()).filter(Boolean));
    blocks = splitAtPlaces(blocks, knownPlaces);
    placeLine = usualPlaceLine(blocks);
  }

  const work = blocks.map((block) => resolve(block, placeLine)).filter((job) => job.title || job.company || job.startDate || job.description);
  const warnings: string[] = [];
  work.forEach((job, i) => {
    if (job.companyMissing) warnings.push(`${describe(job, i)}: no company name found; the rest of the job was kept.`);
    if (!job.startDate) warnings.push(`${describe(job, i)}: no dates found.`);
  });
  return { work, warnings };
}
