import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const REPO_DIR = resolve(import.meta.dirname, '../../..');
/** The Firefox build the lane tests, from the same output folder the Chromium fixtures read. */
export const EXTENSION_DIR = resolve(REPO_DIR, process.env.APPLYFILL_OUT_DIR ?? '.output', 'firefox-mv3');
export const ADDON_ID = 'applyfill@applyfill.dev';
/**
 * Firefox gives each installed add-on a random moz-extension:// host; this pref fixes it, so the
 * lane can open the extension's pages by URL before the add-on is installed.
 */
export const EXTENSION_UUID = '6a1f0b6e-4f57-4c2e-9d3a-a99f111e2020';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** $FIREFOX_PATH when set, else Debian's Firefox ESR, else Debian's Firefox; an error names what is missing. */
export function firefoxExecutable(): string {
  const chosen = process.env.FIREFOX_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`FIREFOX_PATH is ${chosen}, and there is no such file.`);
    return chosen;
  }
  const found = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path));
  if (!found) throw new Error('No Firefox found: install Firefox ESR (Debian: apt-get install firefox-esr), or set FIREFOX_PATH.');
  return found;
}

export interface Firefox {
  browser: Browser;
  downloadDir: string;
  close(): Promise<void>;
}

/**
 * Headless Firefox driven over WebDriver BiDi, every request sent through the tunnel proxy (so
 * the fixture server answers for the real ATS hostnames), with the built extension installed as a
 * temporary add-on, as about:debugging's "Load Temporary Add-on" does.
 */
export async function launchFirefox(proxyPort: number): Promise<Firefox> {
  const executablePath = firefoxExecutable();
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${EXTENSION_DIR}: run "npm run build:firefox" first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'applyfill-firefox-'));
  const downloadDir = join(userDataDir, 'downloads');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 900 },
    // Lets the remote protocol into privileged contexts: moz-extension:// pages, and the browser's
    // own window, where the lane presses the extension's keyboard shortcut.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      // Every request through the tunnel proxy, which refuses plain HTTP: nothing a page asks for
      // leaves the machine.
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      // No DNS over HTTPS either.
      'network.trr.mode': 5,
      // permissions.request() grants without a prompt, so a test can give back a site it withdrew.
      'extensions.webextOptionalPermissionPrompts': false,
      // The options page's Export profile saves here without asking.
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  try {
    await browser.installExtension(EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    downloadDir,
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
