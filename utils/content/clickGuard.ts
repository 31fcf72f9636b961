/**
 * Whether a click on Applyfill's own button is one the user meant: the page must not be able to
 * press it (a synthetic click), nor trick the user into pressing it (clickjacking: the button
 * made see-through, covered by a decoy, or slipped under the pointer just before a click).
 * Everything is checked at the moment of the click, against what the user could see.
 */

/** A button shown for less than this was not seen before it was clicked: it was flashed or moved in. */
export const MIN_SHOWN_MS = 500;
/** Below this, through the button's own and every ancestor's opacity, a person may not see it. */
const MIN_OPACITY = 0.9;

export const REFUSED_CLICK = 'Applyfill did not fill: its button was hidden, covered or had just appeared when it was clicked, so the click may not have been yours. Click it again, or use the toolbar button.';

export interface ClickFacts {
  /** The page's own document. */
  doc: Document;
  /** The element the page sees for Applyfill's UI (the shadow host). */
  host: Element;
  /** Applyfill's closed shadow root. */
  root: ShadowRoot;
  button: HTMLElement;
  /** When the button last became visible on screen (performance.now()), or undefined while it is not. */
  shownAt: number | undefined;
  /** What the browser's visibility tracker (IntersectionObserver v2) last said, where it has one. */
  trackedVisible: boolean | undefined;
  now: number;
}

/** Why a click must not start a fill, or undefined when it is the user's. */
export function refuseClick(event: MouseEvent, facts: ClickFacts): string | undefined {
  if (!event.isTrusted) return 'synthetic';
  const { doc, host, root, button, shownAt, trackedVisible, now } = facts;
  if (shownAt === undefined || now - shownAt < MIN_SHOWN_MS) return 'just shown';
  if (trackedVisible === false) return 'not visible to the browser';
  const box = button.getBoundingClientRect();
  // A keyboard press (detail 0) has no pointer position: the button's centre stands for it.
  const keyboard = event.detail === 0 && event.clientX === 0 && event.clientY === 0;
  const x = keyboard ? box.left + box.width / 2 : event.clientX;
  const y = keyboard ? box.top + box.height / 2 : event.clientY;
  if (x < box.left || x > box.right || y < box.top || y > box.bottom) return 'moved';
  if (doc.elementFromPoint(x, y) !== host) return 'covered';
  const hit = root.elementFromPoint(x, y);
  if (!hit || !button.contains(hit)) return 'covered';
  if (effectiveOpacity(button) < MIN_OPACITY) return 'see-through';
  if (hasVisualEffect(button)) return 'filtered';
  if (foreignTopLayerOver(doc, host, box)) return 'covered by the top layer';
  return undefined;
}

/** Up the flat tree: through the shadow root to its host and on to the root element. */
function parentOf(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

export function effectiveOpacity(element: Element): number {
  let opacity = 1;
  for (let node: Element | null = element; node; node = parentOf(node)) {
    const style = getComputedStyle(node);
    if (style.visibility !== 'visible' && node === element) return 0;
    opacity *= Number(style.opacity);
  }
  return opacity;
}

/** Filters and blends can fade, blur or recolour the button into the page without touching opacity. */
function hasVisualEffect(element: Element): boolean {
  for (let node: Element | null = element; node; node = parentOf(node)) {
    const style = getComputedStyle(node);
    if (style.filter !== 'none' || style.mixBlendMode !== 'normal') return true;
  }
  return false;
}

/**
 * A page popover, modal dialog or full-screen element opened after Applyfill's button is drawn
 * above it, whatever its pointer-events: one over the button hides it from the user.
 */
function foreignTopLayerOver(doc: Document, host: Element, box: DOMRect): boolean {
  const layers = Array.from(doc.querySelectorAll(':popover-open, dialog[open], :fullscreen')).filter((el) => el !== host && !el.contains(host));
  return layers.some((layer) => {
    const rect = layer.getBoundingClientRect();
    return rect.left < box.right && box.left < rect.right && rect.top < box.bottom && box.top < rect.bottom;
  });
}
