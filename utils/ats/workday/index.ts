import { classifyFields } from '../../core/classify';
import type { FieldKind } from '../../core/fieldKinds';
import { chooseOption } from '../../core/match';
import { planFill } from '../../core/plan';
import type { FieldDescription, FieldOutcome, FillAction } from '../../core/types';
import { collectFields, type FieldHandle } from '../../dom/collect';
import { nextTask } from '../../dom/events';
import { performAction, type FillContext } from '../../dom/fill';
import { cleanText } from '../../dom/labels';
import type { FillData } from '../../messages';
import type { AtsAdapter } from '../adapter';
import { classifyWorkdayField } from './fields';
import { chosenItems, fillListbox, fillPrompt, promptItems, promptOf } from './prompts';
import { addSections, entryIndexOf, websiteKinds } from './sections';
import { GENERIC_AUTOMATION_IDS, SEL } from './selectors';

const HOSTS = /(^|\.)(myworkdayjobs|myworkdaysite|myworkday)\.com$/;

/** Which link each "Websites" entry holds; set from the profile before each fill. */
let linkKinds: FieldKind[] = [];

function annotate(field: FieldDescription, handle: FieldHandle): FieldDescription {
  const element = handle.element;
  const out: FieldDescription = { ...field };
  // Widgets carry their own generic data-automation-id; the formField-<name> wrapper names the question.
  if (!field.automationId || GENERIC_AUTOMATION_IDS.test(field.automationId)) {
    const named = element.closest(SEL.fieldWrapper)?.getAttribute('data-automation-id');
    if (named) out.automationId = named;
  }
  if (out.entryIndex === undefined) {
    const index = entryIndexOf(element, field.htmlId);
    if (index !== undefined && index >= 0) out.entryIndex = index;
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

/** The filler's context for the fill beforeFill does itself, as autofill builds it. */
function fillContext(data: FillData): FillContext {
  return { documents: data.documents, chooseOption, widgetTimeoutMs: 2000 };
}

/**
 * The address is rendered again once the country is chosen (its questions differ by country),
 * so the country goes first and the rest is collected afterwards.
 */
async function fillCountryFirst(root: Document | Element, data: FillData): Promise<void> {
  const { fields, handles } = collectFields(root, 'wd-country.');
  const annotated = fields.map((field) => annotate(field, handles.get(field.ref)!));
  const classified = classifyFields(annotated, data.profile, workday.classify!.bind(workday)).filter(
    (entry) => entry.classification.kind === 'country',
  );
  if (classified.length !== 1) return;
  const [action] = planFill(classified, data.profile, { documents: [] }).actions;
  if (!action) return;
  const handle = handles.get(action.ref)!;
  const ctx = fillContext(data);
  await ((await perform(handle, action, ctx)) ?? performAction(handle, action, ctx));
  await nextTask();
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

export const workday: AtsAdapter = {
  id: 'workday',
  name: 'Workday',
  matches: (url) => HOSTS.test(url.hostname),
  classify: (field) => classifyWorkdayField(field, linkKinds),
  annotate,
  async beforeFill(root, data) {
    linkKinds = websiteKinds(data.profile);
    await fillCountryFirst(root, data);
    await addSections(root, data.profile);
  },
  perform,
  stepKey(doc) {
    const active = doc.querySelector(SEL.activeStep) ?? doc.querySelector(SEL.stepHeading);
    const key = cleanText(active?.textContent);
    return key || null;
  },
};
