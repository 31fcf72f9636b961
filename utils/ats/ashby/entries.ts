import type { FieldOption } from '../../core/types';
import { choiceLabel, choiceValue, type FieldHandle } from '../../dom/collect';
import { ownText } from '../../dom/labels';
import { isFillable, isVisible } from '../../dom/visibility';
import type { ExtraField } from '../adapter';
import type { AshbyField } from './fields';

/**
 * How Ashby lays out a question: a `div.ashby-application-form-field-entry` keyed by
 * `data-field-path`, headed by `label.ashby-application-form-question-title` (whose `for` is the
 * path, which only text inputs carry as their id), required when that label has a hashed
 * `_required_…` class (the asterisk is drawn by CSS).
 */
const ENTRY = '.ashby-application-form-field-entry';
const TITLE = '.ashby-application-form-question-title';
const REQUIRED = /(^|\s)_required_/;
export const YES_NO = '.ashby-application-form-input-yesno';
const CHECKBOX_GROUP = '.ashby-application-form-input-checkbox-group';
/** The parser above the form: a file given to it is read and written over the form's answers. */
const RESUME_PARSER = '.ashby-application-form-autofill-uploader, .ashby-application-form-autofill-input-root';

export function entryOf(element: Element): Element | null {
  return element.closest(ENTRY);
}

/** The path of the question an element belongs to: the entry's, else its title's `for`. */
export function pathOf(element: Element): string | undefined {
  const entry = entryOf(element);
  return entry?.getAttribute('data-field-path') ?? entry?.querySelector(TITLE)?.getAttribute('for') ?? undefined;
}

/** The question as a person reads it. */
function titleOf(entry: Element): string | undefined {
  const title = entry.querySelector(TITLE);
  return title ? ownText(title).replace(/\s*\*$/, '') || undefined : undefined;
}

function isRequired(entry: Element): boolean {
  return REQUIRED.test(entry.querySelector(TITLE)?.getAttribute('class') ?? '');
}

/**
 * Elements the generic collector finds that are not questions of their own: the resume parser,
 * which must never be given a file, the display-only checkbox under a Yes/No pair, and the boxes
 * of a multiple choice, each named by its option (`extraFields` takes both as one question).
 */
export function isIgnored(element: Element): boolean {
  return !!element.closest(RESUME_PARSER) || !!element.closest(`${YES_NO}, ${CHECKBOX_GROUP}`);
}

/** The question title, the path, and the required mark, wherever the control sits in its entry. */
export function annotateAshby(field: AshbyField, handle: FieldHandle): AshbyField {
  const entry = entryOf(handle.element);
  if (!entry) return field;
  const title = titleOf(entry);
  const path = pathOf(handle.element);
  return {
    ...field,
    labels: title ? [...new Set([title, ...field.labels])] : field.labels,
    ...(path ? { ashbyPath: path } : {}),
    ...(isRequired(entry) || field.required ? { required: true } : {}),
  };
}

/** A Yes/No pair as one question with two answers, read from its buttons. */
function yesNoField(group: HTMLElement): ExtraField | undefined {
  const entry = entryOf(group);
  const buttons = Array.from(group.querySelectorAll<HTMLButtonElement>('button'));
  if (!entry || buttons.length !== 2 || !buttons.every(isFillable)) return undefined;
  const options: FieldOption[] = buttons.map((button) => ({ value: button.getAttribute('data-option') ?? ownText(button), label: ownText(button) }));
  const pressed = buttons.filter((button) => button.getAttribute('aria-pressed') === 'true');
  const title = titleOf(entry);
  const path = pathOf(group);
  const description: Omit<AshbyField, 'ref' | 'control'> = {
    labels: title ? [title] : [],
    options,
    // Both pressed is no answer anyone gave: it is read as one, so it is never overwritten.
    currentValue: pressed.map((button) => button.getAttribute('data-option') ?? ownText(button)).join(','),
    ...(path ? { ashbyPath: path } : {}),
    ...(isRequired(entry) ? { required: true } : {}),
  };
  return { handle: { control: 'radio-group', element: group, seenBy: buttons }, description };
}

/** A multiple choice as one question: its boxes share no name, only their fieldset. */
function checkboxGroupField(group: HTMLElement): ExtraField | undefined {
  const entry = entryOf(group);
  const members = Array.from(group.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')).filter(isFillable);
  if (!entry || !members.length) return undefined;
  const title = titleOf(entry);
  const path = pathOf(group);
  const description: Omit<AshbyField, 'ref' | 'control'> = {
    labels: title ? [title] : [],
    options: members.map((member) => ({ value: choiceValue(member), label: choiceLabel(member) })),
    currentValue: members.filter((member) => member.checked).map(choiceValue),
    ...(path ? { ashbyPath: path } : {}),
    ...(isRequired(entry) ? { required: true } : {}),
  };
  return { handle: { control: 'checkbox-group', element: members[0]!, members }, description };
}

/** The questions the generic collector cannot see as such: Yes/No pairs and multiple choices. */
export function ashbyExtraFields(root: Document | Element): ExtraField[] {
  const found: ExtraField[] = [];
  for (const group of root.querySelectorAll<HTMLElement>(`${YES_NO}, ${CHECKBOX_GROUP}`)) {
    if (!isVisible(group) || group.closest(RESUME_PARSER)) continue;
    const field = group.matches(YES_NO) ? yesNoField(group) : checkboxGroupField(group);
    if (field) found.push(field);
  }
  return found;
}
