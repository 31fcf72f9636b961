import type { AddedEntry, AnyAdapter } from '../ats/adapter';
import { needsUser as needsUserFor } from '../core/attention';
import { sameJson } from '../core/sameJson';
import type { AttachedDocument, Classification, FieldDescription, FieldResult, FillAction, FillReport, StageTimes } from '../core/types';
import { shownNow, type Collected, type FieldHandle } from '../dom/collect';
import { nextTask } from '../dom/events';
import { performAction, verifyText, type FillContext } from '../dom/fill';
import { clearMarks, markNeedsUser } from '../dom/highlight';
import { guardSubmits } from '../dom/submitGuard';
import type { FillStart, PlanReply } from '../messages';
import { collectOwn, describe, FormRead, rootOf } from './read';

/** Conditional questions appear after an answer; each pass fills what the previous one revealed. */
const MAX_PASSES = 4;
/** About how long the start's round trip to the extension leaves the page idle. */
const START_ROUND_TRIP_MS = 2;
/** Passes an adapter's afterPass may add, one per part of the form it opened (a profile holds at most 150 jobs and schools). */
const MAX_OPENED_PASSES = 150;

/**
 * The extension's half of a fill, as the page reaches it: the profile stays there, and only
 * the values for the fields sent come back.
 */
export interface Planner {
  /** Starts the fill; given the form as read before the adapter's preparation, it plans that too. */
  start(page: unknown, fields: FieldDescription[]): Promise<FillStart>;
  plan(fields: FieldDescription[]): Promise<PlanReply>;
  /** The option that means the answer, chosen in the extension (FillContext.chooseOption). */
  chooseOption: FillContext['chooseOption'];
}

export interface AutofillOptions {
  adapter: AnyAdapter;
  planner: Planner;
  root?: Document | Element;
  widgetTimeoutMs?: number;
  /** Called before the first action on each field, while it still holds what it held before the fill (undo keeps it). */
  beforeAction?(handle: FieldHandle, field: FieldDescription, action: FillAction): void;
  /** Called once the adapter has prepared the form, with the entries it added to it (undo takes them away). */
  onEntriesAdded?(entries: AddedEntry[]): void;
  /**
   * The form as read while the user reached for Autofill: the fill starts from it when nothing
   * it walked has changed since, and uses it up.
   */
  read?: FormRead;
  /**
   * Called once the extension accepted the start, before anything is written. Not while the start
   * travels: what it changes on screen would be rendered then, and the start's answer would wait for it.
   */
  onStarted?(): void;
}

export class FillRefused extends Error {}

/** Ids that frameworks number as they render (react-select-3-input, React's :r1:, mui-12). */
const GENERATED_ID = /^(react-select-\d+-input|:r[0-9a-z]+:|mui-\d+|headlessui-[a-z-]+-\d+)$/i;

/** A re-rendered control keeps its question, name and id; two questions worded alike differ in those. */
function questionKey(field: FieldDescription, kind: Classification['kind']): string {
  const id = field.htmlId && !GENERATED_ID.test(field.htmlId) ? field.htmlId : '';
  return [kind, field.entryIndex ?? '', labelOf(field), field.name ?? '', id].join('|');
}

function labelOf(field: FieldDescription): string {
  return field.labels[0] ?? field.placeholder ?? field.name ?? field.htmlId ?? field.ref;
}

/**
 * A control no longer on the page: removed, or left in a document its frame has since replaced
 * (a form that posts and comes back rendered again), which keeps it connected but shows it nowhere.
 */
function isGone(element: Element): boolean {
  return !element.isConnected || !element.ownerDocument.defaultView;
}

/**
 * Collect, ask the extension what goes where, fill, verify; then again for fields the answers
 * revealed. While it runs, the form cannot be submitted: a widget that submits when pressed
 * is stopped and reported.
 */
export async function autofill(options: AutofillOptions): Promise<FillReport> {
  const started = performance.now();
  const { adapter, planner } = options;
  const handled = new WeakSet<Element>();
  const results: FieldResult[] = [];
  const needsUser: FieldHandle[] = [];
  const attached: AttachedDocument[] = [];
  /** Questions already answered or reported; a page that re-renders them must not get them twice. */
  const seenQuestions = new Set<string>();
  const stages: StageTimes = { start: 0, collect: 0, classify: 0, plan: 0, message: 0, fill: 0, verify: 0 };
  let lap = started;
  /** Adds the time since the last lap to a stage. */
  const time = (stage: keyof StageTimes) => {
    const now = performance.now();
    stages[stage] += now - lap;
    lap = now;
  };
  clearMarks();
  const root = rootOf(options);
  const given = options.read?.root === root ? options.read : undefined;
  if (options.read && !given) options.read.dispose();
  // One read serves the start and, when the adapter's preparation changes nothing, the first pass.
  const read = given?.current ? given : new FormRead(root, adapter);
  if (given && read !== given) given.dispose();
  /** Made before the press: fields a page rendered where the read's watch does not reach are looked for again. */
  const readBeforePress = read === given;
  const first = describe(read.current!, root, adapter, undefined, handled, 0);
  /** What each text field held when read: one that holds something else by the time it is filled was typed into since. */
  const heldWhenRead = new Map<Element, string>();
  const changedSinceRead = (element: Element) => heldWhenRead.has(element) && (element as HTMLInputElement).value !== heldWhenRead.get(element);
  time('collect');

  let submits: ReturnType<typeof guardSubmits> | undefined;
  try {
    const page = adapter.readPage?.(root);
    time('start');
    const starting = planner.start(page, first.fields);
    // The round trip leaves this page idle: the guard is set meanwhile, and a read made before the
    // press is held against what the user sees at the press. A style can hide a field without
    // touching the tree the read watched (an animation, a rule for :hover or :focus, a rule a
    // script inserted into a style sheet): what the user cannot see then is left alone, as a
    // read made then would have left it out.
    submits = guardSubmits(root instanceof Document ? root : root.ownerDocument);
    const shownWhenPressed = new Map<FieldHandle, boolean>();
    if (readBeforePress) {
      const shown = shownNow();
      // For as long as the start usually takes; planned fields left over are checked once it is back.
      const until = performance.now() + START_ROUND_TRIP_MS;
      for (const handle of first.handles.values()) {
        if (performance.now() > until) break;
        shownWhenPressed.set(handle, shown(handle));
      }
    }
    const start = await starting;
    if (!start.ok) throw new FillRefused(start.error);
    time('message');
    options.onStarted?.();

    const fill = await adapter.beforeFill?.(root, start.setup);
    if (fill !== undefined) options.onEntriesAdded?.(adapter.addedEntries?.(fill) ?? []);
    time('start');
    let passes = MAX_PASSES;
    for (let pass = 0; pass < passes; pass++) {
      let collected: Collected | undefined;
      let planned: PlanReply | undefined;
      let own = pass === 0 ? read.current : undefined;
      /** Fields read before the press, as they were shown then. */
      const readEarlier = !!own && readBeforePress;
      if (own) {
        // The page is as it was read: the start's plan holds if the adapter describes it as before.
        collected = fill === undefined ? first : describe(own, root, adapter, fill, handled, 0);
        if (start.plan?.ok && (collected === first || sameJson(collected.fields, first.fields))) planned = start.plan;
      }
      read.dispose();
      own ??= collectOwn(root, adapter, handled, pass);
      collected ??= describe(own, root, adapter, fill, handled, pass);
      for (const field of own.fields) {
        if (field.control === 'text' || field.control === 'textarea') heldWhenRead.set(own.handles.get(field.ref)!.element, String(field.currentValue));
      }
      const { fields, handles } = collected;
      time('collect');
      if (!fields.length) break;
      const plan = planned ?? (await planner.plan(fields));
      if (!planned) time('message');
      if (!plan.ok) throw new FillRefused(plan.error);
      // The extension's work, timed there, out of the round trip that carried it.
      stages.classify += plan.timings.classify;
      stages.plan += plan.timings.plan;
      stages.message -= plan.timings.classify + plan.timings.plan;
      const ctx: FillContext = { documents: plan.documents, chooseOption: planner.chooseOption, widgetTimeoutMs: options.widgetTimeoutMs ?? 2000 };
      const byRef = new Map(fields.map((field) => [field.ref, field]));
      const kindOf = (ref: string): Classification['kind'] => plan.kinds[ref] ?? 'unknown';
      const questionOf = (ref: string) => questionKey(byRef.get(ref)!, kindOf(ref));
      const texts: { handle: FieldHandle; result: FieldResult }[] = [];
      for (const field of fields) handled.add(handles.get(field.ref)!.element);
      // Refs come back from the extension: only those of fields this pass collected are acted on.
      const fresh = (ref: string) => byRef.has(ref) && (pass === 0 || !seenQuestions.has(questionOf(ref)));
      const actions = plan.actions.filter((action) => fresh(action.ref));
      const skipped = plan.skipped.filter((result) => fresh(result.ref));
      for (const ref of [...actions, ...skipped].map((item) => item.ref)) seenQuestions.add(questionOf(ref));

      // Read before this pass's first write: what the fill itself sets off in other fields is not the user's.
      const typedSince = new Set(actions.filter((action) => action.op === 'text').map((action) => handles.get(action.ref)!.element).filter(changedSinceRead));
      // A field the start's round trip left no time for, or only the adapter's preparation described,
      // is judged now, all before the first write: judged between writes, each would wait for a new layout.
      let judgeNow: ((handle: FieldHandle) => boolean) | undefined;
      const shownAtPress = (handle: FieldHandle) => shownWhenPressed.get(handle) ?? (judgeNow ??= shownNow())(handle);
      const hiddenSince = new Set(readEarlier ? actions.map((action) => handles.get(action.ref)!).filter((handle) => !shownAtPress(handle)) : []);
      for (const action of actions) {
        const handle = handles.get(action.ref)!;
        if (isGone(handle.element)) {
          // An earlier answer removed this control or rendered its question again (Workday's
          // address after the country, iCIMS's whole form after its resume upload): a
          // replacement is collected, filled and reported next pass.
          seenQuestions.delete(questionOf(action.ref));
          continue;
        }
        if (hiddenSince.has(handle)) {
          // Not reported, as a field the user cannot see is not: a later pass takes it if it shows again.
          seenQuestions.delete(questionOf(action.ref));
          handled.delete(handle.element);
          continue;
        }
        const result: FieldResult = { ref: action.ref, label: labelOf(byRef.get(action.ref)!), kind: kindOf(action.ref), outcome: { status: 'skipped', reason: 'no-answer' } };
        if (typedSince.has(handle.element)) {
          result.outcome = { status: 'skipped', reason: 'user-value' };
          results.push(result);
          continue;
        }
        options.beforeAction?.(handle, byRef.get(action.ref)!, action);
        try {
          const byAdapter = adapter.perform && (!adapter.performs || adapter.performs.includes(action.op)) ? await adapter.perform(handle, action, ctx) : undefined;
          const outcome = byAdapter ?? performAction(handle, action, ctx);
          result.outcome = outcome instanceof Promise ? await outcome : outcome;
        } catch (error) {
          result.outcome = { status: 'failed', error: error instanceof Error ? error.message : String(error) };
        }
        const submitted = submits.take();
        if (submitted) result.outcome = { status: 'failed', error: submitted };
        if (action.op === 'text' && result.outcome.status === 'filled') texts.push({ handle, result });
        if (action.op === 'file' && result.outcome.status === 'filled') {
          const document = plan.documents.find((candidate) => candidate.role === action.role);
          if (document && !attached.some((other) => other.role === action.role)) {
            attached.push({ role: action.role, label: plan.documentLabels[action.role] ?? '', name: document.name });
          }
        }
        results.push(result);
      }
      time('fill');
      await nextTask();
      for (const { handle, result } of texts) {
        // Check what was committed: an adapter's filler may commit a suggestion's wording.
        if (result.outcome.status === 'filled') result.outcome = verifyText(handle.element as HTMLInputElement, result.outcome.value);
      }
      for (const result of skipped) {
        const handle = handles.get(result.ref)!;
        // A field the user could not see at the press is not theirs to answer either.
        if (!isGone(handle.element) && (!readEarlier || shownAtPress(handle))) results.push(result);
        else seenQuestions.delete(questionOf(result.ref));
      }
      for (const result of results.filter((r) => r.ref.startsWith(`p${pass}.`))) {
        if (!needsUserFor(result, byRef.get(result.ref)?.required)) continue;
        needsUser.push(handles.get(result.ref)!);
      }
      time('verify');
      const outcomes = results.filter((r) => r.ref.startsWith(`p${pass}.`)).map((r) => ({ element: handles.get(r.ref)!.element, outcome: r.outcome }));
      const opened = (await adapter.afterPass?.(root, fill, { outcomes, widgetTimeoutMs: ctx.widgetTimeoutMs })) ?? false;
      time('fill');
      if (opened) passes = Math.min(passes + 1, MAX_PASSES + MAX_OPENED_PASSES);
      if (!actions.length && !opened && !(pass === 0 && readBeforePress)) break;
    }
  } finally {
    read.dispose();
    submits?.release();
  }

  // A control the form has since removed (an entry editor saved into its card) needs nobody.
  const stillNeeded = needsUser.filter((handle) => !isGone(handle.element));
  stillNeeded.forEach(markNeedsUser);
  const filled = results.filter((r) => r.outcome.status === 'filled').length;
  const rounded = Object.fromEntries(Object.entries(stages).map(([stage, ms]) => [stage, Math.round(ms * 10) / 10])) as StageTimes;
  return { ats: adapter.id, results, filled, needsUser: stillNeeded.length, durationMs: Math.round(performance.now() - started), stages: rounded, attached };
}

export function summarize(report: FillReport): string {
  const filled = `Filled ${report.filled} field${report.filled === 1 ? '' : 's'}`;
  return report.needsUser ? `${filled} · ${report.needsUser} need${report.needsUser === 1 ? 's' : ''} you` : filled;
}
