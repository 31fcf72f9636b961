/**
 * Recognises the places resumes write: "Vienna, VA", "Berlin, Germany", "San Francisco, California,
 * United States", "Berlin (Deutschland)", "10115 Berlin", "Greater New York City Area", "Remote". A
 * place is recognised by its shape and these lists (countries in four languages, regions, and the
 * larger cities people work in), never guessed from an unknown lone word, so a company called
 * "Phoenix" stays a company.
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

/** Countries as people write them in German, French and Spanish, and abbreviations, by their English name. */
const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  deutschland: 'Germany', allemagne: 'Germany', alemania: 'Germany',
  frankreich: 'France', francia: 'France',
  spanien: 'Spain', españa: 'Spain', espagne: 'Spain', espana: 'Spain',
  'vereinigtes königreich': 'United Kingdom', 'royaume-uni': 'United Kingdom', 'reino unido': 'United Kingdom',
  uk: 'United Kingdom', 'u.k.': 'United Kingdom', 'great britain': 'United Kingdom',
  usa: 'United States', us: 'United States', 'u.s.': 'United States', 'u.s.a.': 'United States', 'united states of america': 'United States',
  'états-unis': 'United States', 'estados unidos': 'United States', 'vereinigte staaten': 'United States',
  österreich: 'Austria', autriche: 'Austria', schweiz: 'Switzerland', suisse: 'Switzerland', suiza: 'Switzerland',
  italien: 'Italy', italie: 'Italy', italia: 'Italy', niederlande: 'Netherlands', 'pays-bas': 'Netherlands', 'países bajos': 'Netherlands',
  'the netherlands': 'Netherlands', belgien: 'Belgium', belgique: 'Belgium', bélgica: 'Belgium', irland: 'Ireland', irlande: 'Ireland',
  irlanda: 'Ireland', polen: 'Poland', pologne: 'Poland', polonia: 'Poland', méxico: 'Mexico', dänemark: 'Denmark', danemark: 'Denmark',
  dinamarca: 'Denmark', schweden: 'Sweden', suède: 'Sweden', suecia: 'Sweden', norwegen: 'Norway', norvège: 'Norway', noruega: 'Norway',
  luxemburg: 'Luxembourg', luxemburgo: 'Luxembourg', kanada: 'Canada', brasilien: 'Brazil', brésil: 'Brazil', brasil: 'Brazil',
};

/**
 * Cities that are places wherever they stand alone on a line or after an employer's comma. Only
 * larger cities, whose names are rarely anything else.
 */
const CITIES = new Set(
  [
    'new york', 'new york city', 'los angeles', 'chicago', 'houston', 'philadelphia', 'san antonio', 'san diego', 'dallas', 'austin',
    'san francisco', 'san jose', 'seattle', 'denver', 'boston', 'atlanta', 'miami', 'detroit', 'minneapolis', 'pittsburgh',
    'baltimore', 'nashville', 'toronto', 'vancouver', 'montreal', 'montréal', 'ottawa', 'calgary',
    'london', 'manchester', 'birmingham', 'leeds', 'glasgow', 'edinburgh', 'bristol', 'liverpool', 'cardiff', 'belfast', 'bath',
    'oxford', 'cambridge', 'nottingham', 'sheffield', 'newcastle', 'dublin', 'cork',
    'paris', 'lyon', 'marseille', 'toulouse', 'nice', 'nantes', 'strasbourg', 'montpellier', 'bordeaux', 'lille', 'rennes', 'grenoble',
    'berlin', 'hamburg', 'münchen', 'munich', 'köln', 'cologne', 'frankfurt', 'frankfurt am main', 'stuttgart', 'düsseldorf',
    'dortmund', 'essen', 'leipzig', 'bremen', 'dresden', 'hannover', 'nürnberg', 'bonn', 'mannheim', 'karlsruhe', 'augsburg',
    'potsdam', 'wien', 'vienna', 'zürich', 'zurich', 'genf', 'geneva', 'genève', 'basel', 'bern',
    'madrid', 'barcelona', 'valencia', 'sevilla', 'seville', 'zaragoza', 'málaga', 'malaga', 'bilbao', 'girona', 'granada',
    'alicante', 'murcia', 'lisboa', 'lisbon', 'porto', 'roma', 'rome', 'milano', 'milan', 'amsterdam', 'rotterdam', 'utrecht',
    'eindhoven', 'brussels', 'bruxelles', 'brüssel', 'antwerp', 'copenhagen', 'stockholm', 'oslo', 'helsinki', 'warsaw', 'warszawa',
    'prague', 'prag', 'budapest', 'mexico city', 'são paulo', 'buenos aires', 'bogotá', 'santiago', 'lima', 'singapore', 'tokyo',
    'sydney', 'melbourne', 'bangalore', 'bengaluru', 'mumbai', 'delhi', 'dubai', 'tel aviv',
  ],
);

const REGION_NAMES = new Set([...Object.values(US_STATES), ...Object.values(CANADIAN_PROVINCES)].map((n) => n.toLowerCase()));
/** A second part that names a firm, not a region: "Berlin, Acme GmbH" is no place. */
const COMPANY_LIKE = /\b(?:GmbH|AG|Inc|Ltd|LLC|S\.?A|S\.?L|SAS|SARL|Corp)\b/;
const REGION_CODES = new Set([...Object.keys(US_STATES), ...Object.keys(CANADIAN_PROVINCES)]);

/** LinkedIn writes how a job was done after its place ("Austin, Texas, United States · Hybrid"). */
const WORK_MODE = /\s*(?:[·•|,–—-]\s*|\()\s*(?:remote|hybrid|on-?site|in-?person)\)?\s*$/iu;
const REMOTE = /^(?:fully\s+)?(?:remote|hybrid)(?:\s*[(,–—-]\s*[\p{L} .]+\)?)?$/iu;
const METRO = /^(?:greater\s+(.+?)(?:\s+metropolitan|\s+metro)?\s+area|(.+?)\s+(?:metropolitan|metro|bay)\s+area)$/iu;
/** A place-name part: capitalised words, no digits ("St. John's", "Winston-Salem", "São Paulo"). */
const NAME_PART = /^\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|de|del|do|da|la|le|am|upon|on|of))*$/u;
const ZIP = /\s+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})$/;
/** European postal codes stand before the town: "10115 Berlin", "75011 Paris", "1012 AB Amsterdam". */
const LEADING_POSTCODE = /^(?:[A-Z]{1,2}-)?\d{4,5}(?:\s?[A-Z]{2})?\s+(?=\p{Lu})/u;
/** "Berlin (Germany)", "Hamburg (Deutschland)": a town with its country in brackets. */
const BRACKETED = /^(.+?)\s*\(([^()]+)\)$/;

function isCountry(text: string): boolean {
  const key = text.toLowerCase();
  return COUNTRIES.has(key) || key in COUNTRY_NAMES;
}

/** A country's English name ("Deutschland" -> "Germany", "UK" -> "United Kingdom"), as forms list them. */
export function englishCountry(text: string): string {
  return COUNTRY_NAMES[text.trim().toLowerCase()] ?? text.trim();
}

function isCity(text: string): boolean {
  return CITIES.has(text.toLowerCase());
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

  const bracketed = BRACKETED.exec(bare);
  if (bracketed) {
    const inner = parsePlace(bracketed[2]!);
    const outer = parsePlace(bracketed[1]!);
    if (inner?.country && !inner.city && outer?.city && !outer.country) return { ...outer, country: inner.country };
    if (inner?.region && !inner.city && outer?.city && !outer.region) return { ...outer, region: inner.region };
    return null;
  }
  const parts = bare.replace(LEADING_POSTCODE, '').split(/\s*,\s*/);
  const last = parts[parts.length - 1]!.replace(ZIP, '');
  parts[parts.length - 1] = last;
  if (!parts.every((part) => NAME_PART.test(part))) return null;
  if (parts.length === 3 && isCountry(parts[2]!)) return { city: parts[0]!, region: parts[1]!, country: parts[2]! };
  if (parts.length === 2 && isRegion(parts[1]!)) return { city: parts[0]!, region: parts[1]!, country: '' };
  if (parts.length === 2 && isCountry(parts[1]!)) return { city: parts[0]!, region: '', country: parts[1]! };
  if (parts.length === 2 && isCity(parts[0]!) && !isCity(parts[1]!) && !COMPANY_LIKE.test(parts[1]!)) return { city: parts[0]!, region: parts[1]!, country: '' };
  if (parts.length === 1 && isCountry(parts[0]!)) return { city: '', region: '', country: parts[0]! };
  if (parts.length === 1 && isCity(parts[0]!)) return { city: parts[0]!, region: '', country: '' };
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

/** The place's text as a job's location is stored: without LinkedIn's work mode, "Berlin (Germany)" as "Berlin, Germany". */
export function cleanPlace(text: string): string {
  const bare = text.trim().replace(WORK_MODE, '').trim();
  if (bare === '') return text.trim();
  return bare.replace(BRACKETED, '$1, $2');
}
