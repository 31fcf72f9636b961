import type { FieldOption, FieldOutcome, FillAction } from '../../core/types';
import { nextTask, pointerClick, pressKey, waitFor, whileInView } from '../../dom/events';
import type { FillContext } from '../../dom/fill';
import { cleanText, labelHints } from '../../dom/labels';
import { byIdInScope } from '../../dom/traverse';
import { isVisible } from '../../dom/visibility';
import type { ExtraField } from '../adapter';
import { cleanLabel } from './fields';

/**
 * The two lists on Workable's form that open on a click and commit on a click of an option:
 * - a question's dropdown: a box `[data-input-type="select"][data-ui=<question>]` holding a
 *   readonly combobox input, which opens `#input_<question>_listbox` and shows the chosen text,
 *   and a hidden input named after the question, which holds the chosen option's id;
 * - the phone's country (intl-tel-input): `.iti__selected-flag[role=combobox]`, which opens its
 *   `ul[role=listbox]` of countries and shows the chosen one in its title.
 * Neither takes typing, and the generic collector passes both by (a readonly input, a div).
 */
const BOX = '[data-input-type="select"][data-ui]';
const TRIGGER = 'input[role="combobox"]';
const PHONE_COUNTRY = '[data-ui="phone"] .iti__selected-flag[role="combobox"]';

type Choice = Extract<FillAction, { op: 'choose' }>;

interface Row {
  element: HTMLElement;
  option: FieldOption;
}

/** One of those lists: what opens it, how its options read, and whether the page took a pick. */
interface ClickList {
  trigger: HTMLElement;
  options(list: Element): Row[];
  took(picked: Row): boolean;
}

/** The dropdown a combobox input opens, if it is one of Workable's. */
function dropdownOf(element: Element): ClickList | null {
  if (!(element instanceof HTMLInputElement) || !element.matches(TRIGGER)) return null;
  const box = element.closest<HTMLElement>(BOX);
  if (!box) return null;
  const key = box.getAttribute('data-ui')!;
  const hidden = Array.from(box.querySelectorAll<HTMLInputElement>('input[name]')).find((input) => input.name === key);
  return {
    trigger: element,
    options: (list) =>
      rows(list, (option) => ({ value: option.getAttribute('value') ?? '', label: cleanLabel(option.textContent ?? '') })),
    // The input shows the option, and the hidden input holds its id.
    took: (picked) => cleanText(element.value) === picked.option.label && (!hidden || hidden.value !== ''),
  };
}

/** The country of the phone's dialling code, if the element is its picker. */
function phoneCountryOf(element: Element): ClickList | null {
  if (!element.matches(PHONE_COUNTRY)) return null;
  return {
    trigger: element as HTMLElement,
    // "United Kingdom" and "+44" in spans of their own: read as "United Kingdom +44".
    options: (list) =>
      rows(list, (option) => {
        const name = cleanText(option.querySelector('.iti__country-name')?.textContent);
        const code = cleanText(option.querySelector('.iti__dial-code')?.textContent);
        return { value: option.getAttribute('data-country-code') ?? name, label: [name, code].filter(Boolean).join(' ') };
      }),
    took: (picked) => picked.element.getAttribute('aria-selected') === 'true' && element.getAttribute('title') === cleanText(picked.element.querySelector('.iti__country-name')?.textContent),
  };
}

function rows(list: Element, read: (option: Element) => FieldOption): Row[] {
  return Array.from(list.querySelectorAll<HTMLElement>('[role="option"]'))
    .filter((element) => element.getAttribute('aria-disabled') !== 'true')
    .map((element) => ({ element, option: read(element) }))
    .filter(({ option }) => option.label !== '');
}

/** Whether the element opens one of Workable's click-to-pick lists. */
export function isClickList(element: Element): boolean {
  return !!(dropdownOf(element) ?? phoneCountryOf(element));
}

/**
 * The lists a person can use, as fields. A dropdown's value is what its input shows. The phone's
 * country counts as the applicant's once they have typed a number: until then it is the page's
 * guess from where they are.
 */
export function clickListFields(root: Document | Element): ExtraField[] {
  const dropdowns = Array.from(root.querySelectorAll<HTMLInputElement>(`${BOX} ${TRIGGER}`)).flatMap((trigger): ExtraField[] => {
    if (!dropdownOf(trigger) || trigger.disabled || !isVisible(trigger)) return [];
    const box = trigger.closest(BOX)!;
    const key = box.getAttribute('data-ui')!;
    const hidden = box.querySelector<HTMLInputElement>(`input[name="${CSS.escape(key)}"]`);
    const required = !!hidden?.required || trigger.getAttribute('aria-required') === 'true';
    return [
      {
        handle: { control: 'listbox-button', element: trigger },
        description: {
          name: key,
          htmlId: trigger.id,
          labels: [...new Set(labelHints(trigger).labels.map(cleanLabel).filter(Boolean))],
          currentValue: cleanText(trigger.value),
          ...(required ? { required } : {}),
        },
      },
    ];
  });
  const countries = Array.from(root.querySelectorAll<HTMLElement>(PHONE_COUNTRY)).flatMap((picker): ExtraField[] => {
    if (!isVisible(picker)) return [];
    const phone = picker.closest('[data-ui="phone"]')?.querySelector<HTMLInputElement>('input[type="tel"]');
    return [
      {
        handle: { control: 'listbox-button', element: picker },
        description: {
          labels: [cleanText(picker.getAttribute('aria-label'))].filter(Boolean),
          currentValue: phone?.value ? cleanText(picker.getAttribute('title')) : '',
        },
      },
    ];
  });
  return [...dropdowns, ...countries];
}

/**
 * Opens the list as a person does, clicks the option that means the answer, and checks that the
 * page took it. Without such an option, the list is closed and the field left as it was.
 */
export async function chooseInList(element: HTMLElement, action: Choice, ctx: FillContext): Promise<FieldOutcome> {
  const target = dropdownOf(element) ?? phoneCountryOf(element);
  if (!target) return { status: 'failed', error: 'not a Workable list' };
  const { trigger } = target;
  return whileInView(trigger, async () => {
    const listId = trigger.getAttribute('aria-controls') ?? trigger.getAttribute('aria-owns') ?? '';
    const openList = () => {
      const list = listId ? byIdInScope(trigger, listId) : null;
      return list && isVisible(list) && list.querySelector('[role="option"]') ? list : null;
    };
    if (!openList()) pointerClick(trigger);
    const list = await waitFor(openList, ctx.widgetTimeoutMs, trigger.ownerDocument);
    if (!list) return { status: 'failed', error: 'the list did not open' };
    const candidates = target.options(list);
    const best = await ctx.chooseOption(candidates.map((candidate) => candidate.option), { accept: action.accept, ...(action.meaning ? { meaning: action.meaning } : {}) });
    const picked = candidates.find((candidate) => candidate.option === best);
    if (!picked) {
      // Escape closes it; a list that stays open after the page's render is closed as it opened.
      pressKey(trigger, 'Escape');
      await nextTask();
      if (openList()) pointerClick(trigger);
      await nextTask();
      return { status: 'skipped', reason: 'no-matching-option' };
    }
    pointerClick(picked.element);
    await nextTask();
    return target.took(picked) ? { status: 'filled', value: picked.option.label } : { status: 'failed', error: 'the list did not take the choice' };
  });
}
