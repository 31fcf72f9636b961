import { ashbySite } from './site';
import { isInput } from '../../dom/elements';
import type { AtsAdapter } from '../adapter';
import { ashbyExtraFields, annotateAshby, isIgnored } from './entries';
import { classifyAshby } from './fields';
import { answerYesNo, attachToField, chooseInDropdown, dropdownOf, isYesNo } from './widgets';

/**
 * Ashby's hosted application: jobs.ashbyhq.com/<company>/<posting>/application, a React page
 * with no <form> element. System fields are named by path (`_systemfield_name`, …), custom
 * questions by UUID; Yes/No questions are button pairs, long single choices are comboboxes with
 * a toggle, the location searches a geocoder, and an "Autofill from resume" parser sits above the
 * form beside the real resume field.
 */
export const ashby: AtsAdapter = {
  ...ashbySite,
  // The Application tab: the parser, the form's sections, the EEO survey and Submit are its children.
  formRoot: (doc) => {
    const form = doc.querySelector('.ashby-application-form-container');
    return form?.closest('[role="tabpanel"]') ?? form;
  },
  ignores: isIgnored,
  classify: classifyAshby,
  extraFields: ashbyExtraFields,
  annotate: annotateAshby,
  performs: ['check', 'choose', 'file'],
  async perform(handle, action, ctx) {
    if (action.op === 'file' && isInput(handle.element) && handle.element.type === 'file') return attachToField(handle.element, action, ctx);
    if (action.op === 'check' && isYesNo(handle.element)) return answerYesNo(handle.element, action.optionValues[0]);
    if (action.op === 'choose') {
      const dropdown = dropdownOf(handle.element);
      if (dropdown) return chooseInDropdown(dropdown, action, ctx);
    }
    return undefined;
  },
};
