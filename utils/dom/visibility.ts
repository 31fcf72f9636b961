import { isInput, isSelect } from './elements';
/** Names and classes that bot traps use; a person never sees or fills these. */
const HONEYPOT = /honey|hp[-_]?(field|check)|beecatcher|bot[-_]?(field|trap|check)|leave[-_ ]?(this[-_ ]?)?blank|do[-_ ]?not[-_ ]?fill|nospam/i;

export function isVisible(element: Element): boolean {
  const el = element as HTMLElement;
  if (typeof el.checkVisibility === 'function') {
    if (!el.checkVisibility({ visibilityProperty: true })) return false;
  } else {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || el.getClientRects().length === 0) return false;
  }
  return !el.closest('[aria-hidden="true"], [inert]');
}

/**
 * Pushed far off the left edge, as traps are; a field above the view is only scrolled away
 * (inner scrolling areas too), so vertical distance counts only for fields kept out of tab order.
 */
function isOffscreen(el: HTMLElement): boolean {
  const rect = el.getBoundingClientRect();
  return rect.right < -500 || (el.tabIndex === -1 && rect.top + window.scrollY < -1000);
}

/** A box no one could click into: traps are often shrunk to a pixel or made transparent. */
function isInvisibleBox(el: HTMLElement): boolean {
  const rect = el.getBoundingClientRect();
  if (rect.width <= 1 && rect.height <= 1) return true;
  // Real controls hidden by opacity: react-select's search input while a value shows, and native
  // selects laid transparently over a styled box.
  if (el.getAttribute('role') === 'combobox' || isSelect(el)) return false;
  return getComputedStyle(el).opacity === '0';
}

export function isHoneypot(el: HTMLElement): boolean {
  const attributes = [el.id, el.getAttribute('name'), el.className, el.getAttribute('data-automation-id')].join(' ');
  if (HONEYPOT.test(attributes)) return true;
  if (isInput(el) && (el.type === 'file' || el.type === 'radio' || el.type === 'checkbox')) return false;
  return isOffscreen(el) || isInvisibleBox(el);
}

/**
 * Whether the user could fill this control. File inputs are usually visually hidden behind a
 * styled button or drop zone, so for them the container's visibility counts.
 */
export function isFillable(el: HTMLElement): boolean {
  if ((el as HTMLInputElement).disabled || el.getAttribute('aria-disabled') === 'true') return false;
  if ((el as HTMLInputElement).readOnly || el.getAttribute('aria-readonly') === 'true') return false;
  if (isHoneypot(el)) return false;
  if (isInput(el) && el.type === 'file') {
    return !el.closest('[aria-hidden="true"], [inert]') && !!el.parentElement && isVisible(el.parentElement);
  }
  if (isInput(el) && (el.type === 'radio' || el.type === 'checkbox')) {
    // Custom-styled choices hide the native input but show its label.
    return isVisible(el) || Array.from(el.labels ?? []).some(isVisible);
  }
  return isVisible(el);
}
