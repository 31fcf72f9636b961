import type { FieldOption, FieldOutcome, FillAction, Meaning } from '../../core/types';
import { withoutAsides } from '../../core/normalize';
import { blur, nextTask, pointerClick, pressKey, typeInto, waitFor } from '../../dom/events';
import type { FillContext } from '../../dom/fill';
import { cleanText, ownText } from '../../dom/labels';
import { isVisible } from '../../dom/visibility';
import { SEL } from './selectors';

type Choose = Extract<FillAction, { op: 'choose' }>;
type Choice = { accept: string[]; meaning?: Meaning };

interface Row {
  element: HTMLElement;
  option: FieldOption;
  category: boolean;
}

/** Category depth Workday prompts use ("Job Board" > "LinkedIn"); deeper trees are left to the user. */
const MAX_DEPTH = 2;

export function promptOf(element: Element): HTMLElement | null {
  return element instanceof HTMLInputElement ? element.closest<HTMLElement>(SEL.prompt) : null;
}

/** The items a prompt holds, as its selectedItem pills show them. */
export function chosenItems(prompt: Element): string[] {
  return Array.from(prompt.querySelectorAll(SEL.selectedItem)).map((item) => {
    const label = item.querySelector(SEL.promptLabel);
    return cleanText(label?.getAttribute('data-automation-label') ?? label?.textContent ?? item.textContent);
  });
}

function popupOf(widget: HTMLElement): HTMLElement | null {
  const doc = widget.ownerDocument;
  const associated = widget.id ? doc.querySelector<HTMLElement>(SEL.promptPopup(widget.id)) : null;
  if (associated && isVisible(associated)) return associated;
  const controlled = widget.getAttribute('aria-controls');
  const popup = controlled ? doc.getElementById(controlled) : null;
  return popup && isVisible(popup) ? popup : null;
}

function rowsIn(popup: HTMLElement): Row[] {
  return Array.from(popup.querySelectorAll<HTMLElement>(SEL.promptOption))
    .filter((el) => el.getAttribute('aria-disabled') !== 'true' && !el.parentElement?.closest('[role="option"]'))
    .map((element) => {
      const labelled = element.querySelector(SEL.promptLabel);
      const label = cleanText(labelled?.getAttribute('data-automation-label') ?? labelled?.textContent) || ownText(element);
      return {
        element,
        option: { value: element.getAttribute('data-value') ?? label, label },
        category: element.matches(SEL.promptCategory) || !!element.querySelector(SEL.promptCategory),
      };
    })
    .filter((row) => row.option.label !== '');
}

/** The popup's rows once they differ from `before` (options load after a search or a click). */
function nextRows(widget: HTMLElement, before: readonly Row[], ctx: FillContext): Promise<Row[] | null> {
  return waitFor(() => {
    const popup = popupOf(widget);
    const rows = popup ? rowsIn(popup) : [];
    return rows.length && rows[0]!.element !== before[0]?.element ? rows : null;
  }, ctx.widgetTimeoutMs, widget.ownerDocument);
}

function currentRows(widget: HTMLElement): Row[] {
  const popup = popupOf(widget);
  return popup ? rowsIn(popup) : [];
}

/** Clicks the leaf that means the answer, descending into categories when no leaf shows. */
async function pickLeaf(widget: HTMLElement, rows: Row[], choice: Choice, ctx: FillContext, depth = 0): Promise<string | null> {
  const leaves = rows.filter((row) => !row.category);
  const best = ctx.chooseOption(leaves.map((row) => row.option), choice);
  const leaf = leaves.find((row) => row.option === best);
  if (leaf) {
    pointerClick(leaf.element);
    await nextTask();
    return leaf.option.label;
  }
  if (depth >= MAX_DEPTH) return null;
  for (const label of rows.filter((row) => row.category).map((row) => row.option.label)) {
    const category = currentRows(widget).find((row) => row.category && row.option.label === label);
    if (!category) return null;
    pointerClick(category.element);
    const inner = await nextRows(widget, currentRows(widget), ctx);
    if (!inner) return null;
    const found = await pickLeaf(widget, inner, choice, ctx, depth + 1);
    if (found) return found;
    const back = popupOf(widget)?.querySelector<HTMLElement>(SEL.promptBack);
    if (!back) return null;
    pointerClick(back);
    if (!(await nextRows(widget, inner, ctx))) return null;
  }
  return null;
}

/** Closes a prompt's popup the way a person does: a press outside it. */
function dismiss(input: HTMLInputElement): void {
  const body = input.ownerDocument.body;
  body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, view: input.ownerDocument.defaultView }));
  blur(input);
}

/** One search: type, Enter, wait for the results, choose; else browse the prompt's own list. */
async function chooseOne(widget: HTMLElement, input: HTMLInputElement, search: string, choice: Choice, ctx: FillContext): Promise<string | null> {
  const before = currentRows(widget);
  if (search) {
    typeInto(input, search);
    pressKey(input, 'Enter');
    const results = await nextRows(widget, before, ctx);
    const found = results ? await pickLeaf(widget, results, choice, ctx) : null;
    if (found) return found;
    typeInto(input, '');
  }
  pointerClick(input);
  const browsed = await nextRows(widget, currentRows(widget), ctx);
  return browsed ? pickLeaf(widget, browsed, choice, ctx) : null;
}

/**
 * The items a prompt is asked to hold. Skills and languages come as one list ("Go, Java");
 * a multi-select prompt takes each; languages drop their fluency ("English (Native speaker)").
 */
export function promptItems(action: Choose): { search: string; choice: Choice }[] {
  if (action.kind !== 'skills' && action.kind !== 'languages') {
    return [{ search: action.search, choice: { accept: action.accept, ...(action.meaning ? { meaning: action.meaning } : {}) } }];
  }
  const list = action.accept[0] ?? action.search;
  return list
    .split(/\s*[,;]\s*/)
    .map((item) => withoutAsides(item))
    .filter(Boolean)
    .map((item) => ({ search: item, choice: { accept: [item], meaning: { type: 'text', value: item } } }));
}

/** Operates a Workday prompt (multiSelectContainer); the result is read back from its pills. */
export async function fillPrompt(input: HTMLInputElement, action: Choose, ctx: FillContext): Promise<FieldOutcome> {
  const widget = promptOf(input)!;
  const chosen: string[] = [];
  for (const { search, choice } of promptItems(action)) {
    const held = chosenItems(widget).map((label) => ({ value: label, label }));
    if (ctx.chooseOption(held, choice)) continue;
    const found = await chooseOne(widget, input, search, choice, ctx);
    if (found) chosen.push(found);
  }
  if (popupOf(widget)) dismiss(input);
  else blur(input);
  await nextTask();
  const kept = chosen.filter((label) => chosenItems(widget).includes(label));
  if (kept.length) return { status: 'filled', value: kept.join(', ') };
  if (input.value) typeInto(input, '');
  return chosen.length
    ? { status: 'failed', error: 'the prompt did not keep the chosen item' }
    : { status: 'skipped', reason: 'no-matching-option' };
}

/** A dropdown button whose popup Workday renders at the end of the document. */
export async function fillListbox(button: HTMLElement, choice: Choice, ctx: FillContext): Promise<FieldOutcome> {
  // A trigger that would submit its form is opened from the keyboard instead, which never activates it.
  if (!pointerClick(button)) pressKey(button, 'ArrowDown');
  const options = await waitFor(() => {
    const popup = popupOf(button);
    const rows = popup ? rowsIn(popup) : [];
    return rows.length ? rows : null;
  }, ctx.widgetTimeoutMs, button.ownerDocument);
  const best = options ? ctx.chooseOption(options.map((row) => row.option), choice) : undefined;
  const row = options?.find((candidate) => candidate.option === best);
  if (!row) {
    pressKey(button, 'Escape');
    if (popupOf(button)) button.ownerDocument.body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    return { status: 'skipped', reason: 'no-matching-option' };
  }
  pointerClick(row.element);
  await nextTask();
  return cleanText(button.textContent) === row.option.label
    ? { status: 'filled', value: row.option.label }
    : { status: 'failed', error: 'the dropdown did not keep the choice' };
}
