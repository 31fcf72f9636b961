import type { DocumentRole, Profile } from '../profile/schema';
import { answerFor, savedAnswer, type Answer } from './answers';
import { CONFIDENCE_THRESHOLD } from './classify';
import { dateFormatOf, datePartAsked, dateParts, formatDate } from './format';
import { matchOption } from './match';
import type { ClassifiedField, FieldDescription, FieldOption, FieldResult, FillAction, Meaning, SkipReason } from './types';
import { hasUserValue } from './userValue';
import { isPlaceholderOption } from './wording';

export interface PlanContext {
  /** The documents the store holds. */
  documents: readonly DocumentRole[];
  /** YYYY-MM-DD, for signature dates; without it they are left to the user. */
  today?: string;
}

export interface FillPlan {
  actions: FillAction[];
  /** The fields not acted on, each with why. */
  results: FieldResult[];
}

type PlannedKind = Exclude<ClassifiedField['classification']['kind'], 'unknown'>;

/** Decides, without touching the page, what to put in each field. */
export function planFill(fields: readonly ClassifiedField[], profile: Profile, ctx: PlanContext): FillPlan {
  const plan: FillPlan = { actions: [], results: [] };
  for (const { field, classification } of fields) {
    const outcome = planField(field, classification, profile, ctx);
    if (typeof outcome === 'string') {
      plan.results.push({
        ref: field.ref,
        label: field.labels[0] ?? field.name ?? field.htmlId ?? field.ref,
        kind: classification.kind,
        outcome: { status: 'skipped', reason: outcome },
      });
    } else {
      plan.actions.push(outcome);
    }
  }
  return plan;
}

function planField(
  field: FieldDescription,
  classification: ClassifiedField['classification'],
  profile: Profile,
  ctx: PlanContext,
): FillAction | SkipReason {
  if (field.inputType === 'password') return 'unknown-field';
  if (hasUserValue(field)) return 'user-value';
  const { kind } = classification;
  if (kind === 'unknown' || classification.confidence < CONFIDENCE_THRESHOLD) return 'unknown-field';

  const answer =
    kind === 'savedAnswer'
      ? savedAnswer(profile.answers[classification.answerIndex ?? -1])
      : answerFor(kind, { field, profile, documents: ctx.documents, ...(ctx.today ? { today: ctx.today } : {}) });
  if (!answer) return 'no-answer';
  return fit(field, kind, answer);
}

/** Puts an answer into the shape the control takes. */
function fit(field: FieldDescription, kind: PlannedKind, answer: Answer): FillAction | SkipReason {
  const { ref } = field;
  switch (field.control) {
    case 'file':
      return answer.type === 'file' ? { ref, kind: answer.role, op: 'file', role: answer.role } : 'no-answer';
    case 'checkbox':
      // Unchecked and not current: the toggle to false changes nothing but records the field as answered.
      return answer.type === 'toggle' && kind !== 'savedAnswer' ? { ref, kind, op: 'toggle', checked: answer.checked } : 'no-answer';
    case 'date-split': {
      const value = answer.type === 'date' ? dateParts(answer.date, field) : undefined;
      return value && kind !== 'savedAnswer' ? { ref, kind, op: 'date', value } : 'no-answer';
    }
    case 'text':
    case 'textarea': {
      const value = textOf(field, answer);
      return value === undefined ? 'no-answer' : { ref, kind, op: 'text', value };
    }
    case 'select':
    case 'radio-group':
    case 'checkbox-group':
    case 'combobox':
    case 'listbox-button':
      return choose(field, kind, answer);
  }
}

function textOf(field: FieldDescription, answer: Answer): string | undefined {
  if (answer.type === 'text') return answer.text;
  if (answer.type === 'date') return formatDate(answer.date, dateFormatOf(field) ?? answer.defaultFormat);
  return undefined;
}

function choose(field: FieldDescription, kind: PlannedKind, answer: Answer): FillAction | SkipReason {
  const wanted = meaningOf(answer, field);
  if (!wanted) return 'no-answer';
  const { ref } = field;
  const offered = field.options ?? [];
  if (offered.length === 0) {
    // Options a combobox or listbox loads on demand: the filler matches them with chooseOption.
    if (field.control !== 'combobox' && field.control !== 'listbox-button') return 'no-matching-option';
    return { ref, kind, op: 'choose', search: wanted.search, accept: [wanted.text], meaning: wanted.meaning };
  }
  const option = wanted.number === undefined ? matchOption(offered, wanted.meaning) : numberedOption(offered, wanted.number);
  if (!option) return 'no-matching-option';
  switch (field.control) {
    case 'select':
      return { ref, kind, op: 'select', optionValue: option.value, optionLabel: option.label };
    case 'radio-group':
    case 'checkbox-group':
      return { ref, kind, op: 'check', optionValues: [option.value] };
    default:
      return { ref, kind, op: 'choose', search: wanted.search === '' ? '' : option.label, accept: [option.label], meaning: wanted.meaning };
  }
}

/**
 * A date offered as options is a list of years ("2018"), unless the list asks for the month or
 * the day (a split date's "Month" select): then the option numbered so, never a guessed one.
 */
function meaningOf(answer: Answer, field: FieldDescription): { meaning: Meaning; text: string; search: string; number?: number } | undefined {
  if (answer.type === 'text') return answer;
  if (answer.type === 'date') {
    const part = datePartAsked(field) ?? 'year';
    const number = answer.date[part];
    if (number === undefined) return undefined;
    const text = String(number);
    return { meaning: { type: 'text', value: text }, text, search: text, ...(part === 'year' ? {} : { number }) };
  }
  return undefined;
}

/** The option for a month or day number, by its value ("06") or its text ("6"); month names are not read. */
function numberedOption(options: readonly FieldOption[], number: number) {
  const found = options.filter((option) => !isPlaceholderOption(option) && (Number(option.value) === number || Number(option.label) === number));
  return found.length === 1 ? found[0] : undefined;
}
