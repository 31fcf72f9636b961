import assert from 'node:assert/strict';
import type { ElementHandle, Page } from 'puppeteer-core';
import { connectionOf, evaluated } from './bidi';
import { ADDON_ID, EXTENSION_ORIGIN, type Firefox } from './firefox';
import { waitUntil } from './wait';

/** The slice of the extension API that tests call from inside the extension's own pages. */
export interface ExtensionGlobals {
  browser: {
    runtime: { sendMessage(message: unknown): Promise<unknown>; getManifest(): { content_scripts?: { matches: string[] }[] } };
    permissions: {
      getAll(): Promise<{ origins?: string[] }>;
      remove(permissions: { origins: string[] }): Promise<boolean>;
      request(permissions: { origins: string[] }): Promise<boolean>;
    };
  };
}

/** One test of the lane: it opens the tabs it needs; the runner closes them after it. */
export interface LaneTest {
  name: string;
  run(lane: Lane): Promise<void>;
}

/** What every test gets: the one Firefox of the run, with the extension installed. */
export class Lane {
  constructor(readonly firefox: Firefox) {}

  get browser() {
    return this.firefox.browser;
  }

  /** Opens one of the extension's pages (options.html, popup.html) in a new tab, loaded. */
  async openExtensionPage(path: string): Promise<Page> {
    const page = await this.browser.newPage();
    // Firefox sends no load event for moz-extension:// tabs: the navigation is started, and
    // the page is awaited by its own state. A navigation cut short by closing the tab is fine.
    page.goto(`${EXTENSION_ORIGIN}/${path}`).catch(() => undefined);
    const pathname = `/${path.split(/[?#]/)[0]}`;
    // Polled from here: a wait inside the page would die with about:blank when the navigation replaces it.
    const loaded = () =>
      page.evaluate((expected) => location.pathname === expected && document.readyState === 'complete', pathname).catch(() => false);
    await waitUntil(loaded, Boolean, `${path} loads`);
    return page;
  }

  /** Opens a page at its real address; the fixture server answers it through the proxy. */
  async openPage(url: string): Promise<Page> {
    const page = await this.browser.newPage();
    await page.goto(url);
    return page;
  }

  /** Replaces the stored profile with a profile file, as the options page's import does. */
  async importProfile(file: object): Promise<void> {
    const page = await this.openExtensionPage('popup.html');
    try {
      const result = await page.evaluate(
        (text) => (globalThis as unknown as ExtensionGlobals).browser.runtime.sendMessage({ type: 'profile:import', text }),
        JSON.stringify(file),
      );
      assert.equal((result as { ok?: boolean } | undefined)?.ok, true, `profile import: ${JSON.stringify(result)}`);
    } finally {
      await page.close();
    }
  }

  /**
   * Presses Applyfill's keyboard shortcut (Alt+Shift+F) on `page`'s tab. Key presses sent to a
   * page never reach the browser's own shortcuts, so this runs the command of the <key> element
   * Firefox made for the shortcut in its window, as a real key press does: the extension gets
   * the command and activeTab for the selected tab.
   */
  async pressShortcut(page: Page): Promise<void> {
    await page.bringToFront();
    const connection = connectionOf(this.browser);
    const { result } = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })) as {
      result: { contexts: { context: string; url: string }[] };
    };
    const window = result.contexts.find((context) => context.url === 'chrome://browser/content/browser.xhtml');
    if (!window) throw new Error("Firefox's browser window is not among the chrome browsing contexts");
    // Firefox names the keyset after the add-on id, with every character not [a-z0-9_-] made '_'.
    const keyset = `ext-keyset-id-${ADDON_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}`;
    await evaluated(
      connection.send('script.evaluate', {
        expression: `(() => {
          const key = document.getElementById(${JSON.stringify(keyset)})?.querySelector('key[key="F"][modifiers="alt,shift"]');
          if (!key) throw new Error('no Alt+Shift+F key for the extension');
          key.doCommand();
        })()`,
        target: { context: window.context },
        awaitPromise: false,
      }),
    );
  }

  /**
   * Grants sites to the extension as the extensions panel's "Always allow" does: through
   * permissions.request, which Firefox accepts only in a handler of the user's input, so it is
   * called from a real click on a button put in an extension page (the pref
   * extensions.webextOptionalPermissionPrompts spares the prompt).
   */
  async grantSites(origins: string[]): Promise<void> {
    const page = await this.openExtensionPage('popup.html');
    try {
      const button = (await page.evaluateHandle((origins) => {
        const button = document.createElement('button');
        button.textContent = 'Allow';
        button.style.cssText = 'position: fixed; inset: 0 auto auto 0; z-index: 2147483647';
        button.addEventListener('click', () => {
          button.dataset.granted = 'pending';
          void (globalThis as unknown as ExtensionGlobals).browser.permissions.request({ origins }).then((granted) => {
            button.dataset.granted = String(granted);
          });
        });
        document.body.append(button);
        return button;
      }, origins)) as ElementHandle<HTMLButtonElement>;
      await button.click();
      await page.waitForFunction((button) => button.dataset.granted === 'true', { timeout: 5_000, polling: 100 }, button);
    } finally {
      await page.close();
    }
  }
}

/** The form control labelled `label` in an extension page (a <label>'s control). */
export async function labelled(page: Page, label: string): Promise<ElementHandle<HTMLInputElement>> {
  const handle = await page.waitForFunction(
    (label) => Array.from(document.querySelectorAll('label')).find((element) => element.textContent?.trim() === label)?.control ?? false,
    { timeout: 5_000, polling: 100 },
    label,
  );
  return handle as ElementHandle<HTMLInputElement>;
}

/** The button named `name` (its text or aria-label), once it is on the page. */
export async function buttonNamed(page: Page, name: string): Promise<ElementHandle<HTMLButtonElement>> {
  const handle = await page.waitForFunction(
    (name) =>
      Array.from(document.querySelectorAll('button')).find(
        (button) => (button.getAttribute('aria-label') ?? button.textContent ?? '').trim() === name,
      ) ?? false,
    { timeout: 5_000, polling: 100 },
    name,
  );
  return handle as ElementHandle<HTMLButtonElement>;
}

/** The value of the control labelled `label`, once it equals `expected` (else the wait fails). */
export async function waitForValue(page: Page, label: string, expected: string): Promise<void> {
  await page.waitForFunction(
    (label, expected) => {
      const control = Array.from(document.querySelectorAll('label')).find((element) => element.textContent?.trim() === label)?.control;
      return (control as HTMLInputElement | null | undefined)?.value === expected;
    },
    { timeout: 5_000, polling: 100 },
    label,
    expected,
  );
}
