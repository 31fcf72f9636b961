import type { Classification, FieldDescription } from '../../core/types';
import type { FieldHandle } from '../../dom/collect';
import { cleanText } from '../../dom/labels';
import type { AtsAdapter } from '../adapter';
import { cardFieldOf, companyName, generalQuestion, kindOfName, parseCardTemplate, type CardQuestion } from './fields';
import { chooseLocation, isLocationTypeahead } from './location';
import { attachResume } from './resume';

/** Lever's hosted application: jobs.lever.co/<company>/<posting>/apply, and its EU twin. */
const HOSTS = /^jobs(\.eu)?\.lever\.co$/;

/** What annotate reads off the page for classify, which is given the field alone. */
export interface LeverField extends FieldDescription {
  /** Set on the "Other" link slot: whether the form also has a Portfolio slot. */
  formHasPortfolioSlot?: boolean;
}

/** The question a person reads: the title of the question block, without the required marker. */
function questionText(element: Element): string | undefined {
  const title = element.closest('li.application-question')?.querySelector('.application-label');
  if (!title) return undefined;
  const clone = title.cloneNode(true) as Element;
  clone.querySelectorAll('.required, .eeo-more-info-button, svg, .eeo-expandable-description').forEach((node) => node.remove());
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

export const lever: AtsAdapter = {
  id: 'lever',
  name: 'Lever',
  matches: (url) => HOSTS.test(url.hostname),
  formRoot: (doc) => doc.querySelector('form#application-form'),

  classify(field: LeverField): Classification | undefined {
    const kind = kindOfName(field.name, field.formHasPortfolioSlot ?? false);
    if (!kind) return undefined;
    return { kind, confidence: kind === 'unknown' ? 1 : 0.99, reason: `lever: ${field.name}` };
  },

  annotate(field, handle) {
    const described: LeverField = { ...field, labels: labelsOf(field, handle) };
    if (field.name === 'urls[Other]') {
      const form = handle.element.closest('form') ?? handle.element.ownerDocument;
      described.formHasPortfolioSlot = !!form.querySelector('[name="urls[Portfolio]"]');
    }
    const question = cardQuestion(handle.element, field.name);
    if (question?.required) described.required = true;
    // A typeahead that keeps only picked suggestions: a search-and-choose control, not free text.
    if (isLocationTypeahead(handle.element)) {
      described.control = 'combobox';
      delete described.inputType;
    }
    return described;
  },

  async perform(handle, action, ctx) {
    if (action.op === 'file' && handle.element instanceof HTMLInputElement && handle.element.name === 'resume') {
      return attachResume(handle.element, ctx.documents.find((d) => d.role === action.role));
    }
    if (isLocationTypeahead(handle.element) && (action.op === 'choose' || action.op === 'text')) {
      const wanted = action.op === 'text' ? action.value : (action.accept[0] ?? action.search);
      return chooseLocation(handle.element, wanted, ctx.widgetTimeoutMs);
    }
    return undefined;
  },
};
