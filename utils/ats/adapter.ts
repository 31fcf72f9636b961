import type { Classification, FieldDescription, FieldOutcome, FillAction } from '../core/types';
import type { FieldHandle } from '../dom/collect';
import type { FillContext } from '../dom/fill';
import type { FillData } from '../messages';

/**
 * What an ATS module knows about its own forms. Everything is optional but `id`, `name` and
 * `matches`: the generic engine does the rest, and site rules are consulted before heuristics.
 */
export interface AtsAdapter {
  id: string;
  /** Shown to the user: "Greenhouse application". */
  name: string;
  matches(url: URL, doc: Document): boolean;
  /** The element that holds the application form; the rest of the page (search boxes, newsletters) is ignored. */
  formRoot?(doc: Document): Element | null;
  /** Classification by the form's stable attributes; undefined falls back to the heuristics. */
  classify?(field: FieldDescription): Classification | undefined;
  /** Adds what only the site's markup tells, such as the work entry a field belongs to. */
  annotate?(field: FieldDescription, handle: FieldHandle): FieldDescription;
  /** Prepares the page before collecting, e.g. adds one work-history section per profile entry. */
  beforeFill?(root: Document | Element, data: FillData): Promise<void>;
  /**
   * For wizards that render step after step without a page load: a key naming the step on
   * screen, so that each later step can be filled as soon as it renders.
   */
  stepKey?(doc: Document): string | null;
  /** Operates a site-specific widget; undefined lets the generic filler do it. */
  perform?(handle: FieldHandle, action: FillAction, ctx: FillContext): Promise<FieldOutcome | undefined>;
}
