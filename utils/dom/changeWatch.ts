import type { Tree } from './traverse';

/** Events after which a read of the form may no longer hold: a value typed or set, the view moved. */
const CHANGE_EVENTS = ['input', 'change'] as const;
const VIEW_EVENTS = ['scroll', 'resize'] as const;

/**
 * Whether the trees a read of the form walked may have changed since the read: an element added,
 * removed or re-attributed (a class that hides it, a label's text), a value typed or set with an
 * event, the page scrolled or resized (what covers a field depends on where it is). It does not
 * know what changed, only that something did, and stops watching at the first change.
 *
 * Values a page's script sets without an event are not seen: the fill checks each text field
 * still holds what was read before it writes (utils/fill/run.ts).
 */
export class ChangeWatch {
  private seen = false;
  private readonly observer = new MutationObserver(() => this.changed());
  private readonly listening = new AbortController();
  /** Where each window stood: the scroll and resize events come with the next frame, a press may come first. */
  private readonly views: { view: Window; at: string }[] = [];

  constructor(
    trees: readonly Tree[],
    /** Called once, at the first change. */
    private readonly onChange: () => void = () => undefined,
  ) {
    const windows = new Set<Window>();
    for (const tree of trees) {
      this.observer.observe(tree, { subtree: true, childList: true, attributes: true, characterData: true });
      // Input bubbles out of shadow roots but change does not, nor does either leave a frame: each tree listens.
      for (const type of CHANGE_EVENTS) tree.addEventListener(type, this.changed, { capture: true, passive: true, signal: this.listening.signal });
      const view = (tree.nodeType === Node.DOCUMENT_NODE ? (tree as Document) : tree.ownerDocument)?.defaultView;
      if (view) windows.add(view);
    }
    for (const view of windows) {
      this.views.push({ view, at: viewOf(view) });
      for (const type of VIEW_EVENTS) view.addEventListener(type, this.changed, { capture: true, passive: true, signal: this.listening.signal });
    }
  }

  /** True once anything watched changed (mutations, and windows scrolled or resized, not yet delivered count), or once stopped. */
  get hasChanged(): boolean {
    if (!this.seen && (this.observer.takeRecords().length || this.views.some(({ view, at }) => viewOf(view) !== at))) this.changed();
    return this.seen;
  }

  stop(): void {
    this.seen = true;
    this.observer.disconnect();
    // Stopped, the listeners do nothing. Taken off the windows at once, they cost a fill that
    // stops the watch before its first write about half a millisecond there.
    setTimeout(() => this.listening.abort(), 0);
  }

  private readonly changed = (): void => {
    if (this.seen) return;
    this.stop();
    this.onChange();
  };
}

function viewOf(view: Window): string {
  return `${view.scrollX},${view.scrollY},${view.innerWidth},${view.innerHeight}`;
}
