import type { AnyAdapter } from '../ats/adapter';
import { classifyFields } from '../core/classify';
import { lessonFrom, type Lesson } from '../core/learning';
import type { FieldDescription } from '../core/types';
import { readFields } from '../fill/run';
import type { SaveAnswersRequest } from '../messages';
import { emptyProfile, type Eeo } from '../profile/schema';

/** An answer the user gave by hand, offered for saving. */
export interface AnswerOffer {
  question: string;
  /** The answer as the user sees it: the option they picked, or what they typed. */
  shown: string;
  lesson: Extract<Lesson, { to: 'answers' | 'eeo' }>;
}

/** More than this at once is not a person answering a form. */
const MAX_OFFERS = 20;

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

  /** Called when a fill ends: from now on, changes are the user's. */
  remember(): void {
    const { fields, handles } = readFields({ adapter: this.adapter });
    this.baseline = new WeakMap(fields.map((field) => [handles.get(field.ref)!.element, valueKey(field)]));
  }

  get watching(): boolean {
    return this.baseline !== undefined;
  }

  /** The answers given since the fill, as they stand now. */
  offers(): AnswerOffer[] {
    if (!this.baseline) return [];
    const { fields, handles } = readFields({ adapter: this.adapter });
    const elementOf = (field: FieldDescription) => handles.get(field.ref)!.element;
    // Listed as the form asks them (the collector gathers radio groups after the other fields).
    const changed = fields
      .filter((field) => this.baseline!.get(elementOf(field)) !== valueKey(field))
      .sort((a, b) => (elementOf(a).compareDocumentPosition(elementOf(b)) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    // Classified here, without the profile: only the kind of question matters (a profile field, an EEO one, or neither).
    const empty = emptyProfile();
    const classify = this.adapter.classify ? (field: FieldDescription) => this.adapter.classify!(field, empty) : undefined;
    const offers: AnswerOffer[] = [];
    for (const { field, classification } of classifyFields(changed, undefined, classify)) {
      const lesson = lessonFrom(field, classification.kind);
      if (lesson.to === 'none') continue;
      const question = lesson.to === 'eeo' ? lesson.question : lesson.answer.question;
      const shown = lesson.to === 'eeo' ? lesson.shown : (lesson.answer.option ?? lesson.answer.answer);
      offers.push({ question, shown, lesson });
    }
    return offers.slice(0, MAX_OFFERS);
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
