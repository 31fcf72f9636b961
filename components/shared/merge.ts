import { getIn, setIn } from './draft';

/**
 * Three-way merging of what one page edits with what another page saved meanwhile. Values are
 * plain trees of objects, lists and scalars (the editor's draft); a path names a part of one the
 * way the form does ("personal.email", "work.0.company", "work" for the whole list).
 */

export interface Conflict {
  /** What both pages changed: a field, or a whole list when one of them changed its length or order. */
  path: string;
  /** The value the other page saved there. */
  theirs: unknown;
}

export interface Merge<T> {
  /** `mine` with every change of `theirs` that touches none of this page's edits. */
  merged: T;
  /** The edits still differing from the base, widened to a whole list where that list is disputed. */
  edits: string[];
  /** Edits that `theirs` changed to another value; `merged` keeps this page's. */
  conflicts: Conflict[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep equality of plain values; an absent key equals an undefined one. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  if (isRecord(a) && isRecord(b)) {
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].every((key) => sameValue(a[key], b[key]));
  }
  return false;
}

/** Whether `inner` is `outer` or a part of it ('' is the whole value). */
export function contains(outer: string, inner: string): boolean {
  return outer === '' || outer === inner || inner.startsWith(`${outer}.`);
}

/** Whether changing one of the two paths can change the other. */
export function overlaps(a: string, b: string): boolean {
  return contains(a, b) || contains(b, a);
}

function join(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

/**
 * Where `after` differs from `before`, as the smallest parts that can change on their own: each
 * field of an object, each entry of a list that kept its length. A list that grew or shrank is
 * one value, since its indexes no longer name the same entries.
 */
export function changedPaths(before: unknown, after: unknown, path = ''): string[] {
  if (sameValue(before, after)) return [];
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    return before.flatMap((item, index) => changedPaths(item, after[index], join(path, index)));
  }
  if (isRecord(before) && isRecord(after)) {
    return [...new Set([...Object.keys(before), ...Object.keys(after)])].flatMap((key) => changedPaths(before[key], after[key], join(path, key)));
  }
  return [path];
}

/**
 * Merges `theirs` (what is stored now) into `mine` (what this page shows), both descended from
 * `base` (what was stored when this page last read or wrote). `edits` are the paths this page
 * changed: everything else takes the stored value, so a page never writes back its stale copy of
 * a field. Where both changed the same value to different ones, this page's value is kept (it is
 * the one being saved, or about to be) and the path is reported, so that the user is told.
 */
export function mergeEdits<T>(base: T, mine: T, edits: readonly string[], theirs: T): Merge<T> {
  // An edit undone by hand is no edit: the stored value may replace it.
  let pending = edits.filter((edit) => !sameValue(getIn(mine, edit), getIn(base, edit)));
  let merged = mine;
  const conflicts = new Map<string, unknown>();
  for (const path of changedPaths(base, theirs)) {
    const touching = pending.filter((edit) => overlaps(edit, path));
    if (touching.length === 0) {
      merged = setIn(merged, path, getIn(theirs, path));
      continue;
    }
    // The wider of the two is what is in dispute: a field inside a list that changed length is the whole list.
    const disputed = touching.find((edit) => contains(edit, path)) ?? path;
    pending = [...pending.filter((edit) => !contains(disputed, edit)), disputed];
    if (!sameValue(getIn(mine, disputed), getIn(theirs, disputed))) conflicts.set(disputed, getIn(theirs, disputed));
  }
  return { merged, edits: pending, conflicts: [...conflicts].map(([path, value]) => ({ path, theirs: value })) };
}
