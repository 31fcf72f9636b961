/**
 * Recognises the places resumes write: "Vienna, VA", "Berlin, Germany", "San Francisco, California,
 * United States", "Greater New York City Area", "Remote". A place is only recognised by its shape and
 * these short lists, never guessed from a lone word, so a company called "Phoenix" stays a company.
 */

export interface Place {
  city: string;
  region: string;
  country: string;
}

const US_STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado',
  CT: 'Connecticut', DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia',
  HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky',
  LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota',
  MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire',
  NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota',
  OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island',
  SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont',
  VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming', PR: 'Puerto Rico',
};

const CANADIAN_PROVINCES: Readonly<Record<string, string>> = {
  AB: 'Alberta', BC: 'British Columbia', MB: 'Manitoba', NB: 'New Brunswick', NL: 'Newfoundland and Labrador',
  NS: 'Nova Scotia', NT: 'Northwest Territories', NU: 'Nunavut', ON: 'Ontario', PE: 'Prince Edward Island',
  QC: 'Quebec', SK: 'Saskatchewan', YT: 'Yukon',
};

const COUNTRIES = new Set(
  [
    'united states', 'united states of america', 'usa', 'us', 'u.s.', 'u.s.a.', 'united kingdom', 'uk', 'u.k.',
    'england', 'scotland', 'wales', 'northern ireland', 'ireland', 'canada', 'mexico', 'brazil', 'argentina',
    'chile', 'colombia', 'peru', 'germany', 'france', 'spain', 'portugal', 'italy', 'netherlands', 'the netherlands',
    'belgium', 'luxembourg', 'switzerland', 'austria', 'denmark', 'sweden', 'norway', 'finland', 'iceland',
    'poland', 'czech republic', 'czechia', 'slovakia', 'hungary', 'romania', 'bulgaria', 'greece', 'croatia',
    'serbia', 'slovenia', 'ukraine', 'estonia', 'latvia', 'lithuania', 'turkey', 'türkiye', 'israel', 'egypt',
    'morocco', 'nigeria', 'ghana', 'kenya', 'south africa', 'ethiopia', 'united arab emirates', 'uae',
    'saudi arabia', 'qatar', 'india', 'pakistan', 'bangladesh', 'sri lanka', 'nepal', 'china', 'hong kong',
    'taiwan', 'japan', 'south korea', 'korea', 'singapore', 'malaysia', 'indonesia', 'philippines', 'vietnam',
    'thailand', 'australia', 'new zealand',
  ],
);

const REGION_NAMES = new Set([...Object.values(US_STATES), ...Object.values(CANADIAN_PROVINCES)].map((n) => n.toLowerCase()));
const REGION_CODES = new Set([...Object.keys(US_STATES), ...Object.keys(CANADIAN_PROVINCES)]);

/** LinkedIn writes how a job was done after its place ("Austin, Texas, United States · Hybrid"). */
const WORK_MODE = /\s*(?:[·•|,–—-]\s*|\()\s*(?:remote|hybrid|on-?site|in-?person)\)?\s*$/iu;
const REMOTE = /^(?:fully\s+)?(?:remote|hybrid)(?:\s*[(,–—-]\s*[\p{L} .]+\)?)?$/iu;
const METRO = /^(?:greater\s+(.+?)(?:\s+metropolitan|\s+metro)?\s+area|(.+?)\s+(?:metropolitan|metro|bay)\s+area)$/iu;
/** A place-name part: capitalised words, no digits ("St. John's", "Winston-Salem", "São Paulo"). */
const NAME_PART = /^\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|de|del|do|da|la|le|am|upon|on|of))*$/u;
const ZIP = /\s+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$/;

function isCountry(text: string): boolean {
  return COUNTRIES.has(text.toLowerCase());
}

function isRegion(text: string): boolean {
  return REGION_CODES.has(text) || REGION_NAMES.has(text.toLowerCase());
}

/** Reads a place written on its own; null when the text is not shaped like one. */
export function parsePlace(text: string): Place | null {
  const bare = text.trim().replace(WORK_MODE, '').trim();
  if (bare === '' || bare.length > 80 || /\t| {2}/.test(bare)) return null;
  if (REMOTE.test(bare)) return { city: '', region: '', country: '' };
  const metro = METRO.exec(bare);
  if (metro) return { city: (metro[1] ?? metro[2] ?? '').trim(), region: '', country: '' };

  const parts = bare.split(/\s*,\s*/);
  const last = parts[parts.length - 1]!.replace(ZIP, '');
  parts[parts.length - 1] = last;
  if (!parts.every((part) => NAME_PART.test(part))) return null;
  if (parts.length === 3 && isCountry(parts[2]!)) return { city: parts[0]!, region: parts[1]!, country: parts[2]! };
  if (parts.length === 2 && isRegion(parts[1]!)) return { city: parts[0]!, region: parts[1]!, country: '' };
  if (parts.length === 2 && isCountry(parts[1]!)) return { city: parts[0]!, region: '', country: parts[1]! };
  if (parts.length === 1 && isCountry(parts[0]!)) return { city: '', region: '', country: parts[0]! };
  return null;
}

export function isPlace(text: string): boolean {
  return parsePlace(text) !== null;
}

/**
 * Splits a place off the end of a comma list ("Acme Corp, San Francisco, CA" -> "Acme Corp" and
 * "San Francisco, CA"); null when the text does not end in a place or is nothing but one.
 */
export function splitTrailingPlace(text: string): { rest: string; place: string } | null {
  const parts = text.split(/\s*,\s*/);
  for (let take = Math.min(3, parts.length - 1); take >= 1; take--) {
    const place = parts.slice(-take).join(', ');
    if (isPlace(place)) return { rest: parts.slice(0, -take).join(', '), place };
  }
  return null;
}

/** The place's text without LinkedIn's work-mode suffix, as a job's location is stored. */
export function cleanPlace(text: string): string {
  const bare = text.trim().replace(WORK_MODE, '').trim();
  return bare === '' ? text.trim() : bare;
}
