import type { Page } from '@playwright/test';
import { expect, ownUi, pressAutofill, summaryText, test, waitForAutofillButton } from './fixtures';
import { STEP_SWITCH } from './support/ownUi';
import { RESUME_FILE, testProfileFile } from './support/profile';

/**
 * Workday's wizard, walked as a user would: Autofill once on the first step, then Next through
 * every step. Values are read from the fixture app's committed state (window.__state).
 */
const ACME = 'https://acme.wd5.myworkdayjobs.com/en-US/External/job/New-York-NY/Senior-Software-Engineer_R-1042/apply/applyManually';
const GLOBEX = 'https://globex.wd1.myworkdaysite.com/recruiting/globex/Careers/job/Remote/Engineer_JR-77/apply';

type State = Record<string, unknown>;
const state = (page: Page) => page.evaluate(() => (window as unknown as { __state: State }).__state);
const value = (page: Page, key: string) => page.evaluate((k) => (window as unknown as { __state: State }).__state[k], key);

async function next(page: Page, step: string) {
  await page.locator('[data-automation-id="pageFooterNextButton"], [data-automation-id="bottom-navigation-next-button"]').click();
  await expect(page.locator('[data-automation-id="progressBarActiveStep"]')).toContainText(step);
}

/** What the browser calls today, as the Self Identify date gets it. */
async function today(page: Page) {
  return page.evaluate(() => {
    const now = new Date();
    return { month: now.getMonth() + 1, day: now.getDate(), year: now.getFullYear() };
  });
}

/** Every value the acme wizard commits for Jordan Rivera, step by step. */
const ACME_MY_INFORMATION = {
  source: ['LinkedIn'],
  // The profile cannot say whether Jordan worked at Acme before: left to them.
  previousWorker: '',
  country: 'bc33aa3152ec42d4995f4791a106ed09',
  firstName: 'Jordan',
  middleName: '',
  lastName: 'Rivera',
  addressLine1: '123 Example Street',
  addressLine2: 'Apt 4B',
  city: 'New York',
  region: 'USA-NY',
  postalCode: '10001',
  email: 'jordan.rivera@example.com',
  phoneType: 'pt-2',
  countryPhoneCode: ['United States of America (+1)'],
  phoneNumber: '(555) 014-2367',
  extension: '',
};

const ACME_WORK = {
  workCount: 2,
  'work1.jobTitle': 'Senior Software Engineer',
  'work1.company': 'Meta',
  'work1.location': 'New York, NY',
  'work1.currentlyWorkHere': true,
  'work1.from': { month: 6, year: 2019 },
  'work1.to': null,
  'work1.description': 'Feed delivery infrastructure for Reels.',
  'work2.jobTitle': 'Software Engineer',
  'work2.company': 'Jet.com',
  'work2.location': 'Hoboken, NJ',
  'work2.currentlyWorkHere': false,
  'work2.from': { month: 1, year: 2018 },
  'work2.to': { month: 5, year: 2019 },
  'work2.description': 'Core services in Java and Go.',
};

const ACME_MY_EXPERIENCE = {
  ...ACME_WORK,
  educationCount: 2,
  'education1.school': ['Columbia University'],
  'education1.degree': 'deg-4',
  'education1.fieldOfStudy': ['Computer Science'],
  'education1.gpa': '3.8',
  'education1.from': { month: 9, year: 2015 },
  'education1.to': { month: 5, year: 2018 },
  'education2.school': ['Yale University'],
  'education2.degree': 'deg-3',
  'education2.fieldOfStudy': ['Economics'],
  'education2.gpa': '',
  'education2.from': { month: 9, year: 2010 },
  'education2.to': { month: 5, year: 2014 },
  languageCount: 2,
  'language1.language': 'lang-en',
  'language2.language': 'lang-es',
  // Fluency is not a yes/no the profile holds.
  'language1.fluent': false,
  'language2.fluent': false,
  skills: ['Go (Programming Language)', 'Java', 'Python (Programming Language)'],
  resume: RESUME_FILE,
  websiteCount: 2,
  'website1.url': 'https://jordanrivera.example.com',
  'website2.url': 'https://github.com/jordan-rivera-example',
  linkedin: 'https://www.linkedin.com/in/jordan-rivera-example',
  twitter: '',
};

const ACME_QUESTIONS = {
  authorized: 'd8b9e9c1f0a84a4d9b6f3a1c2e5d7f01',
  sponsorship: 'sp-2',
  relocate: 'd8b9e9c1f0a84a4d9b6f3a1c2e5d7f01',
  heardFrom: 'hf-4',
  // No answer in the profile.
  nonCompete: '',
};

const ACME_DISCLOSURES = {
  gender: 'g-3',
  hispanic: 'h-2',
  ethnicity: 'e-7',
  veteran: 'v-2',
  // The terms are the applicant's to accept.
  acceptTerms: false,
};

async function expectStep(page: Page, expected: State) {
  await expect.poll(async () => pick(await state(page), Object.keys(expected)), { timeout: 20_000 }).toEqual(expected);
}

function pick(all: State, keys: string[]): State {
  return Object.fromEntries(keys.map((key) => [key, all[key]]));
}

/** The same entries' values under other numbers: { work1: 'work2' } moves "work1.company" to "work2.company". */
function renumbered(values: State, moves: Record<string, string>): State {
  return Object.fromEntries(Object.entries(values).map(([key, v]) => {
    const [entry, field] = key.split('.');
    return [field && moves[entry!] ? `${moves[entry!]}.${field}` : key, v];
  }));
}

/** On My Experience, before any Autofill, the user opens a first work entry and types its title. */
async function startWorkEntry(page: Page, title: string) {
  await page.goto(ACME);
  // No Autofill yet, so nothing fills the next step by itself.
  await (await waitForAutofillButton(page)).dispose();
  await next(page, 'My Experience');
  await page.locator('[data-automation-id="add-button"]').first().click();
  await page.locator('input[id^="workExperience-"][id$="--jobTitle"]').fill(title);
}

async function expectNothingSubmitted(page: Page) {
  expect(await value(page, 'submitted')).toBe(false);
  expect(await value(page, 'beecatcher')).toBe('');
  await expect(page.locator('[data-automation-id="pageFooterSubmitButton"], [data-automation-id="bottom-navigation-submit-button"]')).toBeVisible();
}

test.describe('Workday', () => {
  test.beforeEach(async ({ importProfile }) => {
    await importProfile(testProfileFile());
  });

  test('fills each step of the wizard as it renders, after one Autofill on the first', async ({ page }) => {
    await page.goto(ACME);
    await pressAutofill(page);
    await expectStep(page, ACME_MY_INFORMATION);
    // Applyfill never moves on by itself: the user clicks Next.
    await page.waitForTimeout(500);
    expect(await value(page, 'nextClicks')).toBe(0);

    await next(page, 'My Experience');
    await expectStep(page, ACME_MY_EXPERIENCE);
    await next(page, 'Application Questions');
    await expectStep(page, ACME_QUESTIONS);
    await next(page, 'Voluntary Disclosures');
    await expectStep(page, ACME_DISCLOSURES);
    await next(page, 'Self Identify');
    await expectStep(page, { selfIdName: 'Jordan Rivera', selfIdDate: await today(page), disability: ['dis-decline'] });
    await next(page, 'Review');

    // Every step's values survive the walk to Review.
    await expectStep(page, { ...ACME_MY_INFORMATION, ...ACME_MY_EXPERIENCE, ...ACME_QUESTIONS, ...ACME_DISCLOSURES });
    expect(await value(page, 'nextClicks')).toBe(5);
    await expectNothingSubmitted(page);
  });

  test('with the step switch off, fills the step on screen each time Autofill is clicked', async ({ page }) => {
    await page.goto(ACME);
    const fillThenNext = async (expected: State, nextStep?: string) => {
      await pressAutofill(page);
      await expectStep(page, expected);
      if (nextStep) await next(page, nextStep);
    };
    await fillThenNext(ACME_MY_INFORMATION);
    const ui = await ownUi(page);
    await expect.poll(() => ui.isChecked(STEP_SWITCH)).toBe(true);
    await ui.click(STEP_SWITCH);
    await expect.poll(() => ui.isChecked(STEP_SWITCH)).toBe(false);
    await next(page, 'My Experience');
    // Left alone until the user asks.
    await page.waitForTimeout(1000);
    expect(await value(page, 'educationCount')).not.toBe(2);
    await fillThenNext(ACME_MY_EXPERIENCE, 'Application Questions');
    await ui.click(STEP_SWITCH);
    await expect.poll(() => ui.isChecked(STEP_SWITCH)).toBe(true);
    await fillThenNext(ACME_QUESTIONS, 'Voluntary Disclosures');
    await fillThenNext(ACME_DISCLOSURES, 'Self Identify');
    await fillThenNext({ selfIdName: 'Jordan Rivera', selfIdDate: await today(page), disability: ['dis-decline'] }, 'Review');
    await expectNothingSubmitted(page);
  });

  test('keeps the work entry the user started and adds only the missing one', async ({ page }) => {
    // The user began their Jet.com job in entry 1: it is completed from that job, and Meta gets its own.
    await startWorkEntry(page, 'Software Engineer');
    await pressAutofill(page);
    await expectStep(page, {
      workCount: 2,
      'work1.jobTitle': 'Software Engineer',
      'work1.company': 'Jet.com',
      'work1.location': 'Hoboken, NJ',
      'work1.currentlyWorkHere': false,
      'work1.from': { month: 1, year: 2018 },
      'work1.to': { month: 5, year: 2019 },
      'work1.description': 'Core services in Java and Go.',
      'work2.jobTitle': 'Senior Software Engineer',
      'work2.company': 'Meta',
      'work2.location': 'New York, NY',
      'work2.currentlyWorkHere': true,
      'work2.from': { month: 6, year: 2019 },
      'work2.to': null,
      'work2.description': 'Feed delivery infrastructure for Reels.',
      educationCount: 2,
    });
    await expect(page.locator('h4', { hasText: /^Work Experience \d+$/ })).toHaveCount(2);
  });

  test('leaves a work entry the user started for a job the profile does not hold as typed', async ({ page }) => {
    await startWorkEntry(page, 'Staff Engineer (typed by me)');
    await pressAutofill(page);
    await expectStep(page, {
      'work1.jobTitle': 'Staff Engineer (typed by me)',
      'work1.company': '',
      'work1.location': '',
      'work1.currentlyWorkHere': false,
      'work1.from': null,
      'work1.to': null,
      'work1.description': '',
      ...renumbered(ACME_WORK, { work1: 'work2', work2: 'work3' }),
      workCount: 3,
      educationCount: 2,
    });
    await expect(page.locator('h4', { hasText: /^Work Experience \d+$/ })).toHaveCount(3);
  });

  test('reports the country it chose among the fields it filled', async ({ page }) => {
    await page.goto(ACME);
    await pressAutofill(page);
    await expectStep(page, ACME_MY_INFORMATION);
    // Source, country, name (2), address (5), email, phone (3); previous worker, middle name and extension need the user.
    await expect.poll(() => summaryText(page)).toBe('Filled 13 fields · 3 need you');
    await expect(page.locator('#country--country')).not.toHaveAttribute('data-applyfill-needs-you');
  });

  test('signs no self-identification and answers no disclosure for a profile without EEO answers', async ({ page, importProfile }) => {
    await importProfile(testProfileFile({ application: { eeo: {} } }));
    await page.goto(ACME);
    await pressAutofill(page);
    await expectStep(page, ACME_MY_INFORMATION);
    await next(page, 'My Experience');
    await expectStep(page, ACME_MY_EXPERIENCE);
    await next(page, 'Application Questions');
    await expectStep(page, ACME_QUESTIONS);

    await next(page, 'Voluntary Disclosures');
    // The fill of the step is over once it outlines what the user has to answer.
    await expect(page.locator('#personalInfoUS--gender')).toHaveAttribute('data-applyfill-needs-you', '');
    expect(pick(await state(page), Object.keys(ACME_DISCLOSURES))).toEqual({ gender: '', hispanic: '', ethnicity: '', veteran: '', acceptTerms: false });

    await next(page, 'Self Identify');
    await expect(page.locator('[aria-labelledby="selfIdentifiedDisabilityData--disabilityStatus-legend"]')).toHaveAttribute('data-applyfill-needs-you', '');
    expect(pick(await state(page), ['selfIdName', 'selfIdDate', 'disability'])).toEqual({ selfIdName: '', selfIdDate: null, disability: [] });
    await next(page, 'Review');
    await expectNothingSubmitted(page);
  });

  test('fills the older markup (data-automation-id names) of another tenant', async ({ page }) => {
    await page.goto(GLOBEX);
    await pressAutofill(page);
    await expectStep(page, {
      source: 'src-3',
      previousWorker: '',
      country: 'USA',
      firstName: 'Jordan',
      lastName: 'Rivera',
      addressLine1: '123 Example Street',
      city: 'New York',
      region: 'NY',
      postalCode: '10001',
      email: 'jordan.rivera@example.com',
      phoneType: 'Mobile',
      phoneNumber: '(555) 014-2367',
      extension: '',
    });
    await next(page, 'My Experience');
    await pressAutofill(page);
    await expectStep(page, {
      ...ACME_WORK,
      educationCount: 2,
      'education1.school': 'Columbia University',
      'education1.degree': 'MA',
      'education1.fieldOfStudy': ['Computer Science'],
      'education1.gpa': '3.8',
      'education1.firstYear': { year: 2015 },
      'education1.lastYear': { year: 2018 },
      'education2.school': 'Yale University',
      'education2.degree': 'BA',
      'education2.fieldOfStudy': ['Economics'],
      'education2.gpa': '',
      'education2.firstYear': { year: 2010 },
      'education2.lastYear': { year: 2014 },
      resume: RESUME_FILE,
      linkedin: 'https://www.linkedin.com/in/jordan-rivera-example',
    });
    await next(page, 'Voluntary Disclosures');
    await pressAutofill(page);
    await expectStep(page, { gender: 'D', hispanic: 'N', veteran: 'NP', agreement: false });
    await next(page, 'Review');
    await expectNothingSubmitted(page);
  });
});
