import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { RESUME_FILE, testProfileFile } from '../e2e/support/profile';
import type { LaneTest } from './support/lane';
import { fillWithButton } from './support/ownUi';
import { settled } from './support/wait';

/**
 * The in-page button on each ATS, at its real address, pressed with a real mouse click. Each
 * fixture page records the values its app committed in window.__state. The Chromium lane checks
 * every key of every form (tests/e2e/*.spec.ts); this lane checks, in Firefox, the same values for
 * the fields that exercise each kind of widget, so a field a fixture gains later does not need
 * two lanes updated.
 */

type State = Record<string, unknown>;
const stateOf = (page: Page) => page.evaluate(() => (window as unknown as { __state: State }).__state);
const submitted = (page: Page) => page.evaluate(() => (window as unknown as { __submitted?: boolean }).__submitted ?? false);
const pick = (state: State, keys: string[]): State => Object.fromEntries(keys.map((key) => [key, state[key]]));

const LINKEDIN = 'https://www.linkedin.com/in/jordan-rivera-example';
const WHY = 'I want to build reliable infrastructure that millions of people depend on.';
const resumeAttached = { name: RESUME_FILE.name, size: RESUME_FILE.size, type: RESUME_FILE.type };

/** The new board's values after a fill, as tests/e2e/greenhouse.spec.ts expects them of Chromium. */
const GREENHOUSE_NEW_BOARD_FILLED: State = {
  first_name: 'Jordan',
  last_name: 'Rivera',
  email: 'jordan.rivera@example.com',
  phone: '(555) 014-2367',
  // Chosen among the geocoder's places, which appear a moment after typing the city.
  'candidate-location': 'New York, New York, United States',
  resume: resumeAttached,
  cover_letter: null,
  question_3001: LINKEDIN,
  question_3002: 'https://jordanrivera.example.com',
  question_3003: 'Yes',
  question_3004: 'No',
  question_3005: '',
  question_3006: '',
  question_3007: WHY,
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

/** Workday's first step, My Information, as tests/e2e/workday.spec.ts expects it of Chromium. */
const WORKDAY_MY_INFORMATION: State = {
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

export const SITE_TESTS: LaneTest[] = [
  {
    name: 'Greenhouse new board: the button fills react-select dropdowns, uploads, split dates and a second school',
    async run(lane) {
      await lane.importProfile(testProfileFile());
      const page = await lane.openPage('https://job-boards.greenhouse.io/acme/jobs/4567');
      await fillWithButton(page);
      assert.deepEqual(pick(await stateOf(page), Object.keys(GREENHOUSE_NEW_BOARD_FILLED)), GREENHOUSE_NEW_BOARD_FILLED);
      assert.equal(await submitted(page), false);
      const files = await page.evaluate(() =>
        Array.from(document.querySelector<HTMLInputElement>('#resume')?.files ?? [], (file) => ({ name: file.name, size: file.size })),
      );
      assert.deepEqual(files, [{ name: RESUME_FILE.name, size: RESUME_FILE.size }]);
    },
  },
  {
    name: 'Lever: the button fills the application and keeps what the candidate typed',
    async run(lane) {
      await lane.importProfile(testProfileFile());
      const page = await lane.openPage('https://jobs.lever.co/acme/0b7f0c3e-5d1a-4c7e-9a51-1f2e3d4c5b6a/apply');
      await fillWithButton(page);
      const state = await stateOf(page);
      assert.deepEqual(pick(state, ['name', 'email', 'phone', 'location', 'org', 'urls[LinkedIn]', 'eeo[gender]', 'resume']), {
        name: 'Jordan Rivera',
        email: 'jordan.rivera@example.com',
        phone: '(555) 014-2367',
        location: 'New York, NY, United States',
        // Typed by the candidate before the fill: kept, not replaced by the profile's "Meta".
        org: 'Meta Platforms',
        'urls[LinkedIn]': LINKEDIN,
        'eeo[gender]': 'Decline to self-identify',
        resume: resumeAttached,
      });
      assert.equal(await submitted(page), false);
    },
  },
  {
    name: 'Workday: the button appears once the single-page app renders its form, and fills My Information',
    async run(lane) {
      await lane.importProfile(testProfileFile());
      const page = await lane.openPage(
        'https://acme.wd5.myworkdayjobs.com/en-US/External/job/New-York-NY/Senior-Software-Engineer_R-1042/apply/applyManually',
      );
      await fillWithButton(page);
      // Workday's prompts commit their choice a moment after the click that made it.
      const myInformation = await settled(async () => pick(await stateOf(page), Object.keys(WORKDAY_MY_INFORMATION)), WORKDAY_MY_INFORMATION, 20_000);
      assert.deepEqual(myInformation, WORKDAY_MY_INFORMATION);
      // Applyfill never moves on by itself: the user clicks Next.
      assert.equal((await stateOf(page)).nextClicks, 0);
    },
  },
];
