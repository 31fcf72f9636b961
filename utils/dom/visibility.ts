import { isInput, isTextArea } from './elements';
import { labelIndex, type LabelsOf } from './labels';
import { OWN_UI } from './traverse';
import { standInsOf, widgetOf } from './widgets';

/**
 * Whether a person can see an element, so that a page cannot collect profile values through fields
 * the user never sees. Besides display and visibility, a field counts as hidden when it is faded
 * out, clipped away, shrunk, pushed outside the document, covered by another element, or shows
 * its text in a size or colour that cannot be read. Controls that pages hide by design (a select
 * behind select2, a Workday date part under its display, a file input behind its button) count as
 * visible through the widget the person uses instead, judged by the same rules (see widgets.ts).
 */

/** Names and classes that bot traps use; a person never sees or fills these. */
const HONEYPOT = /honey|hp[-_]?(field|check)|beecatcher|bot[-_]?(field|trap|check)|leave[-_ ]?(this[-_ ]?)?blank|do[-_ ]?not[-_ ]?fill|nospam/i;
/** Below this opacity (the product along the ancestors) or text alpha, nothing can be made out. */
const FAINT = 0.1;
/** Text smaller than this, in CSS pixels, cannot be read. */
const TINY_TEXT = 2;
const TEXT_ENTRY = new Set(['', 'text', 'email', 'tel', 'url', 'number', 'search', 'date', 'month', 'week', 'time', 'datetime-local', 'password']);
/** Elements that paint their own content, so they hide what lies under them. */
const REPLACED = new Set(['img', 'picture', 'svg', 'canvas', 'video', 'iframe', 'object', 'embed', 'input', 'select', 'textarea', 'button']);

/** What the checks of one pass over an unchanging page measure once and share. */
interface VisibilityCache {
  styles: Map<Element, CSSStyleDeclaration>;
  /** What each element's own style says, read once however many fields lie inside it. */
  facts: Map<Element, OwnFacts>;
  /** The extent of each document's in-flow content, in document coordinates. */
  extents: Map<Document, Box>;
  frames: Map<Element, boolean>;
  /** Each document's window, measured once. */
  viewports: Map<Document, Viewport>;
  /** Each control's labels, indexed once per document or shadow root. */
  labelsOf: LabelsOf;
}

function visibilityCache(): VisibilityCache {
  return { styles: new Map(), facts: new Map(), extents: new Map(), frames: new Map(), viewports: new Map(), labelsOf: labelIndex() };
}

/** A document's window: its size without scroll bars, how far it is scrolled, and its direction. */
interface Viewport {
  width: number;
  height: number;
  scrollX: number;
  scrollY: number;
  rtl: boolean;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The part of an element that the ancestors let through, in its frame's viewport coordinates. */
interface Sight {
  box: Box;
  /** Laid out outside the normal flow (positioned, offset or transformed), as pushed-out traps are. */
  displaced: boolean;
  /** Fixed to the window: scrolling never brings it into view. */
  fixed: boolean;
  /** Outside an inner scrolling area's view for now: the box is that area, not where the element is. */
  scrolledAway: boolean;
}

const toBox = (r: DOMRect): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
const intersect = (a: Box, b: Box): Box => ({
  left: Math.max(a.left, b.left),
  top: Math.max(a.top, b.top),
  right: Math.min(a.right, b.right),
  bottom: Math.min(a.bottom, b.bottom),
});
/** A box a pixel wide or less shows nothing: traps shrink to one pixel, clips to none. */
const isEmpty = (b: Box): boolean => b.right - b.left <= 1 || b.bottom - b.top <= 1;
const NOTHING: Box = { left: 0, top: 0, right: 0, bottom: 0 };

function styleOf(el: Element, cache: VisibilityCache): CSSStyleDeclaration {
  let style = cache.styles.get(el);
  if (!style) {
    style = el.ownerDocument.defaultView!.getComputedStyle(el);
    cache.styles.set(el, style);
  }
  return style;
}

/** The parent in the rendered (flat) tree: a slotted element's slot, a shadow root's host. */
function layoutParent(el: Element): Element | null {
  return el.assignedSlot ?? el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host ?? null;
}

function layoutAncestors(el: Element): Set<Element> {
  const out = new Set<Element>();
  for (let node: Element | null = el; node; node = layoutParent(node)) out.add(node);
  return out;
}

function containsFlat(ancestor: Element, node: Element): boolean {
  for (let n: Element | null = node; n; n = layoutParent(n)) if (n === ancestor) return true;
  return false;
}

function alphaOf(color: string): number {
  if (color === 'transparent') return 0;
  const alpha = /\/\s*([\d.]+)(%?)\s*\)$/.exec(color) ?? /^rgba\((?:[^,]+,){3}\s*([\d.]+)(%?)\)$/.exec(color);
  if (!alpha) return 1;
  return parseFloat(alpha[1]!) / (alpha[2] ? 100 : 1);
}

function textColourOf(style: CSSStyleDeclaration): string {
  return style.getPropertyValue('-webkit-text-fill-color') || style.color;
}

/** opacity() in a filter fades like opacity does. */
function filterOpacity(filter: string): number {
  if (filter === 'none') return 1;
  let factor = 1;
  for (const [, value, percent] of filter.matchAll(/opacity\(\s*([\d.]+)(%?)\s*\)/g)) factor *= parseFloat(value!) / (percent ? 100 : 1);
  return factor;
}

type Flow = 'flow' | 'absolute' | 'fixed';
const flowOf = (style: OwnStyle): Flow =>
  style.position === 'absolute' ? 'absolute' : style.position === 'fixed' ? 'fixed' : 'flow';

/**
 * The properties of an element's computed style that its own facts depend on, each read once:
 * every read of a live computed style checks the page's style again and serialises the value.
 */
type OwnStyle = Pick<
  CSSStyleDeclaration,
  'position' | 'transform' | 'translate' | 'filter' | 'contain' | 'opacity' | 'display' | 'overflowX' | 'overflowY' | 'clipPath'
>;

function readOwnStyle(style: CSSStyleDeclaration): OwnStyle {
  const { position, transform, translate, filter, contain, opacity, display, overflowX, overflowY, clipPath } = style;
  return { position, transform, translate, filter, contain, opacity, display, overflowX, overflowY, clipPath };
}

/** Whether the element is the containing block of fixed-position descendants. */
function holdsFixed(style: CSSStyleDeclaration): boolean {
  return (
    style.transform !== 'none' || style.translate !== 'none' || style.scale !== 'none' || style.rotate !== 'none' ||
    style.perspective !== 'none' || style.filter !== 'none' || /paint|layout|strict|content/.test(style.contain) ||
    /transform|perspective|filter/.test(style.willChange)
  );
}

/** `style` is the live one, read for the offsets of a relatively positioned element only. */
function isDisplaced(own: OwnStyle, style: CSSStyleDeclaration): boolean {
  if (own.position === 'absolute' || own.position === 'fixed' || own.transform !== 'none' || own.translate !== 'none') return true;
  return own.position === 'relative' && [style.top, style.right, style.bottom, style.left].some((v) => v !== 'auto' && parseFloat(v) !== 0);
}

/** A length of a clip shape: pixels, or a percentage of the reference size. */
function lengthOf(token: string | undefined, size: number): number {
  if (!token) return 0;
  const value = parseFloat(token);
  if (Number.isNaN(value)) return 0;
  return token.endsWith('%') ? (value / 100) * size : value;
}

/** The region clip-path lets through, against the border box; null when it cannot be told (a URL, a path). */
function clipPathRegion(value: string, r: DOMRect): Box | null {
  const width = r.right - r.left;
  const height = r.bottom - r.top;
  const shape = /^(inset|circle|ellipse|polygon)\((.*)\)/.exec(value);
  if (!shape) return null;
  const [, kind, args = ''] = shape;
  if (kind === 'inset') {
    const [top, right = top, bottom = top, left = right] = args.split(/\s+round\s+/)[0]!.trim().split(/\s+/);
    return {
      left: r.left + lengthOf(left, width),
      top: r.top + lengthOf(top, height),
      right: r.right - lengthOf(right, width),
      bottom: r.bottom - lengthOf(bottom, height),
    };
  }
  if (kind === 'circle' || kind === 'ellipse') {
    const radii = args.split(/\s+at\s+/)[0]!.trim().split(/\s+/).filter(Boolean);
    return radii.some((radius) => /^[\d.]/.test(radius) && lengthOf(radius, Math.min(width, height)) <= 0) ? NOTHING : null;
  }
  const points = args.replace(/^\s*(nonzero|evenodd)\s*,/, '').split(',').map((point) => point.trim().split(/\s+/));
  const xs = points.map(([x]) => r.left + lengthOf(x, width));
  const ys = points.map(([, y]) => r.top + lengthOf(y, height));
  return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
}

/** The region that clip (absolutely positioned elements only) and clip-path leave of the element and all it holds. */
function ownClip(node: Element, own: OwnStyle, style: CSSStyleDeclaration): Box | null {
  const clipValue = own.position === 'absolute' || own.position === 'fixed' ? style.clip : '';
  const clip = clipValue.startsWith('rect(');
  if (!clip && own.clipPath === 'none') return null;
  const r = node.getBoundingClientRect();
  let region: Box | null = null;
  if (clip) {
    const [top, right, bottom, left] = clipValue.slice(5, -1).split(/[\s,]+/);
    const edge = (token: string | undefined, fallback: number) => (token && token !== 'auto' ? parseFloat(token) : fallback);
    region = {
      left: r.left + edge(left, 0),
      top: r.top + edge(top, 0),
      right: r.left + edge(right, r.width),
      bottom: r.top + edge(bottom, r.height),
    };
  }
  const path = own.clipPath === 'none' ? null : clipPathRegion(own.clipPath, r);
  return region && path ? intersect(region, path) : (region ?? path);
}

/**
 * The part of the box that an ancestor's overflow lets through. Hidden overflow cuts it. A
 * scrolling area shows whatever the person scrolls to, except what lies before its start (it
 * cannot scroll there); a box outside its view for now is traced on as the area itself.
 */
function throughOverflow(node: Element, style: CSSStyleDeclaration, sight: Sight): Sight | null {
  if (style.display === 'inline' || style.display === 'contents') return sight;
  const paint = /paint|strict|content/.test(style.contain);
  if (!paint && style.overflowX === 'visible' && style.overflowY === 'visible') return sight;
  const r = node.getBoundingClientRect();
  const area: Box = {
    left: r.left + node.clientLeft,
    top: r.top + node.clientTop,
    right: r.left + node.clientLeft + node.clientWidth,
    bottom: r.top + node.clientTop + node.clientHeight,
  };
  if (isEmpty(area)) return null;
  const box = { ...sight.box };
  let scrolledAway = sight.scrolledAway;
  const axes = [
    { overflow: paint ? 'hidden' : style.overflowX, start: 'left', end: 'right', scrolled: node.scrollLeft, fromStart: style.direction !== 'rtl' },
    { overflow: paint ? 'hidden' : style.overflowY, start: 'top', end: 'bottom', scrolled: node.scrollTop, fromStart: true },
  ] as const;
  for (const { overflow, start, end, scrolled, fromStart } of axes) {
    if (overflow === 'visible') continue;
    const inView = box[end] > area[start] && box[start] < area[end];
    if ((overflow === 'auto' || overflow === 'scroll') && !inView) {
      if (fromStart && box[end] <= area[start] - scrolled) return null;
      box[start] = area[start];
      box[end] = area[end];
      scrolledAway = true;
    } else {
      box[start] = Math.max(box[start], area[start]);
      box[end] = Math.min(box[end], area[end]);
    }
  }
  return isEmpty(box) ? null : { ...sight, box, scrolledAway };
}

/** What an element's own attributes and style say about what it lets be seen of itself and its content. */
interface OwnFacts {
  style: CSSStyleDeclaration;
  inert: boolean;
  ariaHidden: boolean;
  /** Its opacity times any opacity() filter. */
  opacity: number;
  flow: Flow;
  /** Not statically positioned: it contains the layout of absolutely positioned descendants. */
  positioned: boolean;
  /**
   * Whether it contains the layout of fixed positioned descendants (and so of absolutely
   * positioned ones too): asked only inside such a box, so read then, once.
   */
  holdsFixed?: boolean;
  displaced: boolean;
  /** Whether its overflow (or paint containment) may cut what it holds. */
  clipsOverflow: boolean;
  clip: Box | null;
}

function factsOf(node: Element, cache: VisibilityCache): OwnFacts {
  const known = cache.facts.get(node);
  if (known) return known;
  const style = styleOf(node, cache);
  const own = readOwnStyle(style);
  const facts: OwnFacts = {
    style,
    inert: node.hasAttribute('inert'),
    ariaHidden: node.getAttribute('aria-hidden') === 'true',
    opacity: parseFloat(own.opacity) * filterOpacity(own.filter),
    flow: flowOf(own),
    positioned: own.position !== 'static',
    displaced: isDisplaced(own, style),
    clipsOverflow:
      own.display !== 'inline' && own.display !== 'contents' &&
      (/paint|strict|content/.test(own.contain) || own.overflowX !== 'visible' || own.overflowY !== 'visible'),
    clip: ownClip(node, own, style),
  };
  cache.facts.set(node, facts);
  return facts;
}

function containsFixed(facts: OwnFacts): boolean {
  facts.holdsFixed ??= holdsFixed(facts.style);
  return facts.holdsFixed;
}

/**
 * Walks up from the element once, reading each ancestor's style a single time: aria-hidden and
 * inert, opacity, overflow that clips (only from ancestors that contain the element's layout, as
 * an absolutely positioned box escapes the rest), clip and clip-path.
 */
function traceSight(el: Element, excuseOwnAriaHidden: boolean, cache: VisibilityCache): Sight | null {
  let sight: Sight | null = { box: toBox(el.getBoundingClientRect()), displaced: false, fixed: false, scrolledAway: false };
  if (isEmpty(sight.box)) return null;
  const { documentElement, body } = el.ownerDocument;
  let opacity = 1;
  let flow: Flow = 'flow';
  for (let node: Element | null = el; node; node = layoutParent(node)) {
    const facts = factsOf(node, cache);
    if (facts.inert) return null;
    if (facts.ariaHidden && !(node === el && excuseOwnAriaHidden)) return null;
    opacity *= facts.opacity;
    if (opacity < FAINT) return null;
    if (node === el) flow = facts.flow;
    else if (flow === 'flow' || (flow === 'absolute' && facts.positioned) || containsFixed(facts)) {
      // The viewport's own scrolling is the document's: see withinDocument.
      if (facts.clipsOverflow && node !== documentElement && node !== body) sight = throughOverflow(node, facts.style, sight);
      if (!sight) return null;
      flow = facts.flow;
    }
    sight.displaced ||= facts.displaced;
    const { clip } = facts;
    if (clip) {
      sight.box = intersect(sight.box, clip);
      if (isEmpty(sight.box)) return null;
    }
  }
  sight.fixed = flow === 'fixed';
  return sight;
}

/**
 * Where a document's in-flow content reaches, in document coordinates: boxes that spill out of
 * their parent are followed down, absolutely positioned ones left out, relative offsets undone.
 * A trap placed far below or to the right of everything lies outside it; the document's scroll
 * size cannot tell, as the trap itself stretches it.
 */
function inFlowExtent(doc: Document, cache: VisibilityCache): Box {
  const known = cache.extents.get(doc);
  if (known) return known;
  const view = doc.defaultView!;
  const root = doc.documentElement;
  const extent: Box = { left: 0, top: 0, right: root.clientWidth, bottom: root.clientHeight };
  const visit = (node: Element, dx: number, dy: number) => {
    const style = styleOf(node, cache);
    if (style.display === 'none') return;
    if (style.position === 'relative') {
      dx += style.left !== 'auto' ? parseFloat(style.left) : style.right !== 'auto' ? -parseFloat(style.right) : 0;
      dy += style.top !== 'auto' ? parseFloat(style.top) : style.bottom !== 'auto' ? -parseFloat(style.bottom) : 0;
    }
    const r = node.getBoundingClientRect();
    extent.left = Math.min(extent.left, r.left - dx + view.scrollX);
    extent.right = Math.max(extent.right, r.right - dx + view.scrollX);
    extent.bottom = Math.max(extent.bottom, r.bottom - dy + view.scrollY);
    // Overflow on the root and the body belongs to the viewport.
    const own = node !== root && node !== doc.body;
    if (own && (style.overflowX !== 'visible' || style.overflowY !== 'visible')) return;
    if (node.scrollHeight <= node.clientHeight + 1 && node.scrollWidth <= node.clientWidth + 1) return;
    for (const child of Array.from(node.children)) {
      const position = styleOf(child, cache).position;
      if (position !== 'absolute' && position !== 'fixed') visit(child, dx, dy);
    }
  };
  visit(root, 0, 0);
  cache.extents.set(doc, extent);
  return extent;
}

/**
 * Inside the document's reach: not above its top or before its start edge (no one can scroll
 * there), and, for a box taken out of the flow, not beyond the right edge of the content nor more
 * than a screen below its end. A field merely scrolled out of view is inside. A box fixed to the
 * window must overlap the window.
 */
function viewportOf(doc: Document, cache: VisibilityCache): Viewport {
  let viewport = cache.viewports.get(doc);
  if (!viewport) {
    const { clientWidth: width, clientHeight: height } = doc.documentElement;
    const view = doc.defaultView!;
    viewport = { width, height, scrollX: view.scrollX, scrollY: view.scrollY, rtl: styleOf(doc.documentElement, cache).direction === 'rtl' };
    cache.viewports.set(doc, viewport);
  }
  return viewport;
}

function withinDocument(el: Element, sight: Sight, cache: VisibilityCache): boolean {
  const doc = el.ownerDocument;
  const { width, height, scrollX: x, scrollY: y, rtl } = viewportOf(doc, cache);
  const { box } = sight;
  if (sight.fixed) return box.right > 0 && box.bottom > 0 && box.left < width && box.top < height;
  if (box.bottom + y <= 0) return false;
  if (rtl ? box.left + x >= width : box.right + x <= 0) return false;
  if (!sight.displaced) return true;
  // Within the root's own box and the window, as nearly every field is, it is inside whatever the
  // content's extent: no need to measure it.
  const root = doc.documentElement.getBoundingClientRect();
  const near = rtl ? box.right + x > Math.min(0, root.left + x) : box.left + x < Math.max(width, root.right + x);
  if (near && box.top < root.bottom + height) return true;
  const extent = inFlowExtent(doc, cache);
  if (box.top + y >= extent.bottom + height) return false;
  return rtl ? box.right + x > extent.left : box.left + x < extent.right;
}

function hasOwnText(node: Element): boolean {
  return Array.from(node.childNodes).some((child) => child.nodeType === 3 && !!child.textContent?.trim());
}

/**
 * Whether the topmost other element at a point hides what lies under it. It must paint something
 * (a background, text, an image or a control) and not be faded out. An overlay fixed or sticky to
 * the window (a header, a cookie banner) moves off a field as the page scrolls, so it never counts.
 */
function paintsOver(cover: Element, ancestors: Set<Element>, cache: VisibilityCache): boolean {
  let paints = false;
  let opacity = 1;
  for (let node: Element | null = cover; node && !ancestors.has(node); node = layoutParent(node)) {
    const style = styleOf(node, cache);
    if (style.position === 'fixed' || style.position === 'sticky') return false;
    opacity *= parseFloat(style.opacity);
    paints ||=
      alphaOf(style.backgroundColor) >= FAINT || style.backgroundImage !== 'none' || REPLACED.has(node.localName) || hasOwnText(node);
  }
  return paints && opacity >= FAINT;
}

/**
 * Covered: at its centre, and at a quarter in from each side, the topmost element is another one
 * that paints over it. The element's own labels and widget (a Workday date display over its
 * input), its ancestors and Applyfill's own button do not count. Hit testing only reaches points
 * inside the window, so a field scrolled out of view is not tested: scrolling to each field would
 * move the page under the person's eyes.
 */
function isCovered(el: Element, sight: Sight, related: Element[], cache: VisibilityCache): boolean {
  if (sight.scrolledAway) return false;
  const { width, height } = viewportOf(el.ownerDocument, cache);
  const { box } = sight;
  const y = (box.top + box.bottom) / 2;
  const quarter = (box.right - box.left) / 4;
  const xs = [box.left + 2 * quarter, box.left + quarter, box.right - quarter];
  if (y < 0 || y >= height || xs.some((x) => x < 0 || x >= width)) return false;
  const root = el.getRootNode() as Document | ShadowRoot;
  const ancestors = layoutAncestors(el);
  return xs.every((x) => {
    const hit = root.elementsFromPoint(x, y).find((candidate) => candidate.localName !== OWN_UI);
    if (!hit || ancestors.has(hit) || related.some((own) => containsFlat(own, hit))) return false;
    return paintsOver(hit, ancestors, cache);
  });
}

/** Typed text in a size or colour no one can read: font-size 0, or transparent text and caret. */
function hidesTyping(el: Element, style: CSSStyleDeclaration): boolean {
  const typed = isTextArea(el) || (isInput(el) && TEXT_ENTRY.has(el.type));
  if (!typed) return false;
  if (parseFloat(style.fontSize) < TINY_TEXT) return true;
  const caret = style.caretColor === 'auto' ? style.color : style.caretColor;
  return alphaOf(textColourOf(style)) < FAINT && alphaOf(caret) < FAINT;
}

/** A label whose text is all too small or transparent to read says nothing to the person. */
function labelShows(label: Element, cache: VisibilityCache): boolean {
  const walker = label.ownerDocument.createTreeWalker(label, NodeFilter.SHOW_TEXT);
  let sawText = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent?.trim()) continue;
    sawText = true;
    const style = styleOf(parent, cache);
    const readable = parseFloat(style.fontSize) >= TINY_TEXT && alphaOf(textColourOf(style)) >= FAINT;
    if (readable && parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return true;
  }
  return !sawText;
}

function inVisibleFrame(el: Element, cache: VisibilityCache): boolean {
  let frame: Element | null;
  try {
    frame = el.ownerDocument.defaultView?.frameElement ?? null;
  } catch {
    // A cross-origin parent: its own content script judges the frame.
    return true;
  }
  if (!frame) return true;
  const known = cache.frames.get(frame);
  if (known !== undefined) return known;
  const shown = visibleIn(frame, cache);
  cache.frames.set(frame, shown);
  return shown;
}

function labelsOf(el: Element, cache: VisibilityCache): readonly Element[] {
  return cache.labelsOf(el as HTMLElement) ?? [];
}

/** `related` are the elements that may lie over this one without hiding it. */
function seen(el: Element, related: Element[], excuseOwnAriaHidden: boolean, cache: VisibilityCache): boolean {
  if (!el.isConnected || !el.checkVisibility()) return false;
  const style = styleOf(el, cache);
  if (style.visibility !== 'visible' || hidesTyping(el, style)) return false;
  const sight = traceSight(el, excuseOwnAriaHidden, cache);
  return !!sight && withinDocument(el, sight, cache) && !isCovered(el, sight, related, cache) && inVisibleFrame(el, cache);
}

function visibleIn(element: Element, cache: VisibilityCache): boolean {
  const widget = widgetOf(element, (el) => styleOf(el, cache));
  return seen(element, [element, ...labelsOf(element, cache), ...(widget ? [widget] : [])], false, cache);
}

/** Named as a bot trap is. */
export function isHoneypot(el: HTMLElement): boolean {
  const attributes = [el.id, el.getAttribute('name'), el.getAttribute('class'), el.getAttribute('data-automation-id')].join(' ');
  return HONEYPOT.test(attributes);
}

function hiddenAbove(el: Element): boolean {
  for (let node = layoutParent(el); node; node = layoutParent(node)) {
    if (node.hasAttribute('inert') || node.getAttribute('aria-hidden') === 'true') return true;
  }
  return el.hasAttribute('inert');
}

function fillableIn(el: HTMLElement, cache: VisibilityCache): boolean {
  if ((el as HTMLInputElement).disabled || el.getAttribute('aria-disabled') === 'true') return false;
  if ((el as HTMLInputElement).readOnly || el.getAttribute('aria-readonly') === 'true') return false;
  if (isHoneypot(el)) return false;
  return shownIn(el, cache);
}

/** Visible itself, or through what stands for it. */
function shownIn(el: HTMLElement, cache: VisibilityCache): boolean {
  if (visibleIn(el, cache)) return true;
  if (hiddenAbove(el)) return false;
  const standIns = standInsOf(el);
  const related = [el, ...labelsOf(el, cache), ...standIns];
  return standIns.some((standIn) => seen(standIn, related, true, cache) && (standIn.localName !== 'label' || labelShows(standIn, cache)));
}

/** Whether a person can see the element itself, by every rule above. */
export function isVisible(element: Element): boolean {
  return visibleIn(element, visibilityCache());
}

/**
 * Whether the user could fill this control: enabled, writable, not a bot trap, and visible, itself
 * or through what stands for it (widgets.ts). The control may carry aria-hidden itself (select2 4
 * sets it), and so may its stand-in (Workday's date display), but nothing above either may.
 */
export function isFillable(el: HTMLElement): boolean {
  return fillableIn(el, visibilityCache());
}

/**
 * The same checks sharing one set of measurements, for one pass over a page that does not change
 * during it (one collect): styles, each document's extent and each frame's visibility are read once.
 */
export function visibilityPass(): {
  isVisible(element: Element): boolean;
  isFillable(el: HTMLElement): boolean;
  /** Whether a person sees the control, itself or through what stands for it, whatever its other states. */
  isShown(el: HTMLElement): boolean;
  labelsOf: LabelsOf;
} {
  const cache = visibilityCache();
  return { isVisible: (element) => visibleIn(element, cache), isFillable: (el) => fillableIn(el, cache), isShown: (el) => shownIn(el, cache), labelsOf: cache.labelsOf };
}
