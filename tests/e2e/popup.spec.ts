import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { RESUME_FILE, testProfileFile } from './support/profile';
import { clearProfile } from './support/storage';

declare const window: Window & { __state: Record<string, unknown> };

const saveStatus = (page: Page) => page.locator('.save-status');

const CONTROL_ROLES = new Set(['button', 'checkbox', 'combobox', 'link', 'listbox', 'radio', 'searchbox', 'slider', 'spinbutton', 'switch', 'textbox']);

/** The accessible name of every control on the page, as Chromium computes it for screen readers. */
async function controlNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes
      .filter((node) => !node.ignored && CONTROL_ROLES.has(String(node.role?.value)))
      .map((node) => String(node.name?.value ?? '').trim());
  } finally {
    await cdp.detach();
  }
}

function duplicates(names: readonly string[]): string[] {
  return [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
}

test.describe('the popup', () => {
  test('fills the page it was opened on and reports what it did', async ({ page, importProfile, clickToolbarButton }) => {
    await importProfile(testProfileFile());
    await page.goto('https://careers.example.com/apply');
    const popup = await clickToolbarButton(page);
    await expect(popup.getByRole('heading', { name: /^Application form · \d+ fields found$/ })).toBeVisible();

    const paint = await popup.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
    test.info().annotations.push({ type: 'popup first contentful paint (ms)', description: String(paint) });
    console.log(`popup first contentful paint: ${paint} ms after navigation start`);

    await popup.getByRole('button', { name: 'Autofill this page' }).click();
    await expect(popup.getByRole('status')).toHaveText(/^Filled \d+ fields · 1 from saved answer · \d+ need you$/);
    const state = await page.evaluate(() => window.__state);
    expect(state).toMatchObject({ firstName: 'Jordan', lastName: 'Rivera', email: 'jordan.rivera@example.com' });
  });

  test('names the ATS and counts the fields of the page it was opened on', async ({ page, importProfile, clickToolbarButton }) => {
    await importProfile(testProfileFile());
    // A matched host: the content script is already there, the popup only asks it.
    await page.goto('https://boards.greenhouse.io/acme/jobs/123');
    const popup = await clickToolbarButton(page);
    const title = popup.getByRole('heading', { name: /^Greenhouse application · \d+ fields found$/ });
    await expect(title).toBeVisible();
    expect(Number((await title.innerText()).match(/(\d+) fields/)![1])).toBeGreaterThan(0);
  });

  test('says so when the page has no application form', async ({ page, importProfile, clickToolbarButton }) => {
    await importProfile(testProfileFile());
    await page.goto('https://careers.example.com/about');
    const popup = await clickToolbarButton(page);
    await expect(popup.getByRole('heading', { name: 'No application form found' })).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Autofill this page' })).toBeVisible();
  });

  test('says so when no frame of the page answers the fill', async ({ page, importProfile, clickToolbarButton }) => {
    await importProfile(testProfileFile());
    // The fixture server's plain-text 404: not a single field, so the content script stays silent.
    await page.goto('https://careers.example.com/no-such-page');
    const popup = await clickToolbarButton(page);
    await expect(popup.getByRole('heading', { name: 'No application form found' })).toBeVisible();
    await popup.getByRole('button', { name: 'Autofill this page' }).click();
    await expect(popup.getByRole('status')).toHaveText('Nothing was filled: there is no form Applyfill can fill on this page.');
  });

  test('says why when a fill fails', async ({ page, openExtensionPage, clickToolbarButton }) => {
    await clearProfile(await openExtensionPage('popup.html'));
    await page.goto('https://careers.example.com/apply');
    const popup = await clickToolbarButton(page);
    await expect(popup.getByRole('heading', { name: /fields found$/ })).toBeVisible();
    await popup.getByRole('button', { name: 'Autofill this page' }).click();
    await expect(popup.getByRole('status')).toHaveText('Your profile is empty: add your details in Applyfill’s options first.');
    await expect(page.locator('#fname')).toHaveValue('');
  });

  test('edits the common answers, saving valid ones as they are typed', async ({ importProfile, openExtensionPage }) => {
    await importProfile(testProfileFile());
    const popup = await openExtensionPage('popup.html');
    await expect(popup.getByLabel('First name')).toHaveValue('Jordan');
    await expect(popup.getByText(`${RESUME_FILE.name} PDF · ${RESUME_FILE.size} bytes`)).toBeVisible();
    await expect(popup.getByLabel('Authorized in US')).toHaveValue('yes');

    await popup.getByLabel('Phone', { exact: true }).fill('555 010 9999');
    await popup.getByLabel('City').fill('Boston');
    await popup.getByLabel('Will you require visa sponsorship?').selectOption('Yes');
    await expect(saveStatus(popup)).toHaveText('Saved');

    // An edit in the full editor shows in the open popup.
    const options = await openExtensionPage('options.html');
    await options.getByLabel('First name').fill('Jordy');
    await expect(popup.getByLabel('First name')).toHaveValue('Jordy');

    const linkedin = popup.getByLabel('LinkedIn');
    await linkedin.fill('linkedin.com/in/jordan');
    await expect(linkedin).toHaveAttribute('aria-invalid', 'true');
    await expect(popup.getByText('expected a web address such as https://example.com')).toBeVisible();
    await expect(saveStatus(popup)).toHaveText('Marked fields are not saved until corrected');

    await options.reload();
    await expect(options.getByLabel('Phone', { exact: true })).toHaveValue('555 010 9999');
    await expect(options.getByLabel('City')).toHaveValue('Boston');
    await expect(options.getByLabel('Will you require visa sponsorship?')).toHaveValue('yes');
    await expect(options.getByLabel('LinkedIn')).toHaveValue('https://www.linkedin.com/in/jordan-rivera-example');

  });

  test('names every control once and follows the system theme', async ({ importProfile, openExtensionPage }) => {
    await importProfile(testProfileFile());
    const popup = await openExtensionPage('popup.html');
    await expect(popup.getByLabel('First name')).toHaveValue('Jordan');
    // A second work authorization row, so that two rows' names must differ too.
    await popup.getByRole('button', { name: 'Add a country' }).click();
    await expect(popup.getByLabel('Work authorization country 2')).toBeFocused();

    const names = await controlNames(popup);
    expect(names).toContain('Phone country code');
    // Only "Country" shows; the rest of the name is for screen readers.
    expect(names).toEqual(expect.arrayContaining(['Work authorization Country 1', 'Work authorization Country 2', 'Authorized in US', 'Remove US']));
    expect(names.filter((name) => !name)).toEqual([]);
    expect(duplicates(names)).toEqual([]);

    const background = () => popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await popup.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe('rgb(255, 255, 255)');
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(22, 24, 28)');
    expect(await popup.getByRole('heading', { name: 'Quick edits' }).evaluate((heading) => getComputedStyle(heading).color)).toBe('rgb(232, 234, 237)');
  });

  test('keeps the focus in the work authorization list when a country is removed', async ({ importProfile, openExtensionPage }) => {
    await importProfile(testProfileFile());
    const popup = await openExtensionPage('popup.html');
    await expect(popup.getByLabel('Authorized in US')).toHaveValue('yes');
    await popup.getByRole('button', { name: 'Add a country' }).click();
    await popup.keyboard.type('CA');
    await popup.getByLabel('Authorized in CA').selectOption('No');
    await expect(saveStatus(popup)).toHaveText('Saved');

    await popup.getByRole('button', { name: 'Remove US' }).focus();
    await popup.keyboard.press('Enter');
    await expect(popup.getByRole('button', { name: 'Remove CA' })).toBeFocused();
    await expect(popup.getByLabel('Work authorization country 1')).toHaveValue('CA');
    await expect(popup.getByLabel('Authorized in CA')).toHaveValue('no');
    await popup.keyboard.press('Enter');
    await expect(popup.getByRole('button', { name: 'Add a country' })).toBeFocused();
    await expect(popup.getByText('No country yet')).toBeVisible();
    await expect(saveStatus(popup)).toHaveText('Saved');
  });

  test('helps a new user make a profile', async ({ openExtensionPage, context }) => {
    const popup = await openExtensionPage('popup.html');
    await clearProfile(popup);
    await expect(popup.getByRole('heading', { name: 'Set up your profile' })).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Autofill this page' })).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Create your profile' })).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Import from your resume' })).toBeVisible();

    const opened = context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Import a profile file' }).click();
    const options = await opened;
    await options.waitForURL(/\/options\.html#import$/);
    await expect(options.getByRole('heading', { name: 'Import and export' })).toBeFocused();
    await expect(options.getByLabel('Import profile')).toBeVisible();
    await options.close();
  });
});
