import type { Profile } from '@/utils/profile/schema';
import { getIn, heldBackBy, profileToDraft, salvageDraft, setIn, validateDraft, type Draft } from './draft';
import { contains, mergeEdits, overlaps, sameValue, type Conflict } from './merge';

/**
 * What one page (the popup, an options tab) edits, against the stored profile it last read or
 * wrote. Any other page may save meanwhile: its changes are taken in wherever this page has no
 * unsaved edit, and where both changed the same field this page keeps its own value and shows a
 * conflict. Only the fields this page changed are ever written, so a page with an invalid field
 * or a stale copy of the rest cannot put back values another page has replaced.
 */
export interface EditSession {
  /** The stored profile as this page last read or wrote it. */
  base: Profile;
  draft: Draft;
  /** Draft paths changed here and not saved yet. */
  edits: readonly string[];
  /** Fields this page was editing that another page changed too; shown until they are edited again. */
  conflicts: readonly Conflict[];
}

export interface SavePlan {
  /** The stored profile the plan was made against. */
  stored: Profile;
  /** This page's valid edits on top of `stored`; undefined when not even those make a valid profile. */
  profile: Profile | undefined;
  /** The edits `profile` holds: the ones no error holds back. */
  saved: readonly string[];
}

export function startSession(profile: Profile): EditSession {
  return { base: profile, draft: profileToDraft(profile), edits: [], conflicts: [] };
}

export function applyEdit(session: EditSession, path: string, value: unknown): EditSession {
  const edits = session.edits.some((edit) => contains(edit, path))
    ? session.edits
    : [...session.edits.filter((edit) => !contains(path, edit)), path];
  return {
    ...session,
    draft: setIn(session.draft, path, value),
    edits,
    // Editing the field again settles the conflict: the user has seen it.
    conflicts: session.conflicts.filter((conflict) => !overlaps(conflict.path, path)),
  };
}

function addConflicts(shown: readonly Conflict[], found: readonly Conflict[]): readonly Conflict[] {
  if (found.length === 0) return shown;
  return [...shown.filter((conflict) => !found.some((next) => overlaps(next.path, conflict.path))), ...found];
}

/** The session moved onto `stored`, what some page (this one included) has saved since. */
export function rebase(session: EditSession, stored: Profile): EditSession {
  const { merged, edits, conflicts } = mergeEdits(profileToDraft(session.base), session.draft, session.edits, profileToDraft(stored));
  return { base: stored, draft: merged, edits, conflicts: addConflicts(session.conflicts, conflicts) };
}

/**
 * What to write over `stored`: made inside the write's transaction, so that nothing saved between
 * this page's read and its write can be overwritten. Invalid fields are left as stored.
 */
export function planSave(session: EditSession, stored: Profile): SavePlan {
  const { draft, edits } = rebase(session, stored);
  const { errors, profile } = validateDraft(draft);
  const heldBack = Object.keys(errors).flatMap(heldBackBy);
  const valid = profile ?? salvageDraft(draft, stored);
  return { stored, profile: valid, saved: valid ? edits.filter((edit) => !heldBack.some((path) => overlaps(path, edit))) : [] };
}

/**
 * The session once `plan`, made from `snapshot`, is written. `current` is the session now: the user
 * may have typed during the write, and those edits stay to be saved next. The saved fields keep
 * what was typed (" Ada" stays as typed, though stored trimmed) and are no longer edits.
 */
export function finishSave(current: EditSession, snapshot: EditSession, plan: SavePlan): EditSession {
  const onStored = rebase(current, plan.stored);
  const written = (edit: string) =>
    plan.saved.some((path) => contains(path, edit)) && sameValue(getIn(current.draft, edit), getIn(snapshot.draft, edit));
  return { ...onStored, base: plan.profile ?? plan.stored, edits: onStored.edits.filter((edit) => !written(edit)) };
}
