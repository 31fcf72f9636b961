import { allElements } from '../dom/traverse';

/** What a person fills in: text, choices and the widgets sites draw for them; never a submit or reset button. */
const CONTROLS = [
  'input:not([type="hidden" i], [type="submit" i], [type="button" i], [type="reset" i], [type="image" i])',
  'select',
  'textarea',
  '[role="combobox"]',
  '[role="listbox"]',
  '[role="radiogroup"]',
  '[role="textbox"]',
  'button[aria-haspopup="listbox"]',
].join(', ');

/**
 * How many enabled controls the page shows, counting up to `enough`: whether a form is there,
 * told cheaply enough to ask after every change the page makes. It only decides whether the button
 * appears; what a fill touches is decided by the collector, with every visibility rule, once the
 * user reaches for it.
 */
export function shownControlCount(doc: Document, enough: number): number {
  let count = 0;
  for (const element of allElements(doc)) {
    if (!element.matches(CONTROLS) || (element as HTMLInputElement).disabled || element.closest('[role="search"]')) continue;
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    if (++count >= enough) break;
  }
  return count;
}
