import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from './extract';
import { parseResumeText, type ParsedResume } from './parse';

/**
 * Field accuracy on the resume corpus (tests/resumes: PDFs from several kinds of tool, Word files,
 * pasted text, in English, German, French and Spanish; see scripts/make-resume-corpus.ts). Every
 * resume is read the way the options page reads it, from its file, and compared field by field
 * with its expected profile. A field counts when either side has a value, so a value the resume
 * does not say is as wrong as a missed one. Prints a table; fails under the threshold, and on any
 * job or school that the resume does not have.
 */

const RESUMES = path.resolve(__dirname, '../../tests/resumes');
const THRESHOLD = 0.95;
const SOURCE_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
};

type Expected = Omit<ParsedResume, 'warnings'>;
/** A job or a school, expected or found, read field by field. */
type Entry = object;

function get(entry: Entry, key: string): unknown {
  return (entry as Record<string, unknown>)[key];
}

const WORK_FIELDS = ['company', 'title', 'location', 'startDate', 'endDate', 'current', 'description'] as const;
const EDUCATION_FIELDS = ['school', 'degree', 'field', 'startDate', 'endDate', 'gpa'] as const;
/** The fields that say which job or school an entry is; entries that share none are not the same. */
const IDENTITY = ['company', 'title', 'school', 'degree', 'startDate', 'location', 'description'];

interface Tally {
  right: number;
  total: number;
  wrong: string[];
  invented: string[];
}

function text(value: unknown): string {
  if (value === true) return 'current';
  if (value === false || value === undefined || value === null) return '';
  return String(value).replace(/\s+/g, ' ').trim();
}

function compare(tally: Tally, label: string, expected: unknown, found: unknown): void {
  const want = text(expected);
  const got = text(found);
  if (want === '' && got === '') return;
  tally.total++;
  if (want === got) tally.right++;
  else tally.wrong.push(`${label}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
}

function similarity(a: Entry, b: Entry): number {
  return IDENTITY.filter((key) => text(get(a, key)) !== '' && text(get(a, key)) === text(get(b, key))).length;
}

/** Pairs expected and found entries in order (a longest common subsequence by similarity). */
function align(expected: readonly Entry[], found: readonly Entry[]): [number | null, number | null][] {
  const n = expected.length;
  const m = found.length;
  const best = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const score = similarity(expected[i]!, found[j]!);
      best[i]![j] = Math.max(best[i + 1]![j]!, best[i]![j + 1]!, score > 0 ? score + best[i + 1]![j + 1]! : 0);
    }
  }
  const pairs: [number | null, number | null][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const score = similarity(expected[i]!, found[j]!);
    if (score > 0 && best[i]![j] === score + best[i + 1]![j + 1]!) pairs.push([i++, j++]);
    else if (best[i]![j] === best[i + 1]![j]) pairs.push([i++, null]);
    else pairs.push([null, j++]);
  }
  while (i < n) pairs.push([i++, null]);
  while (j < m) pairs.push([null, j++]);
  return pairs;
}

function compareEntries(tally: Tally, kind: string, fields: readonly string[], expected: readonly Entry[], found: readonly Entry[]): void {
  for (const [i, j] of align(expected, found)) {
    const want = i === null ? {} : expected[i]!;
    const got = j === null ? {} : found[j]!;
    const label = `${kind} ${i === null ? `found ${j! + 1}` : i + 1}`;
    if (i === null) tally.invented.push(`${label}: ${text(get(got, 'title') ?? get(got, 'degree'))} / ${text(get(got, 'company') ?? get(got, 'school'))}`);
    for (const field of fields) compare(tally, `${label}.${field}`, get(want, field), get(got, field));
  }
}

function score(expected: Expected, found: ParsedResume): Tally {
  const tally: Tally = { right: 0, total: 0, wrong: [], invented: [] };
  for (const group of ['personal', 'links'] as const) {
    const want: Entry = expected[group];
    const got: Entry = found[group];
    for (const key of new Set([...Object.keys(want), ...Object.keys(got)])) compare(tally, `${group}.${key}`, get(want, key), get(got, key));
  }
  compareEntries(tally, 'work', WORK_FIELDS, expected.work, found.work);
  compareEntries(tally, 'education', EDUCATION_FIELDS, expected.education, found.education);
  const wanted = new Set(expected.skills.map((skill) => skill.toLowerCase()));
  const gotten = new Set(found.skills.map((skill) => skill.toLowerCase()));
  for (const skill of new Set([...wanted, ...gotten])) compare(tally, `skill ${skill}`, wanted.has(skill) ? skill : '', gotten.has(skill) ? skill : '');
  return tally;
}

function corpus(): { id: string; file: string }[] {
  const files = readdirSync(RESUMES);
  return files
    .filter((file) => file.endsWith('.expected.json'))
    .map((file) => {
      const id = file.replace(/\.expected\.json$/, '');
      const source = files.find((other) => other.startsWith(`${id}.`) && other.slice(id.length + 1) in SOURCE_TYPES);
      if (!source) throw new Error(`${file} has no resume beside it`);
      return { id, file: source };
    });
}

async function read(file: string): Promise<ParsedResume> {
  const bytes = readFileSync(path.join(RESUMES, file));
  const extension = file.split('.').pop()!;
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const result = await extractText({ name: file, type: SOURCE_TYPES[extension]!, bytes: buffer });
  if (!result.ok) throw new Error(`${file}: ${result.error}`);
  return parseResumeText(result.text);
}

describe('the resume corpus', () => {
  it(`reads at least ${THRESHOLD * 100}% of all fields right and invents no job or school`, { timeout: 60_000 }, async () => {
    const rows: { id: string; file: string; tally: Tally }[] = [];
    for (const { id, file } of corpus()) {
      const expected = JSON.parse(readFileSync(path.join(RESUMES, `${id}.expected.json`), 'utf8')) as Expected;
      rows.push({ id, file, tally: score(expected, await read(file)) });
    }
    const right = rows.reduce((sum, row) => sum + row.tally.right, 0);
    const total = rows.reduce((sum, row) => sum + row.tally.total, 0);
    const width = Math.max(...rows.map((row) => row.file.length));
    const lines = rows.map(({ file, tally }) => {
      const share = `${((100 * tally.right) / tally.total).toFixed(1)}%`.padStart(6);
      const detail = tally.wrong.length ? `  ✗ ${tally.wrong.join('; ')}` : '';
      return `${file.padEnd(width)}  ${String(tally.right).padStart(3)}/${String(tally.total).padEnd(3)} ${share}${detail}`;
    });
    console.log(
      [`Resume corpus: ${rows.length} resumes`, ...lines, `TOTAL ${right}/${total} fields right: ${((100 * right) / total).toFixed(1)}%`].join('\n'),
    );
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(rows.flatMap((row) => row.tally.invented.map((entry) => `${row.id}: ${entry}`))).toEqual([]);
    expect(right / total).toBeGreaterThanOrEqual(THRESHOLD);
  });
});
