import type { FieldOption, FieldOutcome, FillAction } from '../../core/types';
import { isElement, isSelect } from '../../dom/elements';
import { nextTask, pointerClick, waitFor, whileInView } from '../../dom/events';
import type { FillContext } from '../../dom/fill';
import { cleanText, labelHints } from '../../dom/labels';
import { sectionPass } from '../../dom/section';
import { allElements } from '../../dom/traverse';
import { isVisible } from '../../dom/visibility';
import type { ExtraField } from '../adapter';

/**
 * iCIMS's own dropdown (icimsDropdown.js): the select the server renders is hidden
 * (dropdown-hide) and drawn as an anchor, `<id>_icimsDropdown` (role=combobox, no aria-controls),
 * showing the choice in `<id>_fakeSelected_icimsDropdown`; its list, `<id>_dropdown-results`,
 * sits in a closed `<id>_icimsDropdown_ctnr` with a search box. A press on the anchor opens it;
 * options arrive from the server 25 at a time, more as the list is scrolled; a click on an option
 * commits it into the select.
 */
export const ICIMS_DROPDOWN = 'select[icimsdropdown-enabled="1"]';

type Choice = Pick<Extract<FillAction, { op: 'choose' }>, 'accept' | 'meaning'>;

interface Parts {
  select: HTMLSelectElement;
  anchor: HTMLElement;
  container: HTMLElement;
  list: HTMLElement;
}

/** The widget drawn for a select, when the library drew one. */
export function partsOf(select: HTMLSelectElement): Parts | null {
  const doc = select.ownerDocument;
  const anchor = doc.getElementById(`${select.id}_icimsDropdown`);
  const container = doc.getElementById(`${select.id}_icimsDropdown_ctnr`);
  const list = doc.getElementById(`${select.id}_dropdown-results`);
  if (!isElement(anchor) || !isElement(container) || !isElement(list)) return null;
  return { select, anchor, container, list };
}

/** The select an anchor stands for. */
export function selectOf(anchor: HTMLElement): HTMLSelectElement | null {
  const id = /^(.*)_icimsDropdown$/.exec(anchor.id)?.[1];
  const select = id ? anchor.ownerDocument.getElementById(id) : null;
  return isSelect(select) ? select : null;
}

/** What the dropdown holds: the chosen option's text; a placeholder ("Please select a country", value -999) is nothing. */
export function chosenText(select: HTMLSelectElement): string {
  const option = select.selectedOptions[0];
  return option && option.value !== '' && option.value !== '-999' ? cleanText(option.text) : '';
}

/** Each drawn dropdown a person can see, as a field the collector cannot reach (its select is hidden by design). */
export function dropdownFields(root: Document | Element): ExtraField[] {
  const fields: ExtraField[] = [];
  const sectionOf = sectionPass();
  for (const node of allElements(root)) {
    if (!isSelect(node) || !node.matches(ICIMS_DROPDOWN)) continue;
    const parts = partsOf(node);
    if (!parts || !isVisible(parts.anchor)) continue;
    const required = parts.anchor.getAttribute('aria-required') === 'true' || node.getAttribute('i_required') === 'true';
    fields.push({
      handle: { control: 'listbox-button', element: parts.anchor },
      description: {
        ...(node.name ? { name: node.name } : {}),
        htmlId: node.id,
        ...labelHints(node),
        ...sectionOf(node),
        ...(required ? { required } : {}),
        currentValue: chosenText(node),
      },
    });
  }
  return fields;
}

const isOpen = (parts: Parts) => parts.anchor.getAttribute('aria-expanded') === 'true' && isVisible(parts.container);

/** The options the list shows now (the placeholder, index -1, is none). */
function shownOptions(parts: Parts): { element: HTMLElement; option: FieldOption }[] {
  return Array.from(parts.list.querySelectorAll<HTMLElement>('li.result-selectable'))
    .filter((li) => Number(li.getAttribute('dropdown-index')) >= 0)
    .map((element) => {
      const label = cleanText(element.getAttribute('title') ?? element.textContent);
      return { element, option: { value: element.getAttribute('dropdown-index')!, label } };
    });
}

const saysNothingFound = (parts: Parts) => !!parts.list.querySelector('li.result-unselectable');

/** The list has its answer: options, or its "No Results". */
function answered(parts: Parts): boolean {
  return shownOptions(parts).length > 0 || saysNothingFound(parts);
}

/** Scrolls the list to its end, as a person does to see more; resolves whether more options came. */
async function showMore(parts: Parts, ctx: FillContext): Promise<boolean> {
  const before = shownOptions(parts).length;
  parts.list.scrollTop = parts.list.scrollHeight;
  parts.list.dispatchEvent(new Event('scroll'));
  return !!(await waitFor(() => shownOptions(parts).length > before, ctx.widgetTimeoutMs, parts.list));
}

/** Looks through the list page by page for the option that means the answer. */
async function findOption(parts: Parts, choice: Choice, ctx: FillContext): Promise<HTMLElement | undefined> {
  for (let page = 0; page < 40; page++) {
    const shown = shownOptions(parts);
    const best = await ctx.chooseOption(shown.map((row) => row.option), choice);
    if (best) return shown.find((row) => row.option === best)?.element;
    if (!(await showMore(parts, ctx))) return undefined;
  }
  return undefined;
}

/** Closes a list left open without a pick, as a person's press elsewhere does. */
function close(parts: Parts): void {
  if (!isOpen(parts)) return;
  const view = parts.anchor.ownerDocument.defaultView;
  parts.anchor.ownerDocument.body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, view }));
}

/**
 * Picks in an iCIMS dropdown as a person does: open it, look through what it offers, scrolling
 * for more, click the option that means the answer, and check that the select holds it and the
 * anchor shows it. The search box is left alone: scrolling reaches every option of every list
 * (School has no search box at all), while whether typed keys make the server search is reported
 * both ways (SOURCES.md), and a short answer ("NY") would search for the wrong words.
 */
export function chooseInDropdown(anchor: HTMLElement, choice: Choice, ctx: FillContext): Promise<FieldOutcome> {
  const select = selectOf(anchor);
  const parts = select ? partsOf(select) : null;
  if (!parts) return Promise.resolve({ status: 'failed', error: 'the dropdown has no list' });
  return whileInView(anchor, async () => {
    if (!isOpen(parts)) pointerClick(anchor);
    if (!(await waitFor(() => isOpen(parts) && answered(parts), ctx.widgetTimeoutMs, parts.container))) {
      close(parts);
      return { status: 'failed', error: 'the dropdown did not open' };
    }
    const option = await findOption(parts, choice, ctx);
    if (!option) {
      close(parts);
      return { status: 'skipped', reason: 'no-matching-option' };
    }
    const label = cleanText(option.getAttribute('title') ?? option.textContent);
    pointerClick(option);
    await nextTask();
    const shown = cleanText(parts.anchor.ownerDocument.getElementById(`${parts.select.id}_fakeSelected_icimsDropdown`)?.textContent);
    return chosenText(parts.select) === label && shown === label
      ? { status: 'filled', value: label }
      : { status: 'failed', error: 'the dropdown did not keep the choice' };
  });
}
