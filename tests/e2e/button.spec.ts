import { expect, pressAutofill, test, waitForAutofillButton } from './fixtures';
import { DOCK, GRIP, HIDE, STEP_SWITCH } from './support/ownUi';
import { testProfileFile } from './support/profile';

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** A short form at an ATS host, with a sticky action bar where floating widgets usually sit. */
const SHORT_FORM = 'https://boards.greenhouse.io/example/jobs/short';

test.describe('the in-page Autofill button', () => {
  test('never covers the form’s own buttons', async ({ page }) => {
    await page.goto(SHORT_FORM);
    const ui = await waitForAutofillButton(page);
    await expect
      .poll(async () => {
        const dock = await ui.box(DOCK);
        const own = await Promise.all(['#save', '#send'].map(async (id) => (await page.locator(id).boundingBox())!));
        return own.some((box) => overlaps(dock, box));
      })
      .toBe(false);
  });

  test('can be moved with the keyboard and hidden for the site', async ({ page, importProfile, clickToolbarButton, openExtensionPage }) => {
    await importProfile(testProfileFile());
    await page.goto(SHORT_FORM);
    const ui = await waitForAutofillButton(page);
    // The step switch belongs to wizards (Workday) only.
    expect(await ui.isVisible(STEP_SWITCH)).toBe(false);
    const before = (await ui.box(GRIP)).y;
    await ui.focus(GRIP);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect((await ui.box(GRIP)).y).toBeLessThan(before - 40);

    await ui.click(HIDE);
    await expect.poll(() => ui.exists()).toBe(false);
    await page.reload();
    const popup = await clickToolbarButton(page);
    await expect(popup.getByText(/fields found/)).toBeVisible();
    // Hidden on the page, the popup still fills it.
    expect(await ui.exists()).toBe(false);
    await popup.getByRole('button', { name: 'Autofill this page' }).click();
    await expect(page.locator('#e')).toHaveValue('jordan.rivera@example.com');
    await expect(page.locator('#n')).toHaveValue('Jordan Rivera');
    expect(await page.evaluate(() => (window as Window & { __submitted?: boolean }).__submitted)).toBeUndefined();

    // Shown again for the next tests in this browser, as the options page's list does.
    const options = await openExtensionPage('options.html');
    await options.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'site:show', host: 'boards.greenhouse.io' }));
    await ui.dispose();
  });

  test('fills when pressed with a real click', async ({ page, importProfile }) => {
    await importProfile(testProfileFile());
    await page.goto(SHORT_FORM);
    await pressAutofill(page);
    await expect(page.locator('#n')).toHaveValue('Jordan Rivera');
  });

  test('moves off the page’s own buttons that a scroll brings under it', async ({ page }) => {
    await page.goto(SHORT_FORM);
    const ui = await waitForAutofillButton(page);
    const dock = await ui.box(DOCK);
    // A footer that scrolls with the page and, once the user scrolls, ends up right under the dock.
    await page.evaluate(({ x, y, width, height }) => {
      document.body.style.minHeight = '3000px';
      const next = document.createElement('button');
      next.type = 'button';
      next.id = 'next';
      next.textContent = 'Save and Continue';
      next.style.cssText = `position:absolute; left:${x + scrollX}px; top:${y + scrollY + 400}px; width:${width}px; height:${height}px`;
      document.body.append(next);
    }, dock);
    await page.evaluate(() => window.scrollBy(0, 400));
    await expect
      .poll(async () => overlaps(await ui.box(DOCK), (await page.locator('#next').boundingBox())!), { message: 'the dock is off the footer button' })
      .toBe(false);
    await ui.dispose();
  });
});
