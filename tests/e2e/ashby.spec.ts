import type { Page } from '@playwright/test';
import { expect, fillWithButton, test } from './fixtures';
import { RESUME_FILE, testProfileFile } from './support/profile';

/**
 * A jobs.ashbyhq.com application (tests/pages/ashby/acme.html): system fields by path, custom
 * questions by UUID, Yes/No button pairs, two long single choices drawn as comboboxes, the
 * geocoded location, radio and checkbox choices, the resume dropzone beside a cover letter upload,
 * the "Autofill from resume" parser above the form, the US EEO survey and a diversity survey.
 */
const ACME = 'https://jobs.ashbyhq.com/acme/4f1c9a7e-2b3d-4e5f-8a6b-7c8d9e0f1a2b/application';

const PHONE = '2c5e8a1f-0b3d-4c6e-9f2a-5d7b1e4c8a03';
const LINKEDIN_Q = '3d6f9b2a-1c4e-4d7f-8a3b-6e8c2f5d9b14';
const GITHUB_Q = '4e7a0c3b-2d5f-4e8a-9b4c-7f9d3a6e0c25';
const COVER_LETTER = '5f8b1d4c-3e6a-4f9b-8c5d-8a0e4b7f1d36';
const PRONOUNS = 'cf5c8e1d-0f3b-4a6c-9d2e-5b7f1c4a8e0d';
const AUTHORIZED_US = '7b0d3f6e-5a8c-4b1d-8e7f-0c2a6d9b3f58';
const SPONSORSHIP = '8c1e4a7f-6b9d-4c2e-9f8a-1d3b7e0c4a69';
const RELOCATION = '9d2f5b8a-7c0e-4d3f-8a9b-2e4c8f1d5b7a';
const RIGHT_TO_WORK_UK = 'ad3a6c9b-8d1f-4e4a-9b0c-3f5d9a2e6c8b';
const WORKED_HERE = 'be4b7d0c-9e2a-4f5b-8c1d-4a6e0b3f7d9c';
const COUNTRY = 'e17e0a3f-2b5d-4c8e-9f4a-7d9b3e6c0a2f';
const EXPERIENCE = 'f28f1b4a-3c6e-4d9f-8a5b-8e0c4f7d1b3a';
const HEARD_FROM = 'd06d9f2e-1a4c-4b7d-8e3f-6c8a2d5b9f1e';
const WHY_HERE_Q = '6a9c2e5d-4f7b-4a0c-9d6e-9b1f5c8a2e47';
const GENDER_IDENTITY = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

const WHY_HERE = 'I want to build reliable infrastructure that millions of people depend on.';
const RESUME = { name: RESUME_FILE.name, size: RESUME_FILE.size, type: RESUME_FILE.type };

/** What the fixture page keeps (tests/pages/lib/ashby-application.js). */
type FixtureWindow = { __state: Record<string, unknown>; __submitted: boolean; __locationSearches: string[] };

/** What the page itself holds, by field path. */
function pageState(page: Page) {
  return page.evaluate(() => (window as unknown as FixtureWindow).__state);
}

function locationSearches(page: Page) {
  return page.evaluate(() => (window as unknown as FixtureWindow).__locationSearches);
}

/**
 * Opens the application and returns what it holds before any fill, every field by path, once
 * Ashby has rendered the form (from a fetch, after the page loads).
 */
async function open(page: Page) {
  await page.goto(ACME);
  await page.locator('.ashby-application-form-submit-button').waitFor();
  return pageState(page);
}

/** The paths of the questions the fill outlined for the user. */
function outlined(page: Page) {
  return page.evaluate(() =>
    [...new Set(Array.from(document.querySelectorAll('[data-applyfill-needs-you]'), (el) => el.closest('[data-field-path]')?.getAttribute('data-field-path') ?? el.id))].sort(),
  );
}

/** What a fill must leave behind: no list open, no question hidden by one, nothing submitted. */
async function expectSettled(page: Page) {
  await expect(page.locator('[role="listbox"]')).toHaveCount(0);
  await expect(page.locator('.ashby-application-form-field-entry[aria-hidden="true"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as FixtureWindow).__submitted)).toBe(false);
}

test.describe('Ashby', () => {
  test('fills a jobs.ashbyhq.com application: Yes/No pairs, dropdowns, the geocoded location, the resume in its own field only', async ({ page, importProfile }) => {
    await importProfile(testProfileFile());
    const before = await open(page);
    const summary = await fillWithButton(page);

    expect(await pageState(page)).toEqual({
      ...before,
      _systemfield_name: 'Jordan Rivera',
      _systemfield_email: 'jordan.rivera@example.com',
      [PHONE]: '(555) 014-2367',
      _systemfield_location: 'New York, New York, United States',
      _systemfield_resume: RESUME,
      [LINKEDIN_Q]: 'https://www.linkedin.com/in/jordan-rivera-example',
      [GITHUB_Q]: 'https://github.com/jordan-rivera-example',
      // The profile holds no cover letter: the resume never goes there, nor into the parser.
      [COVER_LETTER]: null,
      autofillResume: null,
      [PRONOUNS]: 'They/Them',
      [AUTHORIZED_US]: true,
      [SPONSORSHIP]: false,
      [RELOCATION]: true,
      // The profile says nothing of the United Kingdom, nor of past work at Acme.
      [RIGHT_TO_WORK_UK]: null,
      [WORKED_HERE]: null,
      [COUNTRY]: 'United States',
      [EXPERIENCE]: '',
      [HEARD_FROM]: ['LinkedIn'],
      [WHY_HERE_Q]: WHY_HERE,
      _systemfield_eeoc_gender: 'Decline to self-identify',
      _systemfield_eeoc_race: 'Decline to self-identify',
      _systemfield_eeoc_veteran_status: 'I am not a veteran',
      _systemfield_eeoc_disability_status: 'I do not want to answer',
      // A long single choice, opened by its toggle: typing would only hide the answer.
      [GENDER_IDENTITY]: 'Prefer not to say',
    });
    // The location was searched once, by the city.
    expect(await locationSearches(page)).toEqual(['New York']);
    await expect(page.locator(`[data-field-path="${AUTHORIZED_US}"] button[data-option="yes"]`)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator(`[data-field-path="${SPONSORSHIP}"] button[data-option="no"]`)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('[data-field-path="_systemfield_resume"] .ashby-application-form-input-file-item-name')).toHaveText(RESUME_FILE.name);
    await expectSettled(page);
    expect(await outlined(page)).toEqual([COVER_LETTER, EXPERIENCE, RIGHT_TO_WORK_UK, WORKED_HERE].sort());
    expect(summary).toBe('Filled 19 fields · 4 need you');
  });

  test('leaves and outlines the Yes/No questions the profile does not answer', async ({ page, importProfile }) => {
    const file = testProfileFile({ application: { workAuthorization: {}, requiresSponsorship: undefined } });
    await importProfile(file);
    const before = await open(page);
    const summary = await fillWithButton(page);

    const state = await pageState(page);
    const yesNo = [AUTHORIZED_US, SPONSORSHIP, RELOCATION, RIGHT_TO_WORK_UK, WORKED_HERE];
    expect(Object.fromEntries(yesNo.map((path) => [path, state[path]]))).toEqual({
      ...Object.fromEntries(yesNo.map((path) => [path, before[path]])),
      [RELOCATION]: true,
    });
    for (const path of [AUTHORIZED_US, SPONSORSHIP]) {
      await expect(page.locator(`[data-field-path="${path}"] button[aria-pressed="true"]`)).toHaveCount(0);
    }
    expect(await outlined(page)).toEqual([AUTHORIZED_US, COVER_LETTER, EXPERIENCE, RIGHT_TO_WORK_UK, SPONSORSHIP, WORKED_HERE].sort());
    expect(summary).toBe('Filled 17 fields · 6 need you');
    await expectSettled(page);
  });

  test('leaves the location empty when no place is the profile’s, closes its list, and still attaches the resume', async ({ page, importProfile }) => {
    const file = testProfileFile();
    file.resume.basics.location = { ...file.resume.basics.location, city: 'Springfield', region: 'IL' };
    await importProfile(file);
    const before = await open(page);
    await fillWithButton(page);

    const state = await pageState(page);
    expect({ location: state._systemfield_location, resume: state._systemfield_resume }).toEqual({ location: before._systemfield_location, resume: RESUME });
    await expect(page.locator('[data-field-path="_systemfield_location"] input')).toHaveValue('');
    expect(await outlined(page)).toContain('_systemfield_location');
    await expectSettled(page);
  });

  test('keeps what the candidate answered before the fill', async ({ page, importProfile }) => {
    await importProfile(testProfileFile());
    await open(page);
    await page.locator(`[data-field-path="${AUTHORIZED_US}"] button[data-option="no"]`).click();
    await page.locator(`[data-field-path="${COUNTRY}"] button`).click();
    await page.getByRole('option', { name: 'Canada' }).click();
    await fillWithButton(page);

    const state = await pageState(page);
    expect({ authorized: state[AUTHORIZED_US], country: state[COUNTRY], name: state._systemfield_name }).toEqual({
      authorized: false,
      country: 'Canada',
      name: 'Jordan Rivera',
    });
  });
});
