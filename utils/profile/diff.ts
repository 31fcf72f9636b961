import { fullName } from './contact';
import { ROLE_NAMES } from '../core/documentNames';
import { formatBytes, labelFromFileName } from './documents';
import { DOCUMENT_ROLES, type Address, type DocumentRole, type Profile } from './schema';

/** What the change summary needs of a document; stored, transferred and IndexedDB records all fit. */
export interface DocumentSummary {
  role: DocumentRole;
  name: string;
  size: number;
  /** The name the user gave it; files of earlier versions have none. */
  label?: string;
  /** Where the user put it among its role's documents, when the source keeps that apart from the list's order. */
  order?: number;
}

type Read = (profile: Profile) => string;

function yesNo(value: boolean | undefined): string {
  return value === undefined ? '' : value ? 'yes' : 'no';
}

function formatAddress(address: Address): string {
  const { line1, line2, city, region, postalCode, country } = address;
  return [line1, line2, city, region, postalCode, country].filter(Boolean).join(', ');
}

/** Shown as "Label: old → new". */
const VALUES: ReadonlyArray<[label: string, read: Read]> = [
  ['Name', (p) => fullName(p.personal)],
  ['Preferred name', (p) => p.personal.preferredName],
  ['Pronouns', (p) => p.personal.pronouns],
  ['Email', (p) => p.personal.email],
  ['Phone', (p) => [p.personal.phoneCountryCode, p.personal.phone].filter(Boolean).join(' ')],
  ['Address', (p) => formatAddress(p.personal.address)],
  ['Headline', (p) => p.personal.headline],
  ['LinkedIn', (p) => p.links.linkedin],
  ['GitHub', (p) => p.links.github],
  ['Website', (p) => p.links.website],
  ['Twitter', (p) => p.links.twitter],
  [
    'Work authorization',
    (p) =>
      Object.entries(p.application.workAuthorization)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([country, allowed]) => `${country} ${allowed ? 'yes' : 'no'}`)
        .join(', '),
  ],
  ['Requires sponsorship', (p) => yesNo(p.application.requiresSponsorship)],
  ['Willing to relocate', (p) => yesNo(p.application.willingToRelocate)],
  [
    'Salary expectation',
    (p) => {
      const salary = p.application.salaryExpectation;
      return salary ? `${salary.amount} ${salary.currency} per ${salary.period}` : '';
    },
  ],
  ['Earliest start date', (p) => p.application.earliestStartDate ?? ''],
  ['Notice period', (p) => p.application.noticePeriod ?? ''],
  ['Referral source', (p) => p.application.referralSource ?? ''],
  ['Gender', (p) => p.application.eeo.gender ?? ''],
  ['Hispanic or Latino', (p) => p.application.eeo.hispanicOrLatino ?? ''],
  ['Race', (p) => p.application.eeo.race ?? ''],
  ['Veteran status', (p) => p.application.eeo.veteran ?? ''],
  ['Disability', (p) => p.application.eeo.disability ?? ''],
];

/** Too long to show: only whether it changed. */
const TEXTS: ReadonlyArray<[label: string, read: Read]> = [['Summary', (p) => p.personal.summary]];

/** Shown as counts, or "changed" when the count stays but the entries differ. */
const LISTS: ReadonlyArray<[label: string, read: (profile: Profile) => readonly unknown[], unit: string]> = [
  ['Work history', (p) => p.work, 'entries'],
  ['Education', (p) => p.education, 'entries'],
  ['Skills', (p) => p.skills, 'skills'],
  ['Languages', (p) => p.languages, 'languages'],
  ['Other links', (p) => p.links.other, 'links'],
  ['Saved answers', (p) => p.answers, 'answers'],
];

function describeDocuments(documents: readonly DocumentSummary[]): string {
  if (!documents.length) return 'none';
  return documents
    .map(({ label, name, size }) =>
      label && label !== labelFromFileName(name) ? `${label} (${name}, ${formatBytes(size)})` : `${name} (${formatBytes(size)})`,
    )
    .join(', ');
}

function documentsOf(documents: readonly DocumentSummary[], role: DocumentRole): DocumentSummary[] {
  return documents.filter((document) => document.role === role).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
}

/** One line per difference (values, long texts, lists, then documents); [] when nothing changes. */
export function describeChanges(
  oldProfile: Profile,
  newProfile: Profile,
  oldDocuments: readonly DocumentSummary[],
  newDocuments: readonly DocumentSummary[],
): string[] {
  const lines: string[] = [];
  for (const [label, read] of VALUES) {
    const [before, after] = [read(oldProfile), read(newProfile)];
    if (before !== after) lines.push(`${label}: ${before || 'none'} → ${after || 'none'}`);
  }
  for (const [label, read] of TEXTS) {
    if (read(oldProfile) !== read(newProfile)) lines.push(`${label}: changed`);
  }
  for (const [label, read, unit] of LISTS) {
    const [before, after] = [read(oldProfile), read(newProfile)];
    if (before.length !== after.length) lines.push(`${label}: ${before.length} → ${after.length} ${unit}`);
    else if (JSON.stringify(before) !== JSON.stringify(after)) lines.push(`${label}: changed`);
  }
  for (const role of DOCUMENT_ROLES) {
    const [before, after] = [describeDocuments(documentsOf(oldDocuments, role)), describeDocuments(documentsOf(newDocuments, role))];
    if (before !== after) lines.push(`${ROLE_NAMES[role]}: ${before} → ${after}`);
  }
  return lines;
}
