import type { FieldOption, FieldOutcome, FillAction } from '../../core/types';
import { nextTask, pointerClick, pressKey, waitFor, whileInView } from '../../dom/events';
import type { FillContext } from '../../dom/fill';
import { cleanText, labelHints } from '../../dom/labels';
import { byIdInScope } from '../../dom/traverse';
import { isVisible } from '../../dom/visibility';
import type { ExtraField } from '../adapter';
import { cleanLabel } from './fields';

/**
 * Workable's dropdowns: a box `[data-input-type="select"][data-ui=<question>]` holding a readonly
 * combobox input, which opens `#input_<question>_listbox` on a click and shows the chosen text,
 * and a hidden input named after the question, which holds the chosen option's id. Typing does
 * nothing, and the value is committed only by a click on an option.
 */
const BOX = '[data-input-type="select"][data-ui]';
const TRIGGER = 'input[role="combobox"]';

type Choice = Extract<FillAction, { op: 'choose' }>;

/** The dropdown a combobox input opens, if it is one of Workable's. */
export function dropdownOf(element: Element): { box: HTMLElement; trigger: HTMLInputElement; hidden: HTMLInputElement | null } | null {
  if (!element.matches(TRIGGER)) return null;
  const box = element.closest<HTMLElement>(BOX);
  if (!box) return null;
  const key = box.getAttribute('data-ui')!;
  const hidden = Array.from(box.querySelectorAll<HTMLInputElement>('input[name]')).find((input) => input.name === key) ?? null;
  return { box, trigger: element as HTMLInputElement, hidden };
}

/**
 * The dropdowns a person can use, as fields: the generic collector passes their readonly input
 * by, as it should any other readonly box. The page's own value is what the input shows.
 */
export function dropdownFields(root: Document | Element): ExtraField[] {
  return Array.from(root.querySelectorAll<HTMLInputElement>(`${BOX} ${TRIGGER}`)).flatMap((trigger) => {
    const dropdown = dropdownOf(trigger);
    if (!dropdown || trigger.disabled || !isVisible(trigger)) return [];
    const key = dropdown.box.getAttribute('data-ui')!;
    const { labels } = labelHints(trigger);
    const required = !!dropdown.hidden?.required || trigger.getAttribute('aria-required') === 'true';
    return [
      {
        handle: { control: 'listbox-button', element: trigger },
        description: {
          name: key,
          htmlId: trigger.id,
          labels: [...new Set(labels.map(cleanLabel).filter(Boolean))],
          currentValue: cleanText(trigger.value),
          ...(required ? { required } : {}),
        },
      },
    ];
  });
}

function optionsIn(list: Element): { element: HTMLElement; option: FieldOption }[] {
  return Array.from(list.querySelectorAll<HTMLElement>('[role="option"]'))
    .filter((element) => element.getAttribute('aria-disabled') !== 'true')
    .map((element) => {
      const label = cleanLabel(element.textContent ?? '');
      return { element, option: { value: element.getAttribute('value') ?? label, label } };
    })
    .filter(({ option }) => option.label !== '');
}

/**
 * Opens the dropdown as a person does, clicks the option that means the answer, and checks that
 * the page took it: the input shows the option and the hidden input holds a value. Without such
 * an option, the list is closed and the question left as it was.
 */
export async function chooseInDropdown(trigger: HTMLInputElement, action: Choice, ctx: FillContext): Promise<FieldOutcome> {
  const dropdown = dropdownOf(trigger);
  if (!dropdown) return { status: 'failed', error: 'not a Workable dropdown' };
  return whileInView(trigger, async () => {
    const listId = trigger.getAttribute('aria-controls') ?? trigger.getAttribute('aria-owns') ?? '';
    const openList = () => {
      const list = listId ? byIdInScope(trigger, listId) : null;
      return list && isVisible(list) && list.querySelector('[role="option"]') ? list : null;
    };
    if (!openList()) pointerClick(trigger);
    const list = await waitFor(openList, ctx.widgetTimeoutMs, dropdown.box);
    if (!list) return { status: 'failed', error: 'the list did not open' };
    const candidates = optionsIn(list);
    const best = ctx.chooseOption(candidates.map((candidate) => candidate.option), action);
    const picked = candidates.find((candidate) => candidate.option === best);
    if (!picked) {
      pressKey(trigger, 'Escape');
      if (openList()) pointerClick(trigger);
      return { status: 'skipped', reason: 'no-matching-option' };
    }
    pointerClick(picked.element);
    await nextTask();
    const shows = cleanText(trigger.value) === picked.option.label;
    const holds = !dropdown.hidden || dropdown.hidden.value !== '';
    return shows && holds ? { status: 'filled', value: picked.option.label } : { status: 'failed', error: 'the list did not take the choice' };
  });
}
