import type { Page } from '@playwright/test';
import { MIN_SHOWN_MS } from '../../utils/content/clickGuard';
import { expect, fillWithButton, ownUi, pressAutofill, summaryText, test } from './fixtures';
import { STATUS, STEP_SWITCH, UNDO } from './support/ownUi';
import { RESUME_FILE, testProfileFile } from './support/profile';

/**
 * A SmartRecruiters one-click application (tests/pages/smartrecruiters): every control inside
 * spl-* web components with open shadow roots, the city a geocoded search two shadow roots down,
 * the resume a drop zone beside an avatar uploader, and screening questions (painted radios,
 * captions slotted from the host) that render only after the user presses Next.
 */
const ACME = 'https://jobs.smartrecruiters.com/oneclick-ui/company/Acme/publication/3c9a4f52-7d1e-4b8a-9f60-2e5d7c1b0a93?dcr_ci=Acme';

const RESUME = { name: RESUME_FILE.name, size: RESUME_FILE.size, type: RESUME_FILE.type };
const WHY_HERE = 'I want to build reliable infrastructure that millions of people depend on.';

/** What the fixture app keeps (tests/pages/lib/smartrecruiters-oneclick.js). */
type FixtureWindow = { __state: Record<string, unknown>; __submitted: boolean; __nextRefused: number; __citySearches?: string[] };

/** What the app holds, by data-test or question id: only what its components emitted. */
function pageState(page: Page) {
  return page.evaluate(() => (window as unknown as FixtureWindow).__state);
}

function wizard(page: Page) {
  return page.evaluate(() => {
    const app = window as unknown as FixtureWindow;
    return { submitted: app.__submitted, nextRefused: app.__nextRefused, citySearches: app.__citySearches ?? [] };
  });
}

/** The controls the fill outlined for the user, by id or aria-label, wherever their shadow roots put them. */
function outlined(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const element of Array.from(root.querySelectorAll('*'))) {
        // A control without a name of its own goes by its component's id.
        const host = (element.getRootNode() as ShadowRoot).host;
        if (element.hasAttribute('data-applyfill-needs-you')) found.push(element.id || element.getAttribute('aria-label') || host?.id || element.localName);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    return found.sort();
  });
}

/** Opens the application and returns what it holds before any fill, every control recorded. */
async function open(page: Page) {
  await page.goto(ACME);
  return pageState(page);
}

/** The user moves on, as Applyfill never does, and waits for the screening questions to render. */
async function pressNext(page: Page) {
  await page.locator('[data-test="footer-next"]').click();
  await expect(page.getByText('Are you legally authorized to work in the United States?')).toBeVisible();
}

const PERSONAL_INFORMATION = {
  avatar: null,
  'personal-info-first-name-input': 'Jordan',
  'personal-info-last-name-input': 'Rivera',
  'personal-info-email-input': 'jordan.rivera@example.com',
  'personal-info-email-confirm-input': 'jordan.rivera@example.com',
  'location-autocomplete': 'New York, NY, US',
  'personal-info-phone': { country: 'US', number: '(555) 014-2367' },
  'resume-upload': RESUME,
  'hiring-manager-message-text': '',
  'web-profiles-linkedin': 'https://www.linkedin.com/in/jordan-rivera-example',
  'web-profiles-facebook': '',
  'web-profiles-twitter': '',
  'web-profiles-website': 'https://jordanrivera.example.com',
  'consent-box': false,
};

/**
 * The screening questions as the fill answers them. The profile does not say whether Jordan
 * worked for Acme (spl-form-element_27) nor whether they want full- or part-time work
 * (question_ftpt, a list whose question is a paragraph outside its component).
 */
const QUESTIONS_ANSWERED = {
  'spl-form-element_21': '1',
  'spl-form-element_24': '0',
  'spl-form-element_27': '',
  question_ftpt: '',
  // Found by its placeholder, opened by ArrowDown, its options drawn in shadow roots of their own.
  'question-eeo-gender-select': 'I do not wish to disclose',
  question_f4d61863: '200000 USD',
  question_9c2a7d15: WHY_HERE,
};

test.describe('SmartRecruiters', () => {
  test('fills the personal information through nested shadow roots, then the screening questions the user’s Next brings', async ({ page, importProfile }) => {
    await importProfile(testProfileFile());
    const before = await open(page);
    const summary = await fillWithButton(page);

    expect(await pageState(page)).toEqual({ ...before, ...PERSONAL_INFORMATION });
    // Searched once, by the city; the suggestion list closed on the pick.
    expect(await wizard(page)).toEqual({ submitted: false, nextRefused: 0, citySearches: ['New York'] });
    await expect(page.locator('spl-select-option')).toHaveCount(0);
    // What the profile does not answer, the privacy declaration that is the candidate's to make, and the photo.
    expect(await outlined(page)).toEqual(['Upload profile image', 'facebook-input', 'hiring-manager-message-input', 'spl-form-element_3', 'twitter-input']);
    expect(summary).toBe('Filled 9 fields · 5 need you');

    // Applyfill never presses Next; once the user does, the questions fill as they render, as the first fill asked.
    const step1 = await pageState(page);
    await pressNext(page);
    await expect.poll(() => summaryText(page)).toBe('Filled 5 fields · 2 need you');
    expect(await pageState(page)).toEqual({ ...step1, ...QUESTIONS_ANSWERED });
    // The required questions the profile does not answer are left and outlined.
    expect(await outlined(page)).toEqual(['question_ftpt', 'spl-form-element_27']);
    // The painted radios show the answers the app holds.
    await expect(page.locator('#spl-form-element_21-answer-0')).toHaveAttribute('aria-checked', 'true');
    await expect(page.locator('#spl-form-element_24-answer-1')).toHaveAttribute('aria-checked', 'true');
    await expect(page.locator('#spl-form-element_27 spl-radio[aria-checked="true"]')).toHaveCount(0);
    expect((await wizard(page)).submitted).toBe(false);
  });

  test('leaves the city empty when no suggestion is the profile’s place, as the component drops typed text', async ({ page, importProfile }) => {
    const file = testProfileFile();
    file.resume.basics.location = { ...file.resume.basics.location, city: 'Hoboken', region: 'NJ' };
    await importProfile(file);
    const before = await open(page);
    await fillWithButton(page);

    const state = await pageState(page);
    expect(state['location-autocomplete']).toBe(before['location-autocomplete']);
    expect((await wizard(page)).citySearches).toEqual(['Hoboken']);
    const city = page.locator('[data-sr-id="location-autocomplete-search-search-input"]');
    await expect(city).toHaveValue('');
    await expect(city).toHaveAttribute('data-applyfill-needs-you', /.*/);
  });

  test('keeps what the candidate typed inside a component before the fill', async ({ page, importProfile }) => {
    await importProfile(testProfileFile());
    const before = await open(page);
    await page.locator('#last-name-input').pressSequentially('Rivera-Smith');
    const summary = await fillWithButton(page);

    expect(await pageState(page)).toEqual({ ...before, ...PERSONAL_INFORMATION, 'personal-info-last-name-input': 'Rivera-Smith' });
    expect(summary).toBe('Filled 8 fields · 5 need you');
  });

  test('Undo autofill empties every component it filled, and says the dropped resume is the user’s to remove', async ({ page, importProfile }) => {
    await importProfile(testProfileFile());
    const before = await open(page);
    await fillWithButton(page);

    const ui = await ownUi(page);
    try {
      await expect.poll(() => ui.isVisible(UNDO)).toBe(true);
      await ui.scrollIntoView(UNDO);
      await page.waitForTimeout(MIN_SHOWN_MS + 150);
      await ui.click(UNDO);
      // The drop zone offers no way to take a file back (none is known of it).
      await expect.poll(() => ui.text(STATUS)).toBe('Undid 8 fields · could not undo: Choose a file or drop it here');
    } finally {
      await ui.dispose();
    }
    expect(await pageState(page)).toEqual({ ...before, 'resume-upload': RESUME });
  });

  test('with the step switch off, the screening questions wait for the user to press Autofill on them', async ({ page, importProfile }) => {
    await importProfile(testProfileFile());
    await open(page);
    await fillWithButton(page);
    const ui = await ownUi(page);
    try {
      await expect.poll(() => ui.isChecked(STEP_SWITCH)).toBe(true);
      await ui.click(STEP_SWITCH);
      await expect.poll(() => ui.isChecked(STEP_SWITCH)).toBe(false);

      await pressNext(page);
      const rendered = await pageState(page);
      // The step is a new one: the undo of the last step goes, and nothing fills by itself.
      await expect.poll(() => ui.isVisible(UNDO)).toBe(false);
      await page.waitForTimeout(1000);
      expect(await pageState(page)).toEqual(rendered);

      await pressAutofill(page);
      await expect.poll(() => summaryText(page)).toBe('Filled 5 fields · 2 need you');
      expect(await pageState(page)).toEqual({ ...rendered, ...QUESTIONS_ANSWERED });
    } finally {
      // The switch is a setting of this browser: back on for the tests after these.
      if (!(await ui.isChecked(STEP_SWITCH))) await ui.click(STEP_SWITCH);
      await ui.dispose();
    }
  });
});
