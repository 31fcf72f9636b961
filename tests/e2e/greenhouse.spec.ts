import type { Frame, Page } from '@playwright/test';
import { expect, fillWithButton, test, waitForAutofillButton } from './fixtures';
import { RESUME_FILE, testProfileFile } from './support/profile';

/**
 * Greenhouse, as a candidate meets it: the classic board, the new React board, and the classic
 * form embedded in a company's career site. Each page keeps the values its app has committed in
 * window.__state; every key is checked, so a field filled that should not be fails as surely as
 * one left empty.
 */

type Scope = Page | Frame;

interface PageGlobals {
  __state: Record<string, unknown>;
  __submitted?: boolean;
}

const stateOf = (scope: Scope) => scope.evaluate(() => (window as unknown as PageGlobals).__state);
const submitted = (scope: Scope) => scope.evaluate(() => (window as unknown as PageGlobals).__submitted ?? false);
const resumeAttached = { name: RESUME_FILE.name, size: RESUME_FILE.size, type: RESUME_FILE.type };

const PROFILE = {
  linkedin: 'https://www.linkedin.com/in/jordan-rivera-example',
  website: 'https://jordanrivera.example.com',
  why: 'I want to build reliable infrastructure that millions of people depend on.',
};

/** The classic form's record after a fill with the test profile (the user had typed the phone). */
const CLASSIC_FILLED = {
  first_name: 'Jordan',
  last_name: 'Rivera',
  email: 'jordan.rivera@example.com',
  phone: '(917) 555-0100',
  location: 'New York, NY, United States',
  resume: resumeAttached,
  resume_text: '',
  cover_letter: null,
  cover_letter_text: '',
  school: '4123002', // Columbia University, not Columbia College Chicago
  degree: '4', // Master's Degree, not the M.B.A.
  discipline: '103', // Computer Science
  start_month: '09',
  start_year: '2015',
  end_month: '05',
  end_year: '2018',
  q_linkedin: PROFILE.linkedin,
  q_website: PROFILE.website,
  q_authorized: '1',
  q_sponsorship: '0',
  q_over18: '',
  q_kubernetes: '',
  q_why: PROFILE.why,
  q_source: '27691663004', // LinkedIn
  q_offices: [],
  gender: '3', // Decline To Self Identify
  hispanic_ethnicity: 'No',
  race: '8', // Decline To Self Identify, asked once Hispanic/Latino is answered "No"
  veteran_status: '1', // I am not a protected veteran
  disability_status: '3', // I don't wish to answer
};

/** The new board's record after a fill with the test profile (the user had answered two questions). */
const NEW_BOARD_FILLED = {
  first_name: 'Jordan',
  last_name: 'Rivera',
  email: 'jordan.rivera@example.com',
  phone: '(555) 014-2367',
  // Chosen among the geocoder's places, which appear a moment after typing the city.
  'candidate-location': 'New York, New York, United States',
  resume: resumeAttached,
  cover_letter: null,
  question_3001: PROFILE.linkedin,
  question_3002: PROFILE.website,
  question_3003: 'Yes',
  question_3004: 'No',
  question_3005: '',
  question_3006: '',
  question_3007: PROFILE.why,
  question_3008: 'Employee Referral', // chosen by the user before the fill
  question_3009: [],
  question_3010: ['Remote (US)'], // chosen by the user before the fill
  'school--0': 'Columbia University',
  'degree--0': "Master's Degree",
  'discipline--0': 'Computer Science',
  'start-month--0': 'September',
  'start-year--0': '2015',
  'end-month--0': 'May',
  'end-year--0': '2018',
  // The second school's form, added with "+ Add another".
  'school--1': 'Yale University',
  'degree--1': "Bachelor's Degree",
  'discipline--1': 'Economics',
  'start-month--1': 'September',
  'start-year--1': '2010',
  'end-month--1': 'May',
  'end-year--1': '2014',
  gender: 'Decline To Self Identify',
  hispanic_ethnicity: 'No',
  race: 'Decline To Self Identify',
  veteran_status: 'I am not a protected veteran',
  disability_status: "I don't wish to answer",
};

/** Saved answers to the multi-select questions; the offices one the new board's user has answered already. */
const MULTI_SELECT_ANSWERS = testProfileFile({
  application: {
    answers: [
      { question: 'Why do you want to work here?', answer: PROFILE.why },
      { question: 'Which programming languages do you use at work?', answer: 'Go' },
      { question: 'Which of our offices could you work from?', answer: 'New York' },
    ],
  },
});

/** Clicks the in-page button and waits for its summary: the fill is over when it shows. */
async function fillAndWait(page: Page, frameSelector?: string) {
  await fillWithButton(page, frameSelector, 45_000);
}

test.describe('Greenhouse', () => {
  test.beforeEach(async ({ importProfile }) => {
    await importProfile(testProfileFile());
  });

  test('classic board: fills every field the profile answers and nothing else', async ({ page }) => {
    await page.goto('https://boards.greenhouse.io/acme/jobs/123');
    await fillAndWait(page);

    expect(await stateOf(page)).toEqual(CLASSIC_FILLED);
    expect(await submitted(page)).toBe(false);
    // The upload shows the file's name; the "enter manually" box stays closed and empty.
    await expect(page.locator('#resume_filename')).toHaveText(RESUME_FILE.name);
    await expect(page.locator('#resume_text')).toBeHidden();
    const files = await page.locator('.attach-or-paste[data-field=resume] input[type=file]').evaluate((input: HTMLInputElement) =>
      Array.from(input.files ?? [], (file) => ({ name: file.name, size: file.size })),
    );
    expect(files).toEqual([{ name: RESUME_FILE.name, size: RESUME_FILE.size }]);
  });

  test('new board: react-select dropdowns, the conditional race question, uploads, split dates and a second school', async ({ page }) => {
    await page.goto('https://job-boards.greenhouse.io/acme/jobs/4567');
    await fillAndWait(page);

    expect(await stateOf(page)).toEqual(NEW_BOARD_FILLED);
    expect(await submitted(page)).toBe(false);

    // What the form would submit: react-select's hidden inputs carry the option values.
    const hidden = (name: string) => page.locator(`input[type=hidden][name="${name}"]`).first().inputValue();
    expect(await hidden('gender')).toBe('3');
    expect(await hidden('question_3003')).toBe('1');
    expect(await hidden('question_3008')).toBe('42002');
    expect(await hidden('school--0')).toBe('5002');
    // Shown as a person sees it, with no search text left behind.
    await expect(page.locator('#race').locator('xpath=ancestor::div[contains(@class,"select__control")]').locator('.select__single-value')).toHaveText(
      'Decline To Self Identify',
    );
    await expect(page.locator('[data-upload=resume] .file-upload__filename-text')).toHaveText(RESUME_FILE.name);
    const files = await page.locator('#resume').evaluate((input: HTMLInputElement) =>
      Array.from(input.files ?? [], (file) => ({ name: file.name, size: file.size })),
    );
    expect(files).toEqual([{ name: RESUME_FILE.name, size: RESUME_FILE.size }]);
  });

  test('classic board: a saved answer ticks its option in a checkbox list', async ({ page, importProfile }) => {
    // Remove once checkbox lists can take saved answers: it then passes, and Playwright reports that.
    await importProfile(MULTI_SELECT_ANSWERS);
    await page.goto('https://boards.greenhouse.io/acme/jobs/123');
    await fillAndWait(page);

    expect(await stateOf(page)).toEqual({ ...CLASSIC_FILLED, q_offices: ['27691670004'] }); // New York
  });

  test('new board (EU): a saved answer picks its option in a multi-select; the user\'s own choices stay', async ({ page, importProfile }) => {
    await importProfile(MULTI_SELECT_ANSWERS);
    await page.goto('https://job-boards.eu.greenhouse.io/acme/jobs/4567');
    await fillAndWait(page);

    // The dates filled prove the Greenhouse adapter ran, not only the generic engine.
    expect(await stateOf(page)).toEqual({ ...NEW_BOARD_FILLED, question_3009: ['Go'] });
    await expect(page.locator('input[type=hidden][name=question_3009]')).toHaveValue('43001');
    await expect(page.locator('[data-select=question_3010] .select__multi-value__label')).toHaveText(['Remote (US)']);
    expect(await submitted(page)).toBe(false);
  });

  test('new board: keeps an education form the user added beyond the profile\'s schools', async ({ page }) => {
    await page.goto('https://job-boards.greenhouse.io/acme/jobs/4567');
    const addAnother = page.getByRole('button', { name: '+ Add another' });
    await addAnother.click();
    await addAnother.click();
    await fillAndWait(page);

    expect(await stateOf(page)).toEqual({
      ...NEW_BOARD_FILLED,
      'school--2': '',
      'degree--2': '',
      'discipline--2': '',
      'start-month--2': '',
      'start-year--2': '',
      'end-month--2': '',
      'end-year--2': '',
    });
    await expect(page.locator('.education--form')).toHaveCount(3);
  });

  test('embedded form: the button shows inside the iframe on the career site and fills it', async ({ page }) => {
    await page.goto('https://careers.acme-robotics.com/jobs/123');
    await expect(page.locator('#grnhse_iframe')).toHaveAttribute('src', 'https://boards.greenhouse.io/embed/job_app?for=acme&token=123');
    // The career site itself is not an ATS page: no button of its own.
    await (await waitForAutofillButton(page, '#grnhse_iframe')).dispose();
    await expect(page.locator('body > applyfill-ui')).toHaveCount(0);

    const frame = page.frame({ url: /boards\.greenhouse\.io\/embed\/job_app/ });
    expect(frame).not.toBeNull();
    await fillAndWait(page, '#grnhse_iframe');
    expect(await stateOf(frame!)).toEqual(CLASSIC_FILLED);
    expect(await submitted(frame!)).toBe(false);
  });
});

test.describe('react-select fixture', () => {
  // The fixture stands in for the real widget in every test above; these pin the behaviour
  // the filler relies on and must never trigger (Enter with the menu closed submits the form).
  test('opens on mouse-down or ArrowDown, filters on typing, commits only on choosing', async ({ page }) => {
    await page.goto('https://job-boards.greenhouse.io/acme/jobs/4567');
    const input = page.locator('#gender');
    const control = page.locator('[data-select=gender] .select__control');

    await input.focus();
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    expect(await submitted(page)).toBe(true);
    await page.evaluate(() => delete (window as unknown as PageGlobals).__submitted);

    await page.keyboard.press('ArrowDown');
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await expect(input).toHaveAttribute('aria-controls', 'react-select-gender-listbox');
    await expect(page.locator('#react-select-gender-listbox [role=option]')).toHaveText(['Male', 'Female', 'Decline To Self Identify']);
    await page.keyboard.press('Escape');
    await expect(input).toHaveAttribute('aria-expanded', 'false');

    await control.dispatchEvent('mousedown', { button: 0 });
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await input.pressSequentially('fem');
    await expect(page.locator('#react-select-gender-listbox [role=option]')).toHaveText(['Female']);
    await expect(page.locator('#react-select-gender-option-0')).toHaveClass(/select__option--is-focused/);
    // Typed text alone commits nothing, and leaving the field discards it.
    await input.blur();
    await expect(input).toHaveValue('');
    expect((await stateOf(page)).gender).toBe('');

    await input.pressSequentially('fem');
    await page.keyboard.press('Enter');
    expect((await stateOf(page)).gender).toBe('Female');
    expect(await submitted(page)).toBe(false);
    await expect(page.locator('input[type=hidden][name=gender]')).toHaveValue('2');

    await page.locator('[data-select=question_3009] .select__control').dispatchEvent('mousedown', { button: 0 });
    await page.locator('#react-select-question_3009-listbox [role=option]', { hasText: 'Rust' }).click();
    await page.locator('[data-select=question_3009] .select__control').dispatchEvent('mousedown', { button: 0 });
    await page.locator('#react-select-question_3009-listbox [role=option]', { hasText: 'Go' }).click();
    expect((await stateOf(page)).question_3009).toEqual(['Rust', 'Go']);
    await expect(page.locator('input[type=hidden][name=question_3009]')).toHaveCount(2);
  });
});
