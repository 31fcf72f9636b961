import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { expect, test, type Page } from '@playwright/test';

/**
 * The Workable adapter's own widgets, in real Chromium, on the Workable fixture page's markup and
 * scripts (tests/pages/workable/acme.html, tests/pages/lib/workable-application.js): the document
 * guard on file inputs, and the click-to-pick lists.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const LIB = resolve(ROOT, 'tests/pages/lib');
const FIXTURE = readFileSync(resolve(ROOT, 'tests/pages/workable/acme.html'), 'utf8');
const START = '<script>\n  window.WorkableApplication';
/** The page's markup without its scripts, and the script that starts it. */
const MARKUP = FIXTURE.slice(FIXTURE.indexOf('<body>') + '<body>'.length, FIXTURE.indexOf(START));
const STARTER = FIXTURE.slice(FIXTURE.indexOf(START) + '<script>'.length, FIXTURE.lastIndexOf('</script>'));
const STYLE = FIXTURE.slice(FIXTURE.indexOf('<style>') + '<style>'.length, FIXTURE.indexOf('</style>'));

let bundled: Promise<string> | undefined;
function workableBundle(): Promise<string> {
  bundled ??= build({
    stdin: {
      contents: [
        "export { workable } from './utils/ats/workable';",
        "export * as entries from './utils/ats/workable/entries';",
        "export { chooseOption } from './utils/core/match';",
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'Workable',
    target: 'chrome120',
    write: false,
  }).then((result) => result.outputFiles[0]!.text);
  return bundled;
}

interface PageGlobals {
  Workable: typeof import('../../utils/ats/workable') & typeof import('../../utils/core/match') & { entries: typeof import('../../utils/ats/workable/entries') };
  __submitted: boolean;
  __opened: string[];
  __state: Record<string, unknown>;
  __holdQuestions: boolean;
  __releaseQuestions(): void;
  ctx: import('../../utils/dom/fill').FillContext;
}

const RESUME = { role: 'resume', name: 'Jordan_Rivera_Resume.pdf', type: 'application/pdf', size: 4, base64: btoa('%PDF') };

/** The fixture page with its questions rendered, and the adapter beside it. */
async function load(page: Page): Promise<void> {
  await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${STYLE}</style></head><body>${MARKUP}</body></html>`);
  await page.evaluate(() => ((window as unknown as PageGlobals).__holdQuestions = true));
  await page.addScriptTag({ path: resolve(LIB, 'controlled.js') });
  await page.addScriptTag({ path: resolve(LIB, 'workable-application.js') });
  await page.addScriptTag({ content: STARTER });
  await page.addScriptTag({ content: await workableBundle() });
  await page.evaluate((resume) => {
    const globals = window as unknown as PageGlobals;
    globals.__releaseQuestions();
    globals.ctx = { documents: [resume as never], chooseOption: async (options, choice) => globals.Workable.chooseOption(options, choice), widgetTimeoutMs: 2000 };
  }, RESUME);
}

/** What the adapter's perform does with `action` on the element `selector` finds. */
function perform(page: Page, selector: string, control: string, action: object) {
  return page.evaluate(
    async ([selector, control, action]) => {
      const { Workable, ctx } = window as unknown as PageGlobals;
      const element = document.querySelector<HTMLElement>(selector)!;
      const outcome = await Workable.workable.perform!({ ref: 'f1', control: control as never, element }, { ref: 'f1', ...(action as object) } as never, ctx);
      return outcome ?? 'left to the generic filler';
    },
    [selector, control, action] as const,
  );
}

const state = (page: Page) => page.evaluate(() => ({ ...(window as unknown as PageGlobals).__state }));
const openLists = (page: Page) => page.locator('[role="listbox"][id^="input_"]').count();

test.describe('Workable documents', () => {
  const ATTACH = { kind: 'resume', op: 'file', role: 'resume' };

  test('refuses to put the resume into the photo, whatever a plan says, and leaves it empty', async ({ page }) => {
    await load(page);
    expect(await perform(page, 'input[data-ui="avatar"]', 'file', ATTACH)).toEqual({ status: 'failed', error: "not Workable's resume input" });
    expect(await page.locator('input[data-ui="avatar"]').evaluate((input: HTMLInputElement) => input.files?.length ?? 0)).toBe(0);
    expect((await state(page)).avatar).toBeNull();
  });

  test('refuses a cover letter anywhere but a cover letter input', async ({ page }) => {
    await load(page);
    expect(await perform(page, 'input[data-ui="resume"]', 'file', { kind: 'coverLetter', op: 'file', role: 'coverLetter' })).toEqual({
      status: 'failed',
      error: "not Workable's cover_letter input",
    });
  });

  test('leaves the resume input to the generic uploader', async ({ page }) => {
    await load(page);
    expect(await perform(page, 'input[data-ui="resume"]', 'file', ATTACH)).toBe('left to the generic filler');
  });
});

test.describe('Workable lists', () => {
  const choose = (text: string) => ({ kind: 'referralSource', op: 'choose', search: text, accept: [text], meaning: { type: 'text', value: text } });

  test('opens a dropdown, clicks the option that means the answer, and sees the page take it', async ({ page }) => {
    await load(page);
    expect(await perform(page, '#input_QA_1223184_input', 'listbox-button', choose('LinkedIn'))).toEqual({ status: 'filled', value: 'LinkedIn' });
    expect((await state(page)).QA_1223184).toBe('5938004');
    await expect(page.locator('#input_QA_1223184_input')).toHaveValue('LinkedIn');
    expect(await openLists(page)).toBe(0);
  });

  test('closes a dropdown that offers nothing the answer means, and leaves it empty', async ({ page }) => {
    await load(page);
    expect(await perform(page, '#input_QA_1223185_input', 'listbox-button', choose('Tokyo'))).toEqual({ status: 'skipped', reason: 'no-matching-option' });
    expect((await state(page)).QA_1223185).toBe('');
    await expect(page.locator('[data-ui="QA_1223185"]')).toHaveAttribute('data-open', 'false');
    expect(await openLists(page)).toBe(0);
  });

  test('picks the phone’s country by its dialling code, and closes the list', async ({ page }) => {
    await load(page);
    const country = { kind: 'phoneCountryCode', op: 'choose', search: 'Greece', accept: ['+30'], meaning: { type: 'phoneCountryCode', code: '+30', country: 'Greece' } };
    expect(await perform(page, '.iti__selected-flag', 'listbox-button', country)).toEqual({ status: 'filled', value: 'Greece +30' });
    expect((await state(page)).phoneCountry).toBe('gr');
    await expect(page.locator('#iti-0__country-listbox')).toBeHidden();
  });

  test('leaves the phone’s country as the page guessed it when no country has the dialling code', async ({ page }) => {
    await load(page);
    const country = { kind: 'phoneCountryCode', op: 'choose', search: '+999', accept: ['+999'], meaning: { type: 'phoneCountryCode', code: '+999' } };
    expect(await perform(page, '.iti__selected-flag', 'listbox-button', country)).toEqual({ status: 'skipped', reason: 'no-matching-option' });
    expect((await state(page)).phoneCountry).toBe('us');
    await expect(page.locator('#iti-0__country-listbox')).toBeHidden();
  });
});

/** Opens an editor the way the adapter does before a fill, for the profile entries `queue` names; keeps the fill context in the page. */
function openEditors(page: Page, queue: Record<string, number[]>) {
  return page.evaluate(async (queue) => {
    const globals = window as unknown as PageGlobals & { fill: import('../../utils/ats/workable/entries').EntryFill };
    globals.fill = await globals.Workable.entries.openEditors(document, queue);
    return [...globals.fill.opened.values()];
  }, queue);
}

/** What the adapter does after a pass whose outcomes were `failedNames` failing; returns whether it opened another editor. */
function afterPass(page: Page, failedNames: string[] = []) {
  return page.evaluate(async (failedNames) => {
    const { Workable, fill } = window as unknown as PageGlobals & { fill: import('../../utils/ats/workable/entries').EntryFill };
    const outcomes = failedNames.map((name) => ({ element: document.querySelector(`[data-ui="editor"] [name="${name}"]`)!, outcome: { status: 'failed' as const, error: 'broken' } }));
    const opened = await Workable.entries.saveEditors(document, fill, { outcomes, widgetTimeoutMs: 2000 });
    return { opened, queue: fill.queue, editors: [...fill.opened.values()] };
  }, failedNames);
}

const editorState = (page: Page) => page.evaluate(() => {
  const { __state } = window as unknown as PageGlobals;
  return { experience: __state.experience, experienceEditor: __state.experienceEditor };
});

test.describe('Workable entry editors', () => {
  const date = (value: string) => ({ kind: 'workStart', op: 'text', value });

  test('opens one editor per section with "+ Add", then saves it with its own Update and opens the next', async ({ page }) => {
    await load(page);
    expect(await openEditors(page, { experience: [1, 0] })).toEqual([{ section: 'experience', index: 1 }]);
    await expect(page.locator('[data-ui="experience"] button[data-ui="add-section"]')).toBeDisabled();
    await page.locator('[data-ui="editor"] input[name="title"]').fill('Software Engineer');
    expect(await afterPass(page)).toEqual({ opened: true, queue: { experience: [] }, editors: [{ section: 'experience', index: 0 }] });
    const state = await editorState(page);
    expect(state.experience).toEqual([{ title: 'Software Engineer', company: '', industry: '', summary: '', start_date: '', end_date: '', current: false }]);
    expect(state.experienceEditor).toMatchObject({ title: '' });
    expect((await page.evaluate(() => (window as unknown as PageGlobals).__submitted))).toBe(false);
  });

  test('leaves an editor whose required title is empty open, and adds no more to its section', async ({ page }) => {
    await load(page);
    await openEditors(page, { experience: [1, 0] });
    await page.locator('[data-ui="editor"] input[name="company"]').fill('Jet.com');
    expect(await afterPass(page)).toEqual({ opened: false, queue: { experience: [] }, editors: [] });
    expect(await editorState(page)).toEqual({ experience: [], experienceEditor: expect.objectContaining({ title: '', company: 'Jet.com' }) });
    await expect(page.locator('[data-ui="editor"]')).toHaveCount(1);
    // Update was never pressed: the page would have said the title is missing.
    await expect(page.getByText('This is a required field.')).toHaveCount(0);
  });

  test('leaves an editor open when one of its values did not take, though its title is there', async ({ page }) => {
    await load(page);
    await openEditors(page, { experience: [0] });
    await page.locator('[data-ui="editor"] input[name="title"]').fill('Software Engineer');
    expect((await afterPass(page, ['start_date'])).opened).toBe(false);
    expect((await editorState(page)).experience).toEqual([]);
    await expect(page.locator('[data-ui="editor"]')).toHaveCount(1);
  });

  test('never presses an Update that would submit the application', async ({ page }) => {
    await load(page);
    await openEditors(page, { experience: [0] });
    await page.locator('[data-ui="editor"] input[name="title"]').fill('Software Engineer');
    await page.locator('[data-ui="editor"] button[data-ui="save-section"]').evaluate((button) => {
      button.setAttribute('type', 'submit');
      button.addEventListener('pointerdown', () => button.setAttribute('data-pressed', ''));
    });
    expect((await afterPass(page)).opened).toBe(false);
    await expect(page.locator('button[data-ui="save-section"][data-pressed]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as PageGlobals).__submitted)).toBe(false);
    expect((await editorState(page)).experience).toEqual([]);
  });

  test('opens nothing in a section where the applicant has an editor open', async ({ page }) => {
    await load(page);
    await page.getByRole('button', { name: 'Add Experience' }).click();
    await expect(page.locator('[data-ui="editor"]')).toHaveCount(1);
    expect(await openEditors(page, { experience: [0] })).toEqual([]);
    await expect(page.locator('[data-ui="editor"]')).toHaveCount(1);
  });

  test('picks a start date in the month picker, stepping back through the years, and closes it', async ({ page }) => {
    await load(page);
    await openEditors(page, { experience: [0] });
    expect(await perform(page, '[data-ui="editor"] input[name="start_date"]', 'text', date('05/2019'))).toEqual({ status: 'filled', value: '05/2019' });
    expect((await editorState(page)).experienceEditor).toMatchObject({ start_date: '05/2019' });
    await expect(page.locator('[data-ui="editor"] input[name="start_date"]')).toHaveValue('05/2019');
    await expect(page.locator('[role="dialog"]')).toHaveCount(0);
  });

  test('leaves a month the picker does not offer (a future one) empty, and closes the picker', async ({ page }) => {
    await load(page);
    await openEditors(page, { experience: [0] });
    const next = `01/${new Date().getFullYear() + 1}`;
    expect(await perform(page, '[data-ui="editor"] input[name="start_date"]', 'text', date(next))).toEqual({ status: 'failed', error: 'the month picker does not offer the month' });
    expect((await editorState(page)).experienceEditor).toMatchObject({ start_date: '' });
    await expect(page.locator('[role="dialog"]')).toHaveCount(0);
  });

  test('leaves the other text boxes of an editor to the generic filler', async ({ page }) => {
    await load(page);
    await openEditors(page, { experience: [0] });
    expect(await perform(page, '[data-ui="editor"] input[name="title"]', 'text', { kind: 'workTitle', op: 'text', value: 'Engineer' })).toBe('left to the generic filler');
  });
});

test.describe('the Workable fixture page', () => {
  test('reverts a month typed or pasted into a date box: only the picker sets it', async ({ page }) => {
    await load(page);
    await page.getByRole('button', { name: 'Add Education' }).click();
    const box = page.locator('[data-ui="editor"] input[name="start_date"]');
    await box.evaluate((input: HTMLInputElement) => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, '09/2015');
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: '09/2015' }));
    });
    await expect(box).toHaveValue('');
    expect(await page.evaluate(() => (window as unknown as PageGlobals).__state.educationEditor)).toMatchObject({ start_date: '' });
  });

  test('reverts a value set without the events React listens for, as a controlled input does', async ({ page }) => {
    await load(page);
    await page.locator('#firstname').evaluate((input: HTMLInputElement) => {
      input.value = 'Jordan';
      input.dispatchEvent(new FocusEvent('blur'));
    });
    await expect(page.locator('#firstname')).toHaveValue('');
    expect((await state(page)).firstname).toBe('');
  });
});
