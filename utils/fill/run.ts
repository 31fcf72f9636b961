import { classifyFields } from '../core/classify';
import { chooseOption } from '../core/match';
import { planFill } from '../core/plan';
import type { ClassifiedField, FieldDescription, FieldResult, FillReport } from '../core/types';
import type { AtsAdapter } from '../ats/adapter';
import type { FillData } from '../messages';
import { collectFields, type Collected, type FieldHandle } from './collect';
import { nextTask } from './events';
import { performAction, verifyText, type FillContext } from './fill';
import { clearMarks, markNeedsUser } from './highlight';

/** Conditional questions appear after an answer; each pass fills what the previous one revealed. */
const MAX_PASSES = 4;

export interface AutofillOptions {
  adapter: AtsAdapter;
  data: FillData;
  root?: Document | Element;
  widgetTimeoutMs?: number;
  today?: string;
}

/** Ids that frameworks number as they render (react-select-3-input, React's :r1:, mui-12). */
const GENERATED_ID = /^(react-select-\d+-input|:r[0-9a-z]+:|mui-\d+|headlessui-[a-z-]+-\d+)$/i;

/** A re-rendered control keeps its question, name and id; two questions worded alike differ in those. */
function questionKey({ field, classification }: ClassifiedField): string {
  const id = field.htmlId && !GENERATED_ID.test(field.htmlId) ? field.htmlId : '';
  return [classification.kind, field.entryIndex ?? '', labelOf(field), field.name ?? '', id].join('|');
}

function rootOf(options: Pick<AutofillOptions, 'adapter' | 'root'>): Document | Element {
  return options.root ?? options.adapter.formRoot?.(document) ?? document;
}

function labelOf(field: FieldDescription): string {
  return field.labels[0] ?? field.placeholder ?? field.name ?? field.htmlId ?? field.ref;
}

/** Collects the form, minus the elements an earlier pass already handled. */
function collectNew(root: Document | Element, options: Pick<AutofillOptions, 'adapter'>, handled: WeakSet<Element>, pass: number): Collected {
  const collected = collectFields(root, `p${pass}.`);
  const annotated = options.adapter.annotate ? collected.fields.map((f) => options.adapter.annotate!(f, collected.handles.get(f.ref)!)) : collected.fields;
  const fields = annotated.filter((f) => !handled.has(collected.handles.get(f.ref)!.element));
  return { fields, handles: collected.handles };
}

export function scanFields(options: Pick<AutofillOptions, 'adapter' | 'root'>): FieldDescription[] {
  return collectNew(rootOf(options), options, new WeakSet(), 0).fields;
}

/** Collect, classify, plan, fill, verify; then again for fields the answers revealed. */
export async function autofill(options: AutofillOptions): Promise<FillReport> {
  const started = performance.now();
  const { adapter, data } = options;
  const ctx: FillContext = { documents: data.documents, chooseOption, widgetTimeoutMs: options.widgetTimeoutMs ?? 2000 };
  const handled = new WeakSet<Element>();
  const results: FieldResult[] = [];
  const needsUser: FieldHandle[] = [];
  /** Questions already answered or reported; a page that re-renders them must not get them twice. */
  const seenQuestions = new Set<string>();
  clearMarks();
  const root = rootOf(options);
  await adapter.beforeFill?.(root, data);

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { fields, handles } = collectNew(root, options, handled, pass);
    if (!fields.length) break;
    const classified = classifyFields(fields, data.profile, adapter.classify?.bind(adapter));
    const plan = planFill(classified, data.profile, {
      documents: data.documents.map((d) => d.role),
      ...(options.today ? { today: options.today } : {}),
    });
    const byRef = new Map(classified.map((c) => [c.field.ref, c]));
    const questionOf = (ref: string) => questionKey(byRef.get(ref)!);
    const texts: { handle: FieldHandle; result: FieldResult }[] = [];
    for (const field of fields) handled.add(handles.get(field.ref)!.element);
    const fresh = (ref: string) => pass === 0 || !seenQuestions.has(questionOf(ref));
    const actions = plan.actions.filter((action) => fresh(action.ref));
    const skipped = plan.results.filter((result) => fresh(result.ref));
    for (const ref of [...actions, ...skipped].map((item) => item.ref)) seenQuestions.add(questionOf(ref));

    for (const action of actions) {
      const handle = handles.get(action.ref)!;
      if (!handle.element.isConnected) {
        // An earlier answer removed this control or rendered its question again (Workday's
        // address after the country): a replacement is collected, filled and reported next pass.
        seenQuestions.delete(questionOf(action.ref));
        continue;
      }
      const entry = byRef.get(action.ref)!;
      const result: FieldResult = { ref: action.ref, label: labelOf(entry.field), kind: entry.classification.kind, outcome: { status: 'skipped', reason: 'no-answer' } };
      try {
        result.outcome = (await adapter.perform?.(handle, action, ctx)) ?? (await performAction(handle, action, ctx));
      } catch (error) {
        result.outcome = { status: 'failed', error: error instanceof Error ? error.message : String(error) };
      }
      if (action.op === 'text' && result.outcome.status === 'filled') texts.push({ handle, result });
      results.push(result);
    }
    await nextTask();
    for (const { handle, result } of texts) {
      // Check what was committed: an adapter's filler may commit a suggestion's wording.
      if (result.outcome.status === 'filled') result.outcome = verifyText(handle.element as HTMLInputElement, result.outcome.value);
    }
    for (const result of skipped) {
      if (handles.get(result.ref)!.element.isConnected) results.push(result);
      else seenQuestions.delete(questionOf(result.ref));
    }
    for (const result of results.filter((r) => r.ref.startsWith(`p${pass}.`))) {
      const { outcome } = result;
      if (outcome.status === 'filled' || (outcome.status === 'skipped' && outcome.reason === 'user-value')) continue;
      needsUser.push(handles.get(result.ref)!);
    }
    if (!actions.length) break;
  }

  needsUser.forEach(markNeedsUser);
  const filled = results.filter((r) => r.outcome.status === 'filled').length;
  return { ats: adapter.id, results, filled, needsUser: needsUser.length, durationMs: Math.round(performance.now() - started) };
}

export function summarize(report: FillReport): string {
  const filled = `Filled ${report.filled} field${report.filled === 1 ? '' : 's'}`;
  return report.needsUser ? `${filled} · ${report.needsUser} need${report.needsUser === 1 ? 's' : ''} you` : filled;
}
