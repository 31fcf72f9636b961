import type { FieldOption, FieldOutcome, FillAction, Meaning, OptionChoice } from '../../core/types';
import { withoutAsides } from '../../core/normalize';
import { blur, nextTask, pointerClick, pressKey, typeInto, waitFor, whileInView } from '../../dom/events';
import type { FillContext } from '../../dom/fill';
import { cleanText, ownText } from '../../dom/labels';
import { isVisible } from '../../dom/visibility';
import { clickTargetOf, nothingFoundIn } from './listbox';
import { SEL } from './selectors';

type Choose = Extract<FillAction, { op: 'choose' }>;
type Choice = OptionChoice;

interface Row {
  element: HTMLElement;
  option: FieldOption;
  category: boolean;
}

/** What a search or a click on a category brought: rows, or the prompt's word that it found nothing. */
type Results = Row[] | 'nothing';

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

/**
 * The prompt's popup: Workday ties it to the prompt's container by data-associated-widget (older
 * pages by aria-controls). Lists a multi-select prompt opened before may linger off-screen with
 * the same tie: the one a person sees is the one.
 */
function popupOf(widget: HTMLElement): HTMLElement | null {
  const doc = widget.ownerDocument;
  const associated = widget.id ? Array.from(doc.querySelectorAll<HTMLElement>(SEL.promptPopup(widget.id))).filter(isVisible).at(-1) : undefined;
  if (associated) return associated;
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

/**
 * What the popup shows now, as one element that a new answer replaces: its first row, or its
 * "No Items." message. Workday renders each answer afresh, so a new answer is a new element.
 */
function answerShown(widget: HTMLElement): Element | null {
  const popup = popupOf(widget);
  if (!popup) return null;
  return rowsIn(popup)[0]?.element ?? nothingFoundIn(popup);
}

/**
 * The popup's answer once it differs from `before`: rows, or "nothing" at once when the search
 * found nothing. A search is waited for until it answers, and no longer.
 */
function nextAnswer(widget: HTMLElement, before: Element | null, ctx: FillContext): Promise<Results | null> {
  return waitFor((): Results | null => {
    const shown = answerShown(widget);
    if (!shown || shown === before) return null;
    const rows = rowsIn(popupOf(widget)!);
    return rows.length ? rows : 'nothing';
  }, ctx.widgetTimeoutMs, widget.ownerDocument);
}

function currentRows(widget: HTMLElement): Row[] {
  const popup = popupOf(widget);
  return popup ? rowsIn(popup) : [];
}

/** Clicks the leaf that means the answer, descending into categories when no leaf shows. */
async function pickLeaf(widget: HTMLElement, rows: Row[], choice: Choice, ctx: FillContext, depth = 0): Promise<string | null> {
  const leaves = rows.filter((row) => !row.category);
  const best = await ctx.chooseOption(leaves.map((row) => row.option), choice);
  const leaf = leaves.find((row) => row.option === best);
  if (leaf) {
    pointerClick(clickTargetOf(leaf.element));
    await nextTask();
    return leaf.option.label;
  }
  if (depth >= MAX_DEPTH) return null;
  for (const label of rows.filter((row) => row.category).map((row) => row.option.label)) {
    const category = currentRows(widget).find((row) => row.category && row.option.label === label);
    if (!category) return null;
    const shown = answerShown(widget);
    pointerClick(clickTargetOf(category.element));
    const inner = await nextAnswer(widget, shown, ctx);
    if (!inner) return null;
    const found = inner === 'nothing' ? null : await pickLeaf(widget, inner, choice, ctx, depth + 1);
    if (found) return found;
    const back = popupOf(widget)?.querySelector<HTMLElement>(SEL.promptBack);
    if (!back) return null;
    const inside = answerShown(widget);
    pointerClick(back);
    if (!(await nextAnswer(widget, inside, ctx))) return null;
  }
  return null;
}

/** Closes a prompt's popup the way a person does: a press outside it. */
function dismiss(input: HTMLInputElement): void {
  const body = input.ownerDocument.body;
  body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, view: input.ownerDocument.defaultView }));
  blur(input);
}

/** What browsing a prompt's own list showed: a tree of categories, or its items (a flat list). */
type Browsed = 'categories' | 'items';

/**
 * One search: type, Enter, wait for the results, choose; else browse the prompt's own list (a
 * prompt of categories searches only the level it shows: "LinkedIn" is under "Job Board"). A
 * flat list holds nothing its search did not find: once browsing shows one, it is not browsed again.
 */
async function chooseOne(
  widget: HTMLElement,
  input: HTMLInputElement,
  search: string,
  choice: Choice,
  ctx: FillContext,
  browsed: { list?: Browsed },
): Promise<string | null> {
  if (search) {
    const shown = answerShown(widget);
    typeInto(input, search);
    pressKey(input, 'Enter');
    const results = await nextAnswer(widget, shown, ctx);
    const found = results && results !== 'nothing' ? await pickLeaf(widget, results, choice, ctx) : null;
    if (found) return found;
    typeInto(input, '');
    if (browsed.list === 'items') return null;
  }
  const shown = answerShown(widget);
  pointerClick(input);
  const rows = await nextAnswer(widget, shown, ctx);
  if (!rows || rows === 'nothing') return null;
  browsed.list = rows.some((row) => row.category) ? 'categories' : 'items';
  return pickLeaf(widget, rows, choice, ctx);
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
export function fillPrompt(input: HTMLInputElement, action: Choose, ctx: FillContext): Promise<FieldOutcome> {
  // The popup opens under the search box, fixed to the window: a person has the box in view.
  return whileInView(input, () => chooseInPrompt(input, action, ctx));
}

async function chooseInPrompt(input: HTMLInputElement, action: Choose, ctx: FillContext): Promise<FieldOutcome> {
  const widget = promptOf(input)!;
  const chosen: string[] = [];
  const browsed: { list?: Browsed } = {};
  for (const { search, choice } of promptItems(action)) {
    const held = chosenItems(widget).map((label) => ({ value: label, label }));
    if (await ctx.chooseOption(held, choice)) continue;
    const found = await chooseOne(widget, input, search, choice, ctx, browsed);
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
