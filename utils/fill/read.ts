import type { AnyAdapter } from '../ats/adapter';
import { ChangeWatch } from '../dom/changeWatch';
import { collectFields, type Collected } from '../dom/collect';

export interface ReadOptions {
  adapter: AnyAdapter;
  root?: Document | Element;
}

export function rootOf(options: ReadOptions): Document | Element {
  return options.root ?? options.adapter.formRoot?.(document) ?? document;
}

/**
 * The collector's read of the form, less the controls the adapter leaves out: the costly part
 * of a read (styles, layout, labels), which depends on the page alone.
 */
export function collectOwn(root: Document | Element, adapter: AnyAdapter, handled: WeakSet<Element>, pass: number): Collected {
  const collected = collectFields(root, `p${pass}.`, handled);
  if (adapter.ignores) collected.fields = collected.fields.filter((f) => !adapter.ignores!(collected.handles.get(f.ref)!.element));
  return collected;
}

/**
 * A read with the adapter's own fields and notes added, which may depend on what its preparation
 * did (`fill`), and without the elements an earlier pass handled. The read itself is left as it
 * was, so that one read can be described before and after the preparation.
 */
export function describe(own: Collected, root: Document | Element, adapter: AnyAdapter, fill: unknown, handled: WeakSet<Element>, pass: number): Collected {
  const handles = new Map(own.handles);
  const fields = [...own.fields];
  adapter.extraFields?.(root, fill).forEach(({ handle, description }, index) => {
    const ref = `p${pass}.x${index}`;
    handles.set(ref, { ref, ...handle });
    fields.push({ ref, control: handle.control, ...description });
  });
  const annotated = adapter.annotate ? fields.map((f) => adapter.annotate!(f, handles.get(f.ref)!, fill)) : fields;
  return { fields: annotated.filter((f) => !handled.has(handles.get(f.ref)!.element)), handles, trees: own.trees };
}

/** The form's fields as a fill collects them, with their live elements. */
export function readFields(options: ReadOptions): Collected {
  const root = rootOf(options);
  return describe(collectOwn(root, options.adapter, new WeakSet(), 0), root, options.adapter, undefined, new WeakSet(), 0);
}

/**
 * A read of the form made before a fill needs it, as the user reaches for Autofill, kept for as
 * long as nothing it walked changes (utils/dom/changeWatch.ts): a press on a page that stood
 * still then starts from it instead of reading the whole form again.
 */
export class FormRead {
  private own: Collected | undefined;
  private readonly watch: ChangeWatch;

  constructor(
    readonly root: Document | Element,
    readonly adapter: AnyAdapter,
  ) {
    this.own = collectOwn(root, adapter, new WeakSet(), 0);
    // A page that changed drops the read at once: it would only hold on to elements.
    this.watch = new ChangeWatch(this.own.trees, () => (this.own = undefined));
  }

  /** The collector's read (collectOwn), while nothing it walked has changed since it was made. */
  get current(): Collected | undefined {
    return this.watch.hasChanged ? undefined : this.own;
  }

  /** The read as a scan or a fill describes it before the adapter's preparation; undefined once the page changed. */
  described(): Collected | undefined {
    const own = this.current;
    return own && describe(own, this.root, this.adapter, undefined, new WeakSet(), 0);
  }

  dispose(): void {
    this.watch.stop();
    this.own = undefined;
  }
}
