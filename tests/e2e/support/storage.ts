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

/** The stored profile record (`{ version, profile }`), read straight from IndexedDB inside an extension page. */
export function storedProfileRecord<T>(page: Page): Promise<T> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('applyfill');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('profile').objectStore('profile').get('current');
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  ) as Promise<T>;
}
