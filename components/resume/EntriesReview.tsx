import type { ComponentChildren } from 'preact';
import type { EducationEntry, WorkEntry } from '@/utils/profile/schema';
import type { EntryProposal } from '@/utils/resume/merge';
import type { ParsedEducation, ParsedWork } from '@/utils/resume/parse';
import type { Unsure } from '@/utils/resume/lines';
import { AcceptBox, DropButton, DroppedPart, ReviewInput, StatusBadge } from './parts';
import { dateRange, jobName, schoolName, type PartState, type ReviewErrors } from './review';

type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

interface FieldSpec<T> {
  key: TextKey<T>;
  label: string;
  /** The hint under the label; it may depend on the entry (a current job's end date). */
  hint?: (entry: T) => string;
  multiline?: boolean;
}

/**
 * Dates get a hint and no placeholder: a grey example date in an empty box reads as a value, and
 * an empty end date is what a current job has.
 */
const DATE_HINT = () => 'YYYY-MM, or YYYY';

const WORK_FIELDS: readonly FieldSpec<WorkEntry>[] = [
  { key: 'company', label: 'Company' },
  { key: 'title', label: 'Title' },
  { key: 'location', label: 'Location' },
  { key: 'startDate', label: 'Start date', hint: DATE_HINT },
  { key: 'endDate', label: 'End date', hint: (job) => (job.current && job.endDate.trim() === '' ? 'None: you work here now' : DATE_HINT()) },
  { key: 'description', label: 'Description', multiline: true },
];

const EDUCATION_FIELDS: readonly FieldSpec<EducationEntry>[] = [
  { key: 'school', label: 'School' },
  { key: 'degree', label: 'Degree' },
  { key: 'field', label: 'Field of study' },
  { key: 'startDate', label: 'Start date', hint: DATE_HINT },
  { key: 'endDate', label: 'End date', hint: DATE_HINT },
  { key: 'gpa', label: 'GPA or grade' },
];

/** The profile's entry a found one would update, as a short description list. */
function CurrentEntry({ lines }: { lines: readonly [string, string][] }) {
  const shown = lines.filter(([, value]) => value.trim() !== '');
  return (
    <div class="review-current">
      <h5>Now in your profile</h5>
      <dl>
        {shown.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function entryStatusText(status: EntryProposal<unknown, unknown>['status'], matched: boolean): string {
  if (!matched) return 'New entry';
  return status === 'same' ? 'Already in your profile' : 'Updates an entry in your profile';
}

interface EntryCardProps<T> {
  id: string;
  /** What the parser doubts, by field; a note shows under each such field until the user edits it. */
  unsure: Unsure<T>;
  /** "this job", "this school": what the tick and the buttons act on. */
  noun: string;
  name: string;
  proposal: EntryProposal<T, T>;
  state: PartState<T>;
  fields: readonly FieldSpec<T>[];
  errors: ReviewErrors;
  errorPrefix: string;
  currentLines: [string, string][] | null;
  onChange(state: PartState<T>): void;
  /** Shown above the fields, e.g. that the company is missing. */
  note?: { id: string; text: string } | undefined;
  extra?: ComponentChildren;
}

function EntryCard<T>({ id, unsure, noun, name, proposal, state, fields, errors, errorPrefix, currentLines, onChange, note, extra }: EntryCardProps<T>) {
  const update = (patch: Partial<PartState<T>>) => onChange({ ...state, ...patch });
  if (state.dropped) {
    return (
      <li class="list-item">
        <DroppedPart id={id} name={name} onRestore={() => update({ dropped: false })} />
      </li>
    );
  }
  const setField = (key: TextKey<T>, value: string) => update({ value: { ...state.value, [key]: value } });
  // A doubt stands while the value is the one read from the resume; an edit answers it.
  const doubt = (key: TextKey<T>): string | undefined => (state.value[key] === proposal.found[key] ? unsure[key] : undefined);
  const doubted = fields.filter((field) => doubt(field.key) && !(note && field.key === 'company')).map((field) => field.label.toLowerCase());
  return (
    <li class="list-item review-entry" role="group" aria-labelledby={`${id}-name`}>
      <div class="list-item-header">
        <h4 id={`${id}-name`}>{name}</h4>
        <StatusBadge status={proposal.status} text={entryStatusText(proposal.status, proposal.matches !== null)} />
      </div>
      <div class="row spread">
        <AcceptBox id={id} label={`Import ${noun}`} state={state} onChange={(accept) => update({ accept })} />
        <DropButton id={id} name={name} onDrop={() => update({ dropped: true })} />
      </div>
      {note ? (
        <p id={note.id} class="review-warning">
          {note.text}
        </p>
      ) : null}
      {doubted.length ? (
        <p id={`${id}-check`} class="review-check">
          Check {doubted.length === 1 ? 'this field' : 'these fields'} before saving: {doubted.join(', ')}.
        </p>
      ) : null}
      <div class="review-entry-body">
        <div class="grid">
          {fields.map((field) => (
            <ReviewInput
              key={field.key}
              id={`${id}-${field.key}`}
              label={field.label}
              hint={field.hint?.(state.value)}
              unsure={note && field.key === 'company' ? undefined : doubt(field.key)}
              multiline={field.multiline}
              class={field.multiline ? 'wide' : undefined}
              describedBy={note && field.key === 'company' ? note.id : undefined}
              value={String(state.value[field.key] ?? '')}
              error={errors[`${errorPrefix}.${field.key}`]}
              onInput={(value) => setField(field.key, value)}
            />
          ))}
          {extra}
        </div>
        {currentLines ? <CurrentEntry lines={currentLines} /> : null}
      </div>
    </li>
  );
}

interface ListProps<Found, Entry> {
  proposals: readonly EntryProposal<Found, Entry>[];
  states: readonly PartState<Entry>[];
  errors: ReviewErrors;
  onChange(index: number, state: PartState<Entry>): void;
}

export function WorkReview({ proposals, states, errors, onChange }: ListProps<ParsedWork, WorkEntry>) {
  if (proposals.length === 0) return null;
  return (
    <section class="review-group" aria-labelledby="review-work-title">
      <h3 id="review-work-title">Work history</h3>
      <ul class="list">
        {proposals.map((proposal, i) => {
          const state = states[i];
          if (!state) return null;
          const id = `review-work-${i}`;
          const missing = proposal.found.companyMissing && state.value.company.trim() === '';
          const name = proposal.found.companyMissing ? `${jobName(proposal.found, i)} (company missing)` : jobName(proposal.found, i);
          const current = proposal.current;
          return (
            <EntryCard<WorkEntry>
              key={id}
              id={id}
              unsure={proposal.found.unsure}
              noun="this job"
              name={name}
              proposal={proposal}
              state={state}
              fields={WORK_FIELDS}
              errors={errors}
              errorPrefix={`work.${i}`}
              onChange={(next) => onChange(i, next)}
              note={missing ? { id: `${id}-missing`, text: 'The company is missing: the resume does not say it clearly. Type it in the Company box, or leave it empty.' } : undefined}
              currentLines={
                current
                  ? [
                      ['Company', current.company],
                      ['Title', current.title],
                      ['Location', current.location],
                      ['Dates', dateRange(current)],
                    ]
                  : null
              }
              extra={
                <label class="checkbox review-current-job">
                  <input
                    type="checkbox"
                    id={`${id}-current`}
                    checked={state.value.current}
                    onChange={(event) => onChange(i, { ...state, value: { ...state.value, current: event.currentTarget.checked } })}
                  />
                  I work here now
                </label>
              }
            />
          );
        })}
      </ul>
    </section>
  );
}

export function EducationReview({ proposals, states, errors, onChange }: ListProps<ParsedEducation, EducationEntry>) {
  if (proposals.length === 0) return null;
  return (
    <section class="review-group" aria-labelledby="review-education-title">
      <h3 id="review-education-title">Education</h3>
      <ul class="list">
        {proposals.map((proposal, i) => {
          const state = states[i];
          if (!state) return null;
          const id = `review-education-${i}`;
          const current = proposal.current;
          return (
            <EntryCard<EducationEntry>
              key={id}
              id={id}
              unsure={proposal.found.unsure}
              noun="this school"
              name={schoolName(proposal.found, i)}
              proposal={proposal}
              state={state}
              fields={EDUCATION_FIELDS}
              errors={errors}
              errorPrefix={`education.${i}`}
              onChange={(next) => onChange(i, next)}
              currentLines={
                current
                  ? [
                      ['School', current.school],
                      ['Degree', current.degree],
                      ['Field', current.field],
                      ['Dates', dateRange(current)],
                    ]
                  : null
              }
            />
          );
        })}
      </ul>
    </section>
  );
}
