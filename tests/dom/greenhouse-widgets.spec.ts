import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { loadSnippet, type DomGlobals } from './bundle';

/**
 * Selects hidden by select2 3 and 4 and by Chosen, the wrapping labels of Greenhouse's classic
 * questions, and picking in select2 3 as a person does, on markup snippets in real Chromium.
 * The select2 3 widget is the fixture pages' reproduction (tests/pages/lib/select2-3.js), which
 * renders what select2 3.5 renders and commits as it does.
 */

type Dom = DomGlobals['ApplyfillDom'];
declare const window: Window & DomGlobals;

const LIB = resolve(import.meta.dirname, '../pages/lib');
const SELECT2_CSS = `<style>${readFileSync(resolve(LIB, 'select2-3.css'), 'utf8')}</style>`;
const SELECT2_SCRIPT = readFileSync(resolve(LIB, 'select2-3.js'), 'utf8');

/** select2 3.5's markup around a select, as it leaves it: container before, select clipped by select2-offscreen. */
const select2Container = (id: string, chosen: string) =>
  `<div class="select2-container" id="s2id_${id}"><a href="javascript:void(0)" class="select2-choice" tabindex="-1">` +
  `<span class="select2-chosen" id="select2-chosen-1">${chosen}</span><abbr class="select2-search-choice-close"></abbr>` +
  `<span class="select2-arrow" role="presentation"><b role="presentation"></b></span></a>` +
  `<label for="s2id_autogen1" class="select2-offscreen"></label>` +
  `<input class="select2-focusser select2-offscreen" type="text" aria-haspopup="true" role="button" aria-labelledby="select2-chosen-1" id="s2id_autogen1">` +
  `<div class="select2-drop select2-display-none"><div class="select2-search"><label for="s2id_autogen1_search" class="select2-offscreen"></label>` +
  `<input type="text" class="select2-input" role="combobox" aria-owns="select2-results-1" id="s2id_autogen1_search"></div>` +
  `<ul class="select2-results" role="listbox" id="select2-results-1"></ul></div></div>`;

const SELECT2_3_SELECT = `${SELECT2_CSS}
  <label for="job_application_gender">Gender</label>
  ${select2Container('job_application_gender', 'Please select')}
  <select id="job_application_gender" class="select2-offscreen" tabindex="-1" title="Gender" data-target>
    <option value="">Please select</option><option value="1">Male</option><option value="2">Female</option>
  </select>`;

/** Greenhouse's school: select2 3 over a hidden input that holds the school's id. */
const SELECT2_3_HIDDEN = `${SELECT2_CSS}
  <label for="education_school_name_0">School</label>
  ${select2Container('education_school_name_0', 'Select a School')}
  <input type="hidden" id="education_school_name_0" name="job_application[educations][][school_name_id]" class="school-name select2-offscreen" tabindex="-1" data-target>`;

/** select2 4.0.13: the select clipped and aria-hidden, its container just after it. */
const SELECT2_4 = `
  <style>
    .select2-hidden-accessible { border: 0 !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; height: 1px !important;
      overflow: hidden !important; padding: 0 !important; position: absolute !important; width: 1px !important; white-space: nowrap !important; }
    .select2-container { box-sizing: border-box; display: inline-block; margin: 0; position: relative; vertical-align: middle; }
    .select2-selection--single { display: block; height: 28px; border: 1px solid #aaa; border-radius: 4px; }
  </style>
  <label for="country">Country</label>
  <select id="country" class="select2-hidden-accessible" data-select2-id="country" tabindex="-1" aria-hidden="true" data-target>
    <option value="">Select</option><option>Canada</option><option>United States</option>
  </select><span class="select2 select2-container select2-container--default" dir="ltr" data-select2-id="1" style="width: 200px;"><span class="selection"><span class="select2-selection select2-selection--single" role="combobox" aria-haspopup="true" aria-expanded="false" tabindex="0" aria-labelledby="select2-country-container"><span class="select2-selection__rendered" id="select2-country-container" role="textbox" aria-readonly="true" title="Canada">Canada</span><span class="select2-selection__arrow" role="presentation"><b role="presentation"></b></span></span></span><span class="dropdown-wrapper" aria-hidden="true"></span></span>`;

/** Chosen 1.8: jQuery's hide() on the select, div.chosen-container after it named <id>_chosen. */
const CHOSEN = (containerId = 'job_location_chosen') => `
  <style>
    .chosen-container { position: relative; display: inline-block; vertical-align: middle; font-size: 13px; }
    .chosen-container-single .chosen-single { display: block; height: 25px; padding: 0 0 0 8px; border: 1px solid #aaa; line-height: 24px; }
    .chosen-container .chosen-drop { position: absolute; top: 100%; width: 100%; clip: rect(0, 0, 0, 0); clip-path: inset(100% 100%); }
  </style>
  <label for="job_location">Location</label>
  <select id="job_location" data-placeholder="Select a location" style="display: none;" data-target>
    <option></option><option>Berlin</option><option>New York</option>
  </select><div class="chosen-container chosen-container-single" title="" id="${containerId}" style="width: 220px;"><a class="chosen-single chosen-default"><span>Select a location</span><div><b></b></div></a><div class="chosen-drop"><div class="chosen-search"><input class="chosen-search-input" type="text" autocomplete="off"></div><ul class="chosen-results"></ul></div></div>`;

/** A classic board's custom question: a label without `for` around the question and its select, as served. */
const wrappedQuestion = (widget = '', selectAttributes = '') => `${SELECT2_CSS}
  <div class="field">
    <label>Are you legally authorized to work in the United States? <span class="asterisk">*</span>
      <br>
      ${widget}
      <select id="job_application_answers_attributes_2_boolean_value" name="job_application[answers_attributes][2][boolean_value]" ${selectAttributes} data-target>
        <option value="">--</option><option value="1">Yes</option><option value="0">No</option>
      </select>
    </label>
    <input type="hidden" name="job_application[answers_attributes][2][question_id]" value="38201003">
  </div>`;

/** The same once select2 3 has drawn itself inside the label, showing `chosen`. */
const WRAPPED_QUESTION = (chosen: string) =>
  wrappedQuestion(select2Container('job_application_answers_attributes_2_boolean_value', chosen), 'class="select2-offscreen" tabindex="-1" title=""');

const target = (page: Page) => page.locator('[data-target]');

async function widgetOf(page: Page) {
  return target(page).evaluate((el) => {
    const widget = window.ApplyfillDom.selectWidgetOf(el);
    return widget && { kind: widget.kind, container: widget.container.id || widget.container.className };
  });
}

test.describe('which library stands for a hidden select', () => {
  const cases: { name: string; html: string; widget: { kind: string; container: string } | null; fillable: boolean }[] = [
    { name: 'select2 3 on a select', html: SELECT2_3_SELECT, widget: { kind: 'select2-3', container: 's2id_job_application_gender' }, fillable: true },
    { name: 'select2 3 on a hidden input searching a remote list', html: SELECT2_3_HIDDEN, widget: { kind: 'select2-3', container: 's2id_education_school_name_0' }, fillable: true },
    { name: 'select2 4', html: SELECT2_4, widget: { kind: 'select2-4', container: 'select2 select2-container select2-container--default' }, fillable: true },
    { name: 'Chosen', html: CHOSEN(), widget: { kind: 'chosen', container: 'job_location_chosen' }, fillable: true },
    { name: 'Chosen drawn for another select', html: CHOSEN('other_select_chosen'), widget: null, fillable: false },
    {
      name: 'select2 3 whose container is hidden',
      html: SELECT2_3_SELECT.replace('class="select2-container"', 'class="select2-container" style="display:none"'),
      widget: { kind: 'select2-3', container: 's2id_job_application_gender' },
      fillable: false,
    },
    {
      name: 'a select2-offscreen select without its container (a trap)',
      html: `${SELECT2_CSS}<label for="x">Email</label><select id="x" class="select2-offscreen" data-target><option>a</option></select>`,
      widget: null,
      fillable: false,
    },
    { name: 'a plain select', html: '<label for="p">Gender</label><select id="p" data-target><option>Female</option></select>', widget: null, fillable: true },
  ];
  for (const { name, html, widget, fillable } of cases) {
    test(name, async ({ page }) => {
      await loadSnippet(page, html);
      expect(await widgetOf(page)).toEqual(widget);
      expect(await target(page).evaluate((el: HTMLElement) => window.ApplyfillDom.isFillable(el))).toBe(fillable);
    });
  }

  test('what each widget shows as chosen', async ({ page }) => {
    for (const [html, shown] of [[SELECT2_3_SELECT, 'Please select'], [SELECT2_4, 'Canada'], [CHOSEN(), 'Select a location']] as const) {
      await loadSnippet(page, html);
      expect(await target(page).evaluate((el) => window.ApplyfillDom.shownChoice(window.ApplyfillDom.selectWidgetOf(el)!))).toBe(shown);
    }
  });
});

test.describe('the question of a control in a label without `for`', () => {
  const labelsOf = (page: Page) => target(page).evaluate((el: HTMLElement) => window.ApplyfillDom.labelHints(el).labels);

  test('select2 puts its focus input first, so the browser labels that; the question is the label\'s own words', async ({ page }) => {
    await loadSnippet(page, WRAPPED_QUESTION('--'));
    expect(await target(page).evaluate((el: HTMLSelectElement) => el.labels.length)).toBe(0);
    expect(await labelsOf(page)).toEqual(['Are you legally authorized to work in the United States? *']);
  });

  test('what the widget shows is not part of the question', async ({ page }) => {
    await loadSnippet(page, WRAPPED_QUESTION('Yes'));
    expect(await labelsOf(page)).toEqual(['Are you legally authorized to work in the United States? *']);
  });

  test('as the fixture library draws it around a live select', async ({ page }) => {
    await loadSnippet(page, wrappedQuestion());
    await page.addScriptTag({ content: SELECT2_SCRIPT });
    await target(page).evaluate((el) => (window as unknown as { Select2(el: Element): void }).Select2(el));
    expect(await labelsOf(page)).toEqual(['Are you legally authorized to work in the United States? *']);
  });

  test('a text input the label does name keeps that one label', async ({ page }) => {
    await loadSnippet(page, '<label>LinkedIn Profile <span>*</span><br><input type="text" id="q0" data-target></label>');
    expect(await labelsOf(page)).toEqual(['LinkedIn Profile *']);
  });

  test('a label naming another control by `for` is not this one\'s question', async ({ page }) => {
    await loadSnippet(page, '<label for="other">Email <input id="other"> <select id="s" data-target><option>x</option></select></label>');
    expect(await labelsOf(page)).toEqual([]);
  });

  test('a hidden input behind a widget has its question in its label[for], which the browser does not count', async ({ page }) => {
    await loadSnippet(page, SELECT2_3_HIDDEN);
    expect(await labelsOf(page)).toEqual(['School']);
  });
});

test.describe('picking in a select widget as a person does', () => {
  const SCHOOLS = ['Columbia Basin College', 'Columbia College Chicago', 'Columbia University in the City of New York', 'Yale University'];

  async function loadWidgets(page: Page) {
    await loadSnippet(page, `${SELECT2_CSS}
      <label for="gender">Gender</label>
      <select id="gender"><option value="">Please select</option><option value="1">Male</option><option value="3">Decline To Self Identify</option></select>
      <label for="school">School</label>
      <input type="hidden" id="school" name="job_application[educations][][school_name_id]">`);
    await page.addScriptTag({ content: SELECT2_SCRIPT });
    await page.evaluate((schools) => {
      const { Select2 } = window as unknown as { Select2(el: Element, options?: object): void };
      const list = schools.map((text, i) => ({ id: String(100 + i), text }));
      const search = (term: string) =>
        new Promise((done) => setTimeout(() => done(list.filter((s) => s.text.toLowerCase().includes(term.toLowerCase()))), 300));
      Select2(document.getElementById('gender')!);
      Select2(document.getElementById('school')!, { placeholder: 'Select a School', search });
      // What reaches the page: presses on the widget, and the controls' events (select2 sends change alone).
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      document.addEventListener('mousedown', (e) => (e.target as Element).closest('.select2-choice') && seen.push('opened'), true);
      for (const id of ['gender', 'school']) {
        for (const type of ['input', 'change']) document.getElementById(id)!.addEventListener(type, (e) => seen.push(`${type} ${(e.target as HTMLInputElement).value}`));
      }
    }, SCHOOLS);
  }

  const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: string[] }).seen);

  test('a select: opened, the result released over, the select and the widget agree', async ({ page }) => {
    await loadWidgets(page);
    const outcome = await page.evaluate(() => {
      const select = document.getElementById('gender') as HTMLSelectElement;
      const dom: Dom = window.ApplyfillDom;
      return dom.pickInSelectWidget(select, dom.selectWidgetOf(select)!, { value: '3', label: 'Decline To Self Identify' }, 2000);
    });
    expect(outcome).toEqual({ status: 'filled', value: 'Decline To Self Identify' });
    expect(await seen(page)).toEqual(['opened', 'change 3']);
    await expect(page.locator('#s2id_gender .select2-chosen')).toHaveText('Decline To Self Identify');
    await expect(page.locator('#select2-drop')).toHaveCount(0);
  });

  test('a remote list: typed, answered after a round trip, the chosen result taken', async ({ page }) => {
    await loadWidgets(page);
    const outcome = await page.evaluate(() => {
      const dom: Dom = window.ApplyfillDom;
      const input = document.getElementById('school') as HTMLInputElement;
      return dom.searchInSelect2(input, 'Columbia University', async (options) => options.find((o) => o.label.startsWith('Columbia University')), 3000);
    });
    expect(outcome).toEqual({ status: 'filled', value: 'Columbia University in the City of New York' });
    expect(await page.locator('#school').inputValue()).toBe('102');
    await expect(page.locator('#s2id_school .select2-chosen')).toHaveText('Columbia University in the City of New York');
  });

  test('a remote list with nothing fitting: left as it was, closed, no search text behind', async ({ page }) => {
    await loadWidgets(page);
    const outcome = await page.evaluate(() => {
      const dom: Dom = window.ApplyfillDom;
      return dom.searchInSelect2(document.getElementById('school') as HTMLInputElement, 'Columbia', async () => undefined, 3000);
    });
    expect(outcome).toEqual({ status: 'skipped', reason: 'no-matching-option' });
    expect(await page.locator('#school').inputValue()).toBe('');
    await expect(page.locator('#s2id_school .select2-chosen')).toHaveText('Select a School');
    await expect(page.locator('.select2-drop-active')).toHaveCount(0);
    expect(await seen(page)).toEqual(['opened']);
  });

  test('select2 4 and Chosen, when their list shows no such result: the select is set and each redraws through its own API', async ({ page }) => {
    const redraw = {
      // select2 4 redraws on the select's change event, Chosen on "chosen:updated".
      [SELECT2_4]: ['change', '.select2-selection__rendered', 'United States'],
      [CHOSEN()]: ['chosen:updated', '.chosen-single > span', 'New York'],
    };
    for (const [html, [event, shown, label]] of Object.entries(redraw)) {
      await loadSnippet(page, html);
      const outcome = await target(page).evaluate(
        (el: HTMLSelectElement, [event, shown, label]) => {
          el.addEventListener(event!, () => {
            const rendered = el.parentElement!.querySelector(shown!)!;
            rendered.textContent = el.selectedOptions[0]!.text;
            rendered.removeAttribute('title');
          });
          const dom: Dom = window.ApplyfillDom;
          return dom.pickInSelectWidget(el, dom.selectWidgetOf(el)!, { value: label!, label: label! }, 200);
        },
        [event, shown, label],
      );
      expect(outcome).toEqual({ status: 'filled', value: label });
    }
  });

  test('a widget that shows no pick is never reported filled', async ({ page }) => {
    // A select2 3 look-alike whose script answers nothing: neither the press nor the select's change reach it.
    await loadSnippet(page, SELECT2_3_SELECT);
    const outcome = await target(page).evaluate((el: HTMLSelectElement) => {
      const dom: Dom = window.ApplyfillDom;
      return dom.pickInSelectWidget(el, dom.selectWidgetOf(el)!, { value: '2', label: 'Female' }, 300);
    });
    expect(outcome).toEqual({ status: 'failed', error: 'the list does not show the choice' });
  });
});
