import type { Frame, Page } from '@playwright/test';
import { expect, fillWithButton, test, waitForAutofillButton } from './fixtures';
import { RESUME_FILE, testProfileFile } from './support/profile';

/**
 * Greenhouse, as a candidate meets it: the classic board (select2 dropdowns, a remote school
 * search, S3 upload forms, questions wrapped in labels), the new React board (react-select,
 * Employment and Education forms added with "Add another", the phone's country picker), and the
 * classic form embedded in a company's career site. Each page keeps the values its app has
 * committed in window.__state; every key is checked, so a field filled that should not be fails as
 * surely as one left empty.
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

/** The classic form's record after a fill with the test profile (the user had typed the phone and picked a gender). */
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
  // Found by searching Greenhouse's school list: "Columbia University" is listed by its official name.
  school_0: '4123005', // Columbia University in the City of New York
  degree_0: '4', // Master's Degree, not the M.B.A.
  discipline_0: '103', // Computer Science
  start_month_0: '09',
  start_year_0: '2015',
  end_month_0: '05',
  end_year_0: '2018',
  // The second school's entry, added with "+ Add another education".
  school_1: '4123010', // Yale University
  degree_1: '3', // Bachelor's Degree
  discipline_1: '104', // Economics
  start_month_1: '09',
  start_year_1: '2010',
  end_month_1: '05',
  end_year_1: '2014',
  q_linkedin: PROFILE.linkedin,
  q_website: PROFILE.website,
  q_authorized: '1',
  q_sponsorship: '0',
  q_over18: '',
  q_kubernetes: '',
  q_why: PROFILE.why,
  // The question states the currency and the period: the number alone.
  q_salary: '200000',
  q_source: '27691663004', // LinkedIn
  q_offices: [],
  gender: '3', // Decline To Self Identify
  hispanic_ethnicity: 'No',
  race: '8', // Decline To Self Identify, asked once Hispanic/Latino is answered "No"
  veteran_status: '1', // I am not a protected veteran
  disability_status: '3', // I don't wish to answer
};

/** What the classic board's select2 widgets show after that fill, by the id of the control each stands for. */
const CLASSIC_SHOWN = {
  job_application_answers_attributes_2_boolean_value: 'Yes',
  job_application_answers_attributes_3_boolean_value: 'No',
  job_application_answers_attributes_4_boolean_value: '--',
  job_application_answers_attributes_5_answer_selected_options_attributes_5_question_option_id: 'Please select',
  job_application_answers_attributes_8_answer_selected_options_attributes_8_question_option_id: 'LinkedIn',
  job_application_gender: 'Decline To Self Identify',
  job_application_hispanic_ethnicity: 'No',
  job_application_race: 'Decline To Self Identify',
  job_application_veteran_status: 'I am not a protected veteran',
  job_application_disability_status: "I don't wish to answer",
  education_school_name_0: 'Columbia University in the City of New York',
  education_degree_0: "Master's Degree",
  education_discipline_0: 'Computer Science',
  education_school_name_1: 'Yale University',
  education_degree_1: "Bachelor's Degree",
  education_discipline_1: 'Economics',
};

/** The new board's record after a fill with the test profile (the user had answered two questions). */
const NEW_BOARD_FILLED = {
  first_name: 'Jordan',
  last_name: 'Rivera',
  email: 'jordan.rivera@example.com',
  // The phone's country, chosen from the profile's country code (+1) and country.
  country: 'United States +1',
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
  question_3011: '200000',
  // Employment: the current job (no end date, "Current role" ticked), then the one before, added with "+ Add another".
  'company-name-0': 'Meta',
  'title-0': 'Senior Software Engineer',
  'start-date-month-0': 'June',
  'start-date-year-0': '2019',
  'end-date-month-0': '',
  'end-date-year-0': '',
  'current-role-0': true,
  'company-name-1': 'Jet.com',
  'title-1': 'Software Engineer',
  'start-date-month-1': 'January',
  'start-date-year-1': '2018',
  'end-date-month-1': 'May',
  'end-date-year-1': '2019',
  'current-role-1': false,
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
async function fillAndWait(page: Page, frameSelector?: string): Promise<string> {
  return fillWithButton(page, frameSelector, 60_000);
}

/** Picks a result in a select2 3 widget with the mouse, as a person does. */
async function pickInSelect2(scope: Scope, controlId: string, result: string, search?: string) {
  await scope.locator(`#s2id_${controlId} a.select2-choice`).click();
  if (search) await scope.locator('#select2-drop input.select2-input').pressSequentially(search);
  await scope.locator('#select2-drop li.select2-result-selectable', { hasText: result }).click();
}

/** What each select2 widget of the classic form shows. */
const shownChoices = (scope: Scope) =>
  scope.evaluate((ids) => Object.fromEntries(ids.map((id) => [id, document.querySelector(`#s2id_${id} .select2-chosen`)?.textContent ?? null])), Object.keys(CLASSIC_SHOWN));

async function expectResumeUploaded(scope: Scope) {
  await expect(scope.locator('#resume_filename')).toHaveText(RESUME_FILE.name);
  await expect(scope.locator('#resume_url_filename')).toHaveValue(RESUME_FILE.name);
  await expect(scope.locator('#resume_text')).toBeHidden();
  const files = await scope.locator('#s3_upload_for_resume input[type=file]').evaluate((input: HTMLInputElement) =>
    Array.from(input.files ?? [], (file) => ({ name: file.name, size: file.size })),
  );
  expect(files).toEqual([{ name: RESUME_FILE.name, size: RESUME_FILE.size }]);
}

test.describe('Greenhouse classic board', () => {
  test.beforeEach(async ({ importProfile }) => {
    await importProfile(testProfileFile());
  });

  test('fills select2 dropdowns, the school search, both schools, wrapped questions and the S3 upload; keeps the user\'s answers', async ({ page }) => {
    await page.goto('https://boards.greenhouse.io/acme/jobs/123');
    await pickInSelect2(page, 'job_application_gender', 'Female');
    await fillAndWait(page);

    expect(await stateOf(page)).toEqual({ ...CLASSIC_FILLED, gender: '2' });
    expect(await shownChoices(page)).toEqual({ ...CLASSIC_SHOWN, job_application_gender: 'Female' });
    expect(await submitted(page)).toBe(false);
    await expectResumeUploaded(page);
    // No dropdown left open, no search text left behind.
    await expect(page.locator('#select2-drop')).toHaveCount(0);
    await expect(page.locator('.select2-drop-active')).toHaveCount(0);
    await expect(page.locator('#resume_fieldset')).not.toHaveAttribute('data-applyfill-needs-you', '');
  });

  test('an upload the page did not take is left to the user, never reported as attached', async ({ page }) => {
    await page.goto('https://boards.greenhouse.io/acme/jobs/123?s3=unreachable');
    await fillAndWait(page);

    expect(await stateOf(page)).toEqual({ ...CLASSIC_FILLED, resume: null });
    await expect(page.locator('#resume_filename')).toHaveText('');
    await expect(page.locator('#resume_fieldset')).toHaveAttribute('data-applyfill-needs-you', '');
  });

  test('a school the list names in several ways is left to the user, with no search left behind', async ({ page, importProfile }) => {
    const profile = testProfileFile();
    // "Columbia" begins five schools' names in Greenhouse's list: none of them is surely the one.
    profile.resume.education[0]!.institution = 'Columbia';
    await importProfile(profile);
    await page.goto('https://boards.greenhouse.io/acme/jobs/123');
    await fillAndWait(page);

    expect(await stateOf(page)).toEqual({ ...CLASSIC_FILLED, school_0: '' });
    await expect(page.locator('#s2id_education_school_name_0 .select2-chosen')).toHaveText('Select a School');
    await expect(page.locator('#select2-drop')).toHaveCount(0);
    await expect(page.locator('#s2id_education_school_name_0')).toHaveAttribute('data-applyfill-needs-you', '');
  });

  test('a saved answer ticks its option in a checkbox list', async ({ page, importProfile }) => {
    await importProfile(MULTI_SELECT_ANSWERS);
    await page.goto('https://boards.greenhouse.io/acme/jobs/123');
    await fillAndWait(page);

    expect(await stateOf(page)).toEqual({ ...CLASSIC_FILLED, q_offices: ['27691670004'] }); // New York
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
    expect(await shownChoices(frame!)).toEqual(CLASSIC_SHOWN);
    expect(await submitted(frame!)).toBe(false);
    await expectResumeUploaded(frame!);
  });
});

test.describe('Greenhouse new board', () => {
  test.beforeEach(async ({ importProfile }) => {
    await importProfile(testProfileFile());
  });

  test('react-select dropdowns, the phone country, both jobs and both schools, the conditional race question and uploads', async ({ page }) => {
    await page.goto('https://job-boards.greenhouse.io/acme/jobs/4567');
    await fillAndWait(page);

    expect(await stateOf(page)).toEqual(NEW_BOARD_FILLED);
    expect(await submitted(page)).toBe(false);

    // What the form would submit: react-select's hidden inputs carry the option values.
    const hidden = (name: string) => page.locator(`input[type=hidden][name="${name}"]`).first().inputValue();
    expect(await hidden('country')).toBe('US');
    expect(await hidden('gender')).toBe('3');
    expect(await hidden('question_3003')).toBe('1');
    expect(await hidden('question_3008')).toBe('42002');
    expect(await hidden('school--0')).toBe('5002');
    // Shown as a person sees it, with no search text left behind.
    await expect(page.locator('[data-select=race] .select__single-value')).toHaveText('Decline To Self Identify');
    await expect(page.locator('[data-select=country] .select__single-value')).toHaveText('United States +1');
    await expect(page.locator('[data-select="start-date-month-1"] .select__single-value')).toHaveText('January');
    await expect(page.locator('.employment--form')).toHaveCount(2);
    await expect(page.locator('.education--form')).toHaveCount(2);
    await expect(page.locator('[data-upload=resume] .file-upload__filename-text')).toHaveText(RESUME_FILE.name);
    const files = await page.locator('#resume').evaluate((input: HTMLInputElement) =>
      Array.from(input.files ?? [], (file) => ({ name: file.name, size: file.size })),
    );
    expect(files).toEqual([{ name: RESUME_FILE.name, size: RESUME_FILE.size }]);
  });

  test('(EU) a saved answer picks its option in a multi-select; the user\'s own choices stay', async ({ page, importProfile }) => {
    await importProfile(MULTI_SELECT_ANSWERS);
    await page.goto('https://job-boards.eu.greenhouse.io/acme/jobs/4567');
    await fillAndWait(page);

    // The dates filled prove the Greenhouse adapter ran, not only the generic engine.
    expect(await stateOf(page)).toEqual({ ...NEW_BOARD_FILLED, question_3009: ['Go'] });
    await expect(page.locator('input[type=hidden][name=question_3009]')).toHaveValue('43001');
    await expect(page.locator('[data-select=question_3010] .select__multi-value__label')).toHaveText(['Remote (US)']);
    expect(await submitted(page)).toBe(false);
  });

  test('keeps the entries the user added beyond the profile\'s jobs and schools', async ({ page }) => {
    await page.goto('https://job-boards.greenhouse.io/acme/jobs/4567');
    for (const section of ['.employment--container', '.education--container']) {
      const addAnother = page.locator(section).getByRole('button', { name: '+ Add another' });
      await addAnother.click();
      await addAnother.click();
    }
    await fillAndWait(page);

    expect(await stateOf(page)).toEqual({
      ...NEW_BOARD_FILLED,
      'company-name-2': '',
      'title-2': '',
      'start-date-month-2': '',
      'start-date-year-2': '',
      'end-date-month-2': '',
      'end-date-year-2': '',
      'current-role-2': false,
      'school--2': '',
      'degree--2': '',
      'discipline--2': '',
      'start-month--2': '',
      'start-year--2': '',
      'end-month--2': '',
      'end-year--2': '',
    });
    await expect(page.locator('.employment--form')).toHaveCount(3);
    await expect(page.locator('.education--form')).toHaveCount(3);
  });
});

test.describe('widget fixtures', () => {
  // The fixtures stand in for the real widgets in every test above; these pin the behaviour the
  // filler relies on and must never trigger.
  test('react-select: opens on mouse-down or ArrowDown, filters on typing, commits only on choosing', async ({ page }) => {
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

  test('select2 3: the select is clipped away, the widget opens on mouse-down and commits on the release over a result', async ({ page }) => {
    await page.goto('https://boards.greenhouse.io/acme/jobs/123');
    const select = page.locator('#job_application_veteran_status');
    await expect(select).toHaveClass(/select2-offscreen/);
    await expect(select).toHaveAttribute('title', 'Veteran Status');
    // Inside a label without `for`, select2's focus input comes first: the browser labels it, not the select.
    const question = page.locator('#job_application_answers_attributes_2_boolean_value');
    expect(await question.evaluate((el: HTMLSelectElement) => el.labels.length)).toBe(0);

    await page.locator('#s2id_job_application_veteran_status a.select2-choice').dispatchEvent('mousedown', { button: 0 });
    await expect(page.locator('#select2-drop.select2-drop-active')).toBeVisible();
    const result = page.locator('#select2-drop .select2-result-label', { hasText: 'I am not a protected veteran' });
    // A press alone commits nothing; neither does Escape.
    await result.dispatchEvent('mousedown', { button: 0 });
    expect((await stateOf(page)).veteran_status).toBe('');
    await page.keyboard.press('Escape');
    await expect(page.locator('#select2-drop')).toHaveCount(0);
    expect((await stateOf(page)).veteran_status).toBe('');

    await page.locator('#s2id_job_application_veteran_status a.select2-choice').dispatchEvent('mousedown', { button: 0 });
    await page.locator('#select2-drop .select2-result-label', { hasText: 'I am not a protected veteran' }).dispatchEvent('mouseup', { button: 0 });
    expect((await stateOf(page)).veteran_status).toBe('1');
    await expect(page.locator('#s2id_job_application_veteran_status .select2-chosen')).toHaveText('I am not a protected veteran');

    // The school list answers after a round trip; until then the search box is marked as busy.
    await page.locator('#s2id_education_school_name_0 a.select2-choice').dispatchEvent('mousedown', { button: 0 });
    const search = page.locator('#select2-drop input.select2-input');
    await search.pressSequentially('Yale');
    await expect(search).toHaveClass(/select2-active/);
    await expect(page.locator('#select2-drop .select2-result-label')).toHaveText(['Yale University']);
    await expect(search).not.toHaveClass(/select2-active/);
    await search.fill('Nowhere State');
    await expect(page.locator('#select2-drop .select2-no-results')).toHaveText('No matches found');
  });
});
