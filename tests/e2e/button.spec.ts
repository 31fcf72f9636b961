import type { Page } from '@playwright/test';
import { autofillButton, expect, test } from './fixtures';
import { testProfileFile } from './support/profile';

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function injectButton(page: Page, clickToolbarButton: (page: Page) => Promise<Page>): Promise<Page> {
  const popup = await clickToolbarButton(page);
  await expect(popup.getByText(/fields found/)).toBeVisible();
  return popup;
}

test.describe('the in-page Autofill button', () => {
  test('never covers the form’s own buttons', async ({ page, clickToolbarButton }) => {
    await page.goto('https://careers.example.com/short');
    await injectButton(page, clickToolbarButton);
    const button = autofillButton(page);
    await expect(button).toBeVisible();
    await expect
      .poll(async () => {
        const dock = (await page.locator('applyfill-ui').getByRole('group', { name: 'Applyfill' }).boundingBox())!;
        const own = await Promise.all(['#save', '#send'].map(async (id) => (await page.locator(id).boundingBox())!));
        return own.some((box) => overlaps(dock, box));
      })
      .toBe(false);
  });

  test('can be moved with the keyboard and hidden for the site', async ({ page, importProfile, clickToolbarButton }) => {
    await importProfile(testProfileFile());
    await page.goto('https://careers.example.com/short');
    await injectButton(page, clickToolbarButton);
    const ui = page.locator('applyfill-ui');
    // The step switch belongs to wizards (Workday) only.
    await expect(ui.getByRole('checkbox', { name: 'Fill each step automatically' })).toBeHidden();
    const grip = ui.getByRole('button', { name: 'Move the Autofill button' });
    const before = (await grip.boundingBox())!.y;
    await grip.focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect((await grip.boundingBox())!.y).toBeLessThan(before - 40);

    await ui.getByRole('button', { name: 'Hide Applyfill on this site' }).click();
    await expect(ui).toHaveCount(0);
    await page.reload();
    const popup = await injectButton(page, clickToolbarButton);
    // Hidden on the page, the popup still fills it.
    await expect(page.locator('applyfill-ui')).toHaveCount(0);
    await popup.getByRole('button', { name: 'Autofill this page' }).click();
    await expect(page.locator('#e')).toHaveValue('jordan.rivera@example.com');
    await expect(page.locator('#n')).toHaveValue('Jordan Rivera');
    expect(await page.evaluate(() => (window as Window & { __submitted?: boolean }).__submitted)).toBeUndefined();

    // Shown again for the next tests in this browser.
    await popup.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'site:show', host: 'careers.example.com' }));
  });
});
