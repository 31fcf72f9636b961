import type { FieldOutcome, FillAction } from '../../core/types';
import type { FieldHandle } from '../../dom/collect';
import { isInput } from '../../dom/elements';
import type { FillContext } from '../../dom/fill';
import { labelHints } from '../../dom/labels';
import { searchInSelect2, selectWidgetOf } from '../../dom/selectWidgets';
import { isFillable } from '../../dom/visibility';
import type { ExtraField } from '../adapter';

/**
 * The school on classic boards: a hidden input holding the school's id, drawn by select2 3 as a
 * search over Greenhouse's list of schools (fetched from its data-url as the person types). The
 * collector skips hidden inputs, so the adapter presents each one whose widget shows, as that
 * widget: it is what the person sees, and what an outline for "needs you" must go round.
 */

const SCHOOL_NAME = 'job_application[educations][][school_name_id]';
/** A remote search answers over the network: longer than a widget's own options take to show. */
const SEARCH_TIMEOUT_MS = 8_000;

export function classicSchoolFields(root: Document | Element): ExtraField[] {
  return Array.from(root.querySelectorAll<HTMLInputElement>(`input[type="hidden"][name="${SCHOOL_NAME}"]`)).flatMap((input) => {
    const widget = selectWidgetOf(input);
    if (widget?.kind !== 'select2-3' || !isFillable(input)) return [];
    return [{
      handle: { control: 'combobox', element: widget.container, seenBy: [input] },
      description: { name: input.name, ...(input.id ? { htmlId: input.id } : {}), ...labelHints(input), currentValue: input.value },
    }];
  });
}

/** The hidden input a select2 3 container stands for: select2 names the container "s2id_" + its id. */
function inputOf(container: HTMLElement): HTMLInputElement | undefined {
  const input = container.id.startsWith('s2id_') ? container.ownerDocument.getElementById(container.id.slice('s2id_'.length)) : null;
  return isInput(input) && input.type === 'hidden' && input.name === SCHOOL_NAME ? input : undefined;
}

/** Searches the school list for the profile's school and picks the result that means it, if one does. */
export async function chooseSchool(handle: FieldHandle, action: Extract<FillAction, { op: 'choose' }>, ctx: FillContext): Promise<FieldOutcome | undefined> {
  const input = inputOf(handle.element);
  if (!input) return undefined;
  const choice = { accept: action.accept, ...(action.meaning ? { meaning: action.meaning } : {}) };
  return searchInSelect2(input, action.search, (options) => ctx.chooseOption(options, choice), Math.max(ctx.widgetTimeoutMs, SEARCH_TIMEOUT_MS));
}
