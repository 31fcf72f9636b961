import type { FieldKind } from '../../core/fieldKinds';
import { normalizeText } from '../../core/normalize';

/**
 * What Lever's own control names say. These names are Lever's API (the form posts them as is),
 * so they outlast any change of wording or layout.
 */
const KIND_BY_NAME: Readonly<Record<string, FieldKind>> = {
  name: 'fullName',
  email: 'email',
  phone: 'phone',
  location: 'location',
  org: 'currentCompany',
  resume: 'resume',
  'urls[LinkedIn]': 'linkedin',
  'urls[GitHub]': 'github',
  'urls[Twitter]': 'twitter',
  'eeo[gender]': 'gender',
  'eeo[race]': 'race',
  'eeo[veteran]': 'veteran',
  'eeo[disability]': 'disability',
  'eeo[disabilitySignature]': 'signatureName',
  'eeo[disabilitySignatureDate]': 'signatureDate',
};

/** The kind a Lever control name fixes, if any. */
export function kindOfName(name: string | undefined): FieldKind | undefined {
  return name ? KIND_BY_NAME[name] : undefined;
}

/**
 * A link slot whose name does not say what it holds: "urls[Other]", "urls[Portfolio]", and any
 * other `urls[...]` an account adds. Its label is what tells.
 */
export function isOpenLinkSlot(name: string | undefined): boolean {
  return !!name && /^urls\[[^\]]+\]$/.test(name) && !KIND_BY_NAME[name];
}

type LinkKind = Extract<FieldKind, 'linkedin' | 'github' | 'twitter' | 'website'>;

/** Words that name what a link is, in a slot's label. */
const LINK_PURPOSES: ReadonlyArray<readonly [LinkKind, RegExp]> = [
  ['linkedin', /\blinked ?in\b/],
  ['github', /\bgit ?hub\b/],
  ['twitter', /\btwitter\b/],
  ['website', /\b(portfolio|personal (web ?)?site|blog|homepage|home page)\b/],
];

/** "Website", "Your website URL": the applicant's own site. "Other website" is not this. */
const OWN_WEBSITE = /^(your |personal |own )?(web ?site|site)( url| link| address)?$/;

/**
 * The profile link a slot's label asks for: "Portfolio URL" and "Personal website" the website,
 * "GitHub URL" the GitHub profile. "Other website" or "Other" says nothing of what it is for, and
 * a label naming two kinds of link is not guessed between: both are left to the applicant.
 */
export function linkKindOfLabel(label: string): LinkKind | undefined {
  const text = normalizeText(label);
  const named = LINK_PURPOSES.filter(([, words]) => words.test(text)).map(([kind]) => kind);
  if (named.length === 1) return named[0];
  return named.length === 0 && OWN_WEBSITE.test(text) ? 'website' : undefined;
}

export interface CardField {
  cardId: string;
  index: number;
}

/** `cards[<uuid>][field3]` -> the card and the index into its template's fields. */
export function cardFieldOf(name: string | undefined): CardField | undefined {
  const match = /^cards\[([^\]]+)\]\[field(\d+)\]$/.exec(name ?? '');
  return match ? { cardId: match[1]!, index: Number(match[2]) } : undefined;
}

export interface CardQuestion {
  text: string;
  type: string;
  required: boolean;
  options: string[];
}

/**
 * The question schema Lever embeds in each card's hidden `baseTemplate` input:
 * {text, fields: [{type, text, required, options: [{text}]}]}. Malformed JSON yields nothing.
 */
export function parseCardTemplate(json: string): CardQuestion[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  const fields = (parsed as { fields?: unknown } | null)?.fields;
  if (!Array.isArray(fields)) return [];
  return fields.map((raw: unknown) => {
    const field = (raw ?? {}) as { text?: unknown; type?: unknown; required?: unknown; options?: unknown };
    const options = Array.isArray(field.options) ? field.options : [];
    return {
      text: typeof field.text === 'string' ? field.text.trim() : '',
      type: typeof field.type === 'string' ? field.type : '',
      required: field.required === true,
      options: options
        .map((option: unknown) => (typeof option === 'string' ? option : String((option as { text?: unknown } | null)?.text ?? '')))
        .filter(Boolean),
    };
  });
}

/**
 * The hiring company's name, as Lever titles every posting "<Company> - <Job title>"; the URL's
 * company slug when the title says nothing.
 */
export function companyName(title: string, url: URL): string | undefined {
  const fromTitle = title.split(/\s+[-–|]\s+/)[0]?.trim();
  if (fromTitle && fromTitle !== title.trim()) return fromTitle;
  const slug = url.pathname.split('/').filter(Boolean)[0];
  return slug ? slug.replace(/[-_]+/g, ' ') : undefined;
}

const NAMED_PLACE = /\b(at|for|with|in)\s+$/i;
const NAMED_PARTY = /\b(join|about|to)\s+$/i;

/**
 * A custom question names the company where a saved answer says "here" or "us": "Why do you
 * want to work at Acme?" is the saved "Why do you want to work here?". Returns the question
 * in those words, or undefined when it does not name the company after such a word.
 */
export function generalQuestion(question: string, company: string | undefined): string | undefined {
  if (!company || normalizeText(company) === '') return undefined;
  const escaped = company.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const mention = new RegExp(`\\b${escaped}\\b(?!['’])`, 'i');
  const found = mention.exec(question);
  if (!found) return undefined;
  const before = question.slice(0, found.index);
  const after = question.slice(found.index + found[0].length);
  if (NAMED_PLACE.test(before)) return `${before.replace(NAMED_PLACE, '')}here${after}`.replace(/\s+/g, ' ').trim();
  if (NAMED_PARTY.test(before)) return `${before}us${after}`.replace(/\s+/g, ' ').trim();
  return undefined;
}
