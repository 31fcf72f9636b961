import { workdaySite } from './site';
import { hasUserValue } from '../../core/userValue';
import type { FieldDescription, FieldOutcome, FillAction } from '../../core/types';
import { collectFields, type FieldHandle } from '../../dom/collect';
import type { FillContext } from '../../dom/fill';
import { cleanText } from '../../dom/labels';
import { byIdInScope } from '../../dom/traverse';
import type { AddedEntry, AtsAdapter } from '../adapter';
import { classifyWorkdayField, entryKindOf, type EntryKind } from './fields';
import { fillListbox } from './listbox';
import { chosenItems, fillPrompt, promptItems, promptOf } from './prompts';
import { entryIndexOf, isNameKind, pageSections, planSections, prepareSections, removeEntry, websiteKinds, type PageEntries, type PageEntry, type Placements, type SectionSetup } from './sections';
import { GENERIC_AUTOMATION_IDS, SEL } from './selectors';
import { isWorkdayUpload, uploadToWorkday } from './upload';


/** What one fill keeps between preparing the page and describing its fields. */
export interface WorkdayFill {
  placements: Placements;
  /** The entries the fill added ("Add"), for undo to take away. */
  added: AddedEntry[];
  /** Where the job is, from the page's URL: questions about "the country where this position is located" need it. */
  jobLocation?: string;
}

/**
 * The job's location as the apply page's URL names it: `/job/<location>/<title>_<id>/apply`
 * ("New-York-NY"). The segment is optional, and a posting without it names no location.
 */
export function locationSegment(pathname: string): string | undefined {
  const parts = pathname.split('/').filter(Boolean);
  const job = parts.indexOf('job');
  if (job < 0) return undefined;
  const rest = parts.slice(job + 1);
  const apply = rest.indexOf('apply');
  const posting = apply < 0 ? rest : rest.slice(0, apply);
  if (posting.length < 2) return undefined;
  try {
    return decodeURIComponent(posting[0]!);
  } catch {
    return undefined;
  }
}

/**
 * A dropdown button's aria-label repeats what the button shows ("Gender Select One", " Select One
 * Required"): without that state, it may still name the question.
 */
function withoutButtonState(label: string, button: HTMLElement): string {
  const shown = cleanText(button.textContent);
  return cleanText((shown ? label.replace(shown, ' ') : label).replace(/\brequired\b/i, ' '));
}

/** The text of the elements an aria-labelledby attribute names. */
function labelledBy(element: Element | null): string {
  const ids = element?.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
  return cleanText(ids.map((id) => byIdInScope(element!, id)?.textContent ?? '').join(' '));
}

/**
 * The resume uploader's question. Its input has no label: the upload widget names its label
 * ("Upload a file (5MB max)") by aria-labelledby, and the section around it its heading ("Resume/CV").
 */
function uploadQuestion(input: HTMLElement): string[] {
  const widget = input.parentElement?.closest('[aria-labelledby]') ?? null;
  const section = input.closest('[role="group"][aria-labelledby]');
  return [...new Set([labelledBy(widget), labelledBy(section)].filter(Boolean))];
}

/** What Workday's markup tells beyond what the collector reads. */
function describe(field: FieldDescription, handle: FieldHandle): FieldDescription {
  const element = handle.element;
  const out: FieldDescription = { ...field };
  if (field.control === 'file' && isWorkdayUpload(element)) {
    const question = uploadQuestion(element);
    // The drop zone's words beside the input ("Drop files here or Select files") ask nothing.
    if (question.length) out.labels = question;
  }
  // Widgets carry their own generic data-automation-id; the formField-<name> wrapper names the question.
  if (!field.automationId || GENERIC_AUTOMATION_IDS.test(field.automationId)) {
    const named = element.closest(SEL.fieldWrapper)?.getAttribute('data-automation-id');
    if (named) out.automationId = named;
  }
  if (field.control === 'listbox-button') {
    const ariaLabel = cleanText(element.getAttribute('aria-label'));
    out.labels = field.labels.map((label) => (label === ariaLabel ? withoutButtonState(label, element) : label)).filter(Boolean);
  }
  const prompt = promptOf(element);
  if (prompt) {
    // A prompt's search box holds no value: the chosen items are pills beside it.
    out.control = 'combobox';
    out.currentValue = chosenItems(prompt);
    delete out.inputType;
  } else if (element instanceof HTMLInputElement && element.getAttribute('data-automation-id') === 'dateSectionYear-input' && field.control === 'text') {
    // "First Year Attended" is a split date of a year alone, which the collector cannot pair. Its
    // question is the legend ("From"), not the part's own name ("Year").
    const part = cleanText(element.getAttribute('aria-label'));
    out.labels = [...field.labels.filter((label) => label !== part), ...field.labels.filter((label) => label === part)];
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
function annotate(field: FieldDescription, handle: FieldHandle, fill: WorkdayFill | undefined): FieldDescription {
  const out = describe(field, handle);
  const placements = fill?.placements ?? {};
  if (fill?.jobLocation) out.jobLocation = fill.jobLocation;
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
  if (action.op === 'file' && isWorkdayUpload(handle.element)) {
    return uploadToWorkday(handle.element, ctx.documents.find((doc) => doc.role === action.role), ctx);
  }
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

export const workday: AtsAdapter<PageEntries, SectionSetup, WorkdayFill> = {
  ...workdaySite,
  classify: (field, profile) => classifyWorkdayField(field, websiteKinds(profile)),
  annotate,
  readPage: (root) => pageSections(root, startedEntries(root)),
  prepare: planSections,
  async beforeFill(root, setup) {
    const jobLocation = locationSegment((root instanceof Document ? root : root.ownerDocument).location.pathname);
    return { ...(await prepareSections(root, setup)), ...(jobLocation ? { jobLocation } : {}) };
  },
  addedEntries: (fill) => fill.added,
  removeEntry,
  performs: ['file', 'choose'],
  perform,
};
