import type { AttachedDocument } from './types';

/**
 * How documents are named to the user. No imports beyond types, so the popup's first chunk can
 * show a fill's report without the profile's schema.
 */
export const ROLE_NAMES: Readonly<Record<AttachedDocument['role'], string>> = { resume: 'Resume', coverLetter: 'Cover letter' };

/** "Resume “Data” attached (Jordan_Data.pdf)", one part per file the page took; '' when none. */
export function describeAttached(report: { attached?: readonly AttachedDocument[] }): string {
  return (report.attached ?? [])
    .map(({ role, label, name }) => `${ROLE_NAMES[role]} ${label ? `“${label}” ` : ''}attached (${name})`)
    .join(' · ');
}
