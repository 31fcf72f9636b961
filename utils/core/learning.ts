import type { Eeo, SavedAnswer, SavedAnswerControl } from '../profile/schema';
import { SENSITIVE } from './keywords';
import { normalizeIdentifier, normalizeText } from './normalize';
import { matchQuestions } from './questions';
import type { Classification, FieldDescription, FieldOption } from './types';
import { disabilityOf, genderOf, hispanicOrLatinoOf, isPlaceholderOption, polarity, raceOf, veteranOf } from './wording';

/**
 * What an answer the user gave by hand may teach the profile: a saved answer for next time, an
 * EEO answer for the profile's EEO section, or nothing. Never anything secret or identifying:
 * passwords, government IDs, card and bank numbers, dates of birth, or a field marked sensitive.
 */
export type Lesson =
  | { to: 'answers'; answer: SavedAnswer }
  | { to: 'eeo'; question: string; shown: string; eeo: Partial<Eeo> }
  | { to: 'none'; reason: 'sensitive' | 'empty' | 'profile field' | 'not a question' | 'unsupported control' | 'unclear choice' };

/** Questions whose answers identify a person or open their accounts: never kept. */
const SECRET_QUESTION = [
  ...SENSITIVE,
  /\b(social insurance|national insurance|national id(entity)?|nin|sin|tax (id|identification|file)|tin|itin|ein|passport|personal (id|identification) number|id number|identity number|drivers? licen[cs]e number|licen[cs]e number|aadhaar|pan number|nric|bsn|steuer ?id|codice fiscale|dni|nie|curp|cpf|rut)\b/,
  /\b(credit|debit|bank|payment) card\b|\bcard (number|no|holder|verification)\b|\b(cvv|cvc|cvv2|csc|cid)\b|\bexpir(y|ation) (date|month|year)\b|\bsecurity code\b/,
  /\b(iban|swift|bic|routing|sort code|account number|bank account)\b/,
  /\b(date of birth|birth ?date|birthday|dob|born on|place of birth|mothers maiden name)\b/,
  /\b(secret|security) (question|answer)\b|\bpin\b|\bmfa\b|\b2fa\b/,
];

/** `autocomplete` tokens of payment, birth and credential fields. */
const SECRET_AUTOCOMPLETE = /^(cc-|bday|new-password|current-password|one-time-code|transaction-)/;

/** Values that are secret whatever the question says: an SSN, a card number. */
function isSecretValue(value: string): boolean {
  if (/\b\d{3}-\d{2}-\d{4}\b/.test(value)) return true;
  const digits = value.replace(/[\s-]/g, '');
  return /^\d{13,19}$/.test(digits) && luhnValid(digits);
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Whether a field or its value must never be kept: checked on the page and again in the extension. */
export function isSensitiveField(field: Pick<FieldDescription, 'labels' | 'placeholder' | 'name' | 'htmlId' | 'automationId' | 'autocomplete' | 'inputType' | 'description'>, value = ''): boolean {
  if (field.inputType === 'password') return true;
  const autocomplete = (field.autocomplete ?? '').toLowerCase().split(/\s+/);
  if (autocomplete.some((token) => SECRET_AUTOCOMPLETE.test(token))) return true;
  const texts = [
    ...field.labels.map(normalizeText),
    normalizeText(field.placeholder ?? ''),
    normalizeText(field.description ?? ''),
    ...[field.name, field.htmlId, field.automationId].filter((id): id is string => !!id).map(normalizeIdentifier),
  ].filter(Boolean);
  if (texts.some((text) => SECRET_QUESTION.some((pattern) => pattern.test(text)))) return true;
  return isSecretValue(value);
}

/** Re-checks a saved answer that arrives in a message: a page may have written it. */
export function isSensitiveAnswer(answer: Pick<SavedAnswer, 'question' | 'answer' | 'option'>): boolean {
  return isSensitiveField({ labels: [answer.question] }, answer.answer) || isSecretValue(answer.option ?? '');
}

const EEO_READERS: { [K in keyof Eeo]-?: (text: string) => Eeo[K] } = {
  gender: genderOf,
  hispanicOrLatino: hispanicOrLatinoOf,
  race: raceOf,
  veteran: veteranOf,
  disability: disabilityOf,
};

function isEeoKind(kind: string): kind is keyof Eeo {
  return Object.hasOwn(EEO_READERS, kind);
}

/** The options picked, by label: a select's current value names an option, a combobox shows its text. */
function pickedOptions(field: FieldDescription): FieldOption[] {
  const values = (Array.isArray(field.currentValue) ? field.currentValue : [field.currentValue]).filter((value) => value.trim() !== '');
  return values.flatMap((value) => {
    const option = field.options?.find((candidate) => candidate.value === value) ?? (field.control === 'combobox' || field.control === 'listbox-button' ? { value, label: value } : undefined);
    return option && !isPlaceholderOption(option) ? [option] : [];
  });
}

/** A choice between a yes and a no (and perhaps a decline): answered by meaning on any control. */
function isYesNoChoice(field: FieldDescription): boolean {
  const offered = (field.options ?? []).filter((option) => !isPlaceholderOption(option)).map((option) => polarity(option.label || option.value));
  return offered.includes(true) && offered.includes(false) && offered.filter((value) => value === undefined).length <= 1;
}

const CHOICE_CONTROLS: Partial<Record<FieldDescription['control'], SavedAnswerControl>> = {
  select: 'select',
  'radio-group': 'radio',
  'checkbox-group': 'checkbox',
  combobox: 'combobox',
  'listbox-button': 'combobox',
};

/** The question as a person reads it: the field's own label, else its placeholder. */
export function questionText(field: FieldDescription): string {
  return (field.labels[0] ?? field.placeholder ?? '').replace(/\s*[*✱✳]+\s*$/u, '').trim();
}

/**
 * What the user's answer to `field` teaches. `kind` is what the fill made of the field: a
 * question the profile answers elsewhere ("First name") teaches nothing, EEO answers go to the
 * EEO section, and only questions no profile field holds become saved answers.
 */
export function lessonFrom(field: FieldDescription, kind: Classification['kind']): Lesson {
  const question = questionText(field);
  const typed = Array.isArray(field.currentValue) ? field.currentValue.join(', ') : field.currentValue;
  if (isSensitiveField(field, typed)) return { to: 'none', reason: 'sensitive' };
  if (question === '' || normalizeText(question) === '') return { to: 'none', reason: 'not a question' };

  if (isEeoKind(kind)) {
    const [picked, ...others] = pickedOptions(field);
    const shown = picked?.label ?? typed.trim();
    if (!shown || others.length) return { to: 'none', reason: shown ? 'unclear choice' : 'empty' };
    const value = EEO_READERS[kind](shown);
    return value === undefined ? { to: 'none', reason: 'unclear choice' } : { to: 'eeo', question, shown, eeo: { [kind]: value } };
  }
  if (kind !== 'unknown' && kind !== 'savedAnswer') return { to: 'none', reason: 'profile field' };

  if (field.control === 'text' || field.control === 'textarea') {
    const answer = typed.trim();
    if (answer === '') return { to: 'none', reason: 'empty' };
    // A typed "Yes" answers a yes/no question: later asked with options, it picks "Yes, I am".
    const control: SavedAnswerControl = /^(yes|no)$/i.test(answer) ? 'yesNo' : field.control;
    return { to: 'answers', answer: { question, control, answer } };
  }
  const choice = CHOICE_CONTROLS[field.control];
  if (!choice) return { to: 'none', reason: 'unsupported control' };
  const picked = pickedOptions(field);
  if (picked.length === 0) return { to: 'none', reason: 'empty' };
  // Several ticks are several answers; the profile keeps one option per question.
  if (picked.length > 1) return { to: 'none', reason: 'unclear choice' };
  const option = picked[0]!.label || picked[0]!.value;
  const answer = polarity(option);
  if (isYesNoChoice(field) && answer !== undefined) return { to: 'answers', answer: { question, control: 'yesNo', answer: answer ? 'Yes' : 'No', option } };
  return { to: 'answers', answer: { question, control: choice, answer: option, option } };
}

/** Most answers a profile keeps, as its schema allows. */
export const MAX_SAVED_ANSWERS = 500;

/**
 * The saved answers with `learned` added: an answer to a question already saved (in any wording)
 * replaces it, since the user has just answered it again.
 */
export function mergeSavedAnswers(saved: readonly SavedAnswer[], learned: readonly SavedAnswer[]): SavedAnswer[] {
  const merged = [...saved];
  for (const answer of learned) {
    const same = merged.findIndex((entry) => normalizeText(entry.question) === normalizeText(answer.question) || matchQuestions(answer.question, entry.question).same);
    if (same === -1) merged.push(answer);
    else merged[same] = answer;
  }
  return merged.slice(-MAX_SAVED_ANSWERS);
}

/** How many fields of a fill were answered from saved answers: shown in the popup. */
export function savedAnswersUsed(report: { results: readonly { kind: Classification['kind']; outcome: { status: string } }[] }): number {
  return report.results.filter((result) => result.kind === 'savedAnswer' && result.outcome.status === 'filled').length;
}

/** An answer the user gave by hand, offered for saving. */
export interface AnswerOffer {
  question: string;
  /** The answer as the user sees it: the option they picked, or what they typed. */
  shown: string;
  lesson: Extract<Lesson, { to: 'answers' | 'eeo' }>;
}

/** More than this at once is not a person answering a form. */
export const MAX_OFFERS = 20;

/** What the fields the user answered by hand can teach, in the order given; secrets and profile fields teach nothing. */
export function offersFrom(classified: readonly { field: FieldDescription; classification: Classification }[]): AnswerOffer[] {
  const offers: AnswerOffer[] = [];
  for (const { field, classification } of classified) {
    const lesson = lessonFrom(field, classification.kind);
    if (lesson.to === 'none') continue;
    const question = lesson.to === 'eeo' ? lesson.question : lesson.answer.question;
    const shown = lesson.to === 'eeo' ? lesson.shown : (lesson.answer.option ?? lesson.answer.answer);
    offers.push({ question, shown, lesson });
  }
  return offers.slice(0, MAX_OFFERS);
}
