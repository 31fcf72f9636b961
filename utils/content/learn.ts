import type { AnyAdapter } from '../ats/adapter';
import type { AnswerOffer } from '../core/learning';
import type { FieldDescription } from '../core/types';
import type { Collected } from '../dom/collect';
import { readFields } from '../fill/read';
import type { SaveAnswersRequest } from '../messages';
import type { Eeo } from '../profile/schema';

export type { AnswerOffer };

function valueKey(field: FieldDescription): string {
  return JSON.stringify(field.currentValue);
}

/**
 * Watches, after a fill, for the answers the user gives by hand: to the questions Applyfill left
 * outlined and to any other in the form. What a field held when the fill ended is remembered, so
 * only what changed since is offered; secrets and profile fields never are (learning.ts).
 * Everything is read on the page; nothing leaves it until the user confirms in Applyfill's own UI.
 */
export class AnswerWatch {
  private baseline: WeakMap<Element, string> | undefined;

  constructor(private readonly adapter: AnyAdapter) {}

  /** Called when a fill ends, with the form as read then: from now on, changes are the user's. */
  remember({ fields, handles }: Collected = readFields({ adapter: this.adapter })): void {
    this.baseline = new WeakMap(fields.map((field) => [handles.get(field.ref)!.element, valueKey(field)]));
  }

  get watching(): boolean {
    return this.baseline !== undefined;
  }

  /**
   * The fields answered since the fill, as they stand now, in the order the form asks them. What
   * they can teach is decided in the extension (`lessons`): the classifier stays out of the page.
   */
  async offers(lessons: (fields: FieldDescription[]) => Promise<AnswerOffer[]>): Promise<AnswerOffer[]> {
    if (!this.baseline) return [];
    const { fields, handles } = readFields({ adapter: this.adapter });
    const elementOf = (field: FieldDescription) => handles.get(field.ref)!.element;
    // Listed as the form asks them (the collector gathers radio groups after the other fields).
    const changed = fields
      .filter((field) => this.baseline!.get(elementOf(field)) !== valueKey(field))
      .sort((a, b) => (elementOf(a).compareDocumentPosition(elementOf(b)) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    return changed.length ? lessons(changed) : [];
  }
}

/** The message that saves the offers the user ticked: saved answers, and EEO answers for the profile's EEO section. */
export function saveRequest(chosen: readonly AnswerOffer[]): SaveAnswersRequest {
  const eeo: Partial<Eeo> = {};
  const answers = chosen.flatMap(({ lesson }) => {
    if (lesson.to === 'eeo') Object.assign(eeo, lesson.eeo);
    return lesson.to === 'answers' ? [lesson.answer] : [];
  });
  return { type: 'answers:save', answers, eeo };
}
