import { openDB, type DBSchema, type IDBPDatabase, type OpenDBCallbacks } from 'idb';

/**
 * One database connection, opened on first use, that gives way: an updated extension in another
 * page cannot upgrade the database while this one stays open, and the browser may close it. Either
 * way the next use opens it again.
 */
export class Connection<DB extends DBSchema> {
  private current: Promise<IDBPDatabase<DB>> | undefined;

  constructor(
    private readonly name: string,
    private readonly version: number,
    private readonly upgrade: NonNullable<OpenDBCallbacks<DB>['upgrade']>,
  ) {}

  open(): Promise<IDBPDatabase<DB>> {
    this.current ??= openDB<DB>(this.name, this.version, {
      upgrade: this.upgrade,
      blocking: (_current, _blocked, event) => {
        (event.target as IDBDatabase).close();
        this.current = undefined;
      },
      terminated: () => {
        this.current = undefined;
      },
    });
    return this.current;
  }

  async close(): Promise<void> {
    const current = this.current;
    this.current = undefined;
    (await current)?.close();
  }
}
