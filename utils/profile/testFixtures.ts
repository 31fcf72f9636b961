import { bytesToBase64 } from './documents';
import { toEnvelope } from './envelope';
import { ProfileSchema, type Profile, type ProfileDocument } from './schema';

/* Data shared by the profile tests. */

/** Every field set to something other than its default (a test holds it to that). */
export function fullProfile(): Profile {
  return ProfileSchema.parse({
    personal: {
      firstName: 'Jordan',
      middleName: 'Avery Lee',
      lastName: 'Rivera',
      preferredName: 'Jo',
      pronouns: 'they/them',
      headline: 'Staff Software Engineer',
      summary: 'Builds reliable web platforms.\nLikes "quotes", emoji 🚀 and ünïcode.',
      email: 'jordan.rivera@example.com',
      phone: '(555) 010-0100',
      phoneCountryCode: '+1',
      address: {
        line1: '100 Congress Ave',
        line2: 'Suite 2\nRear entrance',
        city: 'Austin',
        region: 'TX',
        postalCode: '78701',
        country: 'United States',
      },
    },
    links: {
      linkedin: 'https://www.linkedin.com/in/jordan-rivera',
      github: 'https://github.com/jrivera',
      website: 'https://jordan.dev',
      twitter: 'https://x.com/jrivera',
      other: [
        { label: 'Blog', url: 'https://blog.jordan.dev' },
        { label: 'LinkedIn', url: 'https://www.linkedin.com/company/rivera-labs' },
      ],
    },
    work: [
      {
        company: 'Acme',
        title: 'Staff Engineer',
        location: 'Remote',
        startDate: '2022-03',
        endDate: '',
        current: true,
        description: 'Led the platform team.',
      },
      {
        company: 'Initech',
        title: 'Senior Engineer',
        location: 'Austin, TX',
        startDate: '2018',
        endDate: '2022-02-28',
        current: false,
        description: 'Shipped TPS reports.',
      },
    ],
    education: [
      {
        school: 'University of Texas at Austin',
        degree: 'BS',
        field: 'Computer Science',
        startDate: '2010-09',
        endDate: '2014-05',
        gpa: '3.8',
      },
    ],
    skills: ['TypeScript', 'IndexedDB', 'C++'],
    languages: [
      { language: 'English', fluency: 'Native' },
      { language: 'Spanish', fluency: 'Professional working' },
    ],
    application: {
      workAuthorization: { US: true, GB: false },
      requiresSponsorship: false,
      willingToRelocate: true,
      salaryExpectation: { amount: 200000, currency: 'USD', period: 'year' },
      earliestStartDate: '2027-01-04',
      noticePeriod: '2 weeks',
      referralSource: 'LinkedIn',
      eeo: { gender: 'decline', hispanicOrLatino: 'no', race: 'two-or-more', veteran: 'not-protected', disability: 'decline' },
    },
    answers: [
      { question: 'Why do you want to work here?', control: 'textarea', answer: 'The mission.' },
      { question: 'Are you at least 18 years of age?', control: 'yesNo', answer: 'Yes', option: 'Yes, I am' },
      { question: 'What is your preferred work arrangement?', control: 'select', answer: 'Hybrid', option: 'Hybrid' },
    ],
  });
}

/** Every byte value, so any encoding slip shows. */
export function sampleBytes(length: number): Uint8Array<ArrayBuffer> {
  return Uint8Array.from({ length }, (_, i) => (i * 7 + (i >> 8)) % 256);
}

const UNMARKED = { isDefault: true, headline: '', summary: '' };

/** A resume and a cover letter, each the default of its role, named after its file as an import of an earlier version names them. */
export function sampleDocuments(): ProfileDocument[] {
  const resume = sampleBytes(120 * 1024);
  const letter = sampleBytes(3000);
  return [
    { role: 'resume', label: 'Jordan_Rivera_Resume', ...UNMARKED, name: 'Jordan_Rivera_Resume.pdf', type: 'application/pdf', size: resume.length, base64: bytesToBase64(resume) },
    {
      role: 'coverLetter',
      label: 'Cover letter',
      ...UNMARKED,
      name: 'Cover letter.docx',
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      size: letter.length,
      base64: bytesToBase64(letter),
    },
  ];
}

type Json = Record<string, any>;

/** A valid export file as plain JSON, for tests to break. */
export function validEnvelopeJson(): Json {
  return JSON.parse(JSON.stringify(toEnvelope(fullProfile(), sampleDocuments(), new Date('2026-11-27T12:00:00.000Z'))));
}

function envelopeWith(change: (file: Json) => void): () => string {
  return () => {
    const file = validEnvelopeJson();
    change(file);
    return JSON.stringify(file);
  };
}

export interface MalformedFile {
  name: string;
  text: () => string;
  /** The path of the first error. */
  path: string;
  /** Its message, exactly, or a pattern it matches. */
  message: string | RegExp;
}

const MB = 1024 * 1024;

export const MALFORMED_FILES: readonly MalformedFile[] = [
  { name: 'not JSON', text: () => 'Jordan Rivera, engineer', path: '', message: /^The file is not valid JSON \(.+\)$/ },
  { name: 'an empty file', text: () => '', path: '', message: /^The file is not valid JSON/ },
  { name: 'truncated JSON', text: () => JSON.stringify(validEnvelopeJson()).slice(0, 500), path: '', message: /^The file is not valid JSON/ },
  { name: 'a JSON list', text: () => '[]', path: '', message: 'The file does not hold a profile: expected a JSON object' },
  { name: 'a JSON string', text: () => '"profile"', path: '', message: 'The file does not hold a profile: expected a JSON object' },
  { name: 'JSON null', text: () => 'null', path: '', message: 'The file does not hold a profile: expected a JSON object' },
  { name: 'an unrelated object', text: () => '{"hello":"world"}', path: '', message: 'The file is neither an Applyfill profile nor a JSON Resume document' },
  {
    name: 'a wrong format tag',
    text: envelopeWith((file) => (file.format = 'otherapp.profile')),
    path: 'format',
    message: 'expected "applyfill.profile"; this is not an Applyfill profile file',
  },
  {
    name: 'no format tag',
    text: envelopeWith((file) => delete file.format),
    path: 'format',
    message: 'expected "applyfill.profile"; this is not an Applyfill profile file',
  },
  {
    name: 'a javascript: link',
    text: envelopeWith((file) => (file.resume.basics.url = 'javascript:alert(1)')),
    path: 'resume.basics.url',
    message: /web address/,
  },
  {
    name: 'a future version',
    text: envelopeWith((file) => (file.version = 2)),
    path: 'version',
    message: 'this file was exported by a newer Applyfill (file version 2); update Applyfill, then import it again',
  },
  { name: 'a version as text', text: envelopeWith((file) => (file.version = '1')), path: 'version', message: 'expected 1' },
  { name: 'no resume', text: envelopeWith((file) => delete file.resume), path: 'resume', message: 'is required' },
  {
    name: 'work as an object',
    text: envelopeWith((file) => (file.resume.work = { name: 'Acme' })),
    path: 'resume.work',
    message: 'expected a list, not an object',
  },
  {
    name: 'a company name as a number',
    text: envelopeWith((file) => (file.resume.work[1].name = 42)),
    path: 'resume.work.1.name',
    message: 'expected text, not a number',
  },
  {
    name: 'an unknown veteran status',
    text: envelopeWith((file) => (file.application.eeo.veteran = 'yes')),
    path: 'application.eeo.veteran',
    message: 'expected one of protected, not-protected, decline',
  },
  {
    name: 'sponsorship as text',
    text: envelopeWith((file) => (file.application.requiresSponsorship = 'no')),
    path: 'application.requiresSponsorship',
    message: 'expected true or false, not text',
  },
  {
    name: 'a lower-case currency',
    text: envelopeWith((file) => (file.application.salaryExpectation.currency = 'usd')),
    path: 'application.salaryExpectation.currency',
    message: 'expected a currency code such as USD',
  },
  {
    name: 'a negative salary',
    text: envelopeWith((file) => (file.application.salaryExpectation.amount = -1)),
    path: 'application.salaryExpectation.amount',
    message: 'must be at least 0',
  },
  {
    name: 'a country name as a work authorization key',
    text: envelopeWith((file) => (file.application.workAuthorization = { Germany: true })),
    path: 'application.workAuthorization.Germany',
    message: 'expected a two-letter country code such as US',
  },
  {
    name: 'an impossible month',
    text: envelopeWith((file) => (file.resume.work[0].startDate = '2020-13')),
    path: 'resume.work.0.startDate',
    message: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
  },
  {
    name: 'an invalid email',
    text: envelopeWith((file) => (file.resume.basics.email = 'jordan at example')),
    path: 'resume.basics.email',
    message: 'expected an email address such as name@example.com',
  },
  {
    name: 'a link that is not a web address',
    text: envelopeWith((file) => (file.resume.basics.profiles[0].url = 'linkedin')),
    path: 'resume.basics.profiles.0.url',
    message: 'expected a web address such as https://example.com',
  },
  {
    name: 'a huge summary',
    text: envelopeWith((file) => (file.resume.basics.summary = 'x'.repeat(MB))),
    path: 'resume.basics.summary',
    message: 'must be at most 20000 characters',
  },
  {
    name: 'a huge name with no name parts',
    text: envelopeWith((file) => {
      delete file.application.firstName;
      delete file.application.middleName;
      delete file.application.lastName;
      file.resume.basics.name = 'x'.repeat(MB);
    }),
    path: 'resume.basics.name',
    message: 'as a first, middle or last name, must be at most 200 characters',
  },
  {
    name: 'a huge second address line',
    text: envelopeWith((file) => (file.resume.basics.location.address = `1 Main St\n${'x'.repeat(600)}`)),
    path: 'resume.basics.location.address',
    message: 'each line must be at most 500 characters',
  },
  {
    name: 'too many jobs',
    text: envelopeWith((file) => (file.resume.work = Array.from({ length: 101 }, () => ({ name: 'Acme' })))),
    path: 'resume.work',
    message: 'must have at most 100 entries',
  },
  {
    name: 'too many skills once keywords are counted',
    text: envelopeWith((file) => (file.resume.skills = [{ name: 'All', keywords: Array.from({ length: 500 }, (_, i) => `s${i}`) }])),
    path: 'resume.skills',
    message: 'counting keywords, must have at most 500 entries',
  },
  {
    name: 'an unreadable export date',
    text: envelopeWith((file) => (file.exportedAt = 'yesterday')),
    path: 'exportedAt',
    message: 'expected a date and time such as 2026-11-27T12:00:00.000Z',
  },
  {
    name: 'a 50 MB file',
    text: envelopeWith((file) => (file.documents[0].data = 'A'.repeat(50 * MB))),
    path: 'documents.0',
    message: 'Jordan_Rivera_Resume.pdf is 37.5 MB; the limit is 10 MB',
  },
  {
    name: 'a file over the 80 MB limit',
    text: () => ' '.repeat(81 * MB),
    path: '',
    message: 'The file is 81 MB; a profile file is at most 80 MB',
  },
  {
    name: 'a document of 10 MB and one byte',
    text: envelopeWith((file) => (file.documents[0].data = bytesToBase64(new Uint8Array(10 * MB + 1)))),
    path: 'documents.0',
    message: 'Jordan_Rivera_Resume.pdf is 10.1 MB; the limit is 10 MB',
  },
  {
    name: 'invalid base64',
    text: envelopeWith((file) => (file.documents[0].data = 'JVBERi0x!!!=')),
    path: 'documents.0.data',
    message: 'is not valid base64',
  },
  {
    name: 'base64 with line breaks',
    text: envelopeWith((file) => (file.documents[0].data = 'JVBE\nRi0x')),
    path: 'documents.0.data',
    message: 'is not valid base64',
  },
  {
    name: 'an image as the resume',
    text: envelopeWith((file) => Object.assign(file.documents[0], { name: 'Jordan.png', type: 'image/png' })),
    path: 'documents.0',
    message: 'Jordan.png is not a PDF, DOC, DOCX, TXT or RTF file',
  },
  {
    name: 'an empty document',
    text: envelopeWith((file) => (file.documents[0].data = '')),
    path: 'documents.0',
    message: 'Jordan_Rivera_Resume.pdf is empty',
  },
  {
    name: 'two resumes with one name',
    text: envelopeWith((file) => {
      file.documents[1].role = 'resume';
      file.documents[1].label = file.documents[0].label;
    }),
    path: 'documents.1.label',
    message: 'There is already a resume named "Jordan_Rivera_Resume"',
  },
  {
    name: 'a __proto__ key',
    text: () => JSON.stringify(validEnvelopeJson()).replace('{', '{"__proto__":{"polluted":true},'),
    path: '__proto__',
    message: 'this key is not allowed in a profile file',
  },
  {
    name: 'a nested constructor key',
    text: () => JSON.stringify(validEnvelopeJson()).replace('"basics":{', '"basics":{"constructor":{"prototype":{"polluted":true}},'),
    path: 'resume.basics.constructor',
    message: 'this key is not allowed in a profile file',
  },
  {
    name: 'a prototype key in a list entry',
    text: envelopeWith((file) => (file.resume.work[1].prototype = {})),
    path: 'resume.work.1.prototype',
    message: 'this key is not allowed in a profile file',
  },
  {
    name: 'deeply nested lists',
    text: () =>
      JSON.stringify(validEnvelopeJson()).replace(
        '"summary":"Builds',
        `"summary":${'['.repeat(100_000)}${']'.repeat(100_000)},"x":"Builds`,
      ),
    path: 'resume.basics.summary',
    message: 'expected text, not a list',
  },
  {
    name: 'a bare JSON Resume with a wrong type',
    text: () => JSON.stringify({ basics: { name: 'Sam Lee', email: 42 } }),
    path: 'basics.email',
    message: 'expected an email address such as name@example.com',
  },
  {
    name: 'a bare JSON Resume with "Present" as an end date',
    text: () => JSON.stringify({ work: [{ name: 'Acme', endDate: 'Present' }] }),
    path: 'work.0.endDate',
    message: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
  },
];
