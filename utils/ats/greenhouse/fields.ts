import type { FieldKind } from '../../core/fieldKinds';
import type { Classification, DatePart, FieldDescription } from '../../core/types';
import type { FieldHandle } from '../../dom/collect';
import { ownText } from '../../dom/labels';

/**
 * What Greenhouse's own fields are, by their stable attributes, and what only its markup tells
 * about them: which school or job they belong to and how a date is split. Custom questions
 * (`job_application[answers_attributes][N]`, `question_<id>`) are left to the heuristics.
 */

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
  // Classic boards: the fieldset whose "Attach" opens the file input of a separate upload form.
  [/^resume_fieldset$/, 'resume'],
  [/^cover_letter_fieldset$/, 'coverLetter'],
  [/^school--\d+$/, 'school'],
  [/^degree--\d+$/, 'degree'],
  [/^discipline--\d+$/, 'discipline'],
  [/^start-(month|year)--\d+$/, 'educationStart'],
  [/^end-(month|year)--\d+$/, 'educationEnd'],
  [/^company-name-\d+$/, 'workCompany'],
  [/^title-\d+$/, 'workTitle'],
  [/^start-date-(month|year)-\d+$/, 'workStart'],
  [/^end-date-(month|year)-\d+$/, 'workEnd'],
  [/^current-role-\d+_1$/, 'workCurrent'],
  [/^gender$/, 'gender'],
  [/^hispanic_ethnicity$/, 'hispanicOrLatino'],
  [/^race$/, 'race'],
  [/^veteran_status$/, 'veteran'],
  [/^disability_status$/, 'disability'],
];

/** The country picker of a new board's phone (its only `#country`): "United States +1" is a dialling code. */
const PHONE_COUNTRY_ID = /^country$/;

/** "Or enter manually" boxes stand in for the uploads: the resume goes in as a file, never as pasted text. */
const PASTE_ALTERNATIVE = /^job_application\[(resume|cover_letter)_text\]$/;

const DATE_KINDS: ReadonlySet<Classification['kind']> = new Set(['educationStart', 'educationEnd', 'workStart', 'workEnd']);
const FILE_KINDS: ReadonlySet<Classification['kind']> = new Set(['resume', 'coverLetter']);

/** New-board date parts: `start-month--0` (a school's), `start-date-year-1` (a job's). */
const NEW_DATE_PART = /^(start|end)-(?:date-)?(month|year)-(?:-)?(\d+)$/;
const EDUCATION_ID = /^(school|degree|discipline|start-month|start-year|end-month|end-year)--(\d+)$/;
const EMPLOYMENT_ID = /^(company-name|title|start-date-month|start-date-year|end-date-month|end-date-year)-(\d+)$|^current-role-(\d+)_1$/;

/** Classic boards repeat div.education, one per school, beside a hidden template for the next. */
export const CLASSIC_EDUCATION_ROW = '#education_section .education:not(.education-template)';

export function classifyGreenhouse(field: FieldDescription): Classification | undefined {
  if (field.name && PASTE_ALTERNATIVE.test(field.name)) {
    return { kind: 'unknown', confidence: 1, reason: 'greenhouse: paste box beside the upload' };
  }
  const byName = field.name ? CLASSIC_NAMES.find(([pattern]) => pattern.test(field.name!)) : undefined;
  const byId = field.htmlId ? IDS.find(([pattern]) => pattern.test(field.htmlId!)) : undefined;
  if (!byName && !byId && field.htmlId && PHONE_COUNTRY_ID.test(field.htmlId) && field.control === 'combobox') {
    return { kind: 'phoneCountryCode', confidence: SITE_CONFIDENCE, reason: 'greenhouse: #country beside the phone' };
  }
  const [, kind] = byName ?? byId ?? [];
  if (!kind) return undefined;
  if (FILE_KINDS.has(kind) && field.control !== 'file') return undefined;
  // A date's month or year box on its own must never receive a whole date.
  if (DATE_KINDS.has(kind) && field.control !== 'date-split') {
    return { kind: 'unknown', confidence: 1, reason: 'greenhouse: part of a date not recognised as one' };
  }
  return { kind, confidence: SITE_CONFIDENCE, reason: `greenhouse: ${byName ? `[name=${field.name}]` : `#${field.htmlId}`}` };
}

/** What only Greenhouse's markup tells: which school or job a field belongs to and how dates split. */
export function annotateGreenhouse(field: FieldDescription, handle: FieldHandle): FieldDescription {
  const annotated: FieldDescription = { ...field, ...entryOf(field, handle) };

  // New boards ask a date as a month react-select beside a year box, too far apart in the DOM for
  // the collector to pair: each is presented as a split date of its one part, and filled as such.
  const parts = newBoardDateParts(handle);
  if (parts) {
    annotated.control = 'date-split';
    annotated.dateParts = parts.parts;
    annotated.entryIndex = parts.index;
    delete annotated.inputType;
    const own = parts.inputs.flatMap((input) => Array.from(input.labels ?? [], ownText)).filter(Boolean);
    if (own.length) annotated.labels = own;
  }

  if (field.control === 'checkbox-group' && field.labels.length === 0) {
    const question = classicQuestionLabel(handle);
    if (question) annotated.labels = [question];
  }
  return annotated;
}

export interface NewBoardDate {
  edge: 'start' | 'end';
  /** The entry's number: the school's or the job's. */
  index: number;
  parts: DatePart[];
  inputs: HTMLInputElement[];
}

/**
 * The new-board date parts a field stands for, by the ids of its inputs: the month react-select
 * or the year box alone, or both should the collector ever pair them.
 */
export function newBoardDateParts(handle: FieldHandle): NewBoardDate | undefined {
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

/** The id of one part of a new-board date, from a sibling part's: `start-month--0` -> `start-year--0`, `start-date-month-1` -> `start-date-year-1`. */
export function datePartId(date: NewBoardDate, part: DatePart): string {
  return date.inputs[0]!.id.replace(/month|year/, part);
}

function entryOf(field: FieldDescription, handle: FieldHandle): Pick<FieldDescription, 'section' | 'entryIndex'> {
  const school = EDUCATION_ID.exec(field.htmlId ?? '');
  if (school) return { section: 'Education', entryIndex: Number(school[2]) };
  // The Employment section's title is a <p>, which no heading search finds: the ids number the jobs.
  const job = EMPLOYMENT_ID.exec(field.htmlId ?? '');
  if (job) return { section: 'Employment', entryIndex: Number(job[2] ?? job[3]) };
  const row = handle.element.closest(CLASSIC_EDUCATION_ROW);
  if (!row) return {};
  const rows = Array.from(row.ownerDocument.querySelectorAll(CLASSIC_EDUCATION_ROW));
  return { section: 'Education', entryIndex: rows.indexOf(row) };
}

/** Classic multi-selects are checkboxes in a div.field that starts with the question's own label. */
function classicQuestionLabel(handle: FieldHandle): string | undefined {
  const question = handle.element.closest('.field')?.querySelector(':scope > label');
  if (!question || question.querySelector('input')) return undefined;
  return ownText(question) || undefined;
}
