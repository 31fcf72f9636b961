/**
 * The job an application page is for, as the page itself shows it (its title, its Open Graph
 * tags, its headings), for the user's private log of where they applied. Plain strings only: this
 * crosses to the extension as JSON.
 */

export interface JobFacts {
  company: string;
  title: string;
}

/** What a page says about itself, read once from the document. */
export interface PageTexts {
  title: string;
  ogTitle?: string;
  ogSiteName?: string;
  /** The page's main headings (h1, h2), in document order. */
  headings: string[];
}

const MAX_LENGTH = 200;
const MAX_HEADINGS = 12;

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_LENGTH);

export function readPageTexts(doc: Document): PageTexts {
  const meta = (property: string) => clean(doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content'));
  const headings = Array.from(doc.querySelectorAll('h1, h2'), (heading) => clean(heading.textContent)).filter(Boolean).slice(0, MAX_HEADINGS);
  const texts: PageTexts = { title: clean(doc.title), headings };
  const ogTitle = meta('og:title');
  const ogSiteName = meta('og:site_name');
  if (ogTitle) texts.ogTitle = ogTitle;
  if (ogSiteName) texts.ogSiteName = ogSiteName;
  return texts;
}

/** Greenhouse's boards title every application page so: "Job Application for <title> at <company>". */
const GREENHOUSE_TITLE = /^job application for (.+) at (.+)$/i;
/** Parts of a page title that name no job and no company. */
const NOISE = /^(apply( now)?|application|job application|careers?|jobs?|job board|career site)$/i;
/** "Acme Corp Careers", "Careers at Acme": the company's careers site. */
const CAREERS_OF = [/^(.+?)\s+(careers?|jobs|career site)$/i, /^careers? at (.+)$/i];
/** Words before the job in a title such as "Apply: Senior Engineer". */
const APPLY_PREFIX = /^apply( now)?( for)?\s*[:–—-]\s*/i;
/** The separators page titles put between the job, the company and the site. */
const SEPARATOR = /\s+[|·•—–-]\s+/;

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The job title and company a page shows: Greenhouse's title as it words it; otherwise the parts
 * of the title, the one a heading (or og:title) repeats being the job, and the company the
 * careers site's name, og:site_name, or the part left over. What the page does not show stays ''.
 */
export function jobFromPage(texts: PageTexts): JobFacts {
  const greenhouse = GREENHOUSE_TITLE.exec(texts.title);
  if (greenhouse) return { title: clean(greenhouse[1]), company: clean(greenhouse[2]) };

  let careersOf = '';
  const parts: string[] = [];
  for (const raw of texts.title.split(SEPARATOR)) {
    const part = clean(raw.replace(APPLY_PREFIX, ''));
    if (!part || NOISE.test(part)) continue;
    const site = CAREERS_OF.map((pattern) => pattern.exec(part)?.[1]).find(Boolean);
    if (site) careersOf ||= clean(site);
    else if (!texts.ogSiteName || !same(part, texts.ogSiteName)) parts.push(part);
  }
  const shown = [texts.ogTitle, ...texts.headings].filter((text): text is string => !!text);
  const title = parts.find((part) => shown.some((text) => same(text, part))) ?? (parts.length === 1 ? parts[0]! : (texts.ogTitle ?? ''));
  const rest = parts.filter((part) => !same(part, title));
  const company = texts.ogSiteName ?? (careersOf || (rest.length === 1 ? rest[0]! : ''));
  return { title, company };
}

export function readJobPage(doc: Document): JobFacts {
  return jobFromPage(readPageTexts(doc));
}

/** The company the page shows: the documents chosen for its applications are the ones attached. */
export const pageCompany = (doc: Document): string => readJobPage(doc).company;
