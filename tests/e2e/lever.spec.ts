import type { Page } from '@playwright/test';
import { expect, fillWithButton, test } from './fixtures';
import { RESUME_FILE, testProfileFile } from './support/profile';

const ACME = 'https://jobs.lever.co/acme/0b7f0c3e-5d1a-4c7e-9a51-1f2e3d4c5b6a/apply';
const GLOBEX = 'https://jobs.lever.co/globex/3f6c2a1e-8b7d-4e9f-a0c1-5d2e4f6a8b9c/apply';
const ACME_CARD = 'cards[8f14e45f-ceea-4e7a-9c0b-2d6f1a3b5c71]';
const ACME_MOTIVATION_CARD = 'cards[c9f0f895-fb98-4b91-8e4c-7a2d3e5f6a80]';
const GLOBEX_CARD = 'cards[45c48cce-2e2d-4fbd-a7a1-9e0c3b2d1f00]';
const WHY_HERE = 'I want to build reliable infrastructure that millions of people depend on.';

/** What the fixture page keeps (tests/pages/lib/lever-application.js). */
type FixtureWindow = { __state: Record<string, unknown>; __submitted: boolean };

/** What the page itself recorded, by control name. */
function pageState(page: Page) {
  return page.evaluate(() => ({ ...(window as unknown as FixtureWindow).__state }));
}

/**
 * Opens the application and returns what it holds before any fill: with every control recorded,
 * a test that expects `{ ...before, ...filled }` fails on any field filled that it did not name.
 */
async function open(page: Page, url: string) {
  await page.goto(url);
  return pageState(page);
}

const WHY_ANSWER = { question: 'Why do you want to work here?', answer: WHY_HERE };

/** Clicks Autofill and waits for the summary the button shows when the fill is over. */
async function autofill(page: Page) {
  await fillWithButton(page);
}

/** The date a person signing today would write, as the CC-305 date field asks (MM/DD/YYYY). */
function today(page: Page) {
  return page.evaluate(() => {
    const now = new Date();
    return `${String(now.getMonth() + 1).padStart(2, '0')}/${String(now.getDate()).padStart(2, '0')}/${now.getFullYear()}`;
  });
}

/** The file the live resume input holds, and what Lever's upload button shows. */
function attachedResume(page: Page) {
  return page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('#resume-upload-input')!;
    const file = input.files?.[0];
    return {
      file: file ? { name: file.name, size: file.size, type: file.type } : null,
      shown: document.querySelector('.visible-resume-upload .filename')?.textContent ?? '',
    };
  });
}

test.describe('Lever', () => {
  test('fills the Acme application from the profile, cards and EEO included', async ({ page, importProfile }) => {
    await importProfile(testProfileFile());
    const before = await open(page, ACME);
    await autofill(page);

    expect(await pageState(page)).toEqual({
      ...before,
      name: 'Jordan Rivera',
      email: 'jordan.rivera@example.com',
      phone: '(555) 014-2367',
      location: 'New York, NY, United States',
      // Typed by the candidate before the fill: kept, not replaced by the profile's "Meta".
      org: 'Meta Platforms',
      'urls[LinkedIn]': 'https://www.linkedin.com/in/jordan-rivera-example',
      'urls[GitHub]': 'https://github.com/jordan-rivera-example',
      'urls[Twitter]': '',
      'urls[Portfolio]': 'https://jordanrivera.example.com',
      // The website already went to Portfolio.
      'urls[Other]': '',
      [`${ACME_CARD}[field0]`]: 'Yes',
      [`${ACME_CARD}[field1]`]: 'No, I will not require sponsorship now or in the future',
      [`${ACME_CARD}[field2]`]: 'Yes',
      [`${ACME_CARD}[field3]`]: [],
      [`${ACME_CARD}[field4]`]: '',
      [`${ACME_MOTIVATION_CARD}[field0]`]: WHY_HERE,
      [`${ACME_MOTIVATION_CARD}[field1]`]: 'LinkedIn',
      comments: '',
      'eeo[gender]': 'Decline to self-identify',
      'eeo[race]': 'Decline to self-identify',
      'eeo[veteran]': 'I am not a protected veteran',
      'eeo[disability]': "I don't wish to answer",
      'eeo[disabilitySignature]': 'Jordan Rivera',
      'eeo[disabilitySignatureDate]': await today(page),
      'h-captcha-response': '',
      // The suggestion picked, as Lever's location search stores it.
      selectedLocation: JSON.stringify({ name: 'New York, NY, United States', id: 'ChIJOwg_06VPwokRYv534QaPC8g' }),
      resume: { name: RESUME_FILE.name, size: RESUME_FILE.size, type: RESUME_FILE.type },
      resumeStorageId: 'storage-2',
    });
    expect(await page.evaluate(() => (window as unknown as FixtureWindow).__submitted)).toBe(false);
  });

  test('attaches the resume again when the upload area re-renders without it', async ({ page, importProfile }) => {
    await importProfile(testProfileFile());
    await page.goto(ACME);
    await autofill(page);

    const resume = { name: RESUME_FILE.name, size: RESUME_FILE.size, type: RESUME_FILE.type };
    expect(await attachedResume(page)).toEqual({ file: resume, shown: RESUME_FILE.name });
    const state = await pageState(page);
    expect(state.resume).toEqual(resume);
    // Two parses: the first one's re-render dropped the file, the second kept it.
    expect(state.resumeStorageId).toBe('storage-2');
    // Lever's parse wrote "JORDAN RIVERA" into the untouched name; the profile's wording won.
    expect(state.name).toBe('Jordan Rivera');
  });

  test('outlines the questions the profile cannot answer and leaves them empty', async ({ page, importProfile }) => {
    await importProfile(testProfileFile());
    await page.goto(ACME);
    await autofill(page);

    const outlined = page.locator('[data-applyfill-needs-you]');
    await expect(outlined.and(page.locator(`[name="${ACME_CARD}[field4]"]`))).toHaveCount(1);
    await expect(page.locator(`[name="${ACME_CARD}[field3]"]:checked`)).toHaveCount(0);
    await expect(page.locator('textarea[name=comments]')).toHaveValue('');
    await expect(page.locator(`[name="${ACME_CARD}[field4]"]`)).toHaveValue('');
  });

  test('fills an older account: plain location, urls[Github], radios for race, CC-305 signature', async ({ page, importProfile }) => {
    await importProfile(testProfileFile());
    const before = await open(page, GLOBEX);
    await expect(page.locator('#disabilitySignatureSection')).toBeHidden();
    await autofill(page);

    expect(await pageState(page)).toEqual({
      ...before,
      name: 'Jordan Rivera',
      email: 'jordan.rivera@example.com',
      phone: '(555) 014-2367',
      // A plain text box takes the profile's place as written.
      location: 'New York, NY, United States',
      org: 'Meta',
      'urls[LinkedIn]': 'https://www.linkedin.com/in/jordan-rivera-example',
      'urls[Github]': 'https://github.com/jordan-rivera-example',
      // No Portfolio slot on this form: Other is where the website goes.
      'urls[Other]': 'https://jordanrivera.example.com',
      [`${GLOBEX_CARD}[field0]`]: 'Yes',
      [`${GLOBEX_CARD}[field1]`]: 'No',
      [`${GLOBEX_CARD}[field2]`]: '200000 USD per year',
      comments: '',
      'eeo[gender]': 'Decline to self-identify',
      'eeo[race]': 'Decline to self-identify',
      'eeo[veteran]': 'I am not a veteran',
      'eeo[disability]': 'I do not want to answer',
      'eeo[disabilitySignature]': 'Jordan Rivera',
      'eeo[disabilitySignatureDate]': await today(page),
      resume: { name: RESUME_FILE.name, size: RESUME_FILE.size, type: RESUME_FILE.type },
      resumeStorageId: 'storage-1',
    });
    await expect(page.locator('#disabilitySignatureSection')).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as FixtureWindow).__submitted)).toBe(false);
  });

  test('answers the additional information box when a saved answer asks it', async ({ page, importProfile }) => {
    const note = 'Available to start in January; happy to relocate to New York.';
    await importProfile(testProfileFile({ application: { answers: [WHY_ANSWER, { question: 'Additional information', answer: note }] } }));
    await page.goto(ACME);
    await autofill(page);

    expect(await pageState(page)).toMatchObject({ comments: note, [`${ACME_MOTIVATION_CARD}[field0]`]: WHY_HERE });
  });

  test('ticks the offices card from a saved answer', async ({ page, importProfile }) => {
    // Remove once checkbox lists can take saved answers: it then passes, and Playwright reports that.
    await importProfile(testProfileFile({ application: { answers: [WHY_ANSWER, { question: 'Which of our offices could you work from?', answer: 'New York' }] } }));
    await page.goto(ACME);
    await autofill(page);

    expect(await pageState(page)).toMatchObject({ [`${ACME_CARD}[field3]`]: ['New York'], comments: '' });
  });

  test('leaves a CC-305 signature shown from the start unsigned when the profile does not answer disability', async ({ page, importProfile }) => {
    await importProfile(testProfileFile({ application: { eeo: {} } }));
    await page.goto(`${GLOBEX}?signature=always`);
    await expect(page.locator('[name="eeo[disabilitySignature]"]')).toBeVisible();
    await autofill(page);

    expect(await pageState(page)).toMatchObject({
      name: 'Jordan Rivera',
      'eeo[disability]': '',
      'eeo[disabilitySignature]': '',
      'eeo[disabilitySignatureDate]': '',
    });
  });

  test('leaves the EEO survey and its signature alone when the profile does not answer them', async ({ page, importProfile }) => {
    await importProfile(testProfileFile({ application: { eeo: {} } }));
    await page.goto(GLOBEX);
    await autofill(page);
    const state = await pageState(page);

    expect(state).toMatchObject({
      name: 'Jordan Rivera',
      'eeo[gender]': '',
      'eeo[race]': '',
      'eeo[veteran]': '',
      'eeo[disability]': '',
      'eeo[disabilitySignature]': '',
      'eeo[disabilitySignatureDate]': '',
    });
    await expect(page.locator('#disabilitySignatureSection')).toBeHidden();
  });
});
