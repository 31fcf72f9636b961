/**
 * Regenerates docs/screenshots/{popup,options}-{light,dark}.png from the built extension
 * (.output/chrome-mv3), in the same headless Chromium and fixture server as the end-to-end tests:
 * the popup after filling the Lever fixture page, the options page with the test profile.
 *
 *   npm run screenshots
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../tests/e2e/support/browser';
import { testProfileFile } from '../tests/e2e/support/profile';
import { startFixtureServer } from '../tests/e2e/support/server';
import { EXTENSION_DIR } from './harness';

const ROOT = resolve(import.meta.dirname, '..');
const OUT_DIR = join(ROOT, 'docs/screenshots');
const APPLICATION_URL = 'https://jobs.lever.co/acme/0b7f0c3e-5d1a-4c7e-9a51-1f2e3d4c5b6a/apply';
const SCHEMES = ['light', 'dark'] as const;

interface ExtensionPageGlobals {
  chrome: {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    tabs: { query(filter: object): Promise<{ id?: number }[]> };
  };
}

async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

async function shoot(page: Page, name: string, fullPage: boolean): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const path = join(OUT_DIR, `${name}-${colorScheme}.png`);
    await page.screenshot({ path, fullPage, animations: 'disabled', caret: 'hide' });
    console.log(`wrote ${path}`);
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first.`);
  const executablePath = chromiumExecutable();
  if (!executablePath) throw new Error('No Chromium found: set CHROMIUM_PATH or install chromium.');
  mkdirSync(OUT_DIR, { recursive: true });

  const server = await startFixtureServer();
  const userDataDir = mkdtempSync(join(tmpdir(), 'applyfill-screenshots-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: chromiumArgs(EXTENSION_DIR, server.port),
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
  });
  try {
    const worker = await serviceWorker(context);
    const base = `chrome-extension://${new URL(worker.url()).host}`;

    const importer = await context.newPage();
    await importer.goto(`${base}/popup.html`);
    const result = await importer.evaluate(
      (text) => (globalThis as unknown as ExtensionPageGlobals).chrome.runtime.sendMessage({ type: 'profile:import', text }),
      JSON.stringify(testProfileFile()),
    );
    if (!(result as { ok?: boolean } | undefined)?.ok) throw new Error(`the test profile did not import: ${JSON.stringify(result)}`);
    await importer.close();

    // The popup as a page aimed at the application's tab, as the end-to-end tests drive it.
    const application = await context.newPage();
    await application.goto(APPLICATION_URL);
    await application.locator('applyfill-ui').waitFor({ state: 'attached' });
    await application.bringToFront();
    const tabId = await worker.evaluate(async () => {
      const [active] = await (globalThis as unknown as ExtensionPageGlobals).chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return active?.id;
    });
    if (tabId === undefined) throw new Error('the application tab was not found');
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`${base}/popup.html?tabId=${tabId}`);
    await popup.getByRole('heading', { name: /fields found$/ }).waitFor();
    await popup.getByRole('button', { name: 'Autofill this page' }).click();
    await popup.getByRole('status').filter({ hasText: /^Filled/ }).waitFor();
    await popup.getByLabel('First name').waitFor();
    await shoot(popup, 'popup', true);

    const options = await context.newPage();
    await options.goto(`${base}/options.html`);
    await options.getByLabel('First name').waitFor();
    await shoot(options, 'options', false);
  } finally {
    await context.close();
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

await main();
