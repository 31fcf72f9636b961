import type { Page } from '@playwright/test';

/** Deletes the stored profile from inside an extension page; open pages give way (the store closes on versionchange). */
export async function clearProfile(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('applyfill');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
  await page.reload();
}
