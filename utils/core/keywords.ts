import type { FieldKind } from './fieldKinds';
import type { ControlType } from './types';

/**
 * What each field kind looks like, as data. Patterns are matched against normalised text
 * (see normalize.ts): lowercase words separated by single spaces, no punctuation, apostrophes
 * dropped ("today's" -> "todays"). Identifiers are split into words first
 * ("name--legalName--firstName" -> "name legal name first name").
 */

/** Where a field sits: outside any repeated section, or inside a work or education entry. */
export type Scope = 'top' | 'work' | 'education';

export interface KindRules {
  /** Matched against each label and the placeholder. */
  label: readonly RegExp[];
  /** Matched against the name, id and data-automation-id. */
  identifier?: readonly RegExp[];
  /** A text that matches one of these is no evidence for the kind, even if a pattern matches it. */
  negative?: readonly RegExp[];
  /**
   * Label patterns that count only when the field's surroundings (all labels, section and
   * identifiers) match `context`: "Name" and "Date" mean a signature only on a self-identification form.
   */
  inContext?: { context: RegExp; label: readonly RegExp[] };
  /** The controls that can hold such a value: a textarea is never a first name. */
  controls: readonly ControlType[];
  /** Defaults to ['top']: "Company" inside a work entry is that entry's employer, not the current one. */
  scopes?: readonly Scope[];
  /** Kinds this one wins over when both match: "Preferred first name" also says "first name". */
  overrides?: readonly FieldKind[];
}

const TEXT: readonly ControlType[] = ['text'];
const LONG_TEXT: readonly ControlType[] = ['text', 'textarea'];
const CHOICE: readonly ControlType[] = ['select', 'radio-group', 'checkbox-group', 'combobox', 'listbox-button'];
const TEXT_OR_CHOICE: readonly ControlType[] = ['text', ...CHOICE];
const SEARCHABLE_TEXT: readonly ControlType[] = ['text', 'combobox'];
const DATE: readonly ControlType[] = ['text', 'date-split'];

const NOT_THE_APPLICANT =
  /\b(emergency|reference|referr\w*|referee|manager|supervisor|recruiter|spouse|parent|guardian|contact person|employee)\b/;
const PREFERRED = /\b(preferred|nick ?name|go by)\b/;
const SELF_IDENTIFICATION = /\b(disabilit\w*|self identi\w*|signature|signed|cc 305)\b/;

export const KIND_RULES: Readonly<Record<FieldKind, KindRules>> = {
  firstName: {
    label: [/^(your |legal |candidate )?(first|given|fore) ?names?\b/],
    identifier: [/\b(first|given|fore) ?name$/, /^f ?name$/],
    negative: [NOT_THE_APPLICANT, PREFERRED],
    controls: TEXT,
  },
  middleName: {
    label: [/^(your |legal )?middle (name|initial)s?\b/],
    identifier: [/\bmiddle (name|initial)$/],
    negative: [NOT_THE_APPLICANT, PREFERRED],
    controls: TEXT,
  },
  lastName: {
    label: [/^(your |legal |candidate )?(last|family|sur) ?names?\b/],
    identifier: [/\b(last|family|sur) ?name$/, /^l ?name$/],
    negative: [NOT_THE_APPLICANT, PREFERRED],
    controls: TEXT,
  },
  fullName: {
    label: [
      /^(your |candidate s? |applicant s? )?(full |legal |complete )*name( in full)?$/,
      /^(full|legal) (legal |full )?name\b/,
    ],
    identifier: [/^(full ?)?name$/, /\bfull ?name$/, /^(systemfield|candidate|applicant) name$/],
    negative: [NOT_THE_APPLICANT, PREFERRED, /\b(company|employer|school|file|user ?name|account|signature)\b/],
    controls: TEXT,
  },
  preferredName: {
    label: [/\bpreferred (first |given )?name\b/, /\bnick ?name\b/, /^(the )?name you (go by|prefer)\b/],
    identifier: [/\bpreferred (first )?name\b/, /\bnick ?name$/],
    negative: [NOT_THE_APPLICANT, /\b(last|family|sur|pronouns?)\b/],
    controls: TEXT,
    overrides: ['firstName', 'fullName'],
  },
  pronouns: {
    label: [/\bpronouns?\b/],
    identifier: [/\bpronouns?$/],
    controls: TEXT_OR_CHOICE,
  },
  email: {
    label: [/^(your |personal |primary |candidate |confirm (your )?)?e ?mail( address)?\b/],
    identifier: [/\be ?mail( address)?$/],
    negative: [NOT_THE_APPLICANT],
    controls: TEXT,
  },
  phone: {
    label: [
      /^(your |primary |preferred |personal )?(mobile |cell |home )?(phone|telephone|mobile|cell)( phone)?( number)?\b/,
      /\bphone number\b/,
    ],
    identifier: [/\b(phone|telephone|mobile)( number)?$/],
    negative: [NOT_THE_APPLICANT, /\b(type|device|country|dial\w*|calling|ext|extension|fax)\b/],
    controls: TEXT,
  },
  phoneCountryCode: {
    label: [/\b(country|phone|calling|dialing|dial) (phone |calling )?code\b/],
    identifier: [/\b(country phone|phone country|country calling|country|phone|dial) code$/],
    controls: TEXT_OR_CHOICE,
    overrides: ['phone', 'country'],
  },
  phoneType: {
    label: [/\bphone (device )?type\b/, /\bdevice type\b/, /\btype of (phone|number)\b/],
    identifier: [/\bphone (device )?type$/, /\bdevice type$/],
    controls: CHOICE,
    overrides: ['phone'],
  },
  phoneExtension: {
    label: [/^(phone )?ext(ension)?$/, /\bphone extension\b/],
    identifier: [/\b(phone )?extension$/, /\bphone ext$/],
    controls: TEXT,
    overrides: ['phone'],
  },
  addressLine1: {
    label: [/^(home |street |mailing |postal |residential )?address( line)?( 1)?$/, /^street( address)?( line 1)?$/],
    identifier: [/\baddress( line)? 1$/, /\bstreet( address)?$/],
    negative: [/\b(e ?mail|web|url|ip)\b/],
    controls: TEXT,
  },
  addressLine2: {
    label: [/^(street )?address( line)? 2$/, /^(apartment|apt|suite|unit)\b/],
    identifier: [/\baddress( line)? 2$/],
    controls: TEXT,
  },
  city: {
    label: [/^(your |current )?(city|town)( town| city)?( of residence)?$/],
    identifier: [/\bcity$/],
    controls: ['text', 'combobox'],
  },
  region: {
    // "County" alone is a part of a state (iCIMS asks it below "Province/State/Region"): the profile
    // keeps no county, so only a label that also names the state or region means the region.
    label: [/^(state|province|region)( (or )?(province|region|territory|state|county))*$/, /^county( (or )?(state|province|region))+$/],
    // Workday's "countryRegion" is the state within the country.
    identifier: [/\b(state|province|region)$/, /\baddress level 1$/],
    controls: TEXT_OR_CHOICE,
  },
  postalCode: {
    label: [/^(zip|postal|post)( code)?\b/, /^postcode$/],
    identifier: [/\b(postal|zip|post) ?code$/, /\bzip$/],
    controls: TEXT,
  },
  country: {
    label: [/^(your |current )?country( of residence)?$/, /^which country do you (currently )?(live|reside) in\b/],
    identifier: [/\bcountry$/],
    controls: TEXT_OR_CHOICE,
  },
  location: {
    label: [
      /^(your |current )?location( city( state| country)*)?$/,
      /^(current )?(city|town) (and |or )?(state|country|province)( country)?$/,
      /^where are you (currently )?(located|based)\b/,
    ],
    identifier: [/\blocation$/],
    negative: [/\b(prefer\w*|desired|office|willing|relocat\w*|work|job)\b/],
    controls: SEARCHABLE_TEXT,
  },
  linkedin: {
    label: [/\blinked ?in\b/],
    identifier: [/\blinked ?in\b/],
    negative: [/\b(hear|find|found|learn|source)\b/],
    controls: TEXT,
  },
  github: {
    label: [/\bgit ?hub\b/],
    identifier: [/\bgit ?hub\b/],
    negative: [/\b(hear|find|found|learn|source)\b/],
    controls: TEXT,
  },
  twitter: {
    label: [/\btwitter\b/, /^x( com)?( handle| profile)?$/],
    identifier: [/\btwitter\b/],
    negative: [/\b(hear|find|found|learn|source)\b/],
    controls: TEXT,
  },
  website: {
    label: [/\b(website|web site|portfolio|personal site|homepage|home page|blog)\b/],
    identifier: [/\b(website|portfolio|homepage)$/],
    negative: [/\b(linked ?in|git ?hub|twitter|company|employer|hear|find|found|source)\b/],
    controls: TEXT,
  },
  // "Headline" and "Summary" as LinkedIn and JSON Resume word them; a bare "Summary" textarea on an
  // application means the applicant's. Anything longer ("Tell us about yourself") is a question for saved answers.
  headline: {
    label: [/^(your |professional |profile )?headline$/],
    identifier: [/\b(professional |profile )?headline$/],
    negative: [NOT_THE_APPLICANT, /\b(job|posting|company)\b/],
    controls: TEXT,
  },
  summary: {
    label: [/^(your |professional |profile |career |executive )?summary$/, /^summary of (your )?(qualifications|experience)$/],
    identifier: [/\b(professional |profile |career )summary$/, /^summary$/],
    negative: [NOT_THE_APPLICANT, /\b(job|posting|company|position|role|salary|benefits)\b/],
    controls: LONG_TEXT,
  },
  currentCompany: {
    label: [
      /\b(current|present|most recent) (company|employer|organi[sz]ation)\b/,
      /^(company|employer|organi[sz]ation)( name)?$/,
    ],
    identifier: [/^org$/, /\bcurrent (company|employer)$/],
    negative: [NOT_THE_APPLICANT, /\b(previous|former|why|what|interest\w*|hear|know)\b/],
    controls: SEARCHABLE_TEXT,
  },
  currentTitle: {
    label: [
      /\b(current|present|most recent) (job |role |position )?title\b/,
      /^(current |present |most recent )(role|position)$/,
      // A bare "Title" outside a work entry may be Mr / Ms.
      /^job title$/,
    ],
    identifier: [/\bcurrent (job )?title$/],
    negative: [NOT_THE_APPLICANT, /\b(why|what|desired|applying|interest\w*)\b/],
    controls: SEARCHABLE_TEXT,
  },
  workCompany: {
    label: [/^(company|employer|organi[sz]ation)( name)?$/, /^name of (company|employer|organi[sz]ation)$/],
    identifier: [/\b(company|employer)( name)?$/],
    controls: SEARCHABLE_TEXT,
    scopes: ['work'],
  },
  workTitle: {
    label: [/^(job |position |role )?title$/, /^(job|position|role)( name)?$/],
    identifier: [/\b(job|position) title$/, /\btitle$/],
    controls: SEARCHABLE_TEXT,
    scopes: ['work'],
  },
  workLocation: {
    label: [/^(work |job )?location\b/, /^(city|town)( (and |or )?(state|country))?$/],
    identifier: [/\blocation$/],
    controls: SEARCHABLE_TEXT,
    scopes: ['work'],
  },
  workStart: {
    label: [/^(start|from|began|begin|started)( date)?\b/, /^date (from|started)\b/],
    identifier: [/\b(start|from) date\b/, /\b(start|from)$/],
    // A select is one part of a split date (iCIMS: month and day selects beside a year box).
    controls: [...DATE, 'select'],
    scopes: ['work'],
  },
  workEnd: {
    label: [/^(end|to|until|finish|ended)( date)?\b/, /^date (to|ended)\b/],
    identifier: [/\b(end|to) date\b/, /\b(end|to)$/],
    controls: [...DATE, 'select'],
    scopes: ['work'],
  },
  workCurrent: {
    label: [
      /\b(currently|still) (work|working|employed)\b/,
      /\bi (currently )?work here\b/,
      /\bcurrent (job|role|position|employer)\b/,
      /^present$/,
    ],
    identifier: [/\bcurrently work(ing)? here$/, /\b(is )?current$/],
    controls: ['checkbox'],
    scopes: ['work'],
  },
  workDescription: {
    label: [/\b(role |job )?(description|responsibilities|duties|accomplishments|achievements)\b/],
    identifier: [/\b(role )?description$/, /\bresponsibilities$/],
    controls: LONG_TEXT,
    scopes: ['work'],
  },
  school: {
    label: [
      /^(name of )?(the )?(school|university|college|institution|educational institution)( (or )?(school|university|college|institution))*( name| attended)?$/,
      /^(which|what) (school|university|college) did you attend\b/,
    ],
    identifier: [/\b(school|university|college|institution)( name)?$/],
    controls: TEXT_OR_CHOICE,
    scopes: ['top', 'education'],
  },
  degree: {
    label: [/^(highest )?degree( type| obtained| earned| level| received)?$/, /^type of degree$/],
    identifier: [/\bdegree( type)?$/],
    controls: TEXT_OR_CHOICE,
    scopes: ['top', 'education'],
  },
  discipline: {
    label: [
      /^(major|discipline|concentration|specialization)( (or )?(field of study|major|discipline))?$/,
      /^(field|area|course|subject) of study$/,
      /^(major|field of study) (or )?(discipline|major|field of study)$/,
    ],
    identifier: [/\b(discipline|major|field of study)$/],
    controls: TEXT_OR_CHOICE,
    scopes: ['top', 'education'],
  },
  gpa: {
    label: [/\bgpa\b/, /\bgrade point average\b/, /^(overall |final )?grade( average)?$/],
    identifier: [/\bgpa$/, /\bgrade average$/],
    controls: TEXT,
    scopes: ['top', 'education'],
  },
  educationStart: {
    label: [/^(start|from|began|started)( date| year)?\b/, /^(first year attended|year started)\b/],
    identifier: [/\b(start|from) (date|year)\b/, /\bfirst year attended$/, /\b(start|from)$/],
    controls: [...DATE, 'select'],
    scopes: ['education'],
  },
  educationEnd: {
    label: [
      /^(end|to|finished|ended|completed)( date| year)?\b/,
      /^(expected )?graduation( date| year)?\b/,
      /^(last year attended|year of graduation|year graduated)\b/,
    ],
    identifier: [/\b(end|to) (date|year)\b/, /\blast year attended$/, /\bgraduation (date|year)$/, /\b(end|to)$/],
    controls: [...DATE, 'select'],
    scopes: ['education'],
  },
  skills: {
    label: [/^(your |key |technical |core )?skills( and expertise| set)?$/, /^skill set$/],
    identifier: [/\bskills$/],
    controls: LONG_TEXT,
  },
  languages: {
    label: [/^(spoken )?languages?( spoken)?$/, /^(which|what) languages do you speak\b/],
    identifier: [/\blanguages$/],
    negative: [/\bprogramming\b/],
    controls: LONG_TEXT,
  },
  workAuthorization: {
    label: [
      /\b(authori[sz]ed|eligible|permitted|entitled|allowed) to (legally )?work\b/,
      /\bwork (authori[sz]ation|permit)\b/,
      /\bright to work\b/,
      /\beligib(le|ility) (to|for) (employment|work)\b/,
    ],
    identifier: [/\bwork authori[sz]ation$/, /\bauthori[sz]ed to work$/],
    // A question that asks whether sponsorship is needed is a sponsorship question, whatever else it says.
    negative: [/^(?!.*\bwithout\b).*\bsponsor/],
    controls: TEXT_OR_CHOICE,
  },
  sponsorship: {
    label: [/\bsponsor(ship|ed)?\b/, /\bh ?1 ?b\b/],
    identifier: [/\bsponsorship$/],
    negative: [/\bwithout\b.*\bsponsor/, /\b(sponsor\w* (an|the) event|referr\w*)\b/],
    controls: TEXT_OR_CHOICE,
  },
  relocation: {
    label: [/\brelocat\w*\b/],
    identifier: [/\brelocat\w*$/],
    negative: [/\b(assistance|package|support|benefits?|bonus|costs?)\b/],
    controls: TEXT_OR_CHOICE,
  },
  salary: {
    label: [
      /\b(salary|compensation|remuneration|pay|wage)( expectations?| requirements?| range)\b/,
      /\b(expected|desired|target|required) (annual |base )?(salary|compensation|pay|remuneration|wage)\b/,
      /^(annual |base )?salary$/,
    ],
    identifier: [/\b(desired|expected) (salary|compensation)$/, /\bsalary expectations?$/],
    negative: [/\b(current|currently|previous|last|history)\b/],
    controls: LONG_TEXT,
  },
  startDate: {
    label: [
      /\b(earliest|possible|available|preferred|desired|availability) (start|starting)( date)?\b/,
      /\bwhen (can|could|would|will) you (start|begin|join)\b/,
      /\b(available|availability) to (start|begin|join)\b/,
      /^start date$/,
      /\bdate (of )?availability\b/,
    ],
    identifier: [/\b(earliest |available )?start date$/],
    negative: [/\bnotice\b/],
    controls: DATE,
  },
  noticePeriod: {
    label: [/\bnotice period\b/, /\b(weeks|months|much) (of )?notice\b/, /\bnotice (do you|required|to your)\b/],
    identifier: [/\bnotice period$/],
    negative: [/\b(privacy|policy|acknowledg\w*|consent|agree)\b/],
    controls: TEXT_OR_CHOICE,
  },
  referralSource: {
    label: [
      /\bhow did you (first )?(hear|learn|find out|find) (about|of)\b/,
      /\bhow did you find (us|this|the)\b/,
      /\bwhere did you (first )?(hear|learn|find|see)\b/,
      /\b(referral|application|candidate|lead|job) source\b/,
      /^source$/,
    ],
    identifier: [/\bsource$/],
    negative: [/\b(name|e ?mail|who referred|employee)\b/],
    controls: TEXT_OR_CHOICE,
  },
  gender: {
    label: [/\bgender\b/, /^sex$/, /\bwhat is your sex\b/],
    identifier: [/\bgender$/, /\bsex$/],
    negative: [/\b(transgender|pronouns?|orientation)\b/],
    controls: CHOICE,
  },
  hispanicOrLatino: {
    label: [/\bhispanic\b/, /\blatin[oax]\b/],
    identifier: [/\bhispanic( ethnicity| or latino| latino)?$/],
    controls: CHOICE,
  },
  race: {
    label: [/\brace\b/, /\bracial\b/, /\bethnicit(y|ies)\b/],
    identifier: [/\brace$/, /\bethnicity( dropdown)?$/],
    negative: [/\b(hispanic|latin[oax])\b/],
    controls: CHOICE,
  },
  veteran: {
    label: [/\bveterans?\b/, /\bmilitary (service|status)\b/],
    identifier: [/\bveteran( status)?$/],
    controls: CHOICE,
  },
  disability: {
    label: [/\bdisabilit(y|ies)\b/, /\bdisabled\b/],
    identifier: [/\bdisability( status)?$/],
    negative: [/\b(accommodat\w*|signature|sign|signed|date|name)\b/],
    controls: CHOICE,
  },
  signatureName: {
    label: [/\bsignature\b/, /\bsign (your|here)\b/],
    identifier: [/\bsignature$/, /\bsignature name$/, /\bdisability data name$/],
    negative: [/\bdate\b/],
    inContext: { context: SELF_IDENTIFICATION, label: [/^(your )?(full |legal )*name$/] },
    controls: TEXT,
    overrides: ['fullName'],
  },
  signatureDate: {
    label: [/\bsignature date\b/, /\bdate (of )?signature\b/, /\bdate signed\b/, /^todays date$/],
    identifier: [/\bsignature date$/, /\bdate signed( on)?$/],
    inContext: { context: SELF_IDENTIFICATION, label: [/^(todays )?date$/] },
    controls: DATE,
    overrides: ['startDate'],
  },
  resume: {
    label: [/\bresume\b/, /\bcv\b/, /\bcurriculum vitae\b/],
    identifier: [/\bresume\b/, /\bcv\b/],
    negative: [/\b(cover|autofill|auto fill|parse|import)\b/],
    controls: ['file'],
  },
  coverLetter: {
    label: [/\bcover ?letter\b/, /\bmotivation(al)? letter\b/],
    identifier: [/\bcover ?letter\b/],
    controls: ['file'],
  },
};

/** HTML autocomplete tokens (the last token of the attribute) that name a kind outright. */
export const AUTOCOMPLETE_KINDS: Readonly<Record<string, FieldKind>> = {
  name: 'fullName',
  'given-name': 'firstName',
  'additional-name': 'middleName',
  'family-name': 'lastName',
  nickname: 'preferredName',
  email: 'email',
  tel: 'phone',
  'tel-national': 'phone',
  'tel-local': 'phone',
  'tel-country-code': 'phoneCountryCode',
  'tel-extension': 'phoneExtension',
  'street-address': 'addressLine1',
  'address-line1': 'addressLine1',
  'address-line2': 'addressLine2',
  'address-level2': 'city',
  'address-level1': 'region',
  'postal-code': 'postalCode',
  country: 'country',
  'country-name': 'country',
  organization: 'currentCompany',
  'organization-title': 'currentTitle',
  url: 'website',
  sex: 'gender',
};

/**
 * Input types that say what a field holds, with how sure that is on its own: type=email is
 * almost always the applicant's email; type=url is any link.
 */
export const INPUT_TYPE_KINDS: Readonly<Record<string, { kind: FieldKind; confidence: number }>> = {
  email: { kind: 'email', confidence: 0.75 },
  tel: { kind: 'phone', confidence: 0.6 },
  url: { kind: 'website', confidence: 0.5 },
};

/** Fields the engine must never touch, whatever else they look like. */
export const SENSITIVE = [
  /\bpass ?(word|phrase|code)\b/,
  /\b(re|h|g)? ?captcha\b/,
  /\bbeecatcher\b/,
  /\bhoney ?pot\b/,
  /\bverification code\b/,
  /\bone time (pass ?)?code\b/,
  /\botp\b/,
  /\bssn\b/,
  /\bsocial security\b/,
];

/** Sections and legends about someone else: their "Name" and "Email" are not the applicant's. */
export const SOMEONE_ELSE = /\b(references?|referees?|emergency contacts?|referr\w*|next of kin)\b/;

/** Headings of repeated work and education sections. */
export const SECTION_SCOPES: Readonly<Record<Exclude<Scope, 'top'>, RegExp>> = {
  work: /\b(work|employment|professional|job) (experience|history)\b|^(experience|employment|employer|job|position)s?\b/,
  education: /\b(education|academic|school|university|degree)\b/,
};

/** Identifiers of fields inside repeated entries, for when the section heading is missing. */
export const IDENTIFIER_SCOPES: Readonly<Record<Exclude<Scope, 'top'>, RegExp>> = {
  work: /\bwork experience\b/,
  education: /^education \d/,
};

/**
 * Questions that ask about the job's own country without naming it, matched against the
 * normalised question: "…to work in the country where this position is located?", "…in the
 * country in which this job is based?". The country then comes from the job's location.
 */
export const JOB_COUNTRY_REFERENCE =
  /\b(country|location) (where|in which) (this|the) (job|position|role|opening|vacancy|opportunity) (is|will be) (located|based)\b/;
