/**
 * The Firefox lane: the Firefox build of Applyfill in real Firefox (Debian's firefox-esr,
 * headless), driven by puppeteer-core over WebDriver BiDi and installed as a temporary add-on,
 * on the fixture pages at their real hostnames. One browser for the whole run; each test opens
 * the tabs it needs and they are closed after it.
 *
 *   npm run build:firefox && npm run test:firefox [-- name-filter]
 *
 * Reads the build from $APPLYFILL_OUT_DIR/firefox-mv3 (default .output), Firefox from
 * $FIREFOX_PATH or /usr/bin/firefox-esr. Ends with "N passed, N failed"; exits non-zero on any failure.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startFixtureServer, type FixtureServer } from '../e2e/support/server';
import { DIFFERENCE_TESTS } from './differences';
import { OPTIONS_TESTS } from './options';
import { SITE_TESTS } from './sites';
import { launchFirefox, REPO_DIR, type Firefox } from './support/firefox';
import { Lane, type LaneTest } from './support/lane';
import { startTunnelProxy, type TunnelProxy } from './support/proxy';

const TEST_TIMEOUT_MS = 60_000;
const FAILURE_SCREENSHOTS = join(REPO_DIR, 'test-results', 'firefox');

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Closes every tab but the one the browser started with, so each test starts alike. */
async function closeTabs(firefox: Firefox, keep: unknown): Promise<void> {
  for (const page of await firefox.browser.pages()) if (page !== keep) await page.close().catch(() => undefined);
}

/** A screenshot of each open tab, for a failed test. */
async function screenshotTabs(firefox: Firefox, keep: unknown, test: number): Promise<string[]> {
  mkdirSync(FAILURE_SCREENSHOTS, { recursive: true });
  const saved: string[] = [];
  for (const [index, page] of (await firefox.browser.pages()).entries()) {
    if (page === keep) continue;
    const path = join(FAILURE_SCREENSHOTS, `test-${test + 1}-tab-${index}.png`);
    if (await page.screenshot({ path }).then(() => true, () => false)) saved.push(path);
  }
  return saved;
}

async function main(): Promise<number> {
  const filter = process.argv[2];
  const tests: LaneTest[] = [...OPTIONS_TESTS, ...SITE_TESTS, ...DIFFERENCE_TESTS].filter((test) => !filter || test.name.includes(filter));
  const started = Date.now();
  let server: FixtureServer | undefined;
  let proxy: TunnelProxy | undefined;
  let firefox: Firefox | undefined;
  let passed = 0;
  let failed = 0;
  try {
    try {
      server = await startFixtureServer();
      proxy = await startTunnelProxy(server.port);
      firefox = await launchFirefox(proxy.port);
    } catch (error) {
      console.error(`Firefox lane: ${error instanceof Error ? error.message : String(error)} None of its ${tests.length} tests ran.`);
      failed = tests.length;
      return 1;
    }
    const version = await firefox.browser.version();
    console.log(`Firefox lane: ${version}, ${tests.length} tests (started in ${Date.now() - started} ms)`);
    const [blank] = await firefox.browser.pages();
    for (const [index, test] of tests.entries()) {
      const testStarted = Date.now();
      try {
        await withTimeout(test.run(new Lane(firefox)), TEST_TIMEOUT_MS);
        passed++;
        console.log(`  ✓ ${test.name} (${Date.now() - testStarted} ms)`);
      } catch (error) {
        failed++;
        console.log(`  ✗ ${test.name} (${Date.now() - testStarted} ms)`);
        console.log(`    ${(error instanceof Error ? (error.stack ?? error.message) : String(error)).replace(/\n/g, '\n    ')}`);
        for (const path of await screenshotTabs(firefox, blank, index)) console.log(`    screenshot: ${path}`);
      }
      await closeTabs(firefox, blank);
    }
    return failed ? 1 : 0;
  } finally {
    await firefox?.close();
    await proxy?.close();
    await server?.close();
    console.log(`Firefox lane: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(`${passed} passed, ${failed} failed`);
  }
}

process.exitCode = await main();
