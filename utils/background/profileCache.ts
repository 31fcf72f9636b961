import type { StoredSnapshot } from '../profile/store';

/** The store's reads the cache needs (ProfileStore's). */
export interface SnapshotSource {
  getRevision(): Promise<string | undefined>;
  getSnapshot(): Promise<StoredSnapshot>;
}

/**
 * The profile and documents last read, kept in the background between fills so that a fill does
 * not parse the profile and copy every file again when nothing changed. Each read first asks the
 * store for its revision, which every write replaces in its own transaction, whichever page
 * made it: an edit is seen by the very next read, with no message that could arrive late. A
 * restarted service worker starts empty and reads the store.
 */
export class ProfileCache {
  private kept: Promise<StoredSnapshot> | undefined;

  constructor(private readonly source: SnapshotSource) {}

  async read(): Promise<StoredSnapshot> {
    const [revision, kept] = await Promise.all([this.source.getRevision(), this.kept?.catch(() => undefined)]);
    if (kept && kept.revision === revision) return kept;
    const fresh = this.source.getSnapshot().then((snapshot) => ({ ...snapshot, profile: deepFreeze(snapshot.profile) }));
    this.kept = fresh;
    return fresh;
  }
}

/** One profile serves many fills: code that changed it by mistake must fail, not leak into the next fill. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
