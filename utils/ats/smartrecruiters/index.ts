import { smartrecruitersSite } from './site';
import type { FieldOutcome, FillAction } from '../../core/types';
import type { FieldHandle } from '../../dom/collect';
import type { FillContext } from '../../dom/fill';
import type { AtsAdapter } from '../adapter';
import { annotateField, classifyField } from './fields';
import { chooseInAutocomplete, isSplAutocomplete } from './autocomplete';
import { checkPaintedRadio, isPaintedRadioGroup, radioGroupFields } from './questions';

/**
 * SmartRecruiters' one-click application (jobs.smartrecruiters.com/oneclick-ui/company/<company>/
 * publication/<uuid>): an Angular app of light-DOM components around spl-* web components, each
 * control inside open shadow roots, in a wizard whose screening questions render only after the
 * user presses Next (Applyfill never does). That step has a step key of its own, so it fills as it
 * renders when the user's first fill left step filling on, or when they press Autofill there.
 */


async function perform(handle: FieldHandle, action: FillAction, ctx: FillContext): Promise<FieldOutcome | undefined> {
  if (action.op === 'check' && isPaintedRadioGroup(handle.element)) return checkPaintedRadio(handle.element, action.optionValues);
  if (action.op === 'choose' && isSplAutocomplete(handle.element)) return chooseInAutocomplete(handle.element, action, ctx);
  return undefined;
}

export const smartrecruiters: AtsAdapter = {
  ...smartrecruitersSite,
  // The one-click form; the posting pages on the same host hold no application.
  formRoot: (doc) => doc.querySelector('oc-oneclick-form'),
  classify: classifyField,
  annotate: annotateField,
  extraFields: radioGroupFields,
  performs: ['check', 'choose'],
  perform,
};
