import type { DocumentChoice } from '../profile/documents';
import type { StoredSnapshot } from '../profile/store';

/** The store's reads the cache needs (ProfileStore's). */
export interface SnapshotSource {
  getRevision(): Promise<string | undefined>;
  getSnapshot(): Promise<StoredSnapshot>;
  getDocumentChoice(site: string, company: string): Promise<DocumentChoice>;
}

/** Companies whose document choice is kept at once; more than a session of applications. */
const MAX_KEPT_CHOICES = 200;

/**
 * The profile and documents last read, kept in the background between fills so that a fill does
 * not parse the profile and copy every file again when nothing changed. Each read first asks the
 * store for its revision, which every write replaces in its own transaction, whichever page
 * made it: an edit is seen by the very next read, with no message that could arrive late. A
 * restarted service worker starts empty and reads the store.
 */
export class ProfileCache {
  private kept: Promise<StoredSnapshot> | undefined;
  /** Each company's document choice, as read while the store held `choicesOf`'s revision. */
  private choices = new Map<string, Promise<DocumentChoice>>();
  private choicesOf: StoredSnapshot | undefined;

  constructor(private readonly source: SnapshotSource) {}

  /**
   * The snapshot, and the documents chosen for a company's applications: a choice is a write
   * like any other, so one read of the revision vouches for both.
   */
  async readFor(site: string, company: string): Promise<{ snapshot: StoredSnapshot; choice: DocumentChoice }> {
    const snapshot = await this.read();
    if (this.choicesOf !== snapshot || this.choices.size >= MAX_KEPT_CHOICES) {
      this.choicesOf = snapshot;
      this.choices = new Map();
    }
    const key = choiceKey(site, company);
    let choice = this.choices.get(key);
    if (!choice) {
      const kept = this.choices;
      choice = this.source.getDocumentChoice(site, company);
      kept.set(key, choice);
      choice.catch(() => kept.delete(key));
    }
    return { snapshot, choice: await choice };
  }

  /**
   * What the last reads kept for this company, at once, with the store's revision read
   * meanwhile: `current` settles true if the store still holds it. Undefined when nothing is kept.
   */
  async readKept(site: string, company: string): Promise<{ snapshot: StoredSnapshot; choice: DocumentChoice; current: Promise<boolean> } | undefined> {
    if (!this.kept) return undefined;
    const revision = this.source.getRevision();
    const snapshot = await this.kept.catch(() => undefined);
    const choice = snapshot && this.choicesOf === snapshot ? await this.choices.get(choiceKey(site, company))?.catch(() => undefined) : undefined;
    if (!snapshot || !choice) {
      revision.catch(() => undefined);
      return undefined;
    }
    return { snapshot, choice, current: revision.then((now) => now === snapshot.revision, () => false) };
  }

  async read(): Promise<StoredSnapshot> {
    const [revision, kept] = await Promise.all([this.source.getRevision(), this.kept?.catch(() => undefined)]);
    if (kept && kept.revision === revision) return kept;
    const fresh = this.source.getSnapshot().then((snapshot) => ({ ...snapshot, profile: deepFreeze(snapshot.profile) }));
    this.kept = fresh;
    return fresh;
  }
}

function choiceKey(site: string, company: string): string {
  return JSON.stringify([site, company]);
}

/** One profile serves many fills: code that changed it by mistake must fail, not leak into the next fill. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
