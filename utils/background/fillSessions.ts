import type { Profile, StoredDocument } from '../profile/schema';

/** A fill's passes come within seconds of its start; an older session reads the store again. */
export const FILL_SESSION_MS = 30_000;

/** What a fill answers from, as read from the store. */
export interface LoadedFill {
  profile: Profile;
  documents: StoredDocument[];
  /** Names what the profile was read from (the store's revision, the chosen resume): what was worked out from the same version holds. */
  version: string;
}

export interface FillSession extends LoadedFill {
  startedAt: number;
}

/** Whose application a fill is for: the site as the browser names it, the company as the page shows it. */
export interface FillScope {
  site: string;
  company: string;
}

/**
 * The profile read when a frame starts a fill, kept for that fill's planning passes so that each
 * pass does not read IndexedDB again. Keyed by the sending frame; a new start reads afresh, so an
 * edit made between two fills is always seen.
 */
export class FillSessions {
  private readonly sessions = new Map<string, FillSession>();

  constructor(
    /** The profile to plan from and the documents to attach (one per role) for that application; `kept`: what the background kept may do (ProfileCache.readKept). */
    private readonly load: (scope: FillScope, kept: boolean) => Promise<LoadedFill>,
    private readonly now: () => number = () => Date.now(),
  ) {}

  async start(key: string, scope: FillScope, { kept = false } = {}): Promise<FillSession> {
    this.forgetOld();
    const session = { ...(await this.load(scope, kept)), startedAt: this.now() };
    this.sessions.set(key, session);
    return session;
  }

  /** The session the frame started, or a fresh read when it has none (or it is too old). */
  async current(key: string, scope: FillScope): Promise<FillSession> {
    const session = this.sessions.get(key);
    return session && this.now() - session.startedAt < FILL_SESSION_MS ? session : this.start(key, scope);
  }

  private forgetOld(): void {
    for (const [key, session] of this.sessions) {
      if (this.now() - session.startedAt >= FILL_SESSION_MS) this.sessions.delete(key);
    }
  }
}
