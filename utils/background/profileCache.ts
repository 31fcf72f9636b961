import { choiceKey, type DocumentChoice } from '../profile/documents';
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
 * How long a read the store confirmed serves a fill without asking the store again, writes
 * aside (each one is told, forget()): the pointer reaches the button, whose read confirms it,
 * moments before the press.
 */
export const KEPT_TRUST_MS = 60_000;

/**
 * The profile and documents last read, kept in the background between fills so that a fill does
 * not parse the profile and copy every file again when nothing changed. A read first asks the
 * store for its revision, which every write replaces in its own transaction, whichever page
 * made it: an edit is seen by the very next read. A fill's start may skip that question
 * (readKept): every write that changed something tells the background before it resolves
 * (ProfileStore's afterWrite), and what it kept is dropped then. A restarted service worker
 * starts empty and reads the store.
 */
export class ProfileCache {
  private kept: Promise<StoredSnapshot> | undefined;
  /** Each company's document choice, as read while the store held `choicesOf`'s revision. */
  private choices = new Map<string, Promise<DocumentChoice>>();
  private choicesOf: StoredSnapshot | undefined;
  /** When the store last confirmed what is kept (its revision read, or a fresh read). */
  private confirmedAt = -Infinity;

  constructor(
    private readonly source: SnapshotSource,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** A write changed the store: nothing kept may serve a fill again. */
  forget(): void {
    this.kept = undefined;
    this.choices = new Map();
    this.choicesOf = undefined;
    this.confirmedAt = -Infinity;
  }

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
   * What the last reads kept for this company, without asking the store, while the store
   * confirmed it less than KEPT_TRUST_MS ago and no write was told since; else undefined.
   */
  async readKept(site: string, company: string): Promise<{ snapshot: StoredSnapshot; choice: DocumentChoice } | undefined> {
    if (!this.kept || this.now() - this.confirmedAt >= KEPT_TRUST_MS) return undefined;
    const kept = this.kept;
    const snapshot = await kept.catch(() => undefined);
    const choice = snapshot && this.choicesOf === snapshot ? await this.choices.get(choiceKey(site, company))?.catch(() => undefined) : undefined;
    // A write told while this waited leaves nothing to trust.
    return snapshot && choice && this.kept === kept ? { snapshot, choice } : undefined;
  }

  async read(): Promise<StoredSnapshot> {
    const asked = this.now();
    const keeping = this.kept;
    const [revision, kept] = await Promise.all([this.source.getRevision(), keeping?.catch(() => undefined)]);
    // Kept, the store still at its revision, and no write told meanwhile.
    if (kept && kept.revision === revision && this.kept === keeping) {
      this.confirmedAt = asked;
      return kept;
    }
    const fresh = this.source.getSnapshot().then((snapshot) => ({ ...snapshot, profile: deepFreeze(snapshot.profile) }));
    this.kept = fresh;
    fresh.then(
      () => {
        if (this.kept === fresh) this.confirmedAt = asked;
      },
      () => undefined,
    );
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
