/**
 * Workday's stable hooks, in one place. Both generations of markup are listed: the older
 * data-automation-id names and today's `<section>--<field>` ids with formField-<field> wrappers.
 */
export const SEL = {
  fieldWrapper: '[data-automation-id^="formField-"]',
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
} as const;

/** data-automation-ids that name a kind of widget, not the question: the wrapper names the question. */
export const GENERIC_AUTOMATION_IDS = /^(searchBox|selectWidget|multiSelectContainer|multiselectInputContainer|dateSection(Month|Day|Year)-input|dateInputWrapper|file-upload-input-ref|file-upload-drop-zone|radioBtn|checkboxPanel)$/;
