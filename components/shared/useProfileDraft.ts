import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { validateDraft, type Draft, type ErrorMap } from './draft';
import { applyEdit, finishSave, planSave, rebase, startSession, type EditSession } from './editSession';
import type { Conflict } from './merge';
import { store } from './store';

export const SAVE_DELAY_MS = 300;

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'invalid' | 'failed';

export type EditorState =
  | { status: 'loading' }
  /** The stored profile cannot be read (damaged, or from a newer Applyfill); editing it would lose it. */
  | { status: 'unreadable'; message: string }
  | { status: 'ready'; draft: Draft; errors: ErrorMap; conflicts: readonly Conflict[]; save: SaveState; hasProfile: boolean };

export interface ProfileDraft {
  state: EditorState;
  set(path: string, value: unknown): void;
  /** Saves now what waits for the debounce, so an import, export or closing page sees it. */
  flush(): Promise<void>;
  /** Reads the stored profile again, dropping the draft (after an import or an undo). */
  reload(): Promise<void>;
}

/**
 * The editable profile of the popup's quick edits and of the options page: validated with the
 * store's schema on every edit, saved SAVE_DELAY_MS after the last edit, and kept as typed while
 * invalid. Saving writes only the fields this page changed (see EditSession), and changes saved by
 * another page are taken in at once, except where this page has unsaved edits of its own.
 */
export function useProfileDraft(): ProfileDraft {
  const [state, setState] = useState<EditorState>({ status: 'loading' });
  const session = useRef<EditSession | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /**
   * Loads, saves and change notices run one at a time: each starts from the session the one
   * before left, so a notice read before this page's own write cannot be applied after it.
   */
  const queue = useRef<Promise<void>>(Promise.resolve());

  const serially = useCallback((task: () => Promise<void>): Promise<void> => {
    const run = queue.current.then(task);
    queue.current = run.catch(() => undefined);
    return run;
  }, []);

  const show = useCallback((next: EditSession, change: Partial<Extract<EditorState, { status: 'ready' }>> = {}) => {
    setState((current) => (current.status === 'ready' ? { ...current, draft: next.draft, conflicts: next.conflicts, ...change } : current));
  }, []);

  const loadNow = useCallback(async () => {
    clearTimeout(timer.current);
    try {
      const [profile, hasProfile] = await Promise.all([store.getProfile(), store.hasProfile()]);
      session.current = startSession(profile);
      setState({ status: 'ready', draft: session.current.draft, errors: {}, conflicts: [], save: 'idle', hasProfile });
    } catch (error) {
      session.current = undefined;
      setState({ status: 'unreadable', message: (error as Error).message });
    }
  }, []);

  const saveNow = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const snapshot = session.current;
    if (!snapshot || snapshot.edits.length === 0) return;
    const { errors } = validateDraft(snapshot.draft);
    const valid = Object.keys(errors).length === 0;
    setState((current) => (current.status === 'ready' ? { ...current, errors, save: valid ? 'saving' : 'invalid' } : current));
    try {
      const plan = await store.updateProfile((stored) => planSave(snapshot, stored));
      const current = session.current ?? snapshot;
      const unchanged = current.draft === snapshot.draft;
      session.current = finishSave(current, snapshot, plan);
      // Edits typed during the write keep their 'pending' and are saved by their own timer.
      show(session.current, { ...(unchanged ? { save: valid ? 'saved' : 'invalid' } : {}), ...(plan.written ? { hasProfile: true } : {}) });
    } catch {
      setState((current) => (current.status === 'ready' ? { ...current, save: 'failed' } : current));
    }
  }, [show]);

  const takeStored = useCallback(async () => {
    if (!session.current) return loadNow();
    const read = await Promise.all([store.getProfile(), store.hasProfile()]).catch(() => undefined);
    if (!read) return loadNow();
    const [profile, hasProfile] = read;
    const before = session.current;
    session.current = rebase(before, profile);
    const changed = session.current.draft !== before.draft || session.current.conflicts !== before.conflicts;
    if (changed) show(session.current, { hasProfile });
    else setState((current) => (current.status === 'ready' && current.hasProfile !== hasProfile ? { ...current, hasProfile } : current));
  }, [loadNow, show]);

  const flush = useCallback(() => serially(saveNow), [serially, saveNow]);
  const reload = useCallback(() => serially(loadNow), [serially, loadNow]);

  const set = useCallback(
    (path: string, value: unknown) => {
      if (!session.current) return;
      session.current = applyEdit(session.current, path, value);
      show(session.current, { save: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [show, flush],
  );

  useEffect(() => {
    void reload();
    const stop = store.onChange(() => void serially(takeStored));
    // A popup closes the moment focus leaves it: what waits for the debounce is saved now.
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    document.addEventListener('visibilitychange', onHide);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onHide);
      clearTimeout(timer.current);
    };
  }, [reload, flush, serially, takeStored]);

  return { state, set, flush, reload };
}
