import { normalizeText, withoutAsides } from './normalize';

/** Country and US-state names as forms spell them, for matching options and reading questions. */

export interface Country {
  /** ISO 3166-1 alpha-2, as the profile's work authorisation keys. */
  code: string;
  name: string;
  /** Other spellings, normalised (see normalize.ts). */
  aliases: readonly string[];
  dialCode: string;
}

const country = (code: string, name: string, dialCode: string, ...aliases: string[]): Country => ({
  code,
  name,
  dialCode,
  aliases,
});

/** The countries applicants most often name; others still match by exact name. */
export const COUNTRIES: readonly Country[] = [
  country('US', 'United States', '+1', 'united states of america', 'usa', 'us', 'america', 'u s', 'u s a'),
  country('CA', 'Canada', '+1'),
  country('GB', 'United Kingdom', '+44', 'uk', 'great britain', 'britain', 'england', 'scotland', 'wales', 'united kingdom of great britain and northern ireland'),
  country('IE', 'Ireland', '+353', 'republic of ireland'),
  country('AU', 'Australia', '+61'),
  country('NZ', 'New Zealand', '+64'),
  country('DE', 'Germany', '+49', 'deutschland'),
  country('FR', 'France', '+33'),
  country('ES', 'Spain', '+34', 'espana'),
  country('PT', 'Portugal', '+351'),
  country('IT', 'Italy', '+39', 'italia'),
  country('NL', 'Netherlands', '+31', 'the netherlands', 'holland'),
  country('BE', 'Belgium', '+32'),
  country('LU', 'Luxembourg', '+352'),
  country('CH', 'Switzerland', '+41'),
  country('AT', 'Austria', '+43'),
  country('SE', 'Sweden', '+46'),
  country('NO', 'Norway', '+47'),
  country('DK', 'Denmark', '+45'),
  country('FI', 'Finland', '+358'),
  country('IS', 'Iceland', '+354'),
  country('PL', 'Poland', '+48'),
  country('CZ', 'Czech Republic', '+420', 'czechia'),
  country('SK', 'Slovakia', '+421'),
  country('HU', 'Hungary', '+36'),
  country('RO', 'Romania', '+40'),
  country('BG', 'Bulgaria', '+359'),
  country('GR', 'Greece', '+30'),
  country('HR', 'Croatia', '+385'),
  country('RS', 'Serbia', '+381'),
  country('UA', 'Ukraine', '+380'),
  country('EE', 'Estonia', '+372'),
  country('LV', 'Latvia', '+371'),
  country('LT', 'Lithuania', '+370'),
  country('TR', 'Turkey', '+90', 'turkiye'),
  country('IL', 'Israel', '+972'),
  country('AE', 'United Arab Emirates', '+971', 'uae'),
  country('SA', 'Saudi Arabia', '+966'),
  country('EG', 'Egypt', '+20'),
  country('ZA', 'South Africa', '+27'),
  country('NG', 'Nigeria', '+234'),
  country('KE', 'Kenya', '+254'),
  country('IN', 'India', '+91'),
  country('PK', 'Pakistan', '+92'),
  country('BD', 'Bangladesh', '+880'),
  country('LK', 'Sri Lanka', '+94'),
  country('CN', 'China', '+86', 'peoples republic of china', 'prc'),
  country('HK', 'Hong Kong', '+852'),
  country('TW', 'Taiwan', '+886'),
  country('JP', 'Japan', '+81'),
  country('KR', 'South Korea', '+82', 'korea', 'republic of korea', 'korea republic of', 'korea south'),
  country('SG', 'Singapore', '+65'),
  country('MY', 'Malaysia', '+60'),
  country('ID', 'Indonesia', '+62'),
  country('PH', 'Philippines', '+63'),
  country('TH', 'Thailand', '+66'),
  country('VN', 'Vietnam', '+84', 'viet nam'),
  country('MX', 'Mexico', '+52'),
  country('BR', 'Brazil', '+55', 'brasil'),
  country('AR', 'Argentina', '+54'),
  country('CL', 'Chile', '+56'),
  country('CO', 'Colombia', '+57'),
  country('PE', 'Peru', '+51'),
  country('CR', 'Costa Rica', '+506'),
];

const COUNTRY_BY_NAME = new Map<string, Country>(
  COUNTRIES.flatMap((entry) => [normalizeText(entry.name), ...entry.aliases].map((name): [string, Country] => [name, entry])),
);
const COUNTRY_BY_CODE = new Map<string, Country>(COUNTRIES.map((entry) => [entry.code.toLowerCase(), entry]));

/**
 * ISO 3166-1 alpha-3 codes, as some location searches print them ("São Paulo, BRA"). Read only
 * from a text that is exactly three capitals: as words, many of them ("CAN", "PER", "FIN") are
 * English, so they are never taken from lower-case text or a sentence.
 */
const ALPHA3: Readonly<Record<string, string>> = {
  US: 'USA',
  CA: 'CAN',
  GB: 'GBR',
  IE: 'IRL',
  AU: 'AUS',
  NZ: 'NZL',
  DE: 'DEU',
  FR: 'FRA',
  ES: 'ESP',
  PT: 'PRT',
  IT: 'ITA',
  NL: 'NLD',
  BE: 'BEL',
  LU: 'LUX',
  CH: 'CHE',
  AT: 'AUT',
  SE: 'SWE',
  NO: 'NOR',
  DK: 'DNK',
  FI: 'FIN',
  IS: 'ISL',
  PL: 'POL',
  CZ: 'CZE',
  SK: 'SVK',
  HU: 'HUN',
  RO: 'ROU',
  BG: 'BGR',
  GR: 'GRC',
  HR: 'HRV',
  RS: 'SRB',
  UA: 'UKR',
  EE: 'EST',
  LV: 'LVA',
  LT: 'LTU',
  TR: 'TUR',
  IL: 'ISR',
  AE: 'ARE',
  SA: 'SAU',
  EG: 'EGY',
  ZA: 'ZAF',
  NG: 'NGA',
  KE: 'KEN',
  IN: 'IND',
  PK: 'PAK',
  BD: 'BGD',
  LK: 'LKA',
  CN: 'CHN',
  HK: 'HKG',
  TW: 'TWN',
  JP: 'JPN',
  KR: 'KOR',
  SG: 'SGP',
  MY: 'MYS',
  ID: 'IDN',
  PH: 'PHL',
  TH: 'THA',
  VN: 'VNM',
  MX: 'MEX',
  BR: 'BRA',
  AR: 'ARG',
  CL: 'CHL',
  CO: 'COL',
  PE: 'PER',
  CR: 'CRI',
};
const COUNTRY_BY_ALPHA3 = new Map<string, Country>(COUNTRIES.map((entry) => [ALPHA3[entry.code]!, entry]));

/** The country an upper-case ISO alpha-3 code names ("DEU" -> Germany), if the text is one. */
export function findCountryByAlpha3(text: string): Country | undefined {
  const code = text.trim();
  return /^[A-Z]{3}$/.test(code) ? COUNTRY_BY_ALPHA3.get(code) : undefined;
}

/** The country a whole text names ("United States of America (+1)", "USA", "US"), if any. */
export function findCountry(text: string): Country | undefined {
  for (const candidate of [normalizeText(withoutAsides(text)), normalizeText(text)]) {
    const found = COUNTRY_BY_NAME.get(candidate) ?? COUNTRY_BY_CODE.get(candidate);
    if (found) return found;
  }
  return undefined;
}

/** "us" is also a pronoun ("tell us"): in a sentence it names the country only after "the" or "in". */
const US_IN_SENTENCE = /\b(the|in) us\b/;
const SENTENCE_NAMES = [...COUNTRY_BY_NAME].filter(([name]) => name !== 'us');

/** The first country a sentence names: "…authorized to work in the U.S.?" -> US. */
export function countryNamedIn(sentence: string): Country | undefined {
  const words = ` ${normalizeText(sentence)} `;
  let first: { index: number; country: Country } | undefined;
  for (const [name, entry] of SENTENCE_NAMES) {
    const index = words.indexOf(` ${name} `);
    if (index >= 0 && (!first || index < first.index)) first = { index, country: entry };
  }
  if (first) return first.country;
  return US_IN_SENTENCE.test(words) ? COUNTRY_BY_CODE.get('us') : undefined;
}

/** Words that separate the parts of a location: "New-York-NY", "London, United Kingdom", "Remote (US)". */
const LOCATION_SEPARATORS = /[\s,;/|()_-]+/;

/**
 * The country of a job's location as a posting or its URL names it: "Remote-Canada",
 * "USA-CA-San-Jose", "London, United Kingdom", or a US state code after a city ("New-York-NY",
 * "Austin-TX"). Undefined when it names no country or several ("Toronto-Canada-or-Austin-TX"):
 * a two-letter code alone ("CA" is Canada and California) never decides.
 */
export function countryOfLocation(location: string): Country | undefined {
  const words = location.split(LOCATION_SEPARATORS).filter(Boolean);
  const text = ` ${normalizeText(words.join(' '))} `;
  // A URL segment has no sentence around it: "US" there is the country, not the pronoun. "America"
  // alone is a continent there ("Latin-America").
  const named = new Set(
    [...COUNTRY_BY_NAME].filter(([name]) => name !== 'america' && text.includes(` ${name} `)).map(([, country]) => country),
  );
  const last = words.at(-1) ?? '';
  const stateCode = words.length > 1 && /^[A-Z]{2}$/.test(last) && US_STATES.some((state) => state.code === last);
  if (stateCode) named.add(COUNTRY_BY_CODE.get('us')!);
  return named.size === 1 ? [...named][0] : undefined;
}

export interface UsState {
  code: string;
  name: string;
}

const US_STATE_ROWS = `AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|DE Delaware|
DC District of Columbia|FL Florida|GA Georgia|HI Hawaii|ID Idaho|IL Illinois|IN Indiana|IA Iowa|KS Kansas|KY Kentucky|
LA Louisiana|ME Maine|MD Maryland|MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi|MO Missouri|MT Montana|
NE Nebraska|NV Nevada|NH New Hampshire|NJ New Jersey|NM New Mexico|NY New York|NC North Carolina|ND North Dakota|
OH Ohio|OK Oklahoma|OR Oregon|PA Pennsylvania|RI Rhode Island|SC South Carolina|SD South Dakota|TN Tennessee|TX Texas|
UT Utah|VT Vermont|VA Virginia|WA Washington|WV West Virginia|WI Wisconsin|WY Wyoming|PR Puerto Rico|GU Guam|
VI U.S. Virgin Islands|AS American Samoa|MP Northern Mariana Islands`;

export const US_STATES: readonly UsState[] = US_STATE_ROWS.split('|').map((row) => {
  const [code = '', ...name] = row.trim().split(' ');
  return { code, name: name.join(' ') };
});

const STATE_BY_NAME = new Map<string, UsState>(
  US_STATES.flatMap((state) => [
    [normalizeText(state.name), state],
    [state.code.toLowerCase(), state],
  ]),
);

/** The US state a whole text names: "NY", "New York", "New York (NY)". */
export function findUsState(text: string): UsState | undefined {
  return STATE_BY_NAME.get(normalizeText(withoutAsides(text))) ?? STATE_BY_NAME.get(normalizeText(text));
}
