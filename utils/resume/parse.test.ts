import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProfileSchema, emptyProfile } from '../profile/schema';
import { applyAccepted, defaultDecisions, proposeChanges } from './merge';
import { parseResumeText, type ParsedResume } from './parse';

const RESUMES = path.resolve(__dirname, '../../tests/resumes');
const SHARED_SAMPLE = path.resolve(__dirname, '../../../shared/sample-resume.txt');

function resume(name: string): string {
  return readFileSync(path.join(RESUMES, `${name}.txt`), 'utf8');
}

function expected(name: string): ParsedResume {
  return JSON.parse(readFileSync(path.join(RESUMES, `${name}.expected.json`), 'utf8')) as ParsedResume;
}

/** Each text has a different shape; tests/resumes/<name>.expected.json holds its full expected result. */
const FIXTURES = [
  'sample-resume', // LinkedIn export: date first, no titles or companies, team sub-headings, no Experience heading
  'classic-us', // US chronological: title and right-aligned dates, then "Company, City, ST", bullets
  'one-column', // company, title, "Jan 2018 - Present", place, one item per line
  'linkedin-paste', // copied from a LinkedIn page: "Stripe · Full-time", "· 3 yrs 4 mos", duplicated lines
  'student', // education first, "Title | Company | Place | Dates", "Expected May 2026", GPA
  'mm-yyyy', // "03/2019 – Present", "Company — City, Country", European degrees
  'en-dash-current', // "June 2020 – Current" on the title line, "Hospital – Chicago, IL", paragraphs without bullets
  'skills-bullets', // "Title at Company", "2021 – Now", skills as bullets
  'pdf-columns', // text as a PDF gives it: tab-separated columns, ALL-CAPS employers, "Sep. 2019", "2016–18"
];

describe('parseResumeText', () => {
  it.each(FIXTURES)('%s', (name) => {
    expect(parseResumeText(resume(name))).toEqual(expected(name));
  });

  it.each(FIXTURES)('%s imports into a valid profile', (name) => {
    const proposal = proposeChanges(emptyProfile(), parseResumeText(resume(name)));
    const profile = applyAccepted(emptyProfile(), proposal, defaultDecisions(proposal));
    expect(ProfileSchema.safeParse(profile).success).toBe(true);
  });
});

describe('the LinkedIn export sample', () => {
  const parsed = parseResumeText(resume('sample-resume'));

  it('is the copy of ../shared/sample-resume.txt', () => {
    // CI keeps shared/ beside the repository; the committed copy keeps the test running without it.
    if (!existsSync(SHARED_SAMPLE)) return;
    expect(readFileSync(SHARED_SAMPLE, 'utf8')).toBe(resume('sample-resume'));
  });

  it('finds every job with its dates and place, and says each company is missing', () => {
    expect(parsed.work.map(({ startDate, endDate, current, location, companyMissing }) => ({ startDate, endDate, current, location, companyMissing }))).toEqual([
      { startDate: '2019', endDate: '', current: true, location: 'Greater New York City Area', companyMissing: true },
      { startDate: '2018', endDate: '2019', current: false, location: 'Greater New York City Area', companyMissing: true },
      { startDate: '2016', endDate: '2018', current: false, location: 'New York', companyMissing: true },
      { startDate: '2014', endDate: '2015', current: false, location: 'Vienna, VA', companyMissing: true },
      { startDate: '', endDate: '', current: false, location: 'New York', companyMissing: true },
    ]);
  });

  it('keeps team sub-headings in the description instead of taking them for titles', () => {
    expect(parsed.work[0]!.title).toBe('');
    expect(parsed.work[0]!.description.split('\n')).toContain('Facebook Reels: feed delivery infrastructure');
    expect(parsed.work[0]!.description.split('\n')).toContain('Facebook Live: product');
  });

  it('finds the three schools with their years', () => {
    expect(parsed.education.map(({ school, degree, startDate, endDate }) => ({ school, degree, startDate, endDate }))).toEqual([
      { school: 'Yale University', degree: "Bachelor's Degree", startDate: '2010', endDate: '2014' },
      { school: 'Columbia University', degree: 'Master’s Degree', startDate: '2015', endDate: '2018' },
      { school: 'Newport High School', degree: 'High School', startDate: '2006', endDate: '2010' },
    ]);
  });
});

describe('parseResumeText on small inputs', () => {
  it('says what it could not find', () => {
    expect(parseResumeText('Just some words').warnings).toEqual([
      'No name found at the top of the resume.',
      'No email address found.',
      'No work history found.',
      'No education found.',
    ]);
  });

  it('reads jobs without any dates as name lines followed by descriptions', () => {
    const { work } = parseResumeText('Experience\nSoftware Engineer at Acme\n• Built things.\nBarista, Blue Bottle Coffee\n• Made coffee.');
    expect(work.map(({ title, company, description }) => ({ title, company, description }))).toEqual([
      { title: 'Software Engineer', company: 'Acme', description: 'Built things.' },
      { title: 'Barista', company: 'Blue Bottle Coffee', description: 'Made coffee.' },
    ]);
  });

  it('reads the phone number in its usual spellings', () => {
    const phone = (line: string) => {
      const { phone, phoneCountryCode } = parseResumeText(`Jane Doe\n${line}`).personal;
      return { phone, phoneCountryCode };
    };
    expect(phone('+1 (415) 555-0100')).toEqual({ phone: '(415) 555-0100', phoneCountryCode: '+1' });
    expect(phone('+14155550100')).toEqual({ phone: '4155550100', phoneCountryCode: '+1' });
    expect(phone('+44 20 7946 0958')).toEqual({ phone: '20 7946 0958', phoneCountryCode: '+44' });
    expect(phone('415.555.0100')).toEqual({ phone: '415.555.0100', phoneCountryCode: undefined });
  });

  it('splits names with particles and credentials', () => {
    expect(parseResumeText('Ana María de la Cruz, PhD').personal).toMatchObject({ firstName: 'Ana', middleName: 'María', lastName: 'de la Cruz' });
  });
});

describe('the header of a European resume', () => {
  it('skips the title of the document to find the name', () => {
    for (const title of ['Curriculum Vitae', 'CURRICULUM VITAE', 'Lebenslauf', 'Resume', 'CV']) {
      expect(parseResumeText(`${title}\nThomas Weber\nthomas@example.de`).personal).toMatchObject({ firstName: 'Thomas', lastName: 'Weber' });
    }
  });

  it('takes no headline, city or job title for a name', () => {
    expect(parseResumeText('Senior Data Analyst\nRosa Alvarez\nrosa@example.com').personal).toMatchObject({ firstName: 'Rosa', lastName: 'Alvarez' });
    expect(parseResumeText('San Francisco, CA\nAlex Morgan\nalex@example.com').personal).toMatchObject({ firstName: 'Alex', lastName: 'Morgan' });
    expect(parseResumeText('Softwareentwicklerin\nJulia Schneider').personal).toMatchObject({ firstName: 'Julia', lastName: 'Schneider' });
  });

  it('reads phone numbers in international formats whole', () => {
    const phone = (line: string) => {
      const { phone, phoneCountryCode } = parseResumeText(`Jane Doe\n${line}`).personal;
      return { phone, phoneCountryCode };
    };
    expect(phone('+49 170 1234567')).toEqual({ phone: '170 1234567', phoneCountryCode: '+49' });
    expect(phone('Telefon: +49 (0)40 3344 5566')).toEqual({ phone: '40 3344 5566', phoneCountryCode: '+49' });
    expect(phone('+33 6 12 34 56 78')).toEqual({ phone: '6 12 34 56 78', phoneCountryCode: '+33' });
    expect(phone('+34 612 345 678')).toEqual({ phone: '612 345 678', phoneCountryCode: '+34' });
    expect(phone('Mobile: 07700 900456')).toEqual({ phone: '07700 900456', phoneCountryCode: undefined });
    expect(phone('Geburtsdatum: 14.03.1992')).toEqual({ phone: undefined, phoneCountryCode: undefined });
  });

  it('reads XING and GitHub, and joins a LinkedIn address that LinkedIn’s PDF broke over two lines', () => {
    const { links } = parseResumeText(
      'Thomas Weber\nwww.xing.com/profile/Thomas_Weber_example | github.com/tweber\nContact\nwww.linkedin.com/in/thomas-\nweber-example (LinkedIn)',
    );
    expect(links).toEqual({
      xing: 'https://www.xing.com/profile/Thomas_Weber_example',
      github: 'https://github.com/tweber',
      linkedin: 'https://www.linkedin.com/in/thomas-weber-example',
    });
  });

  it('gives a Spanish name both family names', () => {
    const lucia = parseResumeText('Lucía Fernández García\nlucia@example.es\nExperiencia profesional\nx').personal;
    expect(lucia).toMatchObject({ firstName: 'Lucía', lastName: 'Fernández García' });
    expect(lucia.middleName).toBeUndefined();
    expect(parseResumeText('María José García López\nExperiencia\nx').personal).toMatchObject({ firstName: 'María José', lastName: 'García López' });
    expect(parseResumeText('Mary Ann Smith\nExperience\nx').personal).toMatchObject({ firstName: 'Mary', middleName: 'Ann', lastName: 'Smith' });
  });

  it('names the country in English, says so, and reads the town of a German street address', () => {
    const spanish = parseResumeText('Lucía Fernández\nMadrid, España | lucia@example.es');
    expect(spanish.personal).toMatchObject({ city: 'Madrid', country: 'Spain' });
    expect(spanish.unsure.country).toBe('Written "España" in the resume.');
    expect(parseResumeText('Julia Schneider\nPersönliche Daten\nAnschrift\tLindenstraße 12, 10115 Berlin').personal).toMatchObject({ city: 'Berlin' });
  });

  it('drops page furniture and running heads from pasted text', () => {
    const parsed = parseResumeText(
      'Ben Carter\nExperience\nEngineer\t2019 – Present\nMotor City Dynamics, Detroit, MI\n• Designed enclosures.\nPage 1 of 2\nBen Carter - Resume\nIntern\t2018 – 2019\nLakes Supply, Troy, MI\n• Drew dies.\n2/2',
    );
    expect(parsed.work.map(({ company, description }) => [company, description])).toEqual([
      ['Motor City Dynamics', 'Designed enclosures.'],
      ['Lakes Supply', 'Drew dies.'],
    ]);
  });
});
