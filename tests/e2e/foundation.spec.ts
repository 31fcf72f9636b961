import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, EXTENSION_DIR, waitForAutofillButton } from './fixtures';

/** One application page per ATS host the manifest matches; each fixture serves its real URL. */
const ATS_PAGES = [
  'https://boards.greenhouse.io/acme/jobs/123',
  'https://job-boards.greenhouse.io/acme/jobs/4567',
  'https://jobs.lever.co/acme/0b7f0c3e-5d1a-4c7e-9a51-1f2e3d4c5b6a/apply',
  'https://acme.wd5.myworkdayjobs.com/en-US/External/job/New-York-NY/Senior-Software-Engineer_R-1042/apply/applyManually',
];

test.describe('the extension as loaded in Chromium', () => {
  test('has a service worker, a popup and an options page', async ({ extensionId, openExtensionPage }) => {
    expect(extensionId).toMatch(/^[a-p]{32}$/);
    const popup = await openExtensionPage('popup.html');
    await expect(popup.getByRole('button', { name: 'Autofill this page' })).toBeVisible();
    const options = await openExtensionPage('options.html');
    await expect(options.getByRole('heading', { level: 1 })).toContainText('Applyfill');
  });

  test('asks only for the permissions it uses', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toBe('Applyfill');
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.commands.autofill.suggested_key.default).toBe('Alt+Shift+F');
    expect(Object.keys(manifest.icons)).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
  });

  for (const url of ATS_PAGES) {
    test(`runs its content script on ${new URL(url).hostname}`, async ({ page }) => {
      await page.goto(url);
      await (await waitForAutofillButton(page)).dispose();
    });
  }

  test('stays out of sites the manifest does not match', async ({ page }) => {
    await page.goto('https://careers.example.com/apply');
    await expect(page.locator('#fname')).toBeVisible();
    // The content script would have shown its button by now on a matched host (see above).
    await page.waitForTimeout(1500);
    await expect(page.locator('applyfill-ui')).toHaveCount(0);
  });
});
