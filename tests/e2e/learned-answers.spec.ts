import type { Page } from '@playwright/test';
import { MIN_SHOWN_MS } from '../../utils/content/clickGuard';
import { expect, fillWithButton, ownUi, summaryText, test } from './fixtures';
import { ANSWERS_TO_SAVE, answerRow, SAVE_ANSWERS, saveAnswersOffer } from './support/ownUi';
import { RESUME_FILE, testProfileFile } from './support/profile';
import { storedProfileRecord } from './support/storage';

/**
 * Issue 18: answers learned from what the user types. On one Lever posting the user answers the
 * screening questions Applyfill left, by hand, and saves them from Applyfill's panel; on another
 * company's posting, which asks the same things in other words and offers other option
 * wordings, one click fills them. A date of birth typed on the first is never offered; an EEO
 * answer changed there goes to the profile's EEO section, not to saved answers.
 */
const INITECH = 'https://jobs.lever.co/initech/5b2c8e1f-6a4d-4e3b-9c7a-2d1e0f9a8b7c/apply';
const UMBRELLA = 'https://jobs.lever.co/umbrella/8c7b6a5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d/apply';
const INITECH_CARD = 'cards[7d3e9b1a-4c2f-4a8e-9b6d-1e2f3a4b5c6d]';
const UMBRELLA_CARD = 'cards[9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f]';

const WHY_HERE = 'I want to build reliable infrastructure that millions of people depend on.';

type FixtureWindow = { __state: Record<string, unknown>; __submitted: boolean };

function pageState(page: Page) {
  return page.evaluate(() => (window as unknown as FixtureWindow).__state);
}

function outlined(page: Page) {
  return page.evaluate(() =>
    [...new Set(Array.from(document.querySelectorAll('[data-applyfill-needs-you]'), (el) => el.getAttribute('name') ?? el.id))].sort(),
  );
}

/** The stored profile, read straight from IndexedDB in one of the extension's pages. */
async function storedProfile(openExtensionPage: (path: string) => Promise<Page>): Promise<{ version: number; profile: Record<string, unknown> & { answers: unknown[] } }> {
  const page = await openExtensionPage('options.html');
  const record = await storedProfileRecord(page);
  await page.close();
  return record as never;
}

/** What the test profile puts into a Lever posting's standard fields (both postings have the same ones). */
const PROFILE_FIELDS = {
  resume: { name: RESUME_FILE.name, size: RESUME_FILE.size, type: RESUME_FILE.type },
  resumeStorageId: '7a6b5c4d-3e2f-4a1b-9c0d-e1f2a3b4c5d6',
  name: 'Jordan Rivera',
  email: 'jordan.rivera@example.com',
  phone: '(555) 014-2367',
  selectedLocation: JSON.stringify({ name: 'New York, NY, USA', id: 'ChIJOwg_06VPwokRYv534QaPC8g' }),
  location: 'New York, NY, USA',
  org: 'Meta',
  'urls[LinkedIn]': 'https://www.linkedin.com/in/jordan-rivera-example',
  'urls[GitHub]': 'https://github.com/jordan-rivera-example',
  'urls[Portfolio]': 'https://jordanrivera.example.com',
  'eeo[gender]': 'Decline to self-identify',
  'eeo[race]': 'Decline to self-identify',
  'eeo[veteran]': 'I am not a veteran',
};

test.describe('answers learned from what the user types', () => {
  test('saved from the panel on one site, never a date of birth; filled by meaning on another', async ({ page, importProfile, openExtensionPage, clickToolbarButton }) => {
    await importProfile(testProfileFile());
    const storedBefore = await storedProfile(openExtensionPage);
    // The test profile's one saved answer.
    expect(storedBefore.profile.answers).toEqual([{ question: 'Why do you want to work here?', control: 'text', answer: WHY_HERE }]);

    await page.goto(INITECH);
    const before = await pageState(page);
    expect(await fillWithButton(page)).toBe('Filled 12 fields · 6 need you');
    const filled = { ...before, ...PROFILE_FIELDS };
    expect(await pageState(page)).toEqual(filled);
    expect(await outlined(page)).toEqual(['comments', 'urls[Other]', ...[0, 1, 2, 3].map((n) => `${INITECH_CARD}[field${n}]`)].sort());

    // The user answers what Applyfill left: a yes/no, a choice, a count, and their date of birth.
    await page.locator(`input[name="${INITECH_CARD}[field0]"][value="Yes"]`).check();
    await page.locator(`select[name="${INITECH_CARD}[field1]"]`).focus();
    await page.keyboard.press('h');
    await page.locator(`input[name="${INITECH_CARD}[field2]"]`).pressSequentially('4');
    await page.locator(`input[name="${INITECH_CARD}[field3]"]`).pressSequentially('01/02/1990');
    // And changes an EEO answer the fill gave: that one belongs to the profile's EEO section.
    await page.locator('select[name="eeo[gender]"]').focus();
    await page.keyboard.press('f');
    const answered = {
      ...filled,
      [`${INITECH_CARD}[field0]`]: 'Yes',
      [`${INITECH_CARD}[field1]`]: 'Hybrid',
      [`${INITECH_CARD}[field2]`]: '4',
      [`${INITECH_CARD}[field3]`]: '01/02/1990',
      'eeo[gender]': 'Female',
    };
    expect(await pageState(page)).toEqual(answered);

    // Four answers offered: the date of birth is not among them.
    const ui = await ownUi(page);
    await expect.poll(() => ui.isVisible(saveAnswersOffer(4)), { message: 'the offer to save three answers' }).toBe(true);
    await page.waitForTimeout(MIN_SHOWN_MS + 150);
    // The page cannot press the offer: its panel is closed to it, and its clicks are not the user's.
    const offer = await ui.box(saveAnswersOffer(4));
    const reached = await page.evaluate(({ x, y }) => {
      const host = document.elementFromPoint(x, y) as HTMLElement;
      host.click();
      host.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true, composed: true }));
      return { tag: host.localName, shadowRoot: host.shadowRoot };
    }, { x: offer.x + offer.width / 2, y: offer.y + offer.height / 2 });
    expect(reached).toEqual({ tag: 'applyfill-ui', shadowRoot: null });
    expect(await ui.isVisible(ANSWERS_TO_SAVE)).toBe(false);
    await ui.click(saveAnswersOffer(4));
    expect(await ui.rows(ANSWERS_TO_SAVE)).toEqual([
      { label: 'Are you 18 years of age or older? — Yes', checked: false },
      { label: 'What is your preferred work arrangement? — Hybrid', checked: false },
      { label: 'How many years of experience do you have with Kubernetes? — 4', checked: false },
      { label: 'Gender — Female', checked: false },
    ]);
    // Nothing is saved until the user ticks and presses Save.
    expect(await storedProfile(openExtensionPage)).toEqual(storedBefore);
    await ui.click(answerRow('Are you 18 years of age or older?', 'Yes'));
    await ui.click(answerRow('What is your preferred work arrangement?', 'Hybrid'));
    await ui.click(answerRow('How many years of experience do you have with Kubernetes?', '4'));
    await ui.click(answerRow('Gender', 'Female'));
    expect((await ui.rows(ANSWERS_TO_SAVE)).map((row) => row.checked)).toEqual([true, true, true, true]);
    await page.waitForTimeout(MIN_SHOWN_MS + 150);
    await ui.click(SAVE_ANSWERS);
    await expect.poll(() => summaryText(page)).toBe('Saved 4 answers for next time');
    expect(await ui.isVisible(saveAnswersOffer(4))).toBe(false);
    await ui.dispose();
    // Saving wrote nothing into the page.
    expect(await pageState(page)).toEqual(answered);

    const stored = await storedProfile(openExtensionPage);
    expect(stored).toEqual({
      ...storedBefore,
      profile: {
        ...storedBefore.profile,
        answers: [
          ...storedBefore.profile.answers,
          { question: 'Are you 18 years of age or older?', control: 'yesNo', answer: 'Yes', option: 'Yes' },
          { question: 'What is your preferred work arrangement?', control: 'select', answer: 'Hybrid', option: 'Hybrid' },
          { question: 'How many years of experience do you have with Kubernetes?', control: 'text', answer: '4' },
        ],
        application: {
          ...(storedBefore.profile.application as object),
          eeo: { ...(storedBefore.profile.application as { eeo: object }).eeo, gender: 'female' },
        },
      },
    });
    expect(JSON.stringify(stored)).not.toContain('1990');

    // Another company asks the same in other words, with other options: one click answers them.
    // "Do you have experience with Docker?" was never answered, and stays the user's.
    await page.goto(UMBRELLA);
    const umbrellaBefore = await pageState(page);
    expect(await fillWithButton(page)).toBe('Filled 15 fields · 3 need you');
    expect(await pageState(page)).toEqual({
      ...umbrellaBefore,
      ...PROFILE_FIELDS,
      // The EEO answer saved on the first site, from the profile's EEO section.
      'eeo[gender]': 'Female',
      [`${UMBRELLA_CARD}[field0]`]: 'Yes, I am',
      [`${UMBRELLA_CARD}[field1]`]: 'Hybrid (2-3 days in office)',
      [`${UMBRELLA_CARD}[field2]`]: '4',
      [`${UMBRELLA_CARD}[field3]`]: '',
    });
    expect(await outlined(page)).toEqual(['comments', 'urls[Other]', `${UMBRELLA_CARD}[field3]`].sort());
    expect(await page.evaluate(() => (window as unknown as FixtureWindow).__submitted)).toBe(false);

    const popup = await clickToolbarButton(page);
    await expect(popup.getByRole('status')).toHaveText('Last fill: Filled 15 fields · 3 from saved answers · 3 need you');
  });

  test('listed on the options page: searched, edited and removed', async ({ importProfile, openExtensionPage }) => {
    const file = testProfileFile();
    file.application.answers = [
      { question: 'Why do you want to work here?', control: 'textarea', answer: WHY_HERE },
      { question: 'Are you 18 years of age or older?', control: 'yesNo', answer: 'Yes', option: 'Yes' },
      { question: 'How many years of experience do you have with Kubernetes?', control: 'text', answer: '4' },
    ] as never;
    await importProfile(file);
    const page = await openExtensionPage('options.html');
    const answers = page.getByRole('region', { name: 'Saved answers', exact: true });
    const titles = () => answers.locator('.list-item:visible .list-item-header h3').allInnerTexts();
    expect(await titles()).toEqual([
      'Why do you want to work here?',
      'Are you 18 years of age or older?',
      'How many years of experience do you have with Kubernetes?',
    ]);

    await answers.getByLabel('Search saved answers').fill('kubernetes');
    expect(await titles()).toEqual(['How many years of experience do you have with Kubernetes?']);
    await expect(answers.getByRole('status')).toHaveText('1 of 3 shown');
    await answers.locator('.list-item:visible').getByLabel('Answer').fill('5');
    await answers.getByLabel('Search saved answers').fill('');
    await answers.getByRole('button', { name: 'Remove Why do you want to work here?' }).click();
    await expect(page.locator('.save-status')).toHaveText('Saved');

    const stored = await storedProfile(openExtensionPage);
    expect(stored.profile.answers).toEqual([
      { question: 'Are you 18 years of age or older?', control: 'yesNo', answer: 'Yes', option: 'Yes' },
      { question: 'How many years of experience do you have with Kubernetes?', control: 'text', answer: '5' },
    ]);
  });
});
