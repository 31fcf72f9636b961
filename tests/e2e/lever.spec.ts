import type { Page } from '@playwright/test';
import { expect, fillWithButton, test } from './fixtures';
import { RESUME_FILE, testProfileFile } from './support/profile';

/** A jobs.lever.co posting: the location search as public captures show it, five link slots, the EEO survey with its CC-305 signature. */
const ACME = 'https://jobs.lever.co/acme/0b7f0c3e-5d1a-4c7e-9a51-1f2e3d4c5b6a/apply';
/** Custom cards of every kind, an ARIA listbox for locations, and an EEO survey without the disability part. */
const GLOBEX = 'https://jobs.lever.co/globex/3f6c2a1e-8b7d-4e9f-a0c1-5d2e4f6a8b9c/apply';
/** The EU host: no US survey, a consent box, the location input inside its dropdown's wrapper. */
const NORDWIND = 'https://jobs.eu.lever.co/nordwind/7c1e9a52-4b3d-4f6e-8a29-5d0b3c7e1f84/apply';

const ACME_CARD = 'cards[8f14e45f-ceea-4e7a-9c0b-2d6f1a3b5c71]';
const NORDWIND_CARD = 'cards[d3c2b1a0-9f8e-4d7c-a6b5-c4d3e2f1a0b9]';
const GLOBEX_AUTHORIZATION = 'cards[45c48cce-2e2d-4fbd-a7a1-9e0c3b2d1f00]';
const GLOBEX_LOGISTICS = 'cards[6512bd43-d9ca-4a6e-8b0f-1c2d3e4f5a6b]';
const GLOBEX_ABOUT_YOU = 'cards[c20ad4d7-6fe9-4759-8aa2-7b8c9d0e1f2a]';

const WHY_HERE = 'I want to build reliable infrastructure that millions of people depend on.';
const LINKEDIN = 'https://www.linkedin.com/in/jordan-rivera-example';
const GITHUB = 'https://github.com/jordan-rivera-example';
const WEBSITE = 'https://jordanrivera.example.com';
const RESUME = { name: RESUME_FILE.name, size: RESUME_FILE.size, type: RESUME_FILE.type };

/** What the fixture pages keep (tests/pages/lib/lever-application.js). */
type FixtureWindow = { __state: Record<string, unknown>; __submitted: boolean; __locationSearches: string[] };

/** What the page itself holds, by control name. */
function pageState(page: Page) {
  return page.evaluate(() => (window as unknown as FixtureWindow).__state);
}

function submitted(page: Page) {
  return page.evaluate(() => (window as unknown as FixtureWindow).__submitted);
}

/** What the location search was asked, in order. */
function locationSearches(page: Page) {
  return page.evaluate(() => (window as unknown as FixtureWindow).__locationSearches);
}

/**
 * Opens the application and returns what it holds before any fill: with every control recorded,
 * a test that expects `{ ...before, ...filled }` fails on any field filled that it did not name.
 */
async function open(page: Page, url: string) {
  await page.goto(url);
  return pageState(page);
}

/** The Lever record of a picked suggestion, as its location search writes it. */
function pickedLocation(name: string, id: string) {
  return JSON.stringify({ name, id });
}

/** The date a person signing today would write, as the CC-305 date field asks (MM/DD/YYYY). */
function today(page: Page) {
  return page.evaluate(() => {
    const now = new Date();
    return `${String(now.getMonth() + 1).padStart(2, '0')}/${String(now.getDate()).padStart(2, '0')}/${now.getFullYear()}`;
  });
}

/** The names of the controls the fill outlined for the user. */
function outlined(page: Page) {
  return page.evaluate(() =>
    [...new Set(Array.from(document.querySelectorAll('[data-applyfill-needs-you]'), (el) => el.getAttribute('name') ?? el.id))].sort(),
  );
}

/** A profile living elsewhere: the resume's address is what the location question asks. */
function profileIn(city: string, region: string) {
  const file = testProfileFile();
  file.resume.basics.location = { ...file.resume.basics.location, city, region };
  return file;
}

test.describe('Lever', () => {
  test('fills a jobs.lever.co posting: the picked location recorded, links where their labels ask, the EEO survey signed', async ({ page, importProfile }) => {
    await importProfile(testProfileFile());
    const before = await open(page, ACME);
    await expect(page.locator('#disabilitySignatureSection')).toBeHidden();
    const summary = await fillWithButton(page);

    expect(await pageState(page)).toEqual({
      ...before,
      resume: RESUME,
      resumeStorageId: '2f7d1c9a-8b3e-4d5f-a6c7-e8f9a0b1c2d3',
      name: 'Jordan Rivera',
      email: 'jordan.rivera@example.com',
      phone: '(555) 014-2367',
      location: 'New York, NY, United States',
      selectedLocation: pickedLocation('New York, NY, United States', 'ChIJOwg_06VPwokRYv534QaPC8g'),
      // Typed by the candidate before the fill, and so also kept by Lever's resume parse.
      org: 'Meta Platforms',
      'urls[LinkedIn]': LINKEDIN,
      'urls[Twitter]': '',
      'urls[GitHub]': GITHUB,
      'urls[Portfolio]': WEBSITE,
      // "Other website" does not say what it is for.
      'urls[Other]': '',
      [`${ACME_CARD}[field0]`]: [],
      [`${ACME_CARD}[field1]`]: WHY_HERE,
      comments: '',
      'eeo[gender]': 'Decline to self-identify',
      'eeo[race]': 'Decline to self-identify',
      'eeo[veteran]': 'I am not a protected veteran',
      'eeo[disability]': 'I do not want to answer',
      'eeo[disabilitySignature]': 'Jordan Rivera',
      'eeo[disabilitySignatureDate]': await today(page),
    });
    // Searched once, by the city, and the suggestion list closed on the pick.
    expect(await locationSearches(page)).toEqual(['New York']);
    await expect(page.locator('.dropdown-container')).toBeHidden();
    await expect(page.locator('#disabilitySignatureSection')).toBeVisible();
    expect(await outlined(page)).toEqual(['comments', 'urls[Other]', 'urls[Twitter]', `${ACME_CARD}[field0]`].sort());
    expect(summary).toBe('Filled 15 fields · 4 need you');
    expect(await submitted(page)).toBe(false);
  });

  test('leaves the disability question and its signature alone when the profile does not answer it', async ({ page, importProfile }) => {
    await importProfile(testProfileFile({ application: { eeo: { gender: 'male' } } }));
    const before = await open(page, ACME);
    await fillWithButton(page);

    const state = await pageState(page);
    const eeo = Object.fromEntries(Object.entries(state).filter(([name]) => name.startsWith('eeo[')));
    expect(eeo).toEqual({
      ...Object.fromEntries(Object.entries(before).filter(([name]) => name.startsWith('eeo['))),
      'eeo[gender]': 'Male',
    });
    await expect(page.locator('#disabilitySignatureSection')).toBeHidden();
    expect(state.selectedLocation).toBe(pickedLocation('New York, NY, United States', 'ChIJOwg_06VPwokRYv534QaPC8g'));
  });

  test('leaves the location empty when no suggestion is the profile’s place, as Lever would drop typed text', async ({ page, importProfile }) => {
    await importProfile(profileIn('Hoboken', 'NJ'));
    const before = await open(page, ACME);
    await fillWithButton(page);

    const state = await pageState(page);
    expect({ location: state.location, selectedLocation: state.selectedLocation }).toEqual({ location: before.location, selectedLocation: before.selectedLocation });
    expect(await locationSearches(page)).toEqual(['Hoboken']);
    await expect(page.locator('#location-input')).toHaveAttribute('data-applyfill-needs-you', /.*/);
  });

  // Lever's resume parse rewrites selectedLocation, never counted as touched, and keeps the text the
  // candidate chose: the attach that set it off must not leave a place the form would refuse.
  test('keeps a location the candidate picked before the fill, record included, through the resume parse', async ({ page, importProfile }) => {
    await importProfile(testProfileFile());
    await page.goto(ACME);
    await page.locator('#location-input').pressSequentially('York');
    await page.locator('.dropdown-location', { hasText: 'York, PA, United States' }).click();
    await fillWithButton(page);

    const state = await pageState(page);
    expect({ location: state.location, selectedLocation: state.selectedLocation, name: state.name }).toEqual({
      location: 'York, PA, United States',
      selectedLocation: pickedLocation('York, PA, United States', 'ChIJm4Cfu-OMyIkR1tFVnVUBMC0'),
      name: 'Jordan Rivera',
    });
    expect(await locationSearches(page)).toEqual(['York']);
  });

  test('fills the EU host’s posting: the location input inside its dropdown wrapper, no US survey, consent left to the candidate', async ({ page, importProfile }) => {
    await importProfile(testProfileFile());
    const before = await open(page, NORDWIND);
    const summary = await fillWithButton(page);

    expect(await pageState(page)).toEqual({
      ...before,
      resume: RESUME,
      resumeStorageId: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      name: 'Jordan Rivera',
      email: 'jordan.rivera@example.com',
      phone: '(555) 014-2367',
      // Lever spells the country ISO-style here; the profile's "United States" is the same place.
      location: 'New York, NY, USA',
      selectedLocation: pickedLocation('New York, NY, USA', 'ChIJOwg_06VPwokRYv534QaPC8g'),
      org: 'Meta',
      'urls[LinkedIn]': LINKEDIN,
      'urls[GitHub]': GITHUB,
      'urls[Other]': '',
      // The profile holds no answer for Germany.
      [`${NORDWIND_CARD}[field0]`]: '',
      comments: '',
      'consent[marketing]': [],
    });
    expect(await locationSearches(page)).toEqual(['New York']);
    expect(await outlined(page)).toEqual(['comments', 'consent[marketing]', 'urls[Other]', `${NORDWIND_CARD}[field0]`].sort());
    expect(summary).toBe('Filled 8 fields · 4 need you');
    expect(await submitted(page)).toBe(false);
  });

  test('answers custom cards of every kind, picks from an ARIA listbox elsewhere on the page, fills the survey that has no signature', async ({ page, importProfile }) => {
    await importProfile(testProfileFile());
    const before = await open(page, GLOBEX);
    const summary = await fillWithButton(page);

    expect(await pageState(page)).toEqual({
      ...before,
      resume: RESUME,
      resumeStorageId: '7a6b5c4d-3e2f-4a1b-9c0d-e1f2a3b4c5d6',
      name: 'Jordan Rivera',
      email: 'jordan.rivera@example.com',
      phone: '(555) 014-2367',
      location: 'New York, NY, USA',
      selectedLocation: pickedLocation('New York, NY, USA', 'ChIJOwg_06VPwokRYv534QaPC8g'),
      org: 'Meta',
      'urls[LinkedIn]': LINKEDIN,
      'urls[GitHub]': GITHUB,
      'urls[Portfolio]': WEBSITE,
      'urls[Other]': '',
      // The posting is in New York: the country where it is located is the United States.
      [`${GLOBEX_AUTHORIZATION}[field0]`]: 'Yes',
      [`${GLOBEX_AUTHORIZATION}[field1]`]: 'No, I will not require sponsorship',
      [`${GLOBEX_LOGISTICS}[field0]`]: 'Yes',
      [`${GLOBEX_LOGISTICS}[field1]`]: [],
      [`${GLOBEX_LOGISTICS}[field2]`]: 'LinkedIn',
      [`${GLOBEX_LOGISTICS}[field3]`]: '200000 USD per year',
      [`${GLOBEX_ABOUT_YOU}[field0]`]: WHY_HERE,
      [`${GLOBEX_ABOUT_YOU}[field1]`]: '',
      // A statement only the candidate can make.
      [`${GLOBEX_ABOUT_YOU}[field2]`]: [],
      comments: '',
      'eeo[gender]': 'Decline to self-identify',
      'eeo[race]': 'Decline to self-identify',
      'eeo[veteran]': 'I am not a veteran',
    });
    await expect(page.locator('#location-suggestions')).toBeHidden();
    await expect(page.locator('#location-input')).toHaveAttribute('aria-expanded', 'false');
    expect(await outlined(page)).toEqual(
      ['comments', 'urls[Other]', `${GLOBEX_LOGISTICS}[field1]`, `${GLOBEX_ABOUT_YOU}[field1]`, `${GLOBEX_ABOUT_YOU}[field2]`].sort(),
    );
    expect(summary).toBe('Filled 18 fields · 5 need you');
    expect(await submitted(page)).toBe(false);
  });

  test('answers checkbox and long-text cards and the additional information box from saved answers', async ({ page, importProfile }) => {
    const project = 'I rebuilt our video ingest pipeline so uploads no longer stall under load.';
    const note = 'Available to start in January.';
    await importProfile(
      testProfileFile({
        application: {
          answers: [
            { question: 'Why do you want to work here?', answer: WHY_HERE },
            { question: 'Which of our offices could you work from?', answer: 'New York' },
            { question: 'Tell us about a project you are proud of', answer: project },
            { question: 'Additional information', answer: note },
          ],
        },
      }),
    );
    await page.goto(GLOBEX);
    await fillWithButton(page);

    expect(await pageState(page)).toMatchObject({
      [`${GLOBEX_LOGISTICS}[field1]`]: ['New York'],
      [`${GLOBEX_ABOUT_YOU}[field0]`]: WHY_HERE,
      [`${GLOBEX_ABOUT_YOU}[field1]`]: project,
      [`${GLOBEX_ABOUT_YOU}[field2]`]: [],
      comments: note,
    });
  });
});
