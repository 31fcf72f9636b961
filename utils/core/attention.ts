import type { FieldKind } from './fieldKinds';
import type { FieldResult } from './types';

/**
 * Questions forms offer but most people leave empty: with no answer in the profile and no
 * "required" mark, they do not need the user, and outlining them would bury the ones that do.
 */
const OPTIONAL_WHEN_UNANSWERED: ReadonlySet<FieldResult['kind']> = new Set<FieldKind>(['middleName', 'preferredName', 'phoneExtension', 'addressLine2']);

/** Whether a field is left for the user to answer: outlined, and counted as "needs you". */
export function needsUser(result: FieldResult, required: boolean | undefined): boolean {
  const { outcome } = result;
  if (outcome.status === 'filled') return false;
  if (outcome.status === 'failed') return true;
  if (outcome.reason === 'user-value') return false;
  return !(outcome.reason === 'no-answer' && !required && OPTIONAL_WHEN_UNANSWERED.has(result.kind));
}
