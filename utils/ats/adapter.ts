import type { Classification, FieldDescription, FieldOutcome, FillAction } from '../core/types';
import type { FieldHandle } from '../dom/collect';
import type { FillContext } from '../dom/fill';
import type { Profile } from '../profile/schema';

/**
 * What an ATS module knows about its own forms. Everything is optional but `id`, `name` and
 * `matches`: the generic engine does the rest, and site rules are consulted before heuristics.
 *
 * The module runs in two places. `classify` and `prepare` run in the extension's own origin with
 * the profile; everything else runs in the page, which never receives the profile: only the
 * plain values `prepare` returns and the values planned for the fields it found.
 *
 * `Page` is what the page tells before a fill, `Setup` what the extension answers, and `Fill`
 * the per-fill context the page side keeps between its steps (passed as a value, never kept in
 * module state).
 */
/**
 * Who an ATS is and where it lives: all that the content script on its hosts carries of it (the
 * rest of the adapter loads only when the user fills).
 */
export interface AtsSite {
  id: string;
  /** Shown to the user: "Greenhouse application". */
  name: string;
  /**
   * Where the content script runs by itself, as manifest match patterns: the manifest, the
   * README's permissions table and the tests take them from the registry, never from a copy.
   */
  hosts: readonly string[];
  /**
   * In the page: what the button says when it appears, before any fill on this page: the page a
   * fill left for another (iCIMS's form rendered again from the uploaded resume) tells the user
   * to press Autofill for the rest. It only says so: a fill starts only from the user.
   */
  greeting?(doc: Document): string | undefined;
  /**
   * For wizards that render step after step without a page load: a key naming the step on
   * screen, so that each later step can be filled as soon as it renders.
   */
  stepKey?(doc: Document): string | null;
}

export interface AtsAdapter<Page = unknown, Setup = unknown, Fill = unknown> extends AtsSite {
  /** Whether this page is the ATS's; an adapter that omits it matches its hosts. */
  matches?(url: URL, doc: Document): boolean;
  /** The element that holds the application form; the rest of the page (search boxes, newsletters) is ignored. */
  formRoot?(doc: Document): Element | null;
  /**
   * In the page: whether a control the generic collector found is no question of the form's (a
   * resume parser beside the resume field) or is one `extraFields` reads as a whole instead.
   */
  ignores?(element: Element): boolean;
  /**
   * In the extension: classification by the form's stable attributes; undefined falls back to the
   * heuristics. `heuristics` is the generic classifier, given rather than imported so that the
   * module's page side never carries its keyword tables.
   */
  classify?(field: FieldDescription, profile: Profile, heuristics: (field: FieldDescription) => Classification): Classification | undefined;
  /** In the page: what the form holds before a fill that `prepare` needs (entries the user started). JSON only. */
  readPage?(root: Document | Element): Page;
  /** In the extension: what the page must prepare, from the profile (how many schools to add). JSON only. */
  prepare?(profile: Profile, page: Page | undefined): Setup;
  /** In the page: prepares the form before collecting (adds one section per profile entry); returns the fill's context. */
  beforeFill?(root: Document | Element, setup: Setup): Promise<Fill>;
  /** In the page: the entries `beforeFill` added to repeated sections ("+ Add another"), in the order added. */
  addedEntries?(fill: Fill): AddedEntry[];
  /**
   * In the page: takes away an entry the fill added, through the page's own control, as a person
   * would (a pointer click, never a control that would submit); false when the page offers no such
   * control or the entry stays. Without it, undo empties the entries the fill added and says so.
   */
  removeEntry?(entry: AddedEntry, ctx: { widgetTimeoutMs: number }): Promise<boolean>;
  /**
   * In the page: fields the generic collector cannot reach, each with the visible element a person
   * uses for it (Greenhouse's "Attach" opens a file input kept in a separate hidden form). The
   * adapter vouches that the person can see and use them.
   */
  extraFields?(root: Document | Element, fill: Fill | undefined): ExtraField[];
  /** In the page: adds what only the site's markup tells, such as the work entry a field belongs to. */
  annotate?(field: FieldDescription, handle: FieldHandle, fill: Fill | undefined): FieldDescription;
  /**
   * In the page, after each pass's actions: finishes what the pass filled and opens what the next
   * pass fills, where a form takes one entry at a time (Workable's job and school editors, each
   * saved with its own button before the next opens). Returns whether it opened more of the form,
   * which earns one more pass.
   */
  afterPass?(root: Document | Element, fill: Fill | undefined, done: PassDone): Promise<boolean>;
  /**
   * The kinds of action `perform` may take over; the others go straight to the generic filler,
   * which writes plain fields without waiting between them.
   */
  performs?: readonly FillAction['op'][];
  /** In the page: operates a site-specific widget; undefined lets the generic filler do it. */
  perform?(handle: FieldHandle, action: FillAction, ctx: FillContext): Promise<FieldOutcome | undefined>;
}

/** An entry a fill added to a repeated section, for undo to take away. */
export interface AddedEntry {
  /** The element that holds this entry's fields and no other entry's. */
  box: Element;
  /** The entry as the user reads it: "Work Experience 2", "Education 2". */
  label: string;
}

/** What a pass did, for `afterPass`: each action's control and outcome. */
export interface PassDone {
  outcomes: readonly { element: Element; outcome: FieldOutcome }[];
  widgetTimeoutMs: number;
}

/** A field an adapter found itself: its live elements and its description, before the engine numbers it. */
export interface ExtraField {
  handle: Omit<FieldHandle, 'ref'>;
  description: Omit<FieldDescription, 'ref' | 'control'>;
}

/** An adapter of any ATS, as the registry and the engine hold them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyAdapter = AtsAdapter<any, any, any>;
