import type { FieldHandle } from './collect';

const MARK = 'data-applyfill-needs-you';
const pending = new Set<() => void>();

/** Outlines a field the user still has to answer; the outline goes as soon as they edit it. */
export function markNeedsUser(handle: FieldHandle): void {
  const group = handle.members?.length ? handle.members[0]!.closest<HTMLElement>('fieldset, [role="radiogroup"], [role="group"]') : null;
  const target = group ?? handle.element;
  if (target.hasAttribute(MARK)) return;
  target.setAttribute(MARK, '');
  const previous = target.style.getPropertyValue('outline');
  target.style.setProperty('outline', '2px solid #f08c00', 'important');
  target.style.setProperty('outline-offset', '2px', 'important');
  const listening = new AbortController();
  const clear = () => {
    listening.abort();
    pending.delete(clear);
    target.removeAttribute(MARK);
    target.style.removeProperty('outline-offset');
    if (previous) target.style.setProperty('outline', previous);
    else target.style.removeProperty('outline');
  };
  const root = handle.members?.length ? target : handle.element;
  // Widgets (react-select, listbox buttons) fire no input event on the element: the user's
  // pointer or keys on it count as answering.
  for (const type of ['input', 'change', 'pointerdown', 'keydown']) root.addEventListener(type, clear, { signal: listening.signal });
  pending.add(clear);
}

/** Before a new fill, so that only what still needs the user stays outlined. */
export function clearMarks(): void {
  for (const clear of [...pending]) clear();
}
