/**
 * Regenerates docs/screenshots/{popup,options}-{light,dark}.png from the built extension, in the
 * same headless Chromium and fixture server as the demo and the end-to-end tests: the popup after
 * filling the Lever fixture page, the options page with the test profile.
 *
 *   npm run screenshots
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { testProfileFile } from '../tests/e2e/support/profile';
import { closeOnExit, importProfile, launch, ROOT, tabIdOf } from './harness';

const OUT_DIR = join(ROOT, 'docs/screenshots');
const APPLICATION_URL = 'https://jobs.lever.co/acme/0b7f0c3e-5d1a-4c7e-9a51-1f2e3d4c5b6a/apply';
const SCHEMES = ['light', 'dark'] as const;

async function shoot(page: Page, name: string, fullPage: boolean): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const path = join(OUT_DIR, `${name}-${colorScheme}.png`);
    await page.screenshot({ path, fullPage, animations: 'disabled', caret: 'hide' });
    console.log(`wrote ${path}`);
  }
}

const session = await launch({ headless: true });
closeOnExit(session);
try {
  mkdirSync(OUT_DIR, { recursive: true });
  await importProfile(session, JSON.stringify(testProfileFile()));
  const base = `chrome-extension://${session.extensionId}`;

  // The popup as a page aimed at the application's tab, as the end-to-end tests drive it.
  const application = await session.context.newPage();
  await application.goto(APPLICATION_URL);
  await application.locator('applyfill-ui').waitFor({ state: 'attached' });
  const tabId = await tabIdOf(session, application);
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`${base}/popup.html?tabId=${tabId}`);
  await popup.getByRole('heading', { name: /fields found$/ }).waitFor();
  await popup.getByRole('button', { name: 'Autofill this page' }).click();
  await popup.getByRole('status').filter({ hasText: /^Filled/ }).waitFor();
  await popup.getByLabel('First name').waitFor();
  await shoot(popup, 'popup', true);

  const options = await session.context.newPage();
  await options.goto(`${base}/options.html`);
  await options.getByLabel('First name').waitFor();
  await shoot(options, 'options', false);
} finally {
  await session.close();
}
