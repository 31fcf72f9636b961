import type { FieldHandle } from './collect';

const MARK = 'data-applyfill-needs-you';
const pending = new Set<() => void>();

/** Outlines a field the user still has to answer; the outline goes as soon as they edit it. */
export function markNeedsUser(handle: FieldHandle): void {
  const target = handle.members?.length ? (handle.members[0]!.closest('fieldset, [role="radiogroup"], [role="group"]') as HTMLElement | null) ?? handle.element : handle.element;
  if (target.hasAttribute(MARK)) return;
  target.setAttribute(MARK, '');
  const previous = target.style.getPropertyValue('outline');
  target.style.setProperty('outline', '2px solid #f08c00', 'important');
  target.style.setProperty('outline-offset', '2px', 'important');
  const clear = () => {
    pending.delete(clear);
    target.removeAttribute(MARK);
    target.style.removeProperty('outline-offset');
    if (previous) target.style.setProperty('outline', previous);
    else target.style.removeProperty('outline');
  };
  const root = handle.members?.length ? target : handle.element;
  root.addEventListener('input', clear, { once: true });
  root.addEventListener('change', clear, { once: true });
  pending.add(clear);
}

/** Before a new fill, so that only what still needs the user stays outlined. */
export function clearMarks(): void {
  for (const clear of [...pending]) clear();
}
