import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { testProfileFile } from './support/profile';

const saveStatus = (page: Page) => page.locator('.save-status');
const phone = (page: Page) => page.getByLabel('Phone', { exact: true });
const workStart = (page: Page) => page.getByRole('region', { name: 'Work history', exact: true }).getByLabel('Start date').first();

test.describe('editing the profile in two windows at once', () => {
  test.beforeEach(async ({ importProfile }) => {
    await importProfile(testProfileFile());
  });

  /** An options page (or the popup) with the stored profile on screen: the form shows once it is read. */
  async function openEditor(openExtensionPage: (path: string) => Promise<Page>, path = 'options.html'): Promise<Page> {
    const page = await openExtensionPage(path);
    await expect(page.getByLabel('First name')).toBeVisible();
    return page;
  }

  test('keeps the changes of two options tabs to different fields', async ({ openExtensionPage }) => {
    const a = await openEditor(openExtensionPage);
    const b = await openEditor(openExtensionPage);
    // Typed within the save delay of each other: neither tab has heard of the other's change yet.
    await phone(a).fill('555 010 9999');
    await b.getByLabel('City').fill('Boston');
    await expect(saveStatus(a)).toHaveText('Saved');
    await expect(saveStatus(b)).toHaveText('Saved');
    await expect(a.getByLabel('City')).toHaveValue('Boston');
    await expect(phone(b)).toHaveValue('555 010 9999');

    const stored = await openEditor(openExtensionPage);
    await expect(phone(stored)).toHaveValue('555 010 9999');
    await expect(stored.getByLabel('City')).toHaveValue('Boston');
  });

  test('shows the newer value of a field edited in both, and a conflict instead of a silent revert', async ({ openExtensionPage }) => {
    const a = await openEditor(openExtensionPage);
    const b = await openEditor(openExtensionPage);
    await a.getByLabel('First name').fill('Ada');
    await expect(saveStatus(a)).toHaveText('Saved');
    await expect(b.getByLabel('First name')).toHaveValue('Ada');
    await b.getByLabel('First name').fill('Bea');
    await expect(saveStatus(b)).toHaveText('Saved');
    await expect(a.getByLabel('First name')).toHaveValue('Bea');

    // A has an unsaved edit of the email (invalid) when B saves another: A keeps what was typed, and says so.
    const email = a.getByLabel('Email');
    await email.fill('ada at example');
    await expect(saveStatus(a)).toHaveText('Marked fields are not saved until corrected');
    await b.getByLabel('Email').fill('bea@example.com');
    await expect(saveStatus(b)).toHaveText('Saved');
    const note = a.locator(`#${await email.getAttribute('id')}-conflict`);
    await expect(note).toHaveText('Changed in another window to “bea@example.com”; this window’s value is kept.');
    await expect(email).toHaveAttribute('aria-describedby', new RegExp(`${await note.getAttribute('id')}`));
    await expect(email).toHaveValue('ada at example');

    // Corrected, A's edit is the newer one: it is saved and reaches B.
    await email.fill('ada@example.com');
    await expect(note).toHaveCount(0);
    await expect(saveStatus(a)).toHaveText('Saved');
    await expect(b.getByLabel('Email')).toHaveValue('ada@example.com');

    const stored = await openEditor(openExtensionPage);
    await expect(stored.getByLabel('First name')).toHaveValue('Bea');
    await expect(stored.getByLabel('Email')).toHaveValue('ada@example.com');
  });

  test('does not let a tab with an invalid field revert what another tab saved', async ({ openExtensionPage }) => {
    const a = await openEditor(openExtensionPage);
    const b = await openEditor(openExtensionPage);
    await workStart(a).fill('June 2019');
    await expect(saveStatus(a)).toHaveText('Marked fields are not saved until corrected');
    await phone(b).fill('555 010 1234');
    await expect(saveStatus(b)).toHaveText('Saved');
    // A takes B's change in although it has unsaved edits of its own.
    await expect(phone(a)).toHaveValue('555 010 1234');

    await a.getByLabel('City').fill('Boston');
    await expect(b.getByLabel('City')).toHaveValue('Boston');
    await expect(phone(b)).toHaveValue('555 010 1234');
    await expect(workStart(a)).toHaveValue('June 2019');

    const stored = await openEditor(openExtensionPage);
    await expect(phone(stored)).toHaveValue('555 010 1234');
    await expect(stored.getByLabel('City')).toHaveValue('Boston');
    await expect(workStart(stored)).toHaveValue('2019-06');
  });

  test('keeps the changes of the popup and an options tab, the popup holding an invalid field', async ({ openExtensionPage }) => {
    const popup = await openEditor(openExtensionPage, 'popup.html');
    const options = await openEditor(openExtensionPage);
    await popup.getByLabel('LinkedIn').fill('linkedin.com/in/jordan');
    await expect(saveStatus(popup)).toHaveText('Marked fields are not saved until corrected');
    await options.getByLabel('First name').fill('Jordy');
    await expect(saveStatus(options)).toHaveText('Saved');
    await expect(popup.getByLabel('First name')).toHaveValue('Jordy');

    await popup.getByLabel('City').fill('Boston');
    await expect(options.getByLabel('City')).toHaveValue('Boston');
    await expect(options.getByLabel('First name')).toHaveValue('Jordy');
    await expect(popup.getByLabel('LinkedIn')).toHaveValue('linkedin.com/in/jordan');

    const stored = await openEditor(openExtensionPage);
    await expect(stored.getByLabel('First name')).toHaveValue('Jordy');
    await expect(stored.getByLabel('City')).toHaveValue('Boston');
    await expect(stored.getByLabel('LinkedIn')).toHaveValue('https://www.linkedin.com/in/jordan-rivera-example');
  });
});
