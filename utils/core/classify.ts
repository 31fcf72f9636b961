import type { Profile } from '../profile/schema';
import { FIELD_KINDS, type FieldKind } from './fieldKinds';
import {
  AUTOCOMPLETE_KINDS,
  IDENTIFIER_SCOPES,
  INPUT_TYPE_KINDS,
  KIND_RULES,
  SECTION_SCOPES,
  SENSITIVE,
  SOMEONE_ELSE,
  type KindRules,
  type Scope,
} from './keywords';
import { normalizeIdentifier, normalizeText } from './normalize';
import { matchMeanings, meaningOfQuestion, type QuestionMeaning } from './questions';
import type { Classification, ClassifiedField, ControlType, FieldDescription } from './types';

/** The planner ignores classifications below this. */
export const CONFIDENCE_THRESHOLD = 0.6;

/** How much each kind of hint is worth on its own: the more stable the hint, the more it counts. */
const WEIGHTS = {
  autocomplete: 0.95,
  identifier: 0.9,
  label: 0.85,
  'outer-label': 0.7,
  placeholder: 0.65,
} as const;
type Source = keyof typeof WEIGHTS | 'input-type';

/** Each further independent hint agreeing on the same kind adds this much. */
const AGREEMENT_BONUS = 0.05;
/** A second kind that also clears the threshold makes the winner less sure. */
const CONFLICT_PENALTY = 0.1;
const MAX_CONFIDENCE = 0.99;

const SAVED_ANSWER_CONTROLS: readonly ControlType[] = [
  'text',
  'textarea',
  'select',
  'radio-group',
  'combobox',
  'listbox-button',
  'checkbox-group',
];

export type Overrides = (field: FieldDescription) => Classification | undefined;

interface Hint {
  source: 'label' | 'outer-label' | 'placeholder';
  text: string;
}

interface Candidate {
  kind: FieldKind;
  confidence: number;
  sources: Source[];
}

export function classifyField(
  field: FieldDescription,
  profile?: Pick<Profile, 'answers'>,
  savedMeanings: SavedMeanings = savedMeaningsOf(profile),
): Classification {
  const labelHints = textHints(field);
  const identifiers = identifierTexts(field);
  if (isSensitive(field, labelHints, identifiers)) {
    return { kind: 'unknown', confidence: 1, reason: 'sensitive' };
  }

  const surroundings = [field.section ?? '', ...field.labels.slice(1)].map(normalizeText);
  if (surroundings.some((text) => SOMEONE_ELSE.test(text))) {
    return { kind: 'unknown', confidence: 1, reason: 'about someone else' };
  }

  const scope = scopeOf(field, identifiers);
  const context = [...labelHints.map((hint) => hint.text), normalizeText(field.section ?? ''), ...identifiers].join(' ');
  const candidates = rankCandidates(field, scope, labelHints, identifiers, context);
  const [best, runnerUp] = candidates;

  if (best && best.confidence >= CONFIDENCE_THRESHOLD) {
    if (runnerUp && runnerUp.confidence >= CONFIDENCE_THRESHOLD) {
      if (best.confidence - runnerUp.confidence < 0.001) {
        return { kind: 'unknown', confidence: 0, reason: `ambiguous: ${best.kind} or ${runnerUp.kind}` };
      }
      return {
        kind: best.kind,
        confidence: round(best.confidence - CONFLICT_PENALTY),
        reason: `${best.sources.join('+')} (over ${runnerUp.kind})`,
      };
    }
    return { kind: best.kind, confidence: round(best.confidence), reason: best.sources.join('+') };
  }

  const saved = matchSavedAnswer(field, savedMeanings);
  if (saved) return saved;
  return { kind: 'unknown', confidence: round(best?.confidence ?? 0), reason: best ? `weak: ${best.kind}` : 'no match' };
}

/** Site rules first, then the heuristics. */
export function classifyFields(
  fields: readonly FieldDescription[],
  profile?: Pick<Profile, 'answers'>,
  overrides?: Overrides,
): ClassifiedField[] {
  const savedMeanings = savedMeaningsOf(profile);
  return fields.map((field) => ({
    field,
    classification: overrides?.(field) ?? classifyField(field, profile, savedMeanings),
  }));
}

function textHints(field: FieldDescription): Hint[] {
  const hints: Hint[] = field.labels.map((label, index) => ({
    source: index === 0 ? 'label' : 'outer-label',
    text: normalizeText(label),
  }));
  if (field.placeholder) hints.push({ source: 'placeholder', text: normalizeText(field.placeholder) });
  return hints.filter((hint) => hint.text !== '');
}

function identifierTexts(field: FieldDescription): string[] {
  return [field.name, field.htmlId, field.automationId]
    .filter((value): value is string => Boolean(value))
    .map(normalizeIdentifier)
    .filter((text) => text !== '');
}

function isSensitive(field: FieldDescription, hints: readonly Hint[], identifiers: readonly string[]): boolean {
  if (field.inputType === 'password') return true;
  const texts = [...hints.map((hint) => hint.text), ...identifiers];
  return texts.some((text) => SENSITIVE.some((pattern) => pattern.test(text)));
}

function scopeOf(field: FieldDescription, identifiers: readonly string[]): Scope {
  const section = normalizeText(field.section ?? '');
  if (section !== '') {
    if (SECTION_SCOPES.work.test(section)) return 'work';
    if (SECTION_SCOPES.education.test(section)) return 'education';
  }
  if (identifiers.some((id) => IDENTIFIER_SCOPES.work.test(id))) return 'work';
  if (identifiers.some((id) => IDENTIFIER_SCOPES.education.test(id))) return 'education';
  return 'top';
}

function rankCandidates(
  field: FieldDescription,
  scope: Scope,
  labelHints: readonly Hint[],
  identifiers: readonly string[],
  context: string,
): Candidate[] {
  const evidence = new Map<FieldKind, Map<Source, number>>();
  const add = (kind: FieldKind, source: Source, weight: number) => {
    const sources = evidence.get(kind) ?? new Map<Source, number>();
    sources.set(source, weight);
    evidence.set(kind, sources);
  };

  const autocompleteKind = autocompleteKindOf(field.autocomplete);
  if (autocompleteKind) add(autocompleteKind, 'autocomplete', WEIGHTS.autocomplete);
  const byInputType = field.inputType ? INPUT_TYPE_KINDS[field.inputType] : undefined;
  if (byInputType) add(byInputType.kind, 'input-type', byInputType.confidence);

  for (const kind of FIELD_KINDS) {
    const rules = KIND_RULES[kind];
    // Evidence for a kind this control or scope cannot hold is dropped below: not looked for at all.
    if (!fits(rules, field.control, scope)) continue;
    const inContext = rules.inContext && rules.inContext.context.test(context) ? rules.inContext.label : NO_PATTERNS;
    for (const hint of labelHints) {
      if (matches(hint.text, rules.label, rules) || matches(hint.text, inContext, rules)) add(kind, hint.source, WEIGHTS[hint.source]);
    }
    if (identifiers.some((id) => matches(id, rules.identifier ?? NO_PATTERNS, rules))) add(kind, 'identifier', WEIGHTS.identifier);
  }

  const candidates = [...evidence]
    .filter(([kind]) => fits(KIND_RULES[kind], field.control, scope))
    .map(([kind, sources]): Candidate => {
      const ordered = [...sources].sort(([, a], [, b]) => b - a);
      const strongest = ordered[0]?.[1] ?? 0;
      const confidence = Math.min(MAX_CONFIDENCE, strongest + AGREEMENT_BONUS * (ordered.length - 1));
      return { kind, confidence, sources: ordered.map(([source]) => source) };
    });

  const overridden = new Set(
    candidates
      .filter((candidate) => candidate.confidence >= CONFIDENCE_THRESHOLD)
      .flatMap((candidate) => KIND_RULES[candidate.kind].overrides ?? []),
  );
  return candidates
    .filter((candidate) => !overridden.has(candidate.kind))
    .sort((a, b) => b.confidence - a.confidence);
}

const NO_PATTERNS: readonly RegExp[] = [];

function matches(text: string, patterns: readonly RegExp[], rules: KindRules): boolean {
  return patterns.some((pattern) => pattern.test(text)) && !(rules.negative ?? []).some((pattern) => pattern.test(text));
}

function fits(rules: KindRules, control: ControlType, scope: Scope): boolean {
  return rules.controls.includes(control) && (rules.scopes ?? ['top']).includes(scope);
}

/** `autocomplete` may carry section and shipping/billing tokens before the field name. */
function autocompleteKindOf(autocomplete: string | undefined): FieldKind | undefined {
  const fieldNames = (autocomplete ?? '').toLowerCase().split(/\s+/).reverse();
  for (const token of fieldNames) {
    const kind = AUTOCOMPLETE_KINDS[token];
    if (kind) return kind;
  }
  return undefined;
}

/**
 * The saved questions' meanings, index for index: read once per form by the caller, as a page of
 * 300 questions is compared with the same few saved ones.
 */
export type SavedMeanings = readonly (QuestionMeaning | null)[];

export function savedMeaningsOf(profile: Pick<Profile, 'answers'> | undefined): SavedMeanings {
  return profile ? profile.answers.map((saved) => meaningOfQuestion(saved.question)) : [];
}

function matchSavedAnswer(field: FieldDescription, savedMeanings: SavedMeanings): Classification | undefined {
  if (!SAVED_ANSWER_CONTROLS.includes(field.control)) return undefined;
  let best: Classification | undefined;
  for (const label of field.labels) {
    const asked = meaningOfQuestion(label);
    savedMeanings.forEach((saved, answerIndex) => {
      // Only a question asking the same thing, by meaning (questions.ts); anything less stays the user's.
      const { same, confidence, reason } = matchMeanings(asked, saved);
      if (same && confidence > (best?.confidence ?? 0)) {
        best = { kind: 'savedAnswer', confidence, answerIndex, reason: `saved answer: ${reason}` };
      }
    });
  }
  return best;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
