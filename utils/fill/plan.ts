import type { AnyAdapter } from '../ats/adapter';
import { classifyField, classifyFields, savedMeaningsOf } from '../core/classify';
import { planFill } from '../core/plan';
import type { Classification, ClassifiedField, FieldDescription, FieldResult, FillAction } from '../core/types';
import type { DocumentRole, Profile } from '../profile/schema';

/**
 * The extension's half of a fill, run in its own origin: from the field descriptions a page
 * collected, what to put in each. The page gets back values for the fields it showed, never the
 * profile itself.
 */
export interface PagePlan {
  actions: FillAction[];
  /** Fields not acted on, each with why. */
  skipped: FieldResult[];
  /** What each collected field asks, by ref: the page needs it to recognise a question it re-rendered. */
  kinds: Record<string, Classification['kind']>;
  /** The documents the file actions attach; no others leave the extension. */
  documentRoles: DocumentRole[];
  /** Milliseconds spent classifying and planning, for the report's stage times. */
  timings: { classify: number; plan: number };
}

export interface PlanInput {
  adapter: AnyAdapter;
  profile: Profile;
  fields: readonly FieldDescription[];
  /** The documents the store holds. */
  documents: readonly DocumentRole[];
  /** YYYY-MM-DD in the user's time zone, for signature dates. */
  today?: string;
  /** These very fields as classifyPage read them with this profile, ahead of the fill. */
  classified?: readonly ClassifiedField[];
}

/** What each field asks, by the adapter's site rules first, then the heuristics. */
export function classifyPage(adapter: AnyAdapter, profile: Profile, fields: readonly FieldDescription[]): ClassifiedField[] {
  return classifyFields(fields, profile, siteRules(adapter, profile));
}

export function planPage({ adapter, profile, fields, documents, today, classified: ahead }: PlanInput): PagePlan {
  const started = performance.now();
  const classified = ahead ?? classifyPage(adapter, profile, fields);
  const classifiedAt = performance.now();
  const plan = planFill(classified, profile, { documents, ...(today ? { today } : {}) });
  const kinds: PagePlan['kinds'] = {};
  for (const { field, classification } of classified) kinds[field.ref] = classification.kind;
  const documentRoles = [...new Set(plan.actions.flatMap((action) => (action.op === 'file' ? [action.role] : [])))];
  const timings = { classify: classifiedAt - started, plan: performance.now() - classifiedAt };
  return { actions: plan.actions, skipped: plan.results, kinds, documentRoles, timings };
}

/** A profile with nothing to fill: the page is told so instead of getting an empty plan. */
export function isEmptyProfile(profile: Profile, documentCount: number): boolean {
  const { firstName, lastName, email, phone } = profile.personal;
  return !firstName && !lastName && !email && !phone && !profile.work.length && !profile.education.length && !documentCount;
}

/** Fields a page may send at once: a form is a few hundred at most; more is not a form. */
export const MAX_PLANNED_FIELDS = 2000;

/** An adapter's site rules, as classifyFields takes them, with the heuristics they may consult. */
export function siteRules(adapter: AnyAdapter, profile: Profile): ((field: FieldDescription) => Classification | undefined) | undefined {
  const { classify } = adapter;
  if (!classify) return undefined;
  const savedMeanings = savedMeaningsOf(profile);
  return (field) => classify(field, profile, (asked) => classifyField(asked, profile, savedMeanings));
}
