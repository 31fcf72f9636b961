import { workableSite } from './site';
import type { Classification, FieldDescription } from '../../core/types';
import type { AtsAdapter } from '../adapter';
import { chooseInList, clickListFields, isClickList } from './dropdown';
import { editorKind, entryOf, isEntryDate, openEditors, pickMonth, planEntries, readEntries, saveEditors, type EntryFill, type EntryPage, type EntrySetup } from './entries';
import { classifyWorkableUi, cleanLabel, isFieldUi } from './fields';

/** Workable's hosted application: apply.workable.com/<account>/j/<shortcode>/apply/. */

/** What annotate reads off the page for classify, which is given the field alone. JSON only. */
export interface WorkableField extends FieldDescription {
  /**
   * The field's `data-ui`: on the input, or on the box that holds it (phone, radio group,
   * dropdown); for a control of a job or school editor, its section and name ("experience.title").
   */
  workableUi?: string;
}

/**
 * The field a control belongs to, by the nearest `data-ui` that names one. A YES/NO answer sits
 * in `[data-ui="option"]` inside its question's fieldset; any other block ("section-fields")
 * means the control has no name of Workable's.
 */
function workableUiOf(element: Element): string | undefined {
  for (let node = element.closest('[data-ui]'); node; node = node.parentElement?.closest('[data-ui]') ?? null) {
    const ui = node.getAttribute('data-ui');
    if (ui === 'option') continue;
    return isFieldUi(ui) ? ui : undefined;
  }
  return undefined;
}

const unique = (texts: string[]) => [...new Set(texts.map(cleanLabel).filter(Boolean))];

/** A job or school editor's control: by its name, and only in an editor Applyfill opened for a profile entry. */
function classifyEntryField(field: WorkableField): Classification {
  const kind = field.entryIndex === undefined ? null : editorKind(field.workableUi!);
  if (!kind) return { kind: 'unknown', confidence: 1, reason: `workable: ${field.workableUi} in ${field.entryIndex === undefined ? 'an editor the user opened' : 'an entry editor'}` };
  return { kind, confidence: 0.99, reason: `workable: ${field.workableUi}` };
}

export const workable: AtsAdapter<EntryPage, EntrySetup, EntryFill> = {
  ...workableSite,
  formRoot: (doc) => doc.querySelector('form[data-ui="application-form"]'),

  classify: (field: WorkableField): Classification | undefined =>
    field.workableUi?.includes('.') ? classifyEntryField(field) : classifyWorkableUi(field.workableUi, field.control),

  // Jobs and schools: one editor per section at a time, opened here, saved after each pass.
  readPage: readEntries,
  prepare: planEntries,
  beforeFill: openEditors,
  afterPass: saveEditors,

  extraFields: (root) => clickListFields(root),

  annotate(field, handle, fill) {
    // Labels and options carry the icons' fallback text, the required "*" and "(Optional)".
    const described: WorkableField = { ...field, labels: unique(field.labels) };
    if (field.options) described.options = field.options.map((option) => ({ ...option, label: cleanLabel(option.label) }));
    const entry = entryOf(handle.element, fill);
    if (entry) {
      described.workableUi = entry.ui;
      if (entry.index === undefined) delete described.entryIndex;
      else described.entryIndex = entry.index;
      return described;
    }
    const ui = workableUiOf(handle.element);
    if (ui) described.workableUi = ui;
    return described;
  },

  performs: ['choose', 'file', 'text'],

  async perform(handle, action, ctx) {
    const element = handle.element;
    if (action.op === 'text') return isEntryDate(element) ? pickMonth(element, action, ctx) : undefined;
    if (action.op === 'choose' && isClickList(element)) return chooseInList(element, action, ctx);
    if (action.op === 'file') {
      // Whatever the plan says, a document goes only where Workable names that document.
      const wanted = action.role === 'resume' ? 'resume' : 'cover_letter';
      if (workableUiOf(element) !== wanted) return { status: 'failed', error: `not Workable's ${wanted} input` };
    }
    return undefined;
  },
};
