import type { FieldOption, FieldOutcome } from '../../core/types';
import { pointerClick } from '../../dom/events';
import { cleanText, labelHints, ownText } from '../../dom/labels';
import { allElements } from '../../dom/traverse';
import { isVisible } from '../../dom/visibility';
import type { ExtraField } from '../adapter';

/**
 * SmartRecruiters' screening questions answered by choosing: <spl-radio-group> holding painted
 * <spl-radio role="radio" aria-checked> elements, with no native radio anywhere. The collector,
 * which reads native controls, never sees them; they are found here and clicked as a person
 * clicks a radio.
 */

const GROUP = 'spl-radio-group';
const RADIO = ':scope > [role="radio"]';

function radiosOf(group: Element): HTMLElement[] {
  return Array.from(group.querySelectorAll<HTMLElement>(RADIO));
}

/** What a radio says: its label attribute, which the component paints, else its text. */
function radioLabel(radio: Element): string {
  return cleanText(radio.getAttribute('label')) || ownText(radio);
}

function radioValue(radio: Element): string {
  return radio.getAttribute('value') ?? radioLabel(radio);
}

const isDisabled = (element: Element) => element.hasAttribute('disabled') || element.getAttribute('aria-disabled') === 'true';

/** The question: the radiogroup the component renders is labelled by its slotted caption. */
function questionOf(group: Element): string[] {
  const rendered = group.shadowRoot?.querySelector<HTMLElement>('[role="radiogroup"]');
  return rendered ? labelHints(rendered).labels : [];
}

/** Every painted radio group a person can answer: visible, enabled, with distinct choices. */
export function radioGroupFields(root: Document | Element): ExtraField[] {
  const fields: ExtraField[] = [];
  for (const group of allElements(root)) {
    if (group.localName !== GROUP) continue;
    const radios = radiosOf(group);
    if (!radios.length || isDisabled(group) || !radios.every((radio) => !isDisabled(radio) && isVisible(radio))) continue;
    const options: FieldOption[] = radios.map((radio) => ({ value: radioValue(radio), label: radioLabel(radio) }));
    if (new Set(options.map((option) => option.value)).size !== options.length) continue;
    const labels = questionOf(group);
    if (!labels.length) continue;
    const checked = radios.find((radio) => radio.getAttribute('aria-checked') === 'true');
    const required = group.hasAttribute('required') || group.shadowRoot?.querySelector('[aria-required="true"]') !== null;
    fields.push({
      handle: { control: 'radio-group', element: group as HTMLElement, seenBy: radios },
      description: { labels, options, currentValue: checked ? radioValue(checked) : '', ...(group.id ? { htmlId: group.id } : {}), ...(required ? { required } : {}) },
    });
  }
  return fields;
}

export function isPaintedRadioGroup(element: Element): boolean {
  return element.localName === GROUP;
}

/** Clicks the radio of the planned choice and checks that the group shows it chosen. */
export function checkPaintedRadio(group: Element, values: readonly string[]): FieldOutcome {
  const radio = radiosOf(group).find((candidate) => values.includes(radioValue(candidate)));
  if (!radio) return { status: 'skipped', reason: 'no-matching-option' };
  if (radio.getAttribute('aria-checked') !== 'true') pointerClick(radio);
  return radio.getAttribute('aria-checked') === 'true'
    ? { status: 'filled', value: radioLabel(radio) }
    : { status: 'failed', error: 'the choice did not stay selected' };
}
