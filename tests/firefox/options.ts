import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { RESUME_FILE, testProfileFile } from '../e2e/support/profile';
import { buttonNamed, labelled, waitForValue, type LaneTest } from './support/lane';
import { waitUntil } from './support/wait';

/** The text of the element matching `selector` once it contains `expected`. */
async function waitForText(page: Page, selector: string, expected: string): Promise<void> {
  await page.waitForFunction(
    (selector, expected) => Array.from(document.querySelectorAll(selector)).some((element) => element.textContent?.includes(expected)),
    { timeout: 5_000, polling: 100 },
    selector,
    expected,
  );
}

/** The headings of the list entries in the section titled `title`, in the order shown. */
function entryTitles(page: Page, title: string): Promise<string[]> {
  return page.evaluate((title) => {
    const section = Array.from(document.querySelectorAll('section[aria-labelledby]')).find(
      (element) => document.getElementById(element.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() === title,
    );
    return Array.from(section?.querySelectorAll('.list-item-header h3') ?? [], (heading) => heading.textContent?.trim() ?? '');
  }, title);
}

/** Deletes the stored profile, as a first run has none; the store's open connections give way. */
async function clearProfile(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('applyfill');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
}

/** Waits for the download named like the export, complete (Firefox first writes an empty file or a .part). */
async function exportedFile(dir: string): Promise<{ name: string; content: Record<string, unknown> }> {
  const read = async () => {
    try {
      const name = readdirSync(dir).find((file) => /^applyfill-profile-.*\.json$/.test(file));
      return name ? { name, content: JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown> } : undefined;
    } catch {
      return undefined;
    }
  };
  return (await waitUntil(read, (file) => file !== undefined, 'the exported file'))!;
}

export const OPTIONS_TESTS: LaneTest[] = [
  {
    name: 'options page: imports a profile file after showing what it changes, on Confirm import',
    async run(lane) {
      const first = await lane.openExtensionPage('options.html');
      await clearProfile(first);
      await first.close();
      const page = await lane.openExtensionPage('options.html');
      await waitForText(page, 'h2', 'Welcome to Applyfill');

      // The page reads the file only when it builds the preview: it stays on disk until then.
      const dir = mkdtempSync(join(tmpdir(), 'applyfill-import-'));
      const preview = '[role="region"][aria-label="What the import changes"]';
      try {
        const file = join(dir, 'jordan.json');
        writeFileSync(file, JSON.stringify(testProfileFile()));
        await (await labelled(page, 'Import profile')).uploadFile(file);
        await waitForText(page, preview, 'Importing jordan.json');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      await waitForText(page, `${preview} li`, 'Name: none → Jordan Rivera');
      await waitForText(page, `${preview} li`, 'Work history: 0 → 2 entries');
      await waitForText(page, `${preview} li`, `Resume: none → ${RESUME_FILE.name}`);
      // Nothing is written before the user confirms.
      await waitForValue(page, 'First name', '');

      await (await buttonNamed(page, 'Confirm import')).click();
      await waitForValue(page, 'First name', 'Jordan');
      await waitForValue(page, 'Last name', 'Rivera');
      await waitForValue(page, 'Email', 'jordan.rivera@example.com');
      await waitForText(page, '[role="status"]', 'Imported jordan.json');
      assert.deepEqual(await entryTitles(page, 'Work history'), ['Meta', 'Jet.com']);
      assert.deepEqual(await entryTitles(page, 'Education'), ['Columbia University', 'Yale University']);
      await waitForText(page, '#documents', RESUME_FILE.name);
    },
  },
  {
    name: 'options page: Export profile saves the profile file it imported, files included',
    async run(lane) {
      const original = testProfileFile();
      await lane.importProfile(original);
      const page = await lane.openExtensionPage('options.html');
      await waitForValue(page, 'First name', 'Jordan');
      const { downloadDir } = lane.firefox;
      rmSync(downloadDir, { recursive: true, force: true });

      await (await buttonNamed(page, 'Export profile')).click();
      const { name, content } = await exportedFile(downloadDir);
      assert.match(name, /^applyfill-profile-\d{4}-\d{2}-\d{2}\.json$/);
      const { exportedAt, ...exported } = content;
      assert.ok(!Number.isNaN(Date.parse(String(exportedAt))), `exportedAt is a date: ${String(exportedAt)}`);
      const { exportedAt: _, ...expected } = original;
      // The file's one resume comes back named after its file, the default, with an id that keeps choices across imports.
      const documents = exported.documents as { id?: unknown }[];
      assert.equal(typeof documents[0]?.id, 'string');
      const withIds = expected.documents.map((document, index) => ({ ...document, id: documents[index]?.id, label: 'Jordan_Rivera_Resume', default: true, headline: '', summary: '' }));
      assert.deepEqual(exported, { ...expected, documents: withIds });
    },
  },
];
