import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { RESUME_FILE, testProfileFile } from './support/profile';

declare const window: Window & { __state: Record<string, unknown> };

/** Deletes the stored profile from inside an extension page; open pages give way (the store closes on versionchange). */
async function clearProfile(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('applyfill');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
  await page.reload();
}

const saveStatus = (page: Page) => page.locator('.save-status');

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
    await expect(popup.getByRole('status')).toHaveText(/^Filled \d+ fields · \d+ need you$/);
    const state = await page.evaluate(() => window.__state);
    expect(state).toMatchObject({ firstName: 'Jordan', lastName: 'Rivera', email: 'jordan.rivera@example.com' });
  });

  test('says so when the page has no application form', async ({ page, importProfile, clickToolbarButton }) => {
    await importProfile(testProfileFile());
    await page.goto('https://careers.example.com/about');
    const popup = await clickToolbarButton(page);
    await expect(popup.getByRole('heading', { name: 'No application form found' })).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Autofill this page' })).toBeVisible();
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
