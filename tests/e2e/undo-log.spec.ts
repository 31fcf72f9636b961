import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, fillWithButton, ownUi, pressAutofill, summaryText, test, waitForAutofillButton, type ExtensionGlobals } from './fixtures';
import { STATUS, STEP_SWITCH, UNDO } from './support/ownUi';
import { testProfileFile } from './support/profile';
import { MIN_SHOWN_MS } from '../../utils/content/clickGuard';
import type { ApplicationEntry } from '../../utils/profile/applicationLog';

/**
 * "Undo autofill" and the private log of applications, as a user meets them: fill a Greenhouse
 * board and a Workday step, correct one field by hand, press Undo (a real click on the closed
 * in-page button), and find every other field as the page held it before the fill; then the
 * options page lists both applications, exports them as CSV, and records nothing once the log is
 * off. The pages' committed state (window.__state) is compared whole, key by key.
 *
 * The tests run in order in one browser: the log the third test reads is the one the first two wrote.
 */

const GREENHOUSE = 'https://job-boards.greenhouse.io/acme/jobs/4567';
const WORKDAY = 'https://acme.wd5.myworkdayjobs.com/en-US/External/job/New-York-NY/Senior-Software-Engineer_R-1042/apply/applyManually';

type State = Record<string, unknown>;
interface PageGlobals {
  __state: State;
  __stepKeys: Record<string, string[]>;
  __submitted?: boolean;
}

const stateOf = (page: Page) => page.evaluate(() => structuredClone((window as unknown as PageGlobals).__state));
const stepState = (page: Page, step: string) =>
  page.evaluate((s) => {
    const { __state: all, __stepKeys: keys } = window as unknown as PageGlobals;
    return structuredClone(Object.fromEntries((keys[s] ?? []).map((key) => [key, all[key]])));
  }, step);

/**
 * Greenhouse's fill adds a second job and a second school with "+ Add another" (their keys are new
 * after the fill), and answering Hispanic/Latino "No" brings up the race question. Undo takes the
 * two entries away with their own "Remove employment" / "Remove education" buttons, which drops
 * their answers from the page's record (tests/pages/greenhouse/SOURCES.md). The race question is
 * no entry: it is emptied, then goes from the page once Hispanic/Latino is unanswered again; the
 * record keeps its key, holding no answer.
 */
const ENTRIES_ADDED_BY_GREENHOUSE_FILL = [
  'company-name-1', 'title-1', 'start-date-month-1', 'start-date-year-1', 'end-date-month-1', 'end-date-year-1', 'current-role-1',
  'school--1', 'degree--1', 'discipline--1', 'start-month--1', 'start-year--1', 'end-month--1', 'end-year--1',
];
const REVEALED_BY_GREENHOUSE_FILL = ['race'];

/** Asks the background from an extension page, as the options page does. */
function background<T>(page: Page, message: object): Promise<T> {
  return page.evaluate((m) => (globalThis as unknown as ExtensionGlobals).chrome.runtime.sendMessage(m), message) as Promise<T>;
}

/** Presses "Undo autofill" as a user does (a real click on a button on screen long enough to be seen) and returns what it says. */
async function pressUndo(page: Page): Promise<string> {
  const ui = await ownUi(page);
  try {
    await expect.poll(() => ui.isVisible(UNDO), { message: 'the Undo autofill button shows' }).toBe(true);
    await ui.scrollIntoView(UNDO);
    await page.waitForTimeout(MIN_SHOWN_MS + 150);
    const clicked = Date.now();
    await ui.click(UNDO);
    let text = '';
    await expect.poll(async () => (text = await ui.text(STATUS)), { timeout: 60_000, message: 'the undo summary' }).toMatch(/^Undid/);
    // A figure for the report, not an assertion: from the click to the summary, polling included.
    test.info().annotations.push({ type: 'undo time', description: `${Date.now() - clicked} ms to "${text}"` });
    return text;
  } finally {
    await ui.dispose();
  }
}

/** The user moves to the next step from the keyboard, as workday.spec.ts does. */
async function nextStep(page: Page, step: string) {
  await page.locator('[data-automation-id="pageFooterNextButton"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-automation-id="progressBarActiveStep"]')).toContainText(step);
}

/**
 * On Workday's My Experience, before any other fill, the user presses Autofill: it adds every
 * entry the profile needs (jobs, two schools, two languages, two websites) and fills them.
 */
async function fillMyExperience(page: Page): Promise<{ before: State; filled: State; entries: number }> {
  await page.goto(WORKDAY);
  await (await waitForAutofillButton(page)).dispose();
  await nextStep(page, 'My Experience');
  const before = await stepState(page, 'My Experience');
  expect(before).toMatchObject({ workCount: 0, educationCount: 0, languageCount: 0, websiteCount: 0, skills: [], linkedin: '' });
  await pressAutofill(page);
  await expect.poll(() => summaryText(page), { timeout: 60_000 }).toBe('Filled 31 fields · 4 need you');
  const filled = await stepState(page, 'My Experience');
  expect(filled).toMatchObject({ educationCount: 2, languageCount: 2, websiteCount: 2, 'education2.school': 'Yale University', skills: ['Go (Programming Language)', 'Java', 'Python (Programming Language)'] });
  return { before, filled, entries: (filled.workCount as number) + 6 };
}

function logSection(options: Page) {
  return options.getByRole('region', { name: 'Where you applied', exact: true });
}

test.describe.configure({ mode: 'serial' });

test.describe('Undo autofill and the log of applications', () => {
  test.beforeEach(async ({ importProfile }) => {
    await importProfile(testProfileFile());
  });

  test('Greenhouse: every field the fill changed goes back, but the one the user edited since', async ({ page, openExtensionPage }) => {
    // The log starts empty and on, whatever tests before these left in this browser.
    const options = await openExtensionPage('options.html');
    const old = await background<ApplicationEntry[]>(options, { type: 'log:list' });
    await background(options, { type: 'log:delete', ids: old.map((entry) => entry.id) });
    await background(options, { type: 'log:set-enabled', enabled: true });
    await options.close();

    await page.goto(GREENHOUSE);
    await (await waitForAutofillButton(page)).dispose();
    const before = await stateOf(page);
    await fillWithButton(page, undefined, 60_000);
    const filled = await stateOf(page);
    expect(filled).toMatchObject({ first_name: 'Jordan', gender: 'Decline To Self Identify', 'current-role-0': true, resume: { name: 'Jordan_Rivera_Resume.pdf' } });

    // The user corrects their first name by hand.
    await page.locator('#first_name').fill('Jordy');

    // A click the page's script makes on the button is not the user's: it undoes nothing.
    const ui = await ownUi(page);
    await expect.poll(() => ui.isVisible(UNDO)).toBe(true);
    await page.waitForTimeout(MIN_SHOWN_MS + 150);
    await ui.onRoot(`function () { Array.from(this.querySelectorAll('button')).find((b) => b.textContent === 'Undo autofill').click(); }`);
    await page.waitForTimeout(300);
    expect(await stateOf(page)).toEqual({ ...filled, first_name: 'Jordy' });

    const added = Object.keys(filled).filter((key) => !(key in before));
    expect(added.sort()).toEqual([...ENTRIES_ADDED_BY_GREENHOUSE_FILL, ...REVEALED_BY_GREENHOUSE_FILL].sort());
    await expect(page.locator('.employment--form')).toHaveCount(2);
    await expect(page.locator('.education--form')).toHaveCount(2);

    const summary = await pressUndo(page);
    expect(summary).toMatch(/^Undid \d+ fields · removed 2 entries it added · kept 1 you changed$/);

    // The page as before the fill, but the name the user typed and the race question's empty answer.
    expect(await stateOf(page)).toEqual({ ...before, first_name: 'Jordy', race: '' });
    await expect(page.locator('.employment--form')).toHaveCount(1);
    await expect(page.locator('.education--form')).toHaveCount(1);
    await expect(page.locator('#company-name-0')).toBeVisible();
    await expect(page.locator('#school--0')).toBeAttached();
    await expect(page.locator('#race')).toHaveCount(0);

    // Shown as before, too: placeholders, no file, no outline left, nothing submitted, no Undo left to press.
    await expect(page.locator('input[type=hidden][name=gender]')).toHaveValue('');
    await expect(page.locator('[data-select=gender] .select__placeholder')).toBeVisible();
    await expect(page.locator('[data-upload=resume] .file-upload__filename-text')).toHaveText('');
    expect(await page.locator('#resume').evaluate((input: HTMLInputElement) => input.files?.length ?? 0)).toBe(0);
    await expect(page.locator('[data-applyfill-needs-you]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as PageGlobals).__submitted ?? false)).toBe(false);
    await expect.poll(() => ui.isVisible(UNDO)).toBe(false);
    await ui.dispose();
  });

  test('Workday: a step\'s dropdowns, prompts and text go back, but the field the user edited since', async ({ page }) => {
    await page.goto(WORKDAY);
    await (await waitForAutofillButton(page)).dispose();
    const before = await stepState(page, 'My Information');
    await pressAutofill(page);
    await expect.poll(() => summaryText(page), { timeout: 30_000 }).toBe('Filled 13 fields · 1 needs you');
    const filled = await stepState(page, 'My Information');
    expect(filled).toMatchObject({ source: ['LinkedIn'], country: 'bc33aa3152ec42d4995f4791a106ed09', region: 'USA-NY', phoneType: 'pt-2', countryPhoneCode: ['United States of America (+1)'] });

    await page.locator('#emailAddress--emailAddress').fill('jordan@home.example');
    expect(await pressUndo(page)).toMatch(/^Undid \d+ fields · kept 1 you changed$/);

    expect(await stepState(page, 'My Information')).toEqual({ ...before, email: 'jordan@home.example' });
    await expect(page.locator('#country--country')).toHaveText('Select One');
    await expect(page.locator('[data-automation-widget="wd-popup"][data-automation-activepopup="true"]')).toHaveCount(0);
    expect(await page.evaluate(() => {
      const { submitted, nextClicks, untrustedNavClicks } = (window as unknown as PageGlobals).__state;
      return { submitted, nextClicks, untrustedNavClicks };
    })).toEqual({ submitted: false, nextClicks: 0, untrustedNavClicks: 0 });
  });

  test('the options page lists both applications with company and title, newest first, and the CSV export matches', async ({ openExtensionPage }) => {
    const options = await openExtensionPage('options.html#applications');
    const log = logSection(options);
    const rows = log.locator('tbody tr');
    await expect(rows).toHaveCount(2);
    const cells = (row: number) => rows.nth(row).locator('td').allInnerTexts();
    const [workday, greenhouse] = [await cells(0), await cells(1)];
    // Workday's My Information step has no upload: no resume; the Greenhouse board attached the default one.
    expect(workday.slice(1, 7)).toEqual(['Acme Corp', 'Senior Software Engineer', 'acme.wd5.myworkdayjobs.com · workday', '', '13', '1']);
    expect(greenhouse.slice(1, 5)).toEqual(['Acme Robotics', 'Staff Platform Engineer', 'job-boards.greenhouse.io · greenhouse', 'Jordan_Rivera_Resume']);
    await expect(rows.nth(1).getByRole('link', { name: 'Staff Platform Engineer' })).toHaveAttribute('href', GREENHOUSE);

    await log.getByLabel('Search the log').fill('robotics platform');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Acme Robotics');
    await log.getByLabel('Search the log').fill('');

    const [download] = await Promise.all([options.waitForEvent('download'), log.getByRole('button', { name: 'Export as CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^applyfill-applications-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync(await download.path(), 'utf8').split('\r\n');
    const entries = await background<ApplicationEntry[]>(options, { type: 'log:list' });
    expect(lines).toEqual([
      'Date,Company,Job title,Site,ATS,Resume,Fields filled,Fields left,URL',
      `${entries[0]!.appliedAt},Acme Corp,Senior Software Engineer,acme.wd5.myworkdayjobs.com,workday,,13,1,${WORKDAY}`,
      `${entries[1]!.appliedAt},Acme Robotics,Staff Platform Engineer,job-boards.greenhouse.io,greenhouse,Jordan_Rivera_Resume,${greenhouse[5]},${greenhouse[6]},${GREENHOUSE}`,
      '',
    ]);

    // The profile file carries the log only when the user asks, and brings it back on import.
    const exportProfile = async () => {
      const [file] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export profile' }).click()]);
      return JSON.parse(readFileSync(await file.path(), 'utf8')) as { applications?: ApplicationEntry[] };
    };
    expect(await exportProfile()).not.toHaveProperty('applications');
    await options.getByLabel('Include the log of where you applied').check();
    const withLog = await exportProfile();
    expect(withLog.applications).toEqual(entries);
    await background(options, { type: 'log:delete', ids: entries.map((entry) => entry.id) });
    await options.locator('#import-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(withLog)) });
    await expect(options.getByRole('region', { name: 'What the import changes' })).toContainText('It also holds a log of 2 applications');
    await options.getByRole('button', { name: 'Confirm import' }).click();
    await expect(options.locator('.import-status')).toContainText('and 2 applications into your log');
    expect(await background<ApplicationEntry[]>(options, { type: 'log:list' })).toEqual(entries);
    await options.reload();
    await expect(rows).toHaveCount(2);

    await log.getByRole('button', { name: 'Delete Staff Platform Engineer at Acme Robotics' }).click();
    await expect(rows).toHaveCount(1);
    await expect(log.getByRole('status')).toHaveText('Deleted Staff Platform Engineer at Acme Robotics.');
    expect(await background<ApplicationEntry[]>(options, { type: 'log:list' })).toHaveLength(1);
  });

  test('with the log turned off, a fill records nothing; turned on again, it records', async ({ page, openExtensionPage }) => {
    const options = await openExtensionPage('options.html#applications');
    const keep = logSection(options).getByLabel('Keep a log of the applications Applyfill fills');
    await expect(keep).toBeChecked();
    await keep.uncheck();
    await expect(logSection(options).getByRole('status')).toContainText('The log is off');
    const count = (await background<ApplicationEntry[]>(options, { type: 'log:list' })).length;

    await page.goto(GREENHOUSE);
    await fillWithButton(page, undefined, 60_000);
    // The fill sent its record as it ended; the background had time to turn it down.
    await page.waitForTimeout(1000);
    expect(await background<ApplicationEntry[]>(options, { type: 'log:list' })).toHaveLength(count);
    await options.reload();
    await expect(logSection(options).getByLabel('Keep a log of the applications Applyfill fills')).not.toBeChecked();

    // The same fill with the log on is recorded: the check above was not vacuous.
    await logSection(options).getByLabel('Keep a log of the applications Applyfill fills').check();
    await page.goto(GREENHOUSE);
    await fillWithButton(page, undefined, 60_000);
    await expect.poll(async () => (await background<ApplicationEntry[]>(options, { type: 'log:list' })).length, { timeout: 30_000 }).toBe(count + 1);
  });

  test('Workday: undo is offered on the step it filled, and no longer once the user moves on to the next', async ({ page }) => {
    await page.goto(WORKDAY);
    await pressAutofill(page);
    await expect.poll(() => summaryText(page), { timeout: 30_000 }).toMatch(/^Filled/);
    const ui = await ownUi(page);
    await expect.poll(() => ui.isVisible(UNDO)).toBe(true);
    // With the step switch off the next step stays unfilled, so no undo of its own is offered there.
    await expect.poll(() => ui.isChecked(STEP_SWITCH)).toBe(true);
    await ui.click(STEP_SWITCH);
    await expect.poll(() => ui.isChecked(STEP_SWITCH)).toBe(false);
    const next = page.locator('[data-automation-id="pageFooterNextButton"]');
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-automation-id="progressBarActiveStep"]')).toContainText('My Experience');
    await expect.poll(() => ui.isVisible(UNDO), { message: 'Undo autofill leaves with the step' }).toBe(false);
    // The switch is a setting of this browser: back on for the tests after these.
    await ui.click(STEP_SWITCH);
    await expect.poll(() => ui.isChecked(STEP_SWITCH)).toBe(true);
    await ui.dispose();
  });

  test('Greenhouse classic board: select2 dropdowns and the S3 upload go back; a school picked by a remote search is reported, not guessed', async ({ page }) => {
    await page.goto('https://boards.greenhouse.io/acme/jobs/123');
    await (await waitForAutofillButton(page)).dispose();
    const before = await stateOf(page);
    await fillWithButton(page, undefined, 60_000);
    const filled = await stateOf(page);
    expect(filled).toMatchObject({ school_0: '4123005', gender: '3', resume: { name: 'Jordan_Rivera_Resume.pdf' } });

    const added = Object.keys(filled).filter((key) => !(key in before));
    expect(added).toEqual(expect.arrayContaining(['school_1', 'degree_1', 'discipline_1', 'start_month_1', 'start_year_1', 'end_month_1', 'end_year_1']));
    await expect(page.locator('#education_section .education:not(.education-template)')).toHaveCount(2);

    // The school the fill added goes with its row's "Remove" link. select2 3 here offers no way to
    // clear the first school once chosen: the user is told, and it stays.
    expect(await pressUndo(page)).toMatch(/^Undid \d+ fields · removed 1 entry it added · could not undo: School$/);
    expect(await stateOf(page)).toEqual({ ...before, school_0: filled.school_0 });
    await expect(page.locator('#education_section .education:not(.education-template)')).toHaveCount(1);
    await expect(page.locator('#s2id_job_application_gender .select2-chosen')).toHaveText('Please select');
    await expect(page.locator('#resume_filename')).toHaveText('');
  });

  test('Workday: on My Experience the entries the fill added go with their own Delete buttons, and the step is as before but the field the user edited', async ({ page }) => {
    const { before, filled, entries } = await fillMyExperience(page);

    await page.locator('#socialNetworkAccounts--linkedInAccount').fill('https://www.linkedin.com/in/jordy');
    // The uploaded resume goes too, through its own Delete.
    expect(filled.resume).toEqual([expect.objectContaining({ name: 'Jordan_Rivera_Resume.pdf' })]);
    expect(await pressUndo(page)).toMatch(new RegExp(`^Undid \\d+ fields · removed ${entries} entries it added · kept 1 you changed$`));

    expect(await stepState(page, 'My Experience')).toEqual({ ...before, linkedin: 'https://www.linkedin.com/in/jordy' });
    for (const section of ['Work-Experience', 'Education', 'Languages', 'Websites']) await expect(page.locator(`[aria-labelledby="${section}-section"] h5`)).toHaveCount(0);
    expect(await page.evaluate(() => {
      const { submitted, nextClicks, untrustedNavClicks } = (window as unknown as PageGlobals).__state;
      return { submitted, nextClicks, untrustedNavClicks };
    })).toEqual({ submitted: false, nextClicks: 1, untrustedNavClicks: 0 });
  });

  test('Workday: an entry the fill added and the user typed in since stays as they left it; the others go', async ({ page }) => {
    const { before, entries } = await fillMyExperience(page);

    // The user corrects the first website the fill added: that entry is theirs now.
    await page.locator('[aria-labelledby="Websites-section"] input[id$="--url"]').first().fill('https://jordy.example.com');
    expect(await pressUndo(page)).toMatch(
      new RegExp(`^Undid \\d+ fields · removed ${entries - 1} entries it added · kept 1 entry it added that you typed in$`),
    );
    expect(await stepState(page, 'My Experience')).toEqual({ ...before, websiteCount: 1, 'website1.url': 'https://jordy.example.com' });
    await expect(page.locator('[aria-labelledby="Websites-section"] h5')).toHaveText(['Websites 1']);
  });

  test('Greenhouse: a job the fill added and the user typed in since stays as they left it; the school it added goes', async ({ page }) => {
    await page.goto(GREENHOUSE);
    await (await waitForAutofillButton(page)).dispose();
    const before = await stateOf(page);
    await fillWithButton(page, undefined, 60_000);
    const filled = await stateOf(page);
    expect(filled['title-1']).not.toBe('');

    await page.locator('#title-1').fill('Senior Engineer');
    expect(await pressUndo(page)).toMatch(/^Undid \d+ fields · removed 1 entry it added · kept 1 entry it added that you typed in$/);
    const added = Object.keys(filled).filter((key) => !(key in before));
    const job = added.filter((key) => /^(company-name|title|start-date-month|start-date-year|end-date-month|end-date-year|current-role)-1$/.test(key));
    expect(job).toHaveLength(7);
    expect(await stateOf(page)).toEqual({
      ...before,
      race: '',
      ...Object.fromEntries(job.map((key) => [key, filled[key]])),
      'title-1': 'Senior Engineer',
    });
    await expect(page.locator('.employment--form')).toHaveCount(2);
    await expect(page.locator('.education--form')).toHaveCount(1);
  });
});
