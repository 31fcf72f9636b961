import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Profile } from '@/utils/profile/schema';
import { profileToDraft, salvageDraft, setIn, validateDraft, type Draft, type ErrorMap } from './draft';
import { store } from './store';

export const SAVE_DELAY_MS = 300;

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'invalid' | 'failed';

export type EditorState =
  | { status: 'loading' }
  /** The stored profile cannot be read (damaged, or from a newer Applyfill); editing it would lose it. */
  | { status: 'unreadable'; message: string }
  | { status: 'ready'; draft: Draft; errors: ErrorMap; save: SaveState; hasProfile: boolean };

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
 * store's schema on every edit, saved SAVE_DELAY_MS after the last valid edit, and kept as typed
 * while invalid. Changes saved by another page are taken in unless this one has unsaved edits.
 */
export function useProfileDraft(): ProfileDraft {
  const [state, setState] = useState<EditorState>({ status: 'loading' });
  const draft = useRef<Draft | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** The last profile this page saved or loaded, and its JSON to recognise its own change notices. */
  const saved = useRef<Profile | undefined>(undefined);
  const known = useRef('');
  const dirty = useRef(false);

  const load = useCallback(async () => {
    clearTimeout(timer.current);
    dirty.current = false;
    try {
      const [profile, hasProfile] = await Promise.all([store.getProfile(), store.hasProfile()]);
      saved.current = profile;
      known.current = JSON.stringify(profile);
      draft.current = profileToDraft(profile);
      setState({ status: 'ready', draft: draft.current, errors: {}, save: 'idle', hasProfile });
    } catch (error) {
      setState({ status: 'unreadable', message: (error as Error).message });
    }
  }, []);

  /** `complete` when `profile` is the whole draft, not only its valid part. */
  const save = useCallback(async (profile: Profile, complete: boolean) => {
    const json = JSON.stringify(profile);
    const done: SaveState = complete ? 'saved' : 'invalid';
    if (json === known.current) {
      if (complete) dirty.current = false;
      setState((current) => (current.status === 'ready' ? { ...current, save: done } : current));
      return;
    }
    if (complete) setState((current) => (current.status === 'ready' ? { ...current, save: 'saving' } : current));
    const saving = draft.current;
    try {
      await store.saveProfile(profile);
      saved.current = profile;
      known.current = json;
      // Edits typed during the write stay dirty and are saved by their own timer.
      if (complete && draft.current === saving) dirty.current = false;
      setState((current) =>
        current.status === 'ready' ? { ...current, save: current.draft === saving ? done : current.save, hasProfile: true } : current,
      );
    } catch {
      setState((current) => (current.status === 'ready' ? { ...current, save: 'failed' } : current));
    }
  }, []);

  const check = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (!draft.current || !dirty.current) return;
    const { errors, profile } = validateDraft(draft.current);
    setState((current) => (current.status === 'ready' ? { ...current, errors, save: profile ? current.save : 'invalid' } : current));
    if (profile) return save(profile, true);
    const valid = saved.current && salvageDraft(draft.current, saved.current);
    if (valid) await save(valid, false);
  }, [save]);

  const set = useCallback(
    (path: string, value: unknown) => {
      if (!draft.current) return;
      draft.current = setIn(draft.current, path, value);
      dirty.current = true;
      const next = draft.current;
      setState((current) => (current.status === 'ready' ? { ...current, draft: next, save: 'pending' } : current));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void check(), SAVE_DELAY_MS);
    },
    [check],
  );

  useEffect(() => {
    void load();
    const stop = store.onChange(() => {
      if (dirty.current) return;
      void store.getProfile().then(
        (profile) => {
          if (JSON.stringify(profile) !== known.current && !dirty.current) void load();
        },
        () => void load(),
      );
    });
    // A popup closes the moment focus leaves it: what waits for the debounce is saved now.
    const onHide = () => {
      if (document.visibilityState === 'hidden') void check();
    };
    document.addEventListener('visibilitychange', onHide);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onHide);
      clearTimeout(timer.current);
    };
  }, [load, check]);

  return { state, set, flush: check, reload: load };
}
