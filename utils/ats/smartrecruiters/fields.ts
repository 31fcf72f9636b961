import type { FieldKind } from '../../core/fieldKinds';
import type { Classification, FieldDescription } from '../../core/types';
import type { FieldHandle } from '../../dom/collect';
import { composedParent } from '../../dom/traverse';

/** closest() that goes on past shadow roots to their hosts: the spl-* component a control belongs to. */
export function closestComponent(element: Element, selector: string): Element | null {
  for (let node: Element | null = element; node; node = composedParent(node)) if (node.matches(selector)) return node;
  return null;
}

/** What annotate reads off the page for classify, which is given the field alone. JSON only. */
export interface SmartRecruitersField extends FieldDescription {
  /** What the field is by SmartRecruiters' own markup; 'unknown' keeps the heuristics off it. */
  srKind?: FieldKind | 'unknown';
}

/**
 * The ids SmartRecruiters gives the personal-information controls (first-name-input, …). They
 * are the app's, not generated (spl-form-element_N), and outlast any wording.
 */
const KIND_BY_ID: Readonly<Record<string, FieldKind | 'unknown'>> = {
  'first-name-input': 'firstName',
  'last-name-input': 'lastName',
  'email-input': 'email',
  'confirm-email-input': 'email',
  'linkedin-input': 'linkedin',
  'twitter-input': 'twitter',
  'website-input': 'website',
  // No profile field is a Facebook page; the message is the candidate's own words for this job.
  'facebook-input': 'unknown',
  'hiring-manager-message-input': 'unknown',
};

/** The city search of "Personal information": a place of residence picked from geocoded suggestions. */
const CITY_SEARCH = 'spl-autocomplete[data-test="location-autocomplete"]';
/** The resume's drop zone; the avatar's file input beside the name must never receive the resume. */
const RESUME_DROP_ZONE = 'spl-dropzone[data-test="resume-upload"]';
const PHONE = 'spl-phone-field';
/** The privacy declaration: the candidate's own to make. */
const CONSENT = 'spl-checkbox[data-test="consent-box"], [data-test="consent-box"]';

/** What the element is by where it sits among SmartRecruiters' components, if that tells. */
export function kindOf(element: Element): FieldKind | 'unknown' | undefined {
  const byId = KIND_BY_ID[element.id];
  if (byId) return byId;
  if (closestComponent(element, CITY_SEARCH)) return 'location';
  if (element.matches('input[type="file" i]')) return closestComponent(element, RESUME_DROP_ZONE) ? 'resume' : 'unknown';
  if (element.matches('input[type="tel" i]') && closestComponent(element, PHONE)) return 'phone';
  if (closestComponent(element, CONSENT)) return 'unknown';
  return undefined;
}

export function annotateField(field: FieldDescription, handle: FieldHandle): SmartRecruitersField {
  const srKind = kindOf(handle.element);
  return srKind ? { ...field, srKind } : field;
}

export function classifyField(field: SmartRecruitersField): Classification | undefined {
  if (!field.srKind) return undefined;
  const known = field.srKind !== 'unknown';
  return { kind: field.srKind, confidence: known ? 0.99 : 1, reason: `smartrecruiters: ${field.htmlId ?? field.control} is ${field.srKind}` };
}
