import type { FieldKind } from '../core/fieldKinds';
import type { Classification, DatePart, FieldDescription, FieldOutcome, FillAction } from '../core/types';
import type { FieldHandle } from '../dom/collect';
import { blur, nextTask, pointerClick, typeInto, waitFor } from '../dom/events';
import { performAction, type FillContext } from '../dom/fill';
import { ownText } from '../dom/labels';
import type { AtsAdapter } from './adapter';

/**
 * Greenhouse, in its three forms: classic boards (boards.greenhouse.io, server-rendered,
 * `job_application[...]` names), the same form embedded in an iframe (boards.greenhouse.io/embed/
 * job_app), and the new React boards (job-boards.greenhouse.io: ids without names, react-select
 * dropdowns). Its own fields are known by their stable attributes; custom questions
 * (`job_application[answers_attributes][N]`, `question_<id>`) are left to the heuristics.
 */

/**
 * The candidate-facing boards, US and EU. app.greenhouse.io is the recruiters' own app, whose
 * forms are not applications.
 */
const HOSTS = /^(job-)?boards(\.eu)?\.greenhouse\.io$/;

const SITE_CONFIDENCE = 0.97;

type Rule = readonly [pattern: RegExp, kind: FieldKind];

/** Classic boards: the `name` Greenhouse submits. */
const CLASSIC_NAMES: readonly Rule[] = [
  [/^job_application\[first_name\]$/, 'firstName'],
  [/^job_application\[last_name\]$/, 'lastName'],
  [/^job_application\[email\]$/, 'email'],
  [/^job_application\[phone\]$/, 'phone'],
  [/^job_application\[location\]$/, 'location'],
  [/^job_application\[educations\]\[\]\[school_name_id\]$/, 'school'],
  [/^job_application\[educations\]\[\]\[degree_id\]$/, 'degree'],
  [/^job_application\[educations\]\[\]\[discipline_id\]$/, 'discipline'],
  [/^job_application\[educations\]\[\]\[start_date\]\[(month|year)\]$/, 'educationStart'],
  [/^job_application\[educations\]\[\]\[end_date\]\[(month|year)\]$/, 'educationEnd'],
  [/^job_application\[gender\]$/, 'gender'],
  [/^job_application\[hispanic_ethnicity\]$/, 'hispanicOrLatino'],
  [/^job_application\[race\]$/, 'race'],
  [/^job_application\[veteran_status\]$/, 'veteran'],
  [/^job_application\[disability_status\]$/, 'disability'],
];

/** New boards (and the classic contact fields, which share these ids): the element id. */
const IDS: readonly Rule[] = [
  [/^first_name$/, 'firstName'],
  [/^last_name$/, 'lastName'],
  [/^email$/, 'email'],
  [/^phone$/, 'phone'],
  [/^candidate-location$/, 'location'],
  [/^resume$/, 'resume'],
  [/^cover_letter$/, 'coverLetter'],
  [/^school--\d+$/, 'school'],
  [/^degree--\d+$/, 'degree'],
  [/^discipline--\d+$/, 'discipline'],
  [/^start-(month|year)--\d+$/, 'educationStart'],
  [/^end-(month|year)--\d+$/, 'educationEnd'],
  [/^gender$/, 'gender'],
  [/^hispanic_ethnicity$/, 'hispanicOrLatino'],
  [/^race$/, 'race'],
  [/^veteran_status$/, 'veteran'],
  [/^disability_status$/, 'disability'],
];

/** "Or enter manually" boxes stand in for the uploads: the resume goes in as a file, never as pasted text. */
const PASTE_ALTERNATIVE = /^job_application\[(resume|cover_letter)_text\]$/;

const DATE_KINDS: ReadonlySet<Classification['kind']> = new Set(['educationStart', 'educationEnd']);

/** A new-board date part: `start-month--0` is the month of the first school's start date. */
const NEW_DATE_PART = /^(start|end)-(month|year)--(\d+)$/;
const ENTRY_ID = /^(school|degree|discipline|start-month|start-year|end-month|end-year)--(\d+)$/;

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** What the page needs to know of the profile before a fill: only how many schools it lists. */
interface GreenhouseSetup {
  schools: number;
}

export const greenhouse: AtsAdapter<undefined, GreenhouseSetup, void> = {
  id: 'greenhouse',
  name: 'Greenhouse',
  matches: (url) => HOSTS.test(url.hostname),
  classify: classifyGreenhouse,
  annotate: annotateGreenhouse,
  prepare: (profile) => ({ schools: profile.education.length }),
  beforeFill: (root, setup) => addSchools(root, setup.schools),
  perform: performGreenhouse,
};

const ADD_ROW_TIMEOUT_MS = 2_000;

/**
 * New boards show one education form and a "+ Add another" button: one more form per school the
 * profile lists. Forms already there, filled or not, stay: the user may have added them.
 */
async function addSchools(root: Document | Element, wanted: number): Promise<void> {
  let rows = educationRows(root);
  while (rows < wanted) {
    const section = root.querySelector('#school--0')?.closest('.education--container');
    const add = section?.querySelector<HTMLButtonElement>('button.add-another-button');
    if (!add) return;
    if (!pointerClick(add)) return;
    const grown = await waitFor(() => educationRows(root) > rows, ADD_ROW_TIMEOUT_MS, root);
    if (!grown) return;
    rows = educationRows(root);
  }
}

/** How many new-board education forms the page shows, by the entry numbers in their ids. */
function educationRows(root: Document | Element): number {
  const entries = new Set(Array.from(root.querySelectorAll('[id*="--"]'), (el) => ENTRY_ID.exec(el.id)?.[2]).filter(Boolean));
  return entries.size;
}

export function classifyGreenhouse(field: FieldDescription): Classification | undefined {
  if (field.name && PASTE_ALTERNATIVE.test(field.name)) {
    return { kind: 'unknown', confidence: 1, reason: 'greenhouse: paste box beside the upload' };
  }
  const byName = field.name ? CLASSIC_NAMES.find(([pattern]) => pattern.test(field.name!)) : undefined;
  const byId = field.htmlId ? IDS.find(([pattern]) => pattern.test(field.htmlId!)) : undefined;
  const [, kind] = byName ?? byId ?? [];
  if (!kind) return undefined;
  if (kind === 'resume' || kind === 'coverLetter') {
    if (field.control !== 'file') return undefined;
  }
  // A date's month or year box on its own must never receive a whole date.
  if (DATE_KINDS.has(kind) && field.control !== 'date-split') {
    return { kind: 'unknown', confidence: 1, reason: 'greenhouse: part of a date not recognised as one' };
  }
  return { kind, confidence: SITE_CONFIDENCE, reason: `greenhouse: ${byName ? `[name=${field.name}]` : `#${field.htmlId}`}` };
}

/** What only Greenhouse's markup tells: which school a field belongs to and how dates split. */
export function annotateGreenhouse(field: FieldDescription, handle: FieldHandle): FieldDescription {
  const annotated: FieldDescription = { ...field, ...educationEntry(field, handle) };

  // New boards ask a date as a month react-select beside a year box, too far apart in the DOM for
  // the collector to pair: each is presented as a split date of its one part, and filled as such.
  const parts = newBoardDateParts(handle);
  if (parts) {
    annotated.control = 'date-split';
    annotated.dateParts = parts.parts;
    annotated.entryIndex = parts.index;
    const own = parts.inputs.flatMap((input) => Array.from(input.labels ?? [], ownText)).filter(Boolean);
    if (own.length) annotated.labels = own;
  }

  if (field.control === 'checkbox-group' && field.labels.length === 0) {
    const question = classicQuestionLabel(handle);
    if (question) annotated.labels = [question];
  }
  return annotated;
}

export async function performGreenhouse(handle: FieldHandle, action: FillAction, ctx: FillContext): Promise<FieldOutcome | undefined> {
  if (action.op !== 'date') return undefined;
  const target = newBoardDateParts(handle);
  if (!target) return undefined;
  const doc = handle.element.ownerDocument;
  const filled: string[] = [];
  for (const part of target.parts) {
    const input = doc.getElementById(`${target.edge}-${part}--${target.index}`);
    if (!(input instanceof HTMLInputElement)) return { status: 'failed', error: `no ${part} box for this date` };
    const outcome = part === 'month' ? await chooseMonth(input, action.value.month, ctx) : await typeYear(input, action.value.year);
    if (outcome.status !== 'filled') return outcome;
    filled.push(outcome.value);
  }
  return { status: 'filled', value: filled.join(' ') };
}

async function chooseMonth(input: HTMLInputElement, month: number | undefined, ctx: FillContext): Promise<FieldOutcome> {
  const name = month === undefined ? undefined : MONTHS[month - 1];
  if (!name) return { status: 'skipped', reason: 'no-answer' };
  // The month list is fixed: opening it without typing shows every month.
  const handle: FieldHandle = { ref: input.id, control: 'combobox', element: input };
  return performAction(handle, { ref: input.id, kind: 'educationStart', op: 'choose', search: '', accept: [name], meaning: { type: 'text', value: name } }, ctx);
}

async function typeYear(input: HTMLInputElement, year: number): Promise<FieldOutcome> {
  const text = String(year);
  typeInto(input, text);
  blur(input);
  await nextTask();
  return input.value === text
    ? { status: 'filled', value: text }
    : { status: 'failed', error: `the page did not keep the year (it shows "${input.value}")` };
}

interface NewBoardDate {
  edge: 'start' | 'end';
  index: number;
  parts: DatePart[];
  inputs: HTMLInputElement[];
}

/**
 * The new-board date parts a field stands for, by the ids of its inputs: the month react-select
 * or the year box alone, or both should the collector ever pair them.
 */
function newBoardDateParts(handle: FieldHandle): NewBoardDate | undefined {
  const inputs = handle.parts
    ? Object.values(handle.parts)
    : handle.element instanceof HTMLInputElement
      ? [handle.element]
      : [];
  let edge: NewBoardDate['edge'] | undefined;
  let index: number | undefined;
  const parts: DatePart[] = [];
  for (const input of inputs) {
    const match = NEW_DATE_PART.exec(input.id);
    if (!match) return undefined;
    edge = match[1] as NewBoardDate['edge'];
    index = Number(match[3]);
    parts.push(match[2] as DatePart);
  }
  return edge && index !== undefined ? { edge, index, parts, inputs } : undefined;
}

function educationEntry(field: FieldDescription, handle: FieldHandle): Pick<FieldDescription, 'section' | 'entryIndex'> {
  const byId = ENTRY_ID.exec(field.htmlId ?? '');
  if (byId) return { section: 'Education', entryIndex: Number(byId[2]) };
  // Classic boards repeat div.education under #education_section, one per school.
  const row = handle.element.closest('#education_section .education');
  if (!row) return {};
  const rows = Array.from(row.ownerDocument.querySelectorAll('#education_section .education'));
  return { section: 'Education', entryIndex: rows.indexOf(row) };
}

/** Classic multi-selects are checkboxes in a div.field that starts with the question's own label. */
function classicQuestionLabel(handle: FieldHandle): string | undefined {
  const question = handle.element.closest('.field')?.querySelector(':scope > label');
  if (!question || question.querySelector('input')) return undefined;
  return ownText(question) || undefined;
}
