import { normalizeText } from './normalize';
import { NEGATIONS } from './wording';

/**
 * Whether two questions ask the same thing, so that an answer saved for one may fill the other.
 * Wordings vary ("Are you at least 18 years of age?", "Are you 18 or older?"); what a question
 * asks is read from its parts, and any part that changes the meaning keeps them apart:
 * - its form: a count ("How many years…") is not a yes/no ("Do you have…"), nor an open question;
 * - a negation: "Do you require sponsorship?" is not "Do you not require sponsorship?";
 * - its figures: 18 is not 21, three days a week is not two;
 * - its subject: Kubernetes is not Docker. Every word that is not common question wording must
 *   appear in both.
 * A match is only reported when all of these agree and most of the wording is shared.
 */

type Form = 'count' | 'yesNo' | 'open' | 'statement';

export interface QuestionMeaning {
  form: Form;
  negated: boolean;
  numbers: string[];
  /** Canonical words that name what is asked about: they must all agree. */
  subject: string[];
  /** Every canonical word, common wording included. */
  words: string[];
}

export interface QuestionMatch {
  same: boolean;
  /** 0..1; 0 when not the same. */
  confidence: number;
  /** Why not, or how: asserted in tests, shown when debugging. */
  reason: string;
}

/** Under this share of common words, two questions with the same subject still ask differently. */
const MIN_SHARED_WORDS = 0.6;
const SAME_WORDING_CONFIDENCE = 0.95;

/** "(select all that apply)" instructs; "(Python)" or "(USD)" is part of the question and stays. */
const INSTRUCTION_ASIDE = /\((?:[^()]*\b(?:select|check|mark|choose|tick|pick)\b[^()]*|optional|required|if applicable|please specify)\)/gi;

/**
 * Questions name the employer in many ways: "…work here?", "…work at Acme?", "…join us?". A saved
 * answer to one is an answer to all, so each becomes the same word.
 */
const EMPLOYER_REFERENCE = /\b(here|with us|join us|at (our company|(?!least\b|most\b|\d)[a-z0-9&' -]{1,40}))( before)?$/;

const NUMBER_WORDS: Readonly<Record<string, string>> = {
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', fifteen: '15', sixteen: '16', eighteen: '18', twenty: '20', thirty: '30', forty: '40', fifty: '50',
};

/**
 * Paraphrases, rewritten to one wording on the normalised text, in order. Ages first, so that
 * "18 years of age or older" is not read as years of experience.
 */
const PARAPHRASES: ReadonlyArray<[RegExp, string]> = [
  // A minimum of a duration ("5+ years", "at least 5 years of experience") is not an age.
  [/\b(?:at least|a minimum of|minimum of|minimum) (\d+) (years?|months?|weeks?|days?|hours?)\b(?! (?:of age|old))/g, 'atleast $1 $2'],
  [/\b(\d+) or more (years?|months?|weeks?|days?|hours?)\b(?! (?:of age|old))/g, 'atleast $1 $2'],
  [/\b(\d{1,2})(?: years?)?(?: of age| old)? (?:or|and) (?:older|over|above|more)\b/g, 'agemin $1'],
  [/\b(?:at least|over the age of|a minimum of|minimum age of) (\d{1,2}) years? (?:of age|old)\b/g, 'agemin $1'],
  [/\b(?:at least|over the age of|over|older than|aged) (\d{1,2})(?: years? (?:of age|old))?$/g, 'agemin $1'],
  [/\b(?:under the age of|under|younger than) (\d{1,2})(?: years? (?:of age|old))?\b/g, 'ageunder $1'],
  [/\bof legal (?:working )?age\b/g, 'legalage'],
  // Counting questions, whatever their wording.
  [/\b(?:how many|what is the number of|number of|total) years?\b/g, 'count year'],
  [/\bhow (?:long|much time)\b/g, 'count year'],
  [/\byears? of (?:professional |relevant |hands on |practical |work |working )?experience\b/g, 'year experience'],
  // Experience, however it is asked.
  [/\b(?:professional|hands on|practical|prior|previous|relevant|working|direct) experience\b/g, 'experience'],
  [/\bhave (?:you )?(?:ever )?(?:worked|work) with\b/g, 'have experience with'],
  [/\bhave (?:you )?(?:ever )?used\b/g, 'have experience with'],
  [/\bexperience (?:using|in|working with|with)\b/g, 'experience with'],
  // Work authorisation, sponsorship, relocation, presence in an office.
  [/\b(?:legally (?:authori[sz]ed|eligible|permitted|allowed|entitled|able)|authori[sz]ed|eligible|permitted|allowed|entitled) to (?:work|be employed)\b/g, 'authorized work'],
  [/\bhave the (?:legal )?right to work\b/g, 'authorized work'],
  [/\b(?:visa|immigration|employment visa) sponsorship\b/g, 'sponsorship'],
  [/\bsponsor(?:ed)?\b/g, 'sponsorship'],
  [/\b(?:require|required|requires|need|needed|needs)\b/g, 'need'],
  [/\bwork(?:ing)? (?:from|in|at) (?:the |our |an |one of our )?offices?\b/g, 'office'],
  [/\b(?:on ?site|in person|in office|in the office)\b/g, 'office'],
  [/\b(?:relocation|relocating|relocate|move)\b/g, 'relocate'],
  [/\b(?:a|per|each|every) week\b|\bweekly\b/g, 'per week'],
  [/\b(?:drivers|driver s|driving) licen[cs]e\b/g, 'drivinglicense'],
  [/\b(?:drug test|drug screen|drug screening)\b/g, 'drugscreen'],
  [/\bbackground (?:check|screening|investigation)\b/g, 'backgroundcheck'],
  [/\b(?:the )?(?:united states(?: of america)?|usa|u s a|u s)\b/g, 'us'],
  [/\b(?:united kingdom|great britain|britain)\b/g, 'uk'],
  // Who the question is asked of.
  [/^(?:i am|im)\b/g, 'are you'],
  [/^(?:i have|ive)\b/g, 'have you'],
  [/^i (?:can|will|would|do)\b/g, 'can you'],
];

/** One canonical word for words that mean the same in questions. */
const SYNONYMS: Readonly<Record<string, string>> = {
  open: 'willing', comfortable: 'willing', prepared: 'willing', happy: 'willing', able: 'willing', available: 'willing',
  unable: 'not willing', unwilling: 'not willing',
  licence: 'license', yrs: 'year', hrs: 'hour', onsite: 'office',
  employed: 'work', employment: 'work', job: 'work',
  presently: 'currently', possess: 'hold',
  live: 'located', living: 'located', reside: 'located', residing: 'located', based: 'located',
};

/** Words that carry no meaning when two questions are compared. Negations are not among them. */
const STOPWORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'about', 'into',
  'is', 'are', 'be', 'been', 'being', 'am', 'was', 'were', 'do', 'does', 'did', 'you', 'your', 'yours', 'yourself', 'i', 'me',
  'my', 'we', 'us', 'our', 'this', 'that', 'these', 'those', 'please', 'kindly', 'if', 'any', 'have', 'has', 'had', 'will', 'would',
  'can', 'could', 'should', 'may', 'might', 'shall', 'it', 'its', 'e', 'g', 'eg', 'so', 'there', 'which', 'what', 'who', 'whom',
  'how', 'why', 'when', 'where', 'tell', 'describe', 'explain', 'list', 'share', 'provide', 'give', 'let', 'know', 'briefly',
  'question', 'answer', 'yes', 'following', 'per', 'ever', 'before', 'previously', 'valid', 'current', 'currently', 'hold',
  'undergo', 'submit', 'take', 'complete',
]);

/**
 * Common question wording: two questions may differ in these and still ask the same thing, as
 * long as most words are shared. Any other word names the subject and must be in both.
 */
const COMMON_WORDS = new Set(
  [
    'experience', 'work', 'willing', 'role', 'position', 'company',
    'professional', 'status', 'interested', 'okay', 'ok', 'fine', 'still', 'also', 'now', 'today', 'type',
  ].map((word) => stem(word)),
);

const NEGATION_WORDS = new Set([...NEGATIONS, 'without', 'none', 'unless', 'except']);

const YES_NO_START = /^(?:are|is|do|does|did|have|has|had|will|would|can|could|were|was|should|may|shall|must)\b/;
const OPEN_START = /^(?:what|which|where|when|why|who|how|please|describe|tell|explain|list|share|provide|give|briefly|in what)\b/;

/** A light stemmer: "working" / "worked" / "works" → "work", "days" → "day", "companies" → "company". */
function stem(word: string): string {
  if (/^\d/.test(word) || word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 5) return undoubled(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 4) return undoubled(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** "preferr" → "prefer", "stopp" → "stop"; "install" and "access" keep theirs. */
function undoubled(word: string): string {
  return /([b-df-hj-kmnp-rt-z])\1$/.test(word) ? word.slice(0, -1) : word;
}

/** The text, normalised, with number words as digits and paraphrases in one wording. */
export function canonicalQuestion(question: string): string {
  const marked = question.replace(INSTRUCTION_ASIDE, ' ').replace(/(\d)\s*\+/g, '$1 or more').replace(/(\d)\s*%/g, '$1 percent');
  let text = normalizeText(marked)
    .split(' ')
    .map((word) => NUMBER_WORDS[word] ?? word)
    .join(' ');
  for (const [pattern, replacement] of PARAPHRASES) text = text.replace(pattern, replacement);
  return text
    .replace(EMPLOYER_REFERENCE, 'employer')
    .split(' ')
    .flatMap((word) => (SYNONYMS[word] ?? word).split(' '))
    .join(' ');
}

function formOf(canonical: string): Form {
  if (/\bcount\b|^how (?:many|much)\b/.test(canonical)) return 'count';
  // "Kubernetes (years)" or "Years of experience with Go" counts; "Do you have 5 years of experience" is yes or no.
  if (YES_NO_START.test(canonical) || /\byes or no\b/.test(canonical)) return 'yesNo';
  if (/\byears?\b/.test(canonical)) return 'count';
  if (OPEN_START.test(canonical)) return 'open';
  return 'statement';
}

export function questionMeaning(question: string): QuestionMeaning {
  const canonical = canonicalQuestion(question);
  const form = formOf(canonical);
  // "(yes or no)" names the answers; its "no" negates nothing.
  const all = canonical.replace(/\byes or no\b/g, ' ').split(' ').filter(Boolean);
  const negations = all.filter((word) => NEGATION_WORDS.has(word)).length;
  const words = [...new Set(all.filter((word) => !STOPWORDS.has(word) && !NEGATION_WORDS.has(word) && word !== 'count').map(stem))].sort();
  return {
    form,
    negated: negations % 2 === 1,
    numbers: words.filter((word) => /^\d/.test(word)),
    subject: words.filter((word) => !COMMON_WORDS.has(word)),
    words,
  };
}

/** A labelled field ("Preferred pronouns") asks what the open question ("What are your preferred pronouns?") asks. */
function sameForm(a: Form, b: Form): boolean {
  if (a === b) return true;
  const openish = (form: Form) => form === 'open' || form === 'statement';
  return openish(a) && openish(b);
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const right = new Set(b);
  const shared = a.filter((word) => right.has(word)).length;
  const union = new Set([...a, ...b]).size;
  return union === 0 ? 0 : shared / union;
}

const NOT_SAME = (reason: string): QuestionMatch => ({ same: false, confidence: 0, reason });

export function matchQuestions(asked: string, saved: string): QuestionMatch {
  return matchMeanings(meaningOfQuestion(asked), meaningOfQuestion(saved));
}

/** A question's meaning, or null for one with no words: read once, compared with many (matchMeanings). */
export function meaningOfQuestion(question: string): QuestionMeaning | null {
  return normalizeText(question) === '' ? null : questionMeaning(question);
}

/** matchQuestions for meanings already read: a form's labels against every saved question. */
export function matchMeanings(a: QuestionMeaning | null, b: QuestionMeaning | null): QuestionMatch {
  if (!a || !b) return NOT_SAME('empty');
  if (!sameForm(a.form, b.form)) return NOT_SAME(`form: ${a.form} / ${b.form}`);
  if (a.negated !== b.negated) return NOT_SAME('negation');
  if (a.numbers.join(' ') !== b.numbers.join(' ')) return NOT_SAME('figures');
  if (a.subject.join(' ') !== b.subject.join(' ')) return NOT_SAME(`subject: ${a.subject.join(' ')} / ${b.subject.join(' ')}`);
  if (a.subject.length === 0) return NOT_SAME('no subject');
  const shared = jaccard(a.words, b.words);
  if (shared < MIN_SHARED_WORDS) return NOT_SAME('wording');
  if (a.words.join(' ') === b.words.join(' ')) return { same: true, confidence: SAME_WORDING_CONFIDENCE, reason: 'same wording' };
  return { same: true, confidence: Math.round((0.7 + 0.2 * shared) * 1000) / 1000, reason: 'same meaning' };
}
