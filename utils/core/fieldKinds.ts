/**
 * What a form field asks for. A fixed list, so that every table keyed by it
 * (`Readonly<Record<FieldKind, ...>>`) turns a forgotten case into a compile error.
 */
export const FIELD_KINDS = [
  // identity and contact
  'firstName',
  'middleName',
  'lastName',
  'fullName',
  'preferredName',
  'pronouns',
  'email',
  'phone',
  'phoneCountryCode',
  'phoneType',
  'phoneExtension',
  // address
  'addressLine1',
  'addressLine2',
  'city',
  'region',
  'postalCode',
  'country',
  /** A single "current location" field: "City, Region, Country". */
  'location',
  // links
  'linkedin',
  'github',
  'twitter',
  'website',
  // about the applicant: a resume may carry its own (the one attached answers)
  'headline',
  'summary',
  // work history (entry-indexed)
  'currentCompany',
  'currentTitle',
  'workCompany',
  'workTitle',
  'workLocation',
  'workStart',
  'workEnd',
  'workCurrent',
  'workDescription',
  // education (entry-indexed)
  'school',
  'degree',
  'discipline',
  'gpa',
  'educationStart',
  'educationEnd',
  // skills
  'skills',
  'languages',
  // application questions
  'workAuthorization',
  'sponsorship',
  'relocation',
  'salary',
  'startDate',
  'noticePeriod',
  'referralSource',
  // voluntary EEO
  'gender',
  'hispanicOrLatino',
  'race',
  'veteran',
  'disability',
  /** A signature ("type your full name") under a self-identification form. */
  'signatureName',
  /** "Today's date" beside such a signature. */
  'signatureDate',
  // documents
  'resume',
  'coverLetter',
] as const;

export type FieldKind = (typeof FIELD_KINDS)[number];

export function isFieldKind(value: string): value is FieldKind {
  return (FIELD_KINDS as readonly string[]).includes(value);
}
