import assert from 'node:assert/strict';
import { MIN_SHOWN_MS } from '../../utils/content/clickGuard';
import { testProfileFile } from '../e2e/support/profile';
import type { ExtensionGlobals, LaneTest } from './support/lane';
import { FirefoxOwnUi, HIDE, waitForAutofillButton } from './support/ownUi';
import { sleep, waitUntil } from './support/wait';

/** Where Firefox and Chromium differ for Applyfill, and what Applyfill does about it. */

const LEVER_SITE = 'https://jobs.lever.co/*';
const LEVER_APPLICATION = 'https://jobs.lever.co/acme/0b7f0c3e-5d1a-4c7e-9a51-1f2e3d4c5b6a/apply';
/** How long a loaded page gets to show the button before a test says it shows none; with the site granted it shows well within it. */
const BUTTON_GRACE_MS = 1_500;

export const DIFFERENCE_TESTS: LaneTest[] = [
  {
    name: 'host permissions: granted with the add-on; with a site withdrawn there is no button, and the shortcut still fills through activeTab',
    async run(lane) {
      await lane.importProfile(testProfileFile());
      const extension = await lane.openExtensionPage('popup.html');
      // Firefox counts a Manifest V3 extension's content-script sites as host permissions the
      // user may withdraw; a temporary add-on (like a signed one since Firefox 127) starts with all.
      const { granted, sites } = await extension.evaluate(async () => {
        const { browser } = globalThis as unknown as ExtensionGlobals;
        return {
          granted: (await browser.permissions.getAll()).origins ?? [],
          sites: (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches),
        };
      });
      assert.ok(sites.length > 0, 'the manifest declares content-script sites');
      assert.deepEqual([...granted].sort(), [...sites].sort());

      // As the extensions panel's "withdraw access" does.
      const withdrawn = await extension.evaluate(
        (site) => (globalThis as unknown as ExtensionGlobals).browser.permissions.remove({ origins: [site] }),
        LEVER_SITE,
      );
      assert.equal(withdrawn, true);
      try {
        const page = await lane.openPage(LEVER_APPLICATION);
        await sleep(BUTTON_GRACE_MS);
        assert.equal(await new FirefoxOwnUi(page).shadowRoot(), undefined, 'no Autofill button without the site');

        await lane.pressShortcut(page);
        await waitUntil(
          () => page.evaluate(() => (window as unknown as { __state: Record<string, unknown> }).__state.email),
          (email) => email === 'jordan.rivera@example.com',
          'the shortcut fills the page',
        );
      } finally {
        await lane.grantSites([LEVER_SITE]);
      }
      // Allowed again, the site shows the button by itself.
      await waitForAutofillButton(await lane.openPage(LEVER_APPLICATION));
    },
  },
  {
    name: 'an embedded form: Firefox withholds the career site\'s address, so Hide is remembered for the form\'s own site',
    async run(lane) {
      const extension = await lane.openExtensionPage('options.html');
      const send = (message: object) =>
        extension.evaluate((message) => (globalThis as unknown as ExtensionGlobals).browser.runtime.sendMessage(message), message);
      const page = await lane.openPage('https://careers.acme-robotics.com/jobs/123');
      const frame = await waitUntil(
        async () => page.frames().find((candidate) => candidate.url().startsWith('https://boards.greenhouse.io/embed/job_app')),
        Boolean,
        'the Greenhouse frame',
      );
      try {
        const ui = await waitForAutofillButton(page, frame);
        await ui.scrollIntoView(HIDE);
        await sleep(MIN_SHOWN_MS + 150);
        await ui.click(HIDE);
        await waitUntil(() => ui.shadowRoot(), (root) => root === undefined, 'the button leaves the page');
        // Chromium tells the extension the tab's address, and the choice is kept for
        // careers.acme-robotics.com. Firefox shows a tab's address only to an extension with
        // access to that site, so the background falls back to the frame's own site as the
        // browser reports it (utils/background/handlers.ts senderSite), never a site the page names.
        assert.deepEqual(await send({ type: 'site:hidden-list' }), ['boards.greenhouse.io']);
      } finally {
        await send({ type: 'site:show', host: 'boards.greenhouse.io' });
      }
    },
  },
];
