import { hasUserValue } from '../../core/plan';
import type { FieldDescription, FieldOutcome, FillAction } from '../../core/types';
import { collectFields, type FieldHandle } from '../../dom/collect';
import type { FillContext } from '../../dom/fill';
import { cleanText } from '../../dom/labels';
import type { AtsAdapter } from '../adapter';
import { classifyWorkdayField, entryKindOf, type EntryKind } from './fields';
import { chosenItems, fillListbox, fillPrompt, promptItems, promptOf } from './prompts';
import { entryIndexOf, isNameKind, pageSections, planSections, prepareSections, websiteKinds, type PageEntries, type PageEntry, type Placements, type SectionSetup } from './sections';
import { GENERIC_AUTOMATION_IDS, SEL } from './selectors';

const HOSTS = /(^|\.)(myworkdayjobs|myworkdaysite|myworkday)\.com$/;

/** What Workday's markup tells beyond what the collector reads. */
function describe(field: FieldDescription, handle: FieldHandle): FieldDescription {
  const element = handle.element;
  const out: FieldDescription = { ...field };
  // Widgets carry their own generic data-automation-id; the formField-<name> wrapper names the question.
  if (!field.automationId || GENERIC_AUTOMATION_IDS.test(field.automationId)) {
    const named = element.closest(SEL.fieldWrapper)?.getAttribute('data-automation-id');
    if (named) out.automationId = named;
  }
  const prompt = promptOf(element);
  if (prompt) {
    // A prompt's search box holds no value: the chosen items are pills beside it.
    out.control = 'combobox';
    out.currentValue = chosenItems(prompt);
    delete out.inputType;
  } else if (element instanceof HTMLInputElement && element.getAttribute('data-automation-id') === 'dateSectionYear-input' && field.control === 'text') {
    // "First Year Attended" is a split date of a year alone, which the collector cannot pair.
    out.control = 'date-split';
    out.dateParts = ['year'];
    delete out.inputType;
    handle.control = 'date-split';
    handle.parts = { year: element };
  }
  return out;
}

/**
 * A job or school field answers from the profile entry placed in its entry, not from the
 * entry's position: the user may have started entry 1 with their second job.
 */
function annotate(field: FieldDescription, handle: FieldHandle, placements: Placements = {}): FieldDescription {
  const out = describe(field, handle);
  const position = entryIndexOf(handle.element, field.htmlId);
  const kind = entryKindOf(out);
  if (kind) {
    const placed = position === undefined ? undefined : placements[kind]?.[position];
    // Placements crossed a JSON message, where an entry left alone reads null.
    if (typeof placed !== 'number') delete out.entryIndex;
    else out.entryIndex = placed;
  } else if (out.entryIndex === undefined && position !== undefined) {
    out.entryIndex = position;
  }
  return out;
}

/** The job and school entries on the page by position, with what the user put in them. */
function startedEntries(root: Document | Element): Record<EntryKind, PageEntry[]> {
  const entries: Record<EntryKind, PageEntry[]> = { work: [], education: [] };
  const { fields, handles } = collectFields(root, 'wd-entries.');
  for (const field of fields) {
    const handle = handles.get(field.ref)!;
    const described = describe(field, handle);
    const kind = entryKindOf(described);
    const position = entryIndexOf(handle.element, field.htmlId);
    if (!kind || position === undefined) continue;
    const entry = (entries[kind][position] ??= { started: false, names: {} });
    if (!hasUserValue(described)) continue;
    entry.started = true;
    const name = classifyWorkdayField({ ...described, entryIndex: position })?.kind;
    if (isNameKind(name)) entry.names[name] = [described.currentValue].flat().join(', ');
  }
  return entries;
}

async function perform(handle: FieldHandle, action: FillAction, ctx: FillContext): Promise<FieldOutcome | undefined> {
  if (action.op !== 'choose') return undefined;
  if (promptOf(handle.element)) return fillPrompt(handle.element as HTMLInputElement, action, ctx);
  if (handle.control !== 'listbox-button' || !handle.element.id) return undefined;
  if (action.kind === 'languages') {
    // One language per "Languages N" entry, from the profile's list.
    const item = promptItems(action)[entryIndexOf(handle.element, handle.element.id) ?? -1];
    return item ? fillListbox(handle.element, item.choice, ctx) : { status: 'skipped', reason: 'no-answer' };
  }
  return fillListbox(handle.element, { accept: action.accept, ...(action.meaning ? { meaning: action.meaning } : {}) }, ctx);
}

export const workday: AtsAdapter<PageEntries, SectionSetup, Placements> = {
  id: 'workday',
  name: 'Workday',
  matches: (url) => HOSTS.test(url.hostname),
  classify: (field, profile) => classifyWorkdayField(field, websiteKinds(profile)),
  annotate,
  readPage: (root) => pageSections(root, startedEntries(root)),
  prepare: planSections,
  beforeFill: prepareSections,
  perform,
  stepKey(doc) {
    const active = doc.querySelector(SEL.activeStep) ?? doc.querySelector(SEL.stepHeading);
    const key = cleanText(active?.textContent);
    return key || null;
  },
};
