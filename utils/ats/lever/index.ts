import { leverSite } from './site';
import type { Classification, FieldDescription } from '../../core/types';
import type { FieldHandle } from '../../dom/collect';
import { cleanText } from '../../dom/labels';
import type { AtsAdapter } from '../adapter';
import { answerDisability } from './eeo';
import { cardFieldOf, companyName, generalQuestion, isOpenLinkSlot, kindOfName, linkKindOfLabel, parseCardTemplate, type CardQuestion } from './fields';
import { chooseLocation, keepPick, locationSearchIn, locationSearchOf } from './location';
import { attachResume } from './resume';

/** Lever's hosted application: jobs.lever.co/<company>/<posting>/apply, and its EU twin. */

/** What annotate reads off the page for classify, which is given the field alone. JSON only. */
export interface LeverField extends FieldDescription {
  /** The field is the location search: its question holds the hidden selectedLocation only a picked suggestion fills. */
  leverLocationSearch?: boolean;
  /** A link slot whose name does not say what it holds ("urls[Other]"): the title the person reads above it. */
  leverLinkLabel?: string;
}

/** The question a person reads: the title of the question block, without the required marker. */
function questionText(element: Element): string | undefined {
  const title = element.closest('li.application-question')?.querySelector('.application-label');
  if (!title) return undefined;
  const clone = title.cloneNode(true) as Element;
  clone.querySelectorAll('.required, .eeo-more-info-button, svg').forEach((node) => node.remove());
  return cleanText(clone.textContent) || undefined;
}

function cardQuestion(element: HTMLElement, name: string | undefined): CardQuestion | undefined {
  const card = cardFieldOf(name);
  if (!card) return undefined;
  const template = Array.from(element.ownerDocument.querySelectorAll<HTMLInputElement>('input[type="hidden"][name$="[baseTemplate]"]')).find(
    (input) => input.name === `cards[${card.cardId}][baseTemplate]`,
  );
  return template ? parseCardTemplate(template.value)[card.index] : undefined;
}

/**
 * Standard fields sit in a <label> that also wraps their widget's status texts ("ATTACH RESUME/CV",
 * "No location found..."), so the label's own text is noise: the block title replaces it. Card
 * questions take the exact wording from the card's schema, plus the wording a saved answer would use.
 */
function labelsOf(field: FieldDescription, handle: FieldHandle): string[] {
  const element = handle.element;
  const title = questionText(element);
  const schema = cardQuestion(element, field.name)?.text;
  const wrapped = !!element.closest('label')?.querySelector('.application-label');
  const kept = wrapped && title ? field.labels.filter((label) => label === title || !label.startsWith(title)) : field.labels;
  const asked = schema || title;
  const company = companyName(element.ownerDocument.title, new URL(element.ownerDocument.URL));
  const general = asked ? generalQuestion(asked, company) : undefined;
  return [...new Set([schema, title, ...kept, general].filter((label): label is string => !!label))];
}

/** Where the job is, as the posting's header on the application page names it ("New York, NY"). */
function postingLocation(doc: Document): string | undefined {
  return cleanText(doc.querySelector('.posting-categories .location')?.textContent) || undefined;
}

export const lever: AtsAdapter = {
  ...leverSite,
  formRoot: (doc) => doc.querySelector('form#application-form'),

  classify(field: LeverField): Classification | undefined {
    if (field.leverLocationSearch) return { kind: 'location', confidence: 0.99, reason: 'lever: location search' };
    if (field.leverLinkLabel !== undefined) {
      // A slot that does not say what it is for is left, so no link lands where it was not asked.
      const kind = linkKindOfLabel(field.leverLinkLabel) ?? 'unknown';
      return { kind, confidence: kind === 'unknown' ? 1 : 0.99, reason: `lever: ${field.name} labelled "${field.leverLinkLabel}"` };
    }
    const kind = kindOfName(field.name);
    return kind ? { kind, confidence: 0.99, reason: `lever: ${field.name}` } : undefined;
  },

  annotate(field, handle) {
    const described: LeverField = { ...field, labels: labelsOf(field, handle) };
    if (isOpenLinkSlot(field.name)) described.leverLinkLabel = questionText(handle.element) ?? field.labels[0] ?? '';
    const question = cardQuestion(handle.element, field.name);
    if (question?.required) described.required = true;
    const jobLocation = postingLocation(handle.element.ownerDocument);
    if (jobLocation && !described.jobLocation) described.jobLocation = jobLocation;
    // A search that keeps only picked suggestions: a search-and-choose control, not free text.
    if (locationSearchOf(handle.element)) {
      described.leverLocationSearch = true;
      described.control = 'combobox';
      delete described.inputType;
    }
    return described;
  },

  performs: ['file', 'choose', 'select'],

  async perform(handle, action, ctx) {
    const element = handle.element;
    if (action.op === 'file' && element instanceof HTMLInputElement && element.name === 'resume') {
      const search = locationSearchIn(element.form ?? element.ownerDocument);
      const restorePick = search ? keepPick(search) : undefined;
      const outcome = await attachResume(element, ctx.documents.find((d) => d.role === action.role));
      restorePick?.();
      return outcome;
    }
    if (action.op === 'choose') {
      const search = locationSearchOf(element);
      if (search) return chooseLocation(search, action.accept[0] ?? action.search, action.search, ctx.widgetTimeoutMs);
    }
    if (action.op === 'select' && element instanceof HTMLSelectElement && element.name === 'eeo[disability]') {
      return answerDisability(handle, action, ctx);
    }
    return undefined;
  },
};
