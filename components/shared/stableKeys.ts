import { useRef } from 'preact/hooks';

let nextKey = 0;

/** A key no entry of any list holds yet. */
export function newKey(): number {
  return nextKey++;
}

/**
 * Keys that stay with a list's entries when others are removed or moved, so that each entry keeps
 * its own DOM (the focus, what is being typed) instead of taking over its neighbour's. The list
 * editor keeps `current` in step with its own changes; a change from elsewhere (the other page
 * saved, an import) that alters the length gives every entry a fresh key.
 */
export function useStableKeys(length: number): { current: number[] } {
  const keys = useRef<number[]>([]);
  if (keys.current.length !== length) keys.current = Array.from({ length }, newKey);
  return keys;
}
