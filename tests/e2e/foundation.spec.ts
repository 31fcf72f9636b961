import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, EXTENSION_DIR, waitForAutofillButton } from './fixtures';

/**
 * Application pages of each ATS the manifest has a content script for, at their real URLs. A test
 * below checks these are exactly the manifest's scripts, so a new adapter cannot go untried here.
 */
const ATS_PAGES: Readonly<Record<string, readonly string[]>> = {
  greenhouse: ['https://boards.greenhouse.io/acme/jobs/123', 'https://job-boards.greenhouse.io/acme/jobs/4567'],
  lever: ['https://jobs.lever.co/acme/0b7f0c3e-5d1a-4c7e-9a51-1f2e3d4c5b6a/apply'],
  workday: ['https://acme.wd5.myworkdayjobs.com/en-US/External/job/New-York-NY/Senior-Software-Engineer_R-1042/apply/applyManually'],
  ashby: ['https://jobs.ashbyhq.com/acme/4f1c9a7e-2b3d-4e5f-8a6b-7c8d9e0f1a2b/application'],
  workable: ['https://apply.workable.com/acme-analytics/j/9C43981D17/apply/'],
  // The form itself, as the careers site's frame loads it.
  icims: ['https://careers-acme.icims.com/jobs/1234/software-engineer/candidate?from=login&in_iframe=1&hashed=-435621309'],
  smartrecruiters: ['https://jobs.smartrecruiters.com/oneclick-ui/company/Acme/publication/3c9a4f52-7d1e-4b8a-9f60-2e5d7c1b0a93?dcr_ci=Acme'],
};

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
    // Host permissions exactly where the content scripts already run (to load their fillers): no other site.
    const matched = (manifest.content_scripts as { matches: string[] }[]).flatMap((script) => script.matches);
    expect([...manifest.host_permissions].sort()).toEqual([...new Set(matched)].sort());
    expect(manifest.host_permissions).not.toContain('<all_urls>');
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.commands.autofill.suggested_key.default).toBe('Alt+Shift+F');
    expect(Object.keys(manifest.icons)).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
  });

  test('has one content script per ATS, each on its own hosts, and a page here for each', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[]; matches: string[] }[] };
    const scripts = manifest.content_scripts.map((script) => /^content-scripts\/(.+)\.js$/.exec(script.js.join())?.[1]);
    expect(scripts.sort()).toEqual(Object.keys(ATS_PAGES).sort());
    const hosts = manifest.content_scripts.flatMap((script) => script.matches);
    expect(new Set(hosts).size, 'no host is matched by two scripts').toBe(hosts.length);
  });

  for (const url of Object.values(ATS_PAGES).flat()) {
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
