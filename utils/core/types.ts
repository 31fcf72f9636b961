import type { Eeo } from '../profile/schema';
import type { FieldKind } from './fieldKinds';

/**
 * Plain data that crosses the engine's stage boundaries:
 * collect (DOM) -> FieldDescription -> classify (pure) -> Classification
 * -> plan (pure, with the profile) -> FillAction -> fill (DOM) -> FieldResult -> report.
 */

/** How a control is operated, which decides how the filler talks to it. */
export type ControlType =
  | 'text' // input of a text-like type
  | 'textarea'
  | 'select' // native <select>
  | 'radio-group' // radios sharing a name, one question
  | 'checkbox-group' // several checkboxes answering one question
  | 'checkbox' // a single checkbox (consent, "I currently work here")
  | 'combobox' // ARIA combobox that searches as you type (react-select, autocompletes)
  | 'listbox-button' // a button that opens a role=listbox popup (Workday dropdowns)
  | 'file' // file input or upload drop zone
  | 'date-split'; // separate month / day / year inputs

export interface FieldOption {
  /** What the form submits, or the option's own text when it has no value. */
  value: string;
  /** What a person reads. */
  label: string;
}

export type DatePart = 'month' | 'day' | 'year';

export interface FieldDescription {
  /** Engine-assigned reference, unique within one collect run (e.g. "f12"). */
  ref: string;
  control: ControlType;
  /** The input's type attribute for text-like inputs: text, email, tel, url, number, date, month. */
  inputType?: string;
  /**
   * Every text a person would read as the question, most specific first: <label for>, a wrapping
   * label, aria-label, aria-labelledby, the question text near it, the fieldset legend.
   */
  labels: string[];
  placeholder?: string;
  /** aria-describedby text: hints such as "MM / YYYY". */
  description?: string;
  name?: string;
  htmlId?: string;
  autocomplete?: string;
  automationId?: string;
  /** Heading of the enclosing repeated section, e.g. "Work Experience 2", "Education". */
  section?: string;
  /** Zero-based index of the repeated section (work or education entry) this field belongs to. */
  entryIndex?: number;
  /** Offered choices: select options, radio and checkbox labels, listbox items when known. */
  options?: FieldOption[];
  multiple?: boolean;
  required?: boolean;
  /** The value now in the field ('' when empty; option values for choices; file names for files). */
  currentValue: string | string[];
  maxLength?: number;
  /** For date-split and single date inputs: which parts exist, in order. */
  dateParts?: DatePart[];
  /** For file inputs: the accept attribute. */
  accept?: string;
  /**
   * Where the job is, as the page names it (the posting's location, a URL's location segment:
   * "New-York-NY"), for questions about "the country where this position is located".
   */
  jobLocation?: string;
}

export interface Classification {
  kind: FieldKind | 'savedAnswer' | 'unknown';
  /** 0..1: how sure the classifier is. The planner ignores anything under its threshold. */
  confidence: number;
  /** For 'savedAnswer': index into profile.answers. */
  answerIndex?: number;
  /** Which rule or keyword decided it: shown in debugging, asserted in tests. */
  reason?: string;
}

export interface ClassifiedField {
  field: FieldDescription;
  classification: Classification;
}

export type DateValue = { year: number; month?: number; day?: number };

/** Free-text answers whose wording varies by site in known ways ("NY" / "New York", "BS" / "Bachelor of Science"). */
export type TextDomain =
  | 'country'
  | 'region'
  | 'location'
  | 'degree'
  | 'school'
  | 'discipline'
  | 'phoneType'
  | 'referralSource';

/**
 * What an answer means, so that an option can be chosen by meaning rather than by its words:
 * "I will not require sponsorship" means no. Plain data, so it can travel with a 'choose' action
 * to the filler, which matches the options it finds with `chooseOption` (match.ts).
 */
export type Meaning =
  | { type: 'yesNo'; value: boolean }
  | { type: 'gender'; value: NonNullable<Eeo['gender']> }
  | { type: 'hispanicOrLatino'; value: NonNullable<Eeo['hispanicOrLatino']> }
  | { type: 'race'; value: NonNullable<Eeo['race']> }
  | { type: 'veteran'; value: NonNullable<Eeo['veteran']> }
  | { type: 'disability'; value: NonNullable<Eeo['disability']> }
  /** "+1", with the applicant's country to tell "United States (+1)" from "Canada (+1)". */
  | { type: 'phoneCountryCode'; code: string; country?: string }
  | { type: 'text'; value: string; domain?: TextDomain };

/** One thing the filler does, decided entirely by the planner. */
export type FillAction =
  | { ref: string; kind: FieldKind | 'savedAnswer'; op: 'text'; value: string }
  | { ref: string; kind: FieldKind | 'savedAnswer'; op: 'select'; optionValue: string; optionLabel: string }
  /** Choose options of a radio or checkbox group (by option value). */
  | { ref: string; kind: FieldKind | 'savedAnswer'; op: 'check'; optionValues: string[] }
  /** A single checkbox set to on or off. */
  | { ref: string; kind: FieldKind; op: 'toggle'; checked: boolean }
  /**
   * A combobox or listbox button: type `search` where the widget searches (if it does), then choose
   * the option that best means one of `accept` (in order of preference).
   */
  | {
      ref: string;
      kind: FieldKind | 'savedAnswer';
      op: 'choose';
      search: string;
      accept: string[];
      /** What the answer means; when present it decides, and `accept` only names it for people. */
      meaning?: Meaning;
    }
  | { ref: string; kind: FieldKind; op: 'date'; value: DateValue }
  | { ref: string; kind: 'resume' | 'coverLetter'; op: 'file'; role: 'resume' | 'coverLetter' };

export type SkipReason =
  /** The profile holds no answer for this question. */
  | 'no-answer'
  /** The field already had a value: the user's, never overwritten. */
  | 'user-value'
  /** The engine does not know what the field asks. */
  | 'unknown-field'
  /** The options offered include nothing that means the profile's answer. */
  | 'no-matching-option';

export type FieldOutcome =
  | { status: 'filled'; value: string }
  | { status: 'skipped'; reason: SkipReason }
  | { status: 'failed'; error: string };

export interface FieldResult {
  ref: string;
  label: string;
  kind: Classification['kind'];
  outcome: FieldOutcome;
}

export interface FillReport {
  ats: string;
  results: FieldResult[];
  filled: number;
  /** Fields left for the user: skipped for want of an answer, unknown, or failed. */
  needsUser: number;
  durationMs: number;
  /** Where the time went, in milliseconds, summed over the fill's passes. */
  stages: StageTimes;
  /** The files the page took, each with the name the user gave it ("Data") and its file name. */
  attached: AttachedDocument[];
}

export interface AttachedDocument {
  role: 'resume' | 'coverLetter';
  label: string;
  name: string;
}

/**
 * start: asking the extension to begin (and preparing the form); collect: reading the form;
 * classify and plan: in the extension; message: the rest of the planning round trip;
 * fill: operating the fields; verify: reading back what the page kept.
 */
export type StageTimes = Record<'start' | 'collect' | 'classify' | 'plan' | 'message' | 'fill' | 'verify', number>;

/** What a filler wants of a widget's options: the action's meaning, else the texts it accepts. */
export type OptionChoice = Pick<Extract<FillAction, { op: 'choose' }>, 'accept' | 'meaning'>;
