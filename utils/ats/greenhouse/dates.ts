import type { FieldOutcome, FillAction } from '../../core/types';
import type { FieldHandle } from '../../dom/collect';
import { blur, nextTask, typeInto } from '../../dom/events';
import { performAction, type FillContext } from '../../dom/fill';
import { datePartId, newBoardDateParts } from './fields';

/**
 * New boards ask a school's or a job's date as a month react-select ("September") beside a year
 * text box: the month is chosen from the fixed list, the year typed.
 */

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export async function fillNewBoardDate(handle: FieldHandle, action: Extract<FillAction, { op: 'date' }>, ctx: FillContext): Promise<FieldOutcome | undefined> {
  const target = newBoardDateParts(handle);
  if (!target) return undefined;
  const doc = handle.element.ownerDocument;
  const filled: string[] = [];
  for (const part of target.parts) {
    const input = doc.getElementById(datePartId(target, part));
    if (!(input instanceof HTMLInputElement)) return { status: 'failed', error: `no ${part} box for this date` };
    const outcome = part === 'month' ? await chooseMonth(input, action, ctx) : await typeYear(input, action.value.year);
    if (outcome.status !== 'filled') return outcome;
    filled.push(outcome.value);
  }
  return { status: 'filled', value: filled.join(' ') };
}

async function chooseMonth(input: HTMLInputElement, action: Extract<FillAction, { op: 'date' }>, ctx: FillContext): Promise<FieldOutcome> {
  const month = action.value.month;
  const name = month === undefined ? undefined : MONTHS[month - 1];
  if (!name) return { status: 'skipped', reason: 'no-answer' };
  // The month list is fixed: opening it without typing shows every month.
  const handle: FieldHandle = { ref: input.id, control: 'combobox', element: input };
  return performAction(handle, { ref: input.id, kind: action.kind, op: 'choose', search: '', accept: [name], meaning: { type: 'text', value: name } }, ctx);
}

async function typeYear(input: HTMLInputElement, year: number): Promise<FieldOutcome> {
  const text = String(year);
  typeInto(input, text);
  blur(input);
  await nextTask();
  return input.value === text
    ? { status: 'filled', value: text }
    : { status: 'failed', error: `the page did not keep the year (it shows "${input.value}")` };
}
