import { expect, test, type Page } from '@playwright/test';
import { scriptOf } from './bundle';

/**
 * Undo's hand on Greenhouse's repeated sections, in real Chromium: an entry the fill added is
 * taken away only with that entry's own remove control ("Remove education" / "Remove employment"
 * on new boards, `a.remove-background-field` on classic ones), pressed as a person would; never
 * the first entry, never another control, never one that would submit.
 */
let bundled: Promise<string> | undefined;
const entriesBundle = () => (bundled ??= scriptOf("export { removeEntry } from './utils/ats/greenhouse/entries';", 'GreenhouseEntries'));

interface PageGlobals {
  GreenhouseEntries: typeof import('../../utils/ats/greenhouse/entries');
  pressed: string[];
  submitted?: boolean;
}
declare const window: Window & PageGlobals;

/** Every press on a button or link is logged by its name; a remove control takes its entry away. */
const SCRIPT = `<script>
  window.pressed = [];
  document.addEventListener('click', (event) => {
    const control = event.target.closest('button, a');
    if (!control) return;
    window.pressed.push(control.getAttribute('aria-label') || control.textContent.trim());
    if (control.matches('[data-removes], a.remove-background-field')) {
      event.preventDefault();
      control.closest('.education--form, .employment--form, .education').remove();
    }
  });
  document.querySelector('form')?.addEventListener('submit', (event) => { event.preventDefault(); window.submitted = true; });
</script>`;

const NEW_BOARD = `<form>
  <div class="employment--container"><div id="jobs">
    <div class="employment--form" id="job-0"><div class="employment--header"><button type="button" aria-label="Remove employment" data-removes>×</button></div>
      <label for="company-name-0">Company name</label><input id="company-name-0"></div>
    <div class="employment--form" id="job-1"><div class="employment--header"><button type="button" aria-label="Remove employment" data-removes>×</button></div>
      <label for="company-name-1">Company name</label><input id="company-name-1"></div>
  </div><button type="button">+ Add another</button></div>
  <div class="education--container"><div id="schools">
    <div class="education--form" id="school-0"><label for="school--0">School</label><input id="school--0"></div>
    <div class="education--form" id="school-1">
      <div class="select__multi-value"><span>Go</span><button type="button" aria-label="Remove Go">×</button></div>
      <div class="education--header"><button type="button" class="icon-button" aria-label="Remove education" data-removes>×</button></div>
      <label for="school--1">School</label><input id="school--1"></div>
    <div class="education--form" id="school-2"><label for="school--2">School</label><input id="school--2"></div>
    <div class="education--form" id="school-3"><button aria-label="Remove education" data-removes>×</button><label for="school--3">School</label><input id="school--3"></div>
    <div class="education--form" id="school-4"><button type="button" aria-label="Remove education">×</button><label for="school--4">School</label><input id="school--4"></div>
  </div></div>
</form>`;

const CLASSIC = `<div id="education_section">
  <div class="education" id="row-0"><input id="education_school_name_0" type="hidden"><a href="#" class="remove-background-field" style="display: none;">Remove</a></div>
  <div class="education" id="row-1"><input id="education_school_name_1" type="hidden"><a href="#" class="remove-background-field">Remove</a></div>
  <div class="education" id="row-2"><input id="education_school_name_2" type="hidden"><a href="#" class="remove-background-field" style="display: none;">Remove</a></div>
  <div class="education education-template" style="display: none;"><a href="#" class="remove-background-field">Remove</a></div>
  <a href="#" id="add_education">+ Add another education</a>
</div>`;

async function load(page: Page, html: string): Promise<void> {
  await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${html}${SCRIPT}</body></html>`);
  await page.addScriptTag({ content: await entriesBundle() });
}

/** removeEntry on the element with this id, as undo calls it; what it answered, what was pressed, whether the box is gone. */
function remove(page: Page, id: string, widgetTimeoutMs = 500) {
  return page.evaluate(
    async ({ id, widgetTimeoutMs }) => {
      const box = document.getElementById(id)!;
      const removed = await window.GreenhouseEntries.removeEntry({ box, label: id }, { widgetTimeoutMs });
      return { removed, pressed: window.pressed.splice(0), gone: !box.isConnected, submitted: !!window.submitted };
    },
    { id, widgetTimeoutMs },
  );
}

test.describe('new boards', () => {
  test.beforeEach(async ({ page }) => load(page, NEW_BOARD));

  test('an added school goes with its own "Remove education", not a dropdown\'s "Remove Go"', async ({ page }) => {
    expect(await remove(page, 'school-1')).toEqual({ removed: true, pressed: ['Remove education'], gone: true, submitted: false });
  });

  test('an added job goes with its "Remove employment"', async ({ page }) => {
    expect(await remove(page, 'job-1')).toEqual({ removed: true, pressed: ['Remove employment'], gone: true, submitted: false });
  });

  test('the first entry of a section stays, though it shows a remove button', async ({ page }) => {
    expect(await remove(page, 'job-0')).toEqual({ removed: false, pressed: [], gone: false, submitted: false });
    expect(await remove(page, 'school-0')).toEqual({ removed: false, pressed: [], gone: false, submitted: false });
  });

  test('an entry without a remove control stays, and nothing is pressed', async ({ page }) => {
    expect(await remove(page, 'school-2')).toEqual({ removed: false, pressed: [], gone: false, submitted: false });
  });

  test('a remove control that would submit the form is not clicked', async ({ page }) => {
    // A button without a type in a form submits it: its press events go, its click does not.
    expect(await remove(page, 'school-3')).toEqual({ removed: false, pressed: [], gone: false, submitted: false });
  });

  test('a press the page does not act on is reported: the entry is still there', async ({ page }) => {
    expect(await remove(page, 'school-4', 200)).toEqual({ removed: false, pressed: ['Remove education'], gone: false, submitted: false });
  });
});

test.describe('classic boards', () => {
  test.beforeEach(async ({ page }) => load(page, CLASSIC));

  test('an added row goes with its "Remove" link', async ({ page }) => {
    expect(await remove(page, 'row-1')).toEqual({ removed: true, pressed: ['Remove'], gone: true, submitted: false });
  });

  test('the first row stays, even were its link shown; a row whose link is hidden stays too', async ({ page }) => {
    await page.evaluate(() => document.querySelector('#row-0 a')!.removeAttribute('style'));
    expect(await remove(page, 'row-0')).toEqual({ removed: false, pressed: [], gone: false, submitted: false });
    expect(await remove(page, 'row-2')).toEqual({ removed: false, pressed: [], gone: false, submitted: false });
  });
});
