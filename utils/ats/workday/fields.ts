import type { FieldKind } from '../../core/fieldKinds';
import type { Classification, FieldDescription } from '../../core/types';

/** What a Workday field is called in its markup: the field name, and the section it belongs to. */
export interface WorkdayName {
  /** "legalName", "address", "workExperience", "education", "selfIdentifiedDisabilityData"... */
  group?: string;
  /** "firstName", "jobTitle", "startDate"... */
  name: string;
}

const DATE_PART_SUFFIX = /-dateSection(Month|Day|Year)-input$/;
/** Repeated sections number their ids with an internal counter: workExperience-12--jobTitle. */
const REPEATED_PREFIX = /^(workExperience|education|language|webAddress|certification)-(\d+)$/;

/**
 * Reads the field's name from today's `<section>--<field>` ids ("name--legalName--firstName",
 * "workExperience-3--startDate-dateSectionMonth-input"), else from the older data-automation-id
 * names ("legalNameSection_firstName", "formField-startDate", "phone-number").
 */
export function workdayName(field: Pick<FieldDescription, 'htmlId' | 'automationId'>): WorkdayName | undefined {
  const id = field.htmlId ?? '';
  if (id.includes('--')) {
    const parts = id.replace(DATE_PART_SUFFIX, '').split('--');
    const group = parts[0]!.replace(/-\d+$/, '');
    return { group, name: parts.at(-1)! };
  }
  const automationId = field.automationId?.replace(/^formField-/, '');
  if (!automationId) return undefined;
  const underscore = automationId.indexOf('_');
  if (underscore > 0) return { group: automationId.slice(0, underscore).replace(/Section$/, ''), name: automationId.slice(underscore + 1) };
  return { name: automationId };
}

/** The repeated section an id belongs to, with its internal counter: "workExperience", 12. */
export function repeatedSectionOf(htmlId: string | undefined): { group: string; counter: number } | undefined {
  const match = htmlId?.split('--')[0]?.match(REPEATED_PREFIX);
  return match ? { group: match[1]!, counter: Number(match[2]) } : undefined;
}

export type EntryKind = 'work' | 'education';

const ENTRY_GROUPS: Readonly<Record<string, EntryKind>> = { workExperience: 'work', education: 'education' };
/** An entry's heading as the collector reads it: "Work Experience 2", "Education 1". */
const ENTRY_SECTION = /^(work experience|work history|employment history|education)\s+\d+$/i;

/** The job or school entry a field sits in, from its id or else its entry's heading. */
export function entryKindOf(field: Pick<FieldDescription, 'htmlId' | 'section'>): EntryKind | undefined {
  const repeated = repeatedSectionOf(field.htmlId);
  if (repeated) return ENTRY_GROUPS[repeated.group];
  const heading = field.section?.match(ENTRY_SECTION);
  if (!heading) return undefined;
  return /education/i.test(heading[1]!) ? 'education' : 'work';
}

/** Names that mean the same in every section. */
const BY_NAME: Readonly<Record<string, FieldKind>> = {
  firstName: 'firstName',
  middleName: 'middleName',
  lastName: 'lastName',
  addressLine1: 'addressLine1',
  addressLine2: 'addressLine2',
  city: 'city',
  // Workday's "countryRegion" is the state or province within the country.
  countryRegion: 'region',
  postalCode: 'postalCode',
  emailAddress: 'email',
  email: 'email',
  phoneType: 'phoneType',
  'phone-device-type': 'phoneType',
  countryPhoneCode: 'phoneCountryCode',
  phoneNumber: 'phone',
  'phone-number': 'phone',
  extension: 'phoneExtension',
  'phone-extension': 'phoneExtension',
  country: 'country',
  countryDropdown: 'country',
  source: 'referralSource',
  sourceDropdown: 'referralSource',
  sourcePrompt: 'referralSource',
  jobTitle: 'workTitle',
  companyName: 'workCompany',
  currentlyWorkHere: 'workCurrent',
  roleDescription: 'workDescription',
  schoolName: 'school',
  school: 'school',
  degree: 'degree',
  fieldOfStudy: 'discipline',
  'field-of-study': 'discipline',
  gradeAverage: 'gpa',
  gpa: 'gpa',
  firstYearAttended: 'educationStart',
  lastYearAttended: 'educationEnd',
  skills: 'skills',
  linkedInAccount: 'linkedin',
  linkedinQuestion: 'linkedin',
  twitterAccount: 'twitter',
  websiteQuestion: 'website',
  gender: 'gender',
  hispanicOrLatino: 'hispanicOrLatino',
  ethnicity: 'race',
  ethnicityDropdown: 'race',
  veteranStatus: 'veteran',
  disabilityStatus: 'disability',
};

/** Names whose meaning depends on the section: "startDate" in a job or in a school. */
const BY_SCOPE: Readonly<Record<string, Partial<Record<EntryKind, FieldKind>>>> = {
  startDate: { work: 'workStart', education: 'educationStart' },
  endDate: { work: 'workEnd', education: 'educationEnd' },
  company: { work: 'workCompany' },
  location: { work: 'workLocation' },
  description: { work: 'workDescription' },
};

/** Self-identification (the CC-305 form) has fields named plainly "name" and "date". */
const SELF_IDENTIFY: Readonly<Record<string, FieldKind>> = {
  name: 'signatureName',
  dateSignedOn: 'signatureDate',
  disabilityStatus: 'disability',
};

/** Consent and terms: the applicant's own act, never ticked for them. */
const CONSENT = /^(acceptTermsAndAgreements|agreementCheckbox|createAccountCheckbox)$/;

const CONFIDENCE = 0.95;

/**
 * Classification by Workday's own field names, before the heuristics. `linkKinds` names, in
 * order, the link each "Websites" entry holds. Undefined leaves the field to the heuristics
 * (application questions, whose ids are opaque, are read by their labels).
 */
export function classifyWorkdayField(field: FieldDescription, linkKinds: readonly FieldKind[] = []): Classification | undefined {
  if (field.control === 'file') return classifyUpload(field);
  if (entryKindOf(field) && field.entryIndex === undefined) {
    // annotate gives a job or school field the profile entry placed in its entry; without one,
    // the entry is the user's own (or one too many) and the heuristics must not fill it from work[0].
    return { kind: 'unknown', confidence: 1, reason: 'workday: an entry no profile entry is placed in' };
  }
  const name = workdayName(field);
  if (!name) return undefined;
  const found = (kind: FieldKind): Classification => ({ kind, confidence: CONFIDENCE, reason: `workday: ${name.group ? `${name.group}.` : ''}${name.name}` });
  if (CONSENT.test(name.name)) return { kind: 'unknown', confidence: 1, reason: 'workday: consent is the applicant’s to give' };
  if (name.group === 'selfIdentifiedDisabilityData') {
    const kind = SELF_IDENTIFY[name.name];
    return kind ? found(kind) : undefined;
  }
  if (name.group === 'language' && name.name === 'language') return found('languages');
  if (name.group === 'webAddress') {
    const kind = field.entryIndex === undefined ? undefined : linkKinds[field.entryIndex];
    return kind ? found(kind) : { kind: 'unknown', confidence: 1, reason: 'workday: a website entry the profile has no link for' };
  }
  const entryKind = entryKindOf(field);
  const scoped = entryKind ? BY_SCOPE[name.name]?.[entryKind] : undefined;
  if (scoped) return found(scoped);
  const kind = BY_NAME[name.name];
  return kind ? found(kind) : undefined;
}

/**
 * Workday's uploader is the same widget everywhere (file-upload-input-ref), often without a label
 * of its own: on My Experience it takes the resume; elsewhere only its words decide.
 */
function classifyUpload(field: FieldDescription): Classification | undefined {
  if (field.automationId !== 'file-upload-input-ref') return undefined;
  const words = [...field.labels, field.section ?? ''].join(' ');
  if (/\bcover letter\b/i.test(words)) return { kind: 'coverLetter', confidence: CONFIDENCE, reason: 'workday: cover letter upload' };
  if (/\b(resume|cv|my experience)\b/i.test(words)) return { kind: 'resume', confidence: CONFIDENCE, reason: 'workday: resume upload' };
  return undefined;
}
