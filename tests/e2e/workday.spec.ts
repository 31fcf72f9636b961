import type { Page } from '@playwright/test';
import { expect, ownUi, pressAutofill, summaryText, test, waitForAutofillButton } from './fixtures';
import { STEP_SWITCH } from './support/ownUi';
import { RESUME_FILE, testProfileFile } from './support/profile';

/**
 * Workday's wizard, walked as a user would: Autofill once on the first step, then Next through
 * every step (Applyfill never presses Next itself). Values are read from the fixture app's
 * committed state (window.__state); window.__stepKeys says which of them each step writes, so a
 * step's whole state is compared, not a chosen few. ACME and INITECH are built as tenants serve
 * them today, GLOBEX with the older markup (tests/pages/workday/SOURCES.md).
 */
const ACME = 'https://acme.wd5.myworkdayjobs.com/en-US/External/job/New-York-NY/Senior-Software-Engineer_R-1042/apply/applyManually';
const INITECH = 'https://initech.wd1.myworkdayjobs.com/en-US/Initech_Careers/job/Multiple-Locations/Platform-Engineer_JR-2031/apply/applyManually';
const GLOBEX = 'https://globex.wd1.myworkdaysite.com/recruiting/globex/Careers/job/Remote/Engineer_JR-77/apply';

type State = Record<string, unknown>;
interface FixtureWindow {
  __state: State;
  __stepKeys: Record<string, string[]>;
}
const state = (page: Page) => page.evaluate(() => (window as unknown as FixtureWindow).__state);
const value = (page: Page, key: string) => page.evaluate((k) => (window as unknown as FixtureWindow).__state[k], key);

/** Every value the step's fields hold: the keys the fixture says the step writes, and their values. */
const stepState = (page: Page, step: string) =>
  page.evaluate((s) => {
    const { __state: all, __stepKeys: keys } = window as unknown as FixtureWindow;
    return Object.fromEntries((keys[s] ?? []).map((key) => [key, all[key]]));
  }, step);

async function expectWholeStep(page: Page, step: string, expected: State) {
  await expect.poll(() => stepState(page, step), { timeout: 20_000, message: `the whole state of ${step}` }).toEqual(expected);
}

/**
 * The user moves on, from the keyboard: Applyfill's dock, once a long step has pushed it up, can
 * lie over the footer of a short one (it only moves up, and tests its corners and centre).
 */
async function next(page: Page, step: string) {
  const button = page.locator('[data-automation-id="pageFooterNextButton"], [data-automation-id="bottom-navigation-next-button"]');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-automation-id="progressBarActiveStep"]')).toContainText(step);
}

/**
 * A clock in the page for how long a step takes from the user's click (Autofill on the first
 * step, Next on the others, whose fill starts as the step renders) to the summary: figures for
 * the report, not assertions.
 */
const START_CLOCK = `(() => {
  window.__clock = { clicks: [], reports: [] };
  document.addEventListener('click', (event) => {
    const target = event.target;
    if (target.localName === 'applyfill-ui' || (target.closest && target.closest('[data-automation-id="pageFooterNextButton"]'))) window.__clock.clicks.push(performance.now());
  }, true);
})()`;
const WATCH_SUMMARY = `function () {
  const status = this.querySelector('[role=status]');
  new MutationObserver(() => {
    const text = status.textContent || '';
    if (!status.hidden && text.startsWith('Filled')) window.__clock.reports.push({ text, at: performance.now() });
  }).observe(status, { attributes: true, childList: true, characterData: true, subtree: true });
}`;

interface Clock {
  clicks: number[];
  reports: { text: string; at: number }[];
}

/** The time from the last click to the report that followed it, recorded on the test. */
async function recordStepTime(page: Page, step: string) {
  let timing: { ms: number; text: string } | undefined;
  await expect.poll(async () => {
    const clock = await page.evaluate(() => (window as unknown as { __clock: Clock }).__clock);
    const click = clock.clicks.at(-1);
    const report = click === undefined ? undefined : clock.reports.find((r) => r.at > click);
    timing = click !== undefined && report ? { ms: Math.round(report.at - click), text: report.text } : undefined;
    return timing !== undefined;
  }, { timeout: 20_000, message: `a summary after the click on ${step}` }).toBe(true);
  test.info().annotations.push({ type: 'step time', description: `${step}: ${timing!.ms} ms from click to "${timing!.text}"` });
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
  'education1.school': 'Columbia University',
  'education1.degree': 'deg-4',
  'education1.fieldOfStudy': ['Computer Science'],
  'education1.gpa': '3.8',
  'education1.firstYear': { year: 2015 },
  'education1.lastYear': { year: 2018 },
  'education2.school': 'Yale University',
  'education2.degree': 'deg-3',
  'education2.fieldOfStudy': ['Economics'],
  'education2.gpa': '',
  'education2.firstYear': { year: 2010 },
  'education2.lastYear': { year: 2014 },
  languageCount: 2,
  'language1.language': 'lang-en',
  'language2.language': 'lang-es',
  // Fluency is not a yes/no the profile holds.
  'language1.fluent': false,
  'language2.fluent': false,
  skills: ['Go (Programming Language)', 'Java', 'Python (Programming Language)'],
  // Uploaded once: Workday empties its input, and only its list of files shows the resume.
  resume: [RESUME_FILE],
  websiteCount: 2,
  'website1.url': 'https://jordanrivera.example.com',
  'website2.url': 'https://github.com/jordan-rivera-example',
  linkedin: 'https://www.linkedin.com/in/jordan-rivera-example',
  twitter: '',
};

const YES = 'd8b9e9c1f0a84a4d9b6f3a1c2e5d7f01';
const ACME_QUESTIONS = {
  // "…in the country where this position is located": the URL puts the job in New York, and
  // Jordan may work in the US.
  authorized: YES,
  sponsorship: 'sp-2',
  // "How did you first hear about us?"
  heardFrom: 'hf-4',
  relocate: YES,
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

const acmeSelfIdentify = async (page: Page) => ({
  selfIdName: 'Jordan Rivera',
  // Not the applicant's to know: no employee id.
  selfIdEmployeeId: '',
  selfIdDate: await today(page),
  disability: ['dis-decline'],
});

/** Nothing was submitted, no bot trap was filled, and no navigation button got a click no person made. */
async function expectNothingSubmitted(page: Page, nextClicksByTest: number) {
  expect(await value(page, 'submitted')).toBe(false);
  expect(await value(page, 'beecatcher')).toBe('');
  expect(await value(page, 'untrustedNavClicks')).toBe(0);
  expect(await value(page, 'nextClicks')).toBe(nextClicksByTest);
}

/** No dropdown or prompt list left open on screen. */
async function expectNoPopupOpen(page: Page) {
  await expect(page.locator('[data-automation-widget="wd-popup"][data-automation-activepopup="true"]')).toHaveCount(0);
}

/** On My Experience, before any Autofill, the user opens a first work entry and types its title. */
async function startWorkEntry(page: Page, title: string) {
  await page.goto(ACME);
  // No Autofill yet, so nothing fills the next step by itself.
  await (await waitForAutofillButton(page)).dispose();
  await next(page, 'My Experience');
  await page.locator('[aria-labelledby="Work-Experience-section"] [data-automation-id="add-button"]').click();
  await page.locator('input[id^="workExperience-"][id$="--jobTitle"]').fill(title);
}

/** The same entries' values under other numbers: { work1: 'work2' } moves "work1.company" to "work2.company". */
function renumbered(values: State, moves: Record<string, string>): State {
  return Object.fromEntries(Object.entries(values).map(([key, v]) => {
    const [entry, field] = key.split('.');
    return [field && moves[entry!] ? `${moves[entry!]}.${field}` : key, v];
  }));
}

function pick(all: State, keys: string[]): State {
  return Object.fromEntries(keys.map((key) => [key, all[key]]));
}

test.describe('Workday', () => {
  test.beforeEach(async ({ importProfile }) => {
    await importProfile(testProfileFile());
  });

  test('walks every step of a tenant as served today, one Autofill on the first step, and records how long each step took', async ({ page }) => {
    await page.goto(ACME);
    await page.evaluate(START_CLOCK);
    const ui = await waitForAutofillButton(page);
    await ui.onRoot(WATCH_SUMMARY);
    await ui.dispose();

    await pressAutofill(page);
    await expectWholeStep(page, 'My Information', ACME_MY_INFORMATION);
    await recordStepTime(page, 'My Information');
    await expect.poll(() => summaryText(page)).toBe('Filled 13 fields · 1 needs you');
    await expectNoPopupOpen(page);
    // Applyfill never moves on by itself: the user clicks Next.
    expect(await value(page, 'nextClicks')).toBe(0);

    await next(page, 'My Experience');
    await expectWholeStep(page, 'My Experience', ACME_MY_EXPERIENCE);
    await recordStepTime(page, 'My Experience');
    // The fluency checkboxes are left for Jordan; everything else is filled.
    await expect.poll(() => summaryText(page)).toBe('Filled 31 fields · 4 need you');
    await expect(page.locator('[data-automation-id="file-upload-item"]')).toHaveCount(1);
    await expect(page.locator('[data-automation-id="file-upload-successful"]')).toHaveText('Successfully Uploaded!');
    await expectNoPopupOpen(page);

    await next(page, 'Application Questions');
    await expectWholeStep(page, 'Application Questions', ACME_QUESTIONS);
    await recordStepTime(page, 'Application Questions');
    await expect.poll(() => summaryText(page)).toBe('Filled 4 fields · 1 needs you');
    await expectNoPopupOpen(page);

    await next(page, 'Voluntary Disclosures');
    await expectWholeStep(page, 'Voluntary Disclosures', ACME_DISCLOSURES);
    await recordStepTime(page, 'Voluntary Disclosures');
    await expectNoPopupOpen(page);

    await next(page, 'Self Identify');
    await expectWholeStep(page, 'Self Identify', await acmeSelfIdentify(page));
    await recordStepTime(page, 'Self Identify');
    // The date went in as a person types it, through the display: the display shows it.
    await expect(page.locator('[data-automation-id="dateSectionMonth-display"]')).toHaveText(String((await today(page)).month).padStart(2, '0'));

    await next(page, 'Review');
    // Every step's values survive the walk to Review.
    expect(pick(await state(page), Object.keys({ ...ACME_MY_INFORMATION, ...ACME_MY_EXPERIENCE, ...ACME_QUESTIONS, ...ACME_DISCLOSURES }))).toEqual({
      ...ACME_MY_INFORMATION, ...ACME_MY_EXPERIENCE, ...ACME_QUESTIONS, ...ACME_DISCLOSURES,
    });
    await expect(page.locator('[data-automation-id="pageFooterNextButton"]')).toHaveText('Submit');
    await expectNothingSubmitted(page, 5);
  });

  test('with the step switch off, fills the step on screen each time Autofill is clicked, and never uploads the resume twice', async ({ page }) => {
    await page.goto(ACME);
    const fillThenNext = async (step: string, expected: State, nextStep?: string) => {
      await pressAutofill(page);
      await expectWholeStep(page, step, expected);
      if (nextStep) await next(page, nextStep);
    };
    await fillThenNext('My Information', ACME_MY_INFORMATION);
    const ui = await ownUi(page);
    await expect.poll(() => ui.isChecked(STEP_SWITCH)).toBe(true);
    await ui.click(STEP_SWITCH);
    await expect.poll(() => ui.isChecked(STEP_SWITCH)).toBe(false);
    await next(page, 'My Experience');
    // Left alone until the user asks.
    await page.waitForTimeout(1000);
    expect(await value(page, 'educationCount')).not.toBe(2);
    await fillThenNext('My Experience', ACME_MY_EXPERIENCE);
    // A second Autofill finds the resume in Workday's list (its input is empty) and the entries
    // filled: only the unticked "I currently work here" of the past job is answered again.
    await pressAutofill(page);
    await expect.poll(() => summaryText(page)).toBe('Filled 1 field · 4 need you');
    await expectWholeStep(page, 'My Experience', ACME_MY_EXPERIENCE);
    await expect(page.locator('[data-automation-id="file-upload-item"]')).toHaveCount(1);
    await next(page, 'Application Questions');
    await ui.click(STEP_SWITCH);
    await expect.poll(() => ui.isChecked(STEP_SWITCH)).toBe(true);
    await fillThenNext('Application Questions', ACME_QUESTIONS, 'Voluntary Disclosures');
    await fillThenNext('Voluntary Disclosures', ACME_DISCLOSURES, 'Self Identify');
    await fillThenNext('Self Identify', await acmeSelfIdentify(page), 'Review');
    await ui.dispose();
    await expectNothingSubmitted(page, 5);
  });

  test('keeps the work entry the user started and adds only the missing one', async ({ page }) => {
    // The user began their Jet.com job in entry 1: it is completed from that job, and Meta gets its own.
    await startWorkEntry(page, 'Software Engineer');
    await pressAutofill(page);
    await expectWholeStep(page, 'My Experience', {
      ...ACME_MY_EXPERIENCE,
      ...renumbered(ACME_WORK, { work1: 'work2', work2: 'work1' }),
    });
    await expect(page.locator('h5', { hasText: /^Work Experience \d+$/ })).toHaveCount(2);
  });

  test('leaves a work entry the user started for a job the profile does not hold as typed', async ({ page }) => {
    await startWorkEntry(page, 'Staff Engineer (typed by me)');
    await pressAutofill(page);
    await expectWholeStep(page, 'My Experience', {
      ...ACME_MY_EXPERIENCE,
      'work1.jobTitle': 'Staff Engineer (typed by me)',
      'work1.company': '',
      'work1.location': '',
      'work1.currentlyWorkHere': false,
      'work1.from': null,
      'work1.to': null,
      'work1.description': '',
      ...renumbered(ACME_WORK, { work1: 'work2', work2: 'work3' }),
      workCount: 3,
    });
    await expect(page.locator('h5', { hasText: /^Work Experience \d+$/ })).toHaveCount(3);
  });

  test('reports the country it chose among the fields it filled', async ({ page }) => {
    await page.goto(ACME);
    await pressAutofill(page);
    await expectWholeStep(page, 'My Information', ACME_MY_INFORMATION);
    // Source, country, name (2), address (5), email, phone (3); the previous-worker question needs the user.
    // The optional middle name and extension, which the profile leaves empty, are not outlined.
    await expect.poll(() => summaryText(page)).toBe('Filled 13 fields · 1 needs you');
    await expect(page.locator('#country--country')).not.toHaveAttribute('data-applyfill-needs-you');
    await expect(page.locator('#name--legalName--middleName')).not.toHaveAttribute('data-applyfill-needs-you');
  });

  test('leaves the knockout question when the posting names no country, and a dropdown without the answer at once, popup closed', async ({ page }) => {
    // "Multiple-Locations": no country in the URL. The source question offers no "LinkedIn".
    await page.goto(INITECH);
    await pressAutofill(page);
    await expect.poll(() => summaryText(page)).toBe('Filled 1 field · 2 need you');
    expect(await stepState(page, 'Application Questions')).toEqual({ authorized: '', heardFrom: '', relocate: '7a1e0c2d9b3f4e5a8c6d1b2a3f4e5d01' });
    await expect(page.locator('[data-automation-widget="wd-popup"]')).toHaveCount(0);
    for (const question of ['authorized', 'heardFrom']) {
      const hash = question === 'authorized' ? '3c9d1e7f0a2b4c6d8e0f1a3b5c7d9e01' : '3c9d1e7f0a2b4c6d8e0f1a3b5c7d9e02';
      await expect(page.locator(`#primaryQuestionnaire--${hash}`)).toHaveAttribute('data-applyfill-needs-you', '');
      await expect(page.locator(`#primaryQuestionnaire--${hash}`)).toHaveText('Select One');
    }
    await expectNothingSubmitted(page, 0);
  });

  test('signs no self-identification and answers no disclosure for a profile without EEO answers', async ({ page, importProfile }) => {
    await importProfile(testProfileFile({ application: { eeo: {} } }));
    await page.goto(ACME);
    await pressAutofill(page);
    await expectWholeStep(page, 'My Information', ACME_MY_INFORMATION);
    await next(page, 'My Experience');
    await expectWholeStep(page, 'My Experience', ACME_MY_EXPERIENCE);
    await next(page, 'Application Questions');
    await expectWholeStep(page, 'Application Questions', ACME_QUESTIONS);

    await next(page, 'Voluntary Disclosures');
    // The fill of the step is over once it outlines what the user has to answer.
    await expect(page.locator('#personalInfoUS--gender')).toHaveAttribute('data-applyfill-needs-you', '');
    expect(await stepState(page, 'Voluntary Disclosures')).toEqual({ gender: '', hispanic: '', ethnicity: '', veteran: '', acceptTerms: false });

    await next(page, 'Self Identify');
    await expect(page.locator('[aria-labelledby="selfIdentifiedDisabilityData--disabilityStatus-legend"]')).toHaveAttribute('data-applyfill-needs-you', '');
    expect(await stepState(page, 'Self Identify')).toEqual({ selfIdName: '', selfIdEmployeeId: '', selfIdDate: null, disability: [] });
    await next(page, 'Review');
    await expectNothingSubmitted(page, 5);
  });

  test('fills the older markup (data-automation-id names) of another tenant', async ({ page }) => {
    await page.goto(GLOBEX);
    await pressAutofill(page);
    await expectWholeStep(page, 'My Information', {
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
    await expectWholeStep(page, 'My Experience', {
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
      resume: [RESUME_FILE],
      linkedin: 'https://www.linkedin.com/in/jordan-rivera-example',
    });
    await next(page, 'Voluntary Disclosures');
    await pressAutofill(page);
    await expectWholeStep(page, 'Voluntary Disclosures', { gender: 'D', hispanic: 'N', veteran: 'NP', agreement: false });
    await next(page, 'Review');
    await expect(page.locator('[data-automation-id="bottom-navigation-submit-button"]')).toBeVisible();
    await expectNothingSubmitted(page, 3);
  });
});
