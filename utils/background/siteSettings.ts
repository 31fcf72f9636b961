import { openDB, type IDBPDatabase } from 'idb';

/**
 * Per-site choices (the button hidden on a site) and small preferences. Kept in the extension's origin: storing
 * them in the site's own storage would tell every site that Applyfill is installed.
 */
export class SiteSettings {
  private db: Promise<IDBPDatabase> | undefined;

  constructor(private readonly name = 'applyfill-settings') {}

  private open(): Promise<IDBPDatabase> {
    this.db ??= openDB(this.name, 1, {
      upgrade(db) {
        db.createObjectStore('hiddenSites');
        db.createObjectStore('preferences');
      },
    });
    return this.db;
  }

  async isHidden(host: string): Promise<boolean> {
    return (await (await this.open()).get('hiddenSites', host)) === true;
  }

  async setHidden(host: string, hidden: boolean): Promise<void> {
    const db = await this.open();
    if (hidden) await db.put('hiddenSites', true, host);
    else await db.delete('hiddenSites', host);
  }

  /** Whether later wizard steps are filled as they render; on unless the user turned it off. */
  async autoFillSteps(): Promise<boolean> {
    return (await (await this.open()).get('preferences', 'autoFillSteps')) !== false;
  }

  async setAutoFillSteps(enabled: boolean): Promise<void> {
    await (await this.open()).put('preferences', enabled, 'autoFillSteps');
  }

  async hiddenSites(): Promise<string[]> {
    return (await (await this.open()).getAllKeys('hiddenSites')).map(String);
  }
}
