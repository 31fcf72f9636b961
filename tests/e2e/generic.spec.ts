import { expect, ownUi, test } from './fixtures';
import { RESUME_FILE, testProfileFile } from './support/profile';

type State = Record<string, unknown>;
declare const window: Window & { __state: State; __submitted?: boolean };

test.describe('the generic engine on a careers site outside the manifest', () => {
  test('fills from the popup, like a person, and leaves alone what it must', async ({ page, importProfile, clickToolbarButton }) => {
    await importProfile(testProfileFile());
    await page.goto('https://careers.example.com/apply');
    await expect(page.locator('applyfill-ui')).toHaveCount(0);

    const popup = await clickToolbarButton(page);
    await expect(popup.getByText(/Application form · \d+ fields found/)).toBeVisible();
    await popup.getByRole('button', { name: 'Autofill this page' }).click();
    await expect(popup.getByRole('status')).toContainText(/Filled \d+ fields/);

    const state = await page.evaluate(() => window.__state);
    expect(state).toMatchObject({
      firstName: 'Jordan',
      lastName: 'Rivera',
      email: 'jordan.rivera@example.com',
      linkedin: 'https://www.linkedin.com/in/jordan-rivera-example',
      website: 'https://jordanrivera.example.com',
      // Answered by meaning from a combobox that commits only on choosing an option.
      location: 'New York, NY, United States',
      whyUs: 'I want to build reliable infrastructure that millions of people depend on.',
      authorized: 'yes',
      // A conditional question, shown only after the authorization answer, filled in the same run.
      sponsorship: 'will-not',
      resume: { name: RESUME_FILE.name, size: RESUME_FILE.size, type: RESUME_FILE.type },
    });
    expect(String(state.phone).replace(/\D/g, '')).toMatch(/5550142367$/);
    // The user's own answer, a question the profile cannot answer, and an empty profile field stay as they were.
    expect(state.currentCompany).toBe('Typed By User Inc');
    expect(state.over18).toBe('');
    expect(state.preferredName).toBe('');
    // Never a password, a disabled field or a bot trap; never a submit.
    expect(state.password).toBe('');
    expect(state.honeypot).toBe('');
    expect(state.referralCode).toBe('');
    expect(await page.evaluate(() => window.__submitted)).toBeUndefined();
    // No half-typed search is left in the combobox.
    await expect(page.locator('#loc')).toHaveValue('');
  });

  test('outlines what still needs the user until they answer it', async ({ page, importProfile, clickToolbarButton }) => {
    await importProfile(testProfileFile());
    await page.goto('https://careers.example.com/apply');
    const popup = await clickToolbarButton(page);
    await popup.getByRole('button', { name: 'Autofill this page' }).click();
    await expect(popup.getByRole('status')).toContainText(/need/);

    const age = page.locator('#age');
    await expect(age).toHaveAttribute('data-applyfill-needs-you', '');
    await expect(page.locator('#fname')).not.toHaveAttribute('data-applyfill-needs-you');
    await age.selectOption('Yes');
    await expect(age).not.toHaveAttribute('data-applyfill-needs-you');

    // Outside the manifest's sites, the injected script shows no button: only the popup and the shortcut fill.
    expect(await (await ownUi(page)).exists()).toBe(false);
    await popup.getByRole('button', { name: 'Autofill this page' }).click();
    await expect(popup.getByRole('status')).toContainText('Filled');
    expect(await page.evaluate(() => window.__state.over18)).toBe('Yes');
  });
});
