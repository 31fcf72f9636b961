/**
 * What `npm run demo` and `npm run bench` share: Chromium with the built extension and the local
 * HTTPS fixture server (the same ones the end-to-end tests use), the sample profile imported, and
 * one instrumented click on the in-page Autofill button.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../tests/e2e/support/browser';
import { startFixtureServer } from '../tests/e2e/support/server';
import type { FillReport } from '../utils/core/types';
import type { PageScan } from '../utils/messages';
import { summarize } from '../utils/fill/run';
import { MIN_SHOWN_MS } from '../utils/content/clickGuard';
import { AUTOFILL, OwnUi } from '../tests/e2e/support/ownUi';

export const ROOT = resolve(import.meta.dirname, '..');
/** Where `wxt build` put the extension: wxt.config.ts reads the same variable. */
export const EXTENSION_DIR = join(ROOT, process.env.APPLYFILL_OUT_DIR ?? '.output', 'chrome-mv3');
export const SAMPLE_PROFILE = join(ROOT, 'assets/sample-profile.json');

export interface FormPage {
  /** Short name used in tables and file names. */
  id: string;
  ats: string;
  url: string;
  /**
   * Outside the manifest's matches: the content script arrives only when the user presses the
   * toolbar button, which grants activeTab for that tab.
   */
  needsToolbarButton?: boolean;
}

export const ATS_PAGES: readonly FormPage[] = [
  { id: 'greenhouse', ats: 'Greenhouse', url: 'https://job-boards.greenhouse.io/acme/jobs/4567' },
  { id: 'lever', ats: 'Lever', url: 'https://jobs.lever.co/acme/0b7f0c3e-5d1a-4c7e-9a51-1f2e3d4c5b6a/apply' },
  {
    id: 'workday',
    ats: 'Workday',
    url: 'https://acme.wd5.myworkdayjobs.com/en-US/External/job/New-York-NY/Senior-Software-Engineer_R-1042/apply/applyManually',
  },
  { id: 'generic', ats: 'Any other site', url: 'https://careers.example.com/apply', needsToolbarButton: true },
];

export interface Session {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** The copy of the build that this browser loaded. */
  extensionDir: string;
  chromiumVersion: string;
  /** True once close() has been called: work still in flight is then abandoned, not reported. */
  readonly closing: boolean;
  close(): Promise<void>;
}

/** The slice of the extension API called from inside the extension's own contexts. */
interface ExtensionGlobals {
  chrome: {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    tabs: {
      query(filter: object): Promise<{ id?: number }[]>;
      sendMessage(tabId: number, message: unknown): Promise<unknown>;
    };
    scripting: { executeScript(injection: { target: { tabId: number; allFrames: boolean }; files: string[] }): Promise<unknown> };
  };
}

function requireBuild(): void {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first.`);
  }
}

/** Launches Chromium with the extension; `close()` ends the browser, the server and the temporary profile. */
export async function launch({ headless }: { headless: boolean }): Promise<Session> {
  requireBuild();
  const executablePath = chromiumExecutable();
  if (!executablePath) throw new Error('No Chromium found: set CHROMIUM_PATH or install chromium.');
  const workDir = mkdtempSync(join(tmpdir(), 'applyfill-demo-'));
  // A copy, so that a build started meanwhile (npm run dev, another terminal) cannot change the
  // extension under a running demo or benchmark.
  const extensionDir = join(workDir, 'extension');
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const server = await startFixtureServer();
  let context: BrowserContext | undefined;
  let closing: Promise<void> | undefined;
  // Once only: a signal and the script's own `finally` may both ask for it.
  const close = () =>
    (closing ??= (async () => {
      try {
        await context?.close().catch(() => undefined);
        await server.close();
      } finally {
        // Chromium's helper processes may still be writing their last files for a moment.
        rmSync(workDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
      }
    })());
  try {
    context = await chromium.launchPersistentContext(join(workDir, 'profile'), {
      executablePath,
      headless,
      args: chromiumArgs(extensionDir, server.port),
      // closeOnExit closes the browser gracefully; Playwright's own handlers would kill it first.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      // Headed, the window keeps its own size; headless, screenshots get a laptop-sized page.
      viewport: headless ? { width: 1280, height: 900 } : null,
    });
    const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    return {
      context,
      serviceWorker,
      extensionId: new URL(serviceWorker.url()).host,
      extensionDir,
      chromiumVersion: context.browser()?.version() ?? 'unknown',
      get closing() {
        return closing !== undefined;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Imports a profile file as the options page does: the background validates and stores it. */
export async function importProfile(session: Session, text = readFileSync(SAMPLE_PROFILE, 'utf8')): Promise<void> {
  const page = await session.context.newPage();
  try {
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const result = (await page.evaluate(
      (text) => (globalThis as unknown as ExtensionGlobals).chrome.runtime.sendMessage({ type: 'profile:import', text }),
      text,
    )) as { ok?: boolean; error?: unknown } | undefined;
    if (!result?.ok) throw new Error(`The profile import failed: ${JSON.stringify(result)}`);
  } finally {
    await page.close();
  }
}

/**
 * Presses the extension's toolbar button for the tab showing `page` (CDP Extensions.triggerAction,
 * allowed by --enable-unsafe-extension-debugging), as the e2e tests do. Like a user's click, this
 * grants activeTab and opens the popup, whose scan injects the content script into the tab.
 * Headless Chromium opens that popup where Playwright cannot reach it, which is fine: the in-page
 * button is what the scripts press.
 */
export async function pressToolbarButton(session: Session, page: Page): Promise<void> {
  const browser = session.context.browser();
  if (!browser) throw new Error('No browser-level CDP access to press the toolbar button');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = targetInfos.find((target) => target.type === 'tab' && target.url === page.url());
    if (!tab) throw new Error(`no tab target shows ${page.url()}`);
    await page.bringToFront();
    await cdp.send('Extensions.triggerAction', { id: session.extensionId, targetId: tab.targetId });
  } finally {
    await cdp.detach();
  }
}

/**
 * Opens a form page and waits until Autofill can be pressed: the in-page button on the
 * manifest's sites, the toolbar button elsewhere (it grants activeTab and injects the script,
 * which there shows no button of its own).
 */
export async function openForm(session: Session, form: FormPage): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(form.url);
  if (form.needsToolbarButton) {
    await pressToolbarButton(session, page);
    // The popup injects the script when it opens; headless Chromium's popup may not, so inject it as the popup would.
    const tabId = await tabIdOf(session, page);
    await session.serviceWorker.evaluate(
      (tabId) => (globalThis as unknown as ExtensionGlobals).chrome.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['/content-scripts/page.js'] }),
      tabId,
    );
    // Then scans, as the popup does on opening: the user reaches for Autofill there, and the filler loads.
    await session.serviceWorker.evaluate((tabId) => (globalThis as unknown as ExtensionGlobals).chrome.tabs.sendMessage(tabId, { type: 'page:scan' }), tabId);
  } else {
    const ui = await OwnUi.of(page);
    const deadline = Date.now() + 15_000;
    while (!(await ui.isVisible(AUTOFILL))) {
      if (Date.now() > deadline) throw new Error(`No Autofill button on ${form.url}`);
      await page.waitForTimeout(100);
    }
    await ui.dispose();
  }
  return page;
}

export interface FillRun {
  /** The summary the button shows, e.g. "Filled 18 fields · 3 need you". */
  summary: string;
  /** From the click to the last input/change event a field received. */
  clickToLastFieldMs: number;
  /** From the click to the summary appearing. */
  clickToSummaryMs: number;
  report: FillReport;
  /** Fields on the page once filled, as the popup counts them (questions the answers revealed included). */
  fieldCount: number;
}

interface FillTimings {
  click: number;
  lastField: number;
  summary: number;
  summaryText: string;
}

/**
 * Runs in the page before the click: records every input/change event a field receives. A
 * string, not a function: tsx's transform would wrap nested functions in a helper that does
 * not exist in the page.
 */
const INSTRUMENT_FIELDS = `(() => {
  const timings = { click: 0, lastField: 0, summary: 0, summaryText: '' };
  window.__applyfillTimings = timings;
  for (const type of ['input', 'change']) {
    document.addEventListener(type, (event) => {
      if (timings.click && !timings.summary && event.target.localName !== 'applyfill-ui') timings.lastField = performance.now();
    }, true);
  }
})`;

/**
 * Runs on the button's closed shadow root (reached through the DevTools protocol, as the tests
 * do): the click, from a capturing listener that runs before the extension's, and the summary
 * becoming visible.
 */
const INSTRUMENT_BUTTON = `function () {
  const timings = window.__applyfillTimings;
  const status = this.querySelector('[role=status]');
  this.addEventListener('click', () => { timings.click ||= performance.now(); }, { capture: true });
  new MutationObserver(() => {
    const text = status.textContent || '';
    if (timings.click && !timings.summary && !status.hidden && text.startsWith('Filled')) {
      timings.summary = performance.now();
      timings.summaryText = text;
    }
  }).observe(status, { attributes: true, childList: true, characterData: true, subtree: true });
}`;

/**
 * Fills the page and times the run inside it, on the page's clock. With the in-page button: a
 * real click on it (after the half second a button must be on screen before a click counts),
 * timed from the click to the last input/change event a field receives and to the summary. On
 * other sites, where only the popup and the shortcut fill: the popup's request, timed from the
 * moment it is sent to the last field and to the answer (one DevTools round trip later).
 */
export async function clickAutofill(session: Session, page: Page, timeoutMs = 60_000): Promise<FillRun> {
  await page.evaluate(`${INSTRUMENT_FIELDS}()`);
  // The wait for the summary below polls the page through Playwright's injected script, which
  // the page compiles at its first use (some 8 ms of its main thread): done here, not during the fill it would time.
  await page.waitForFunction(() => true);
  const ui = await OwnUi.of(page);
  try {
    if (await ui.exists()) {
      await ui.onRoot(INSTRUMENT_BUTTON);
      await ui.scrollIntoView(AUTOFILL);
      // The pointer reaches the button first, as a person's does: the filler loads while they aim.
      await ui.hover(AUTOFILL);
      await page.waitForTimeout(MIN_SHOWN_MS + 150);
      await ui.click(AUTOFILL);
    } else {
      const tabId = await tabIdOf(session, page);
      await page.evaluate(() => ((window as unknown as { __applyfillTimings: FillTimings }).__applyfillTimings.click = performance.now()));
      const answer = (await session.serviceWorker.evaluate(
        (tabId) => (globalThis as unknown as ExtensionGlobals).chrome.tabs.sendMessage(tabId, { type: 'page:fill' }),
        tabId,
      )) as FillReport | { error: string };
      if ('error' in answer) throw new Error(answer.error);
      await page.evaluate((summary) => {
        const timings = (window as unknown as { __applyfillTimings: FillTimings }).__applyfillTimings;
        timings.summary = performance.now();
        timings.summaryText = summary;
      }, `Filled ${answer.filled}`);
    }
  } finally {
    await ui.dispose();
  }
  await page.waitForFunction(() => (window as unknown as { __applyfillTimings: FillTimings }).__applyfillTimings.summary > 0, undefined, {
    timeout: timeoutMs,
    polling: 50,
  });
  const timings = await page.evaluate(() => (window as unknown as { __applyfillTimings: FillTimings }).__applyfillTimings);
  const { lastReport: report, fieldCount } = await scanAfterFill(session, page);
  return {
    summary: summarize(report),
    clickToLastFieldMs: (timings.lastField || timings.summary) - timings.click,
    clickToSummaryMs: timings.summary - timings.click,
    report,
    fieldCount,
  };
}

/**
 * The extension's id for the tab showing `page`. Tabs cannot be told apart by URL without the
 * "tabs" permission, so the page is brought to the front and the active tab is asked for.
 */
export async function tabIdOf(session: Session, page: Page): Promise<number> {
  await page.bringToFront();
  const tabId = await session.serviceWorker.evaluate(async () => {
    const [tab] = await (globalThis as unknown as ExtensionGlobals).chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (tabId === undefined) throw new Error(`no tab id for ${page.url()}`);
  return tabId;
}

/** What the content script tells about the page and its last run, asked as the popup asks ('page:scan'). */
async function scanAfterFill(session: Session, page: Page): Promise<PageScan & { lastReport: FillReport }> {
  const tabId = await tabIdOf(session, page);
  const scan = (await session.serviceWorker.evaluate(
    (tabId) => (globalThis as unknown as ExtensionGlobals).chrome.tabs.sendMessage(tabId, { type: 'page:scan' }),
    tabId,
  )) as PageScan | undefined;
  if (!scan?.lastReport) throw new Error(`The content script on ${page.url()} reported no fill`);
  return { ...scan, lastReport: scan.lastReport };
}

/**
 * Closes the session on Ctrl+C, a kill, or an error thrown outside the script's own code (a
 * fixture server request handler), so no Chromium, server or temporary profile outlives it.
 */
export function closeOnExit(session: Session): void {
  const end = (code: number) => void session.close().finally(() => process.exit(code));
  process.once('SIGHUP', () => end(129));
  process.once('SIGINT', () => end(130));
  process.once('SIGTERM', () => end(143));
  process.once('uncaughtException', (error) => {
    console.error(error);
    end(1);
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A plain-text table with right-aligned numbers. */
export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) =>
    row.map((cell, column) => (/^[\d.,\s%+-]+(ms| kB| MB)?$/.test(cell) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
