import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from '@playwright/test';
import { EXTENSION_DIR, expect, fillWithButton, ownUi, test, waitForAutofillButton, type ExtensionGlobals } from './fixtures';
import { AUTOFILL } from './support/ownUi';
import { testProfileFile } from './support/profile';

/**
 * The code on every page of an ATS's site is the small content script: it notices a form and shows
 * the button. The filler (collect, fill, undo, the answers panel, the adapter) is loaded into the
 * frame only when the user reaches for Autofill: the pointer on the button, a press, the popup.
 * Scripts are observed as the page's renderer parses them (DevTools' Debugger.scriptParsed), which
 * sees the extension's isolated world too.
 */
const NEW_BOARD = 'https://job-boards.greenhouse.io/acme/jobs/4567';
const NO_FORM = 'https://boards.greenhouse.io/example/about';

async function watchScripts(page: Page): Promise<{ urls: string[]; cdp: CDPSession }> {
  const urls: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Debugger.scriptParsed', (event: { url: string }) => urls.push(event.url));
  await cdp.send('Debugger.enable');
  return { urls, cdp };
}

const loaded = (urls: string[], file: string) => urls.filter((url) => url.startsWith('chrome-extension://') && url.endsWith(file)).length;

test.describe('the filler loads when the user reaches for Autofill', () => {
  test.beforeEach(async ({ importProfile }) => {
    await importProfile(testProfileFile());
  });

  test('a form page runs the content script alone until the pointer reaches the button; then one filler fills, twice', async ({ page }) => {
    const { urls } = await watchScripts(page);
    await page.goto(NEW_BOARD);
    const ui = await waitForAutofillButton(page);
    await page.waitForTimeout(1000);
    expect(loaded(urls, '/content-scripts/greenhouse.js')).toBe(1);
    expect(urls.filter((url) => url.endsWith('-filler.js'))).toEqual([]);

    await ui.scrollIntoView(AUTOFILL);
    await ui.hover(AUTOFILL);
    await expect.poll(() => loaded(urls, '/greenhouse-filler.js'), { message: 'the Greenhouse filler loads' }).toBe(1);
    expect(await fillWithButton(page)).toMatch(/^Filled \d+ fields/);
    await page.waitForTimeout(1000);
    expect(await fillWithButton(page)).toMatch(/^Filled/);
    // Loaded once per page, and only the site's own.
    expect(urls.filter((url) => url.endsWith('-filler.js')).map((url) => url.replace(/^.*\//, ''))).toEqual(['greenhouse-filler.js']);
    await ui.dispose();
  });

  test('a press with no pointer over the button first still fills: the filler loads on the press', async ({ page }) => {
    const { urls } = await watchScripts(page);
    await page.goto(NEW_BOARD);
    const ui = await waitForAutofillButton(page);
    await ui.scrollIntoView(AUTOFILL);
    await page.waitForTimeout(700);
    // Nothing was hovered: the pointer arrives with the press.
    expect(loaded(urls, '/greenhouse-filler.js')).toBe(0);
    expect(await fillWithButton(page)).toMatch(/^Filled \d+ fields/);
    expect(loaded(urls, '/greenhouse-filler.js')).toBe(1);
    await ui.dispose();
  });

  test('a page of the site with no form gets no button and no filler', async ({ page }) => {
    const { urls } = await watchScripts(page);
    await page.goto(NO_FORM);
    await page.waitForTimeout(1500);
    expect(loaded(urls, '/content-scripts/greenhouse.js')).toBe(1);
    expect(await (await ownUi(page)).exists()).toBe(false);
    expect(urls.filter((url) => url.endsWith('-filler.js'))).toEqual([]);
  });

  test('the popup opening is reaching for Autofill: its scan loads the filler and counts the form', async ({ page, clickToolbarButton }) => {
    const { urls } = await watchScripts(page);
    await page.goto(NEW_BOARD);
    await waitForAutofillButton(page);
    expect(loaded(urls, '/greenhouse-filler.js')).toBe(0);
    const popup = await clickToolbarButton(page);
    await expect(popup.getByRole('heading', { name: /\d+ fields found$/ })).toBeVisible();
    expect(loaded(urls, '/greenhouse-filler.js')).toBe(1);
  });
});

test.describe('the form read and classified while the pointer reaches the button', () => {
  test.beforeEach(async ({ importProfile }) => {
    await importProfile(testProfileFile());
  });

  /** The pointer on the button, then time for the filler to load, read the form and have it classified. */
  async function reach(page: Page): Promise<void> {
    const { urls } = await watchScripts(page);
    await page.goto(NEW_BOARD);
    const ui = await waitForAutofillButton(page);
    await ui.scrollIntoView(AUTOFILL);
    await ui.hover(AUTOFILL);
    await expect.poll(() => loaded(urls, '/greenhouse-filler.js')).toBe(1);
    await page.waitForTimeout(700);
    await ui.dispose();
  }

  test('fills what the page shows at the press when it stood still', async ({ page }) => {
    await reach(page);
    expect(await fillWithButton(page)).toMatch(/^Filled \d+ fields/);
    await expect(page.locator('#first_name')).toHaveValue('Jordan');
    await expect(page.locator('#email')).toHaveValue(/@/);
  });

  test('a name the user typed after the pointer reached the button stays theirs', async ({ page }) => {
    await reach(page);
    // Typing moves the pointer nowhere: the read made on reach no longer holds.
    await page.locator('#first_name').pressSequentially('Jo');
    expect(await fillWithButton(page)).toMatch(/^Filled \d+ fields/);
    await expect(page.locator('#first_name')).toHaveValue('Jo');
    await expect(page.locator('#last_name')).not.toHaveValue('');
  });
});

test.describe('the content script injected again on a page it already serves', () => {
  test('the newer one alone answers and fills; the one it replaced stays silent', async ({ page, importProfile, serviceWorker }) => {
    await importProfile(testProfileFile());
    await page.goto(NEW_BOARD);
    await waitForAutofillButton(page);
    await page.bringToFront();
    const tabId = await serviceWorker.evaluate(async () => {
      const [active] = await (globalThis as unknown as ExtensionGlobals).chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return active!.id!;
    });
    // Injected again (an extension update, a popup racing the manifest's script): WXT retires the older one.
    await serviceWorker.evaluate(
      (id) => (globalThis as unknown as ExtensionGlobals).chrome.scripting.executeScript({ target: { tabId: id, allFrames: true }, files: ['/content-scripts/greenhouse.js'] }),
      tabId,
    );
    const answer = await serviceWorker.evaluate((id) => (globalThis as unknown as ExtensionGlobals).chrome.tabs.sendMessage(id, { type: 'page:fill' }), tabId);
    expect(answer).toMatchObject({ filled: expect.any(Number) });
    expect((answer as { filled: number }).filled).toBeGreaterThan(10);
  });
});

test.describe('what every page of an ATS site loads', () => {
  /** Each ATS's hosts, by the domain its content script would carry. */
  const ATS_DOMAINS = ['greenhouse.io', 'lever.co', 'myworkdayjobs.com', 'ashbyhq.com', 'smartrecruiters.com', 'workable.com', 'icims.com'];
  const scripts = () => readdirSync(join(EXTENSION_DIR, 'content-scripts')).filter((name) => name.endsWith('.js'));

  test('is at most 60 kB minified and 20 kB gzipped, for every content script', () => {
    expect(scripts().length).toBeGreaterThanOrEqual(8);
    for (const name of scripts()) {
      const code = readFileSync(join(EXTENSION_DIR, 'content-scripts', name));
      expect({ name, bytes: code.length <= 60_000, gzipped: gzipSync(code).length <= 20_000 }).toEqual({ name, bytes: true, gzipped: true });
    }
  });

  test("carries neither the resume reader nor another ATS's code", () => {
    for (const name of scripts()) {
      const code = readFileSync(join(EXTENSION_DIR, 'content-scripts', name), 'utf8');
      // pdf.js is the resume import's, in the options page only.
      expect(code, name).not.toContain('GlobalWorkerOptions');
      const own = ATS_DOMAINS.filter((domain) => code.includes(domain));
      expect(own.length, `${name} names ${own.join(', ')}`).toBeLessThanOrEqual(1);
    }
  });
});
