import type { FieldKind } from '../../core/fieldKinds';
import type { Classification, FieldDescription } from '../../core/types';
import type { Profile } from '../../profile/schema';

/**
 * What Ashby's own field paths say. A path is the key Ashby submits a field under
 * (`fieldSubmissions[{path, value}]`): the system fields keep theirs on every board, custom
 * questions get a UUID and are left to their wording.
 */
const KIND_BY_PATH: Readonly<Record<string, FieldKind>> = {
  _systemfield_name: 'fullName',
  _systemfield_email: 'email',
  _systemfield_location: 'location',
  _systemfield_resume: 'resume',
  _systemfield_eeoc_gender: 'gender',
  _systemfield_eeoc_race: 'race',
  _systemfield_eeoc_veteran_status: 'veteran',
  _systemfield_eeoc_disability_status: 'disability',
};

const SITE_CONFIDENCE = 0.97;

/** What annotate reads off the page for classify, which is given the field alone. JSON only. */
export interface AshbyField extends FieldDescription {
  /** The path of the field entry the control answers (its `data-field-path`). */
  ashbyPath?: string;
}

/**
 * The path a control's name or id carries when no field entry names it: survey radios are named
 * `<surveyFormId>__systemfield_eeoc_gender` (the form's id, an underscore, the path), and the
 * form's id changes with every render, so only the `_systemfield_…` end is kept.
 */
export function systemPathIn(identifier: string | undefined): string | undefined {
  const found = /(_systemfield_[a-z_]+?)(?:-labeled-(?:radio|checkbox)-\d+)?$/.exec(identifier ?? '');
  return found?.[1];
}

/** The kind a path fixes, if any. */
export function kindOfPath(path: string | undefined): FieldKind | undefined {
  return path ? KIND_BY_PATH[path] : undefined;
}

/**
 * Site rules first: a system path decides. Elsewhere the heuristics do, except that only the
 * resume field takes the resume: a "Resume / CV" file question of the employer's own, or the
 * parser above the form, would send it where Ashby does not keep it as the candidate's resume.
 */
export function classifyAshby(field: AshbyField, profile: Profile, heuristics: (field: FieldDescription) => Classification): Classification | undefined {
  const path = field.ashbyPath ?? systemPathIn(field.name) ?? systemPathIn(field.htmlId);
  const kind = kindOfPath(path);
  if (kind) {
    // A path names a question, not its widget: the resume is a file, the rest are not.
    if ((kind === 'resume') !== (field.control === 'file')) return { kind: 'unknown', confidence: 1, reason: `ashby: ${path} in an unexpected control` };
    return { kind, confidence: SITE_CONFIDENCE, reason: `ashby: ${path}` };
  }
  if (field.control !== 'file') return undefined;
  const guess = heuristics(field);
  return guess.kind === 'resume' ? { kind: 'unknown', confidence: 1, reason: 'ashby: only _systemfield_resume takes the resume' } : guess;
}
