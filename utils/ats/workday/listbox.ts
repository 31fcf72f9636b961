import type { FieldOption, FieldOutcome, Meaning, OptionChoice } from '../../core/types';
import { pointerClick, pressKey, waitFor, whileInView } from '../../dom/events';
import type { FillContext } from '../../dom/fill';
import { cleanText, ownText } from '../../dom/labels';
import { isVisible } from '../../dom/visibility';
import { SEL } from './selectors';

type Choice = OptionChoice;

interface Row {
  element: HTMLElement;
  option: FieldOption;
}

/** A popup that says it found nothing ("No Items."): waiting longer would not change it. */
const NOTHING_FOUND = /^(no (items|options|results|matches)( found)?|nothing found)\.?$/i;
const NO_OPTIONS = Symbol('no options');

/** The element in a popup that says it found nothing, if it says so. */
export function nothingFoundIn(popup: Element): Element | null {
  return [popup, ...Array.from(popup.querySelectorAll('*'))].find((el) => el.childElementCount === 0 && NOTHING_FOUND.test(cleanText(el.textContent))) ?? null;
}

/**
 * Where a person's click on a row lands: on its label, the innermost part. Workday listens on
 * the row's leaf (promptLeafNode); a click there reaches the row's own listeners too.
 */
export function clickTargetOf(row: HTMLElement): HTMLElement {
  return row.querySelector<HTMLElement>('[data-automation-id="promptLeafNode"]') ?? row.querySelector<HTMLElement>(SEL.promptLabel) ?? row;
}

/** The listboxes a person sees now. */
function openListboxes(doc: Document): Set<Element> {
  return new Set(Array.from(doc.querySelectorAll(SEL.listbox)).filter(isVisible));
}

/**
 * The popup this click opened. Today's "Select One" buttons do not name their popup (no
 * aria-controls, no data-associated-widget): Workday appends it to the end of the body when the
 * button opens, so it is the newest visible listbox among those that were not open before.
 * Lists left open by other widgets, or left behind off-screen, are not it.
 */
function popupOpenedSince(doc: Document, before: ReadonlySet<Element>): HTMLElement | null {
  const opened = Array.from(doc.querySelectorAll<HTMLElement>(SEL.listbox)).filter((list) => !before.has(list) && isVisible(list));
  return opened.at(-1) ?? null;
}

/** The choices a popup offers, by what a person reads (Workday also labels them in data-automation-label). */
function optionRows(popup: Element): Row[] {
  return Array.from(popup.querySelectorAll<HTMLElement>(SEL.option))
    .filter((el) => el.getAttribute('aria-disabled') !== 'true' && !el.parentElement?.closest(SEL.option))
    .map((element) => {
      const labelled = element.querySelector(SEL.promptLabel);
      const label = cleanText(labelled?.getAttribute('data-automation-label') ?? labelled?.textContent) || ownText(element);
      return { element, option: { value: element.getAttribute('data-value') ?? label, label } };
    })
    .filter((row) => row.option.label !== '');
}

/** The options once they are all there: a popup first renders empty while Workday fetches them. */
function offered(popup: HTMLElement | null): Row[] | typeof NO_OPTIONS | null {
  if (!popup) return null;
  const rows = optionRows(popup);
  if (rows.length) return rows;
  return nothingFoundIn(popup) ? NO_OPTIONS : null;
}

/**
 * Closes a popup a failed choice left open, as a person does: Escape, and if the popup stays,
 * a press outside it.
 */
function closePopup(button: HTMLElement, popup: HTMLElement | null): void {
  if (!popup?.isConnected || !isVisible(popup)) return;
  const doc = button.ownerDocument;
  pressKey((doc.activeElement as HTMLElement | null) ?? button, 'Escape');
  if (popup.isConnected && isVisible(popup)) {
    doc.body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, view: doc.defaultView }));
  }
}

const shows = (button: HTMLElement, label: string) => cleanText(button.textContent) === label;

/**
 * A "Select One" dropdown: open it, find the popup this click opened, choose the option that
 * means the answer, and check that the button shows it. A popup whose options are all there and
 * none means the answer is a miss at once; only options still on their way are waited for.
 */
export function fillListbox(button: HTMLElement, choice: Choice, ctx: FillContext): Promise<FieldOutcome> {
  // The popup opens where the button is, fixed to the window: a person has the button in view.
  return whileInView(button, () => chooseInListbox(button, choice, ctx));
}

async function chooseInListbox(button: HTMLElement, choice: Choice, ctx: FillContext): Promise<FieldOutcome> {
  const doc = button.ownerDocument;
  const before = openListboxes(doc);
  // A trigger that would submit its form is opened from the keyboard instead, which never activates it.
  if (!pointerClick(button)) pressKey(button, 'ArrowDown');
  let popup: HTMLElement | null = null;
  const rows = await waitFor(() => offered((popup = popupOpenedSince(doc, before))), ctx.widgetTimeoutMs, doc);
  if (!rows) {
    closePopup(button, popup);
    return { status: 'failed', error: popup ? 'the dropdown offered no options' : 'the dropdown did not open' };
  }
  const best = rows === NO_OPTIONS ? undefined : await ctx.chooseOption(rows.map((row) => row.option), choice);
  const row = rows === NO_OPTIONS ? undefined : rows.find((candidate) => candidate.option === best);
  if (!row) {
    closePopup(button, popup);
    return { status: 'skipped', reason: 'no-matching-option' };
  }
  pointerClick(clickTargetOf(row.element));
  if (await waitFor(() => shows(button, row.option.label), ctx.widgetTimeoutMs, doc)) return { status: 'filled', value: row.option.label };
  closePopup(button, popup);
  return { status: 'failed', error: 'the dropdown did not keep the choice' };
}
