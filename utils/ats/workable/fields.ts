import type { FieldKind } from '../../core/fieldKinds';
import type { Classification, ControlType } from '../../core/types';

/**
 * Workable names each field of its application form in a `data-ui` attribute, on the input or on
 * the box that holds it (the phone's, a radio group's fieldset, a dropdown's box): the standard
 * fields by what they hold, the account's own questions `QA_<id>` and `CA_<id>`.
 */
const STANDARD: Readonly<Record<string, FieldKind | null>> = {
  firstname: 'firstName',
  lastname: 'lastName',
  email: 'email',
  phone: 'phone',
  // "Include your city, region, and country": one location box.
  address: 'location',
  // A one-line professional headline: the title the applicant holds.
  headline: 'currentTitle',
  // Free text that only a saved answer can fill: left to the heuristics.
  summary: null,
  cover_letter: null,
  resume: null,
  avatar: null,
};

const QUESTION = /^(QA|CA)_\d+$/;

/** Whether a `data-ui` value names a field, rather than a block of the page ("section-fields", "option"). */
export function isFieldUi(ui: string | null | undefined): ui is string {
  return !!ui && (ui in STANDARD || QUESTION.test(ui));
}

/**
 * What a field's `data-ui` decides. Files go by it alone: the resume only where Workable says
 * "resume", a cover letter only where it says "cover_letter", and nothing into the photo
 * ("avatar") or into an upload a question asks for (a transcript, a portfolio).
 */
export function classifyWorkableUi(ui: string | undefined, control: ControlType): Classification | undefined {
  if (control === 'file') {
    if (ui === 'resume') return { kind: 'resume', confidence: 0.99, reason: 'workable: data-ui=resume' };
    if (ui === 'cover_letter') return { kind: 'coverLetter', confidence: 0.99, reason: 'workable: data-ui=cover_letter' };
    return { kind: 'unknown', confidence: 1, reason: `workable: a file input that is not the resume (${ui ?? 'no data-ui'})` };
  }
  // The phone's box holds the number and, as a list, its country's dialling code.
  if (ui === 'phone' && control === 'listbox-button') return { kind: 'phoneCountryCode', confidence: 0.99, reason: 'workable: the phone’s country' };
  const kind = ui ? STANDARD[ui] : undefined;
  return kind ? { kind, confidence: 0.99, reason: `workable: data-ui=${ui}` } : undefined;
}

/** What Workable's SVG icons say where SVG cannot be drawn: a `<desc>` in every label that holds an icon. */
const SVG_FALLBACK = /SVGs not supported by this browser\.?/gi;

/**
 * A question or option as a person reads it: without the icons' fallback text, the required
 * marker before it and the "(Optional)" after it.
 */
export function cleanLabel(text: string): string {
  return text
    .replace(SVG_FALLBACK, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\*\s*/, '')
    .replace(/\s*\(optional\)$/i, '')
    .trim();
}
