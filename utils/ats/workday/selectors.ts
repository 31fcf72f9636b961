/**
 * Workday's stable hooks, in one place. Both generations of markup are listed: the older
 * data-automation-id names and today's `<section>--<field>` ids with formField-<field> wrappers.
 */
export const SEL = {
  /** A question's wrapper, named after it; the resume's wrapper is a bare "formField-" that names nothing. */
  fieldWrapper: '[data-automation-id^="formField-"]:not([data-automation-id="formField-"])',
  prompt: '[data-automation-id="multiSelectContainer"]',
  promptPopup: (widgetId: string) => `[data-associated-widget="${CSS.escape(widgetId)}"]`,
  promptOption: '[data-automation-id="menuItem"], [role="option"]',
  promptLabel: '[data-automation-id="promptOption"]',
  /** A category row: it opens a list of its own instead of choosing a value. */
  promptCategory: '[data-uxi-multiselectlistitem-hassidecharm="true"]',
  promptBack: '[data-automation-id="backButton"]',
  selectedItem: '[data-automation-id="selectedItem"]',
  addButton: 'button[data-automation-id="add-button"], button[data-automation-id="Add"], button[data-automation-id="Add Another"]',
  activeStep: '[data-automation-id="progressBarActiveStep"]',
  stepHeading: '[data-automation-id^="applyFlow"] h2, [data-automation-id="applyFlowPage"] h3',
  heading: 'h2, h3, h4, h5, [role="heading"]',
  listbox: '[role="listbox"]',
  option: '[role="option"]',
  /** The resume uploader's list of files, one item each, with its name and how the upload went. */
  uploadItem: '[data-automation-id="file-upload-item"]',
  uploadItemName: '[data-automation-id="file-upload-item-name"]',
  uploadSucceeded: '[data-automation-id="file-upload-successful"]',
  uploadFailed: '[data-automation-id="file-upload-failed"]',
  uploadInput: 'input[data-automation-id="file-upload-input-ref"]',
} as const;

/** data-automation-ids that name a kind of widget, not the question: the wrapper names the question. */
export const GENERIC_AUTOMATION_IDS = /^(searchBox|selectWidget|multiSelectContainer|multiselectInputContainer|dateSection(Month|Day|Year)-input|dateInputWrapper|file-upload-input-ref|file-upload-drop-zone|radioBtn|checkboxPanel)$/;
