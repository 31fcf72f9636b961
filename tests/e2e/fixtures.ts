import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/server';
import { AUTOFILL, OwnUi, STATUS } from './support/ownUi';
import { MIN_SHOWN_MS } from '../../utils/content/clickGuard';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../..', process.env.APPLYFILL_OUT_DIR ?? '.output', 'chrome-mv3');

interface WorkerFixtures {
  server: FixtureServer;
  /** One browser per worker: starting Chromium with an extension for every test would be slow. */
  extensionContext: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}

interface TestFixtures {
  page: Page;
  /** Opens one of the extension's own pages (popup.html, options.html). */
  openExtensionPage(path: string): Promise<Page>;
  /** Replaces the stored profile with a profile file, as the options page's import does. */
  importProfile(file: object | string): Promise<void>;
  /**
   * Clicks the extension's toolbar button for the tab showing `page`, as a user would: this grants
   * activeTab for that tab. Returns the popup, aimed at that tab.
   */
  clickToolbarButton(page: Page): Promise<Page>;
}

/**
 * Real Chromium with the built extension loaded, and every hostname answered by a local HTTPS
 * server of fixture pages: a test opens https://boards.greenhouse.io/acme/jobs/123 and the
 * content script runs there as on the real site.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  extensionContext: [
    async ({ server }, use) => {
      if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
        throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first.`);
      }
      const executablePath = chromiumExecutable();
      if (!executablePath) throw new Error('No Chromium found: set CHROMIUM_PATH or install chromium.');
      const userDataDir = mkdtempSync(join(tmpdir(), 'applyfill-profile-'));
      const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath,
        headless: true,
        args: chromiumArgs(EXTENSION_DIR, server.port),
        viewport: { width: 1280, height: 900 },
      });
      await use(context);
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  context: async ({ extensionContext }, use) => {
    await use(extensionContext);
  },
  serviceWorker: [
    async ({ extensionContext: context }, use) => {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await use(worker);
    },
    { scope: 'worker' },
  ],
  extensionId: [
    async ({ serviceWorker }, use) => {
      await use(extensionId(serviceWorker));
    },
    { scope: 'worker' },
  ],
  page: async ({ context }, use) => {
    const page = await context.newPage();
    await use(page);
    await page.close();
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    const opened: Page[] = [];
    await use(async (path) => {
      const page = await context.newPage();
      opened.push(page);
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
    for (const page of opened) await page.close();
  },
  clickToolbarButton: async ({ context, serviceWorker, openExtensionPage }, use) => {
    const session = await context.browser()!.newBrowserCDPSession();
    await use(async (page) => {
      const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const tab = targetInfos.find((target) => target.type === 'tab' && target.url === page.url());
      if (!tab) throw new Error(`no tab target shows ${page.url()}`);
      await page.bringToFront();
      const tabId = await serviceWorker.evaluate(async () => {
        const [active] = await (globalThis as unknown as ExtensionGlobals).chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return active?.id;
      });
      // Grants activeTab for the tab as a real click does. Headless Chromium opens the popup
      // where Playwright cannot reach it, so the test drives a second copy aimed at that tab.
      await session.send('Extensions.triggerAction', { id: extensionId(serviceWorker), targetId: tab.targetId });
      return openExtensionPage(`popup.html?tabId=${tabId}`);
    });
    await session.detach();
  },
  importProfile: async ({ openExtensionPage }, use) => {
    await use(async (file) => {
      const text = typeof file === 'string' ? file : JSON.stringify(file);
      const page = await openExtensionPage('popup.html');
      const result = await page.evaluate(
        (text) => (globalThis as unknown as ExtensionGlobals).chrome.runtime.sendMessage({ type: 'profile:import', text }),
        text,
      );
      await page.close();
      expect(result, 'profile import').toMatchObject({ ok: true });
    });
  },
});

export { expect };

/** The slice of the extension API that tests call from inside extension pages. */
export interface ExtensionGlobals {
  chrome: {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    tabs: { query(filter: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
    scripting: { executeScript(injection: { target: { tabId: number; allFrames?: boolean }; files: string[] }): Promise<unknown> };
  };
}

function extensionId(worker: Worker): string {
  return new URL(worker.url()).host;
}

/** The in-page Autofill button's UI, reached through the DevTools protocol (its shadow root is closed). */
export async function ownUi(page: Page, frameSelector?: string): Promise<OwnUi> {
  return OwnUi.of(page, frameSelector);
}

/** Waits until the Autofill button shows, in the page or in the frame matched by `frameSelector`. */
export async function waitForAutofillButton(page: Page, frameSelector?: string, timeout = 10_000): Promise<OwnUi> {
  const ui = await ownUi(page, frameSelector);
  await expect.poll(() => ui.isVisible(AUTOFILL), { timeout, message: 'the Autofill button shows' }).toBe(true);
  return ui;
}

/**
 * Presses the Autofill button as a user does: a real mouse click on a button that has been on
 * screen long enough to be seen (a button clicked the moment it appears is refused, see
 * utils/content/clickGuard.ts).
 */
export async function pressAutofill(page: Page, frameSelector?: string): Promise<void> {
  const ui = await waitForAutofillButton(page, frameSelector);
  // Brought on screen first, then given the time a person takes to see it.
  await ui.scrollIntoView(AUTOFILL);
  await page.waitForTimeout(MIN_SHOWN_MS + 150);
  await ui.click(AUTOFILL);
  await ui.dispose();
}

/** The text the button's summary shows ('' while hidden). */
export async function summaryText(page: Page, frameSelector?: string): Promise<string> {
  const ui = await ownUi(page, frameSelector);
  try {
    return await ui.text(STATUS);
  } finally {
    await ui.dispose();
  }
}

/** Presses Autofill and waits for the summary that starts with "Filled". */
export async function fillWithButton(page: Page, frameSelector?: string, timeout = 30_000): Promise<string> {
  await pressAutofill(page, frameSelector);
  let text = '';
  await expect.poll(async () => (text = await summaryText(page, frameSelector)), { timeout, message: 'the fill summary' }).toMatch(/^Filled/);
  return text;
}
