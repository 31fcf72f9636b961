/**
 * Builds the sample profile that `npm run demo` imports and the options page offers as
 * "Load sample profile": a fictional person, Jordan Rivera, with the career and education of
 * ../shared/sample-resume.txt, and a one-page PDF resume generated from the same data.
 * Run: npx tsx scripts/make-sample-profile.ts
 *
 * Writes assets/sample-profile.json (the profile file format: format "applyfill.profile",
 * version 1), the same file under assets/public/ (the extension serves it at /sample-profile.json)
 * and assets/sample-resume.pdf, for people to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { EnvelopeSchema, type EnvelopeFile } from '../utils/profile/envelope';

const ROOT = resolve(import.meta.dirname, '..');
const RESUME_NAME = 'Jordan_Rivera_Resume.pdf';
/** Fixed, so that running the script again changes nothing unless the data changed. */
const GENERATED_AT = new Date('2026-11-27T12:00:00.000Z');

// ---- The person --------------------------------------------------------------------------

const basics = {
  name: 'Jordan Rivera',
  label: 'Software Engineer',
  email: 'jordan.rivera@example.com',
  phone: '(555) 010-4821',
  url: 'https://jordanrivera.example.com',
  summary:
    'Software engineer who builds reliable backend and video infrastructure: data models, internal APIs, ' +
    'real-time notifications and service resiliency, with a background in trading.',
  location: { address: '350 Example Avenue\nApt 5C', postalCode: '10001', city: 'New York', region: 'NY', countryCode: 'US' },
  profiles: [
    { network: 'LinkedIn', url: 'https://www.linkedin.com/in/jordan-rivera-example' },
    { network: 'GitHub', url: 'https://github.com/jordan-rivera-example' },
  ],
};

interface Job {
  name: string;
  position: string;
  location: string;
  startDate: string;
  endDate?: string;
  /** One line per bullet on the PDF; joined into the profile's description. */
  bullets: string[];
}

/*
 * The resume gives years, places and what the work was, but no titles, and names a company only
 * for two entries ("Facebook Reels", "Facebook Live"; "the Swipecast app's backend"). Titles are
 * inferred from the work described; companies it does not name stay empty rather than invented.
 * Facebook is written as Meta, its name since 2021, because the entry runs to the present.
 * The two trading roles have no dates of their own: they sit under the 2014 — 2015 block.
 */
const work: Job[] = [
  {
    name: 'Meta',
    position: 'Senior Software Engineer',
    location: 'New York, NY',
    startDate: '2019',
    bullets: [
      'Facebook Reels: feed delivery infrastructure, optimizing feed delivery latency and reliability.',
      'Facebook Live Video: foundational livestreaming functionality: data model, entity lifecycle, privacy and permissions, internal APIs for product teams and APIs for third-party livestreaming apps.',
      'Led the technical direction of the team: project plans, design decisions and trade-offs; guidance, tech talks and design reviews across the videos org.',
      'Sent high-volume real-time notifications under thundering-herd load from broadcasters, balancing latency against capacity; managed the live video notification ecosystem.',
    ],
  },
  {
    name: '',
    position: 'Software Engineer',
    location: 'New York, NY',
    startDate: '2018',
    endDate: '2019',
    bullets: [
      'Built core services (Java/MongoDB, Go/PostgreSQL) in a microservices architecture.',
      'Service resiliency, asynchronous processing to cut request latency, decoupling and eventual consistency across data stores, monitoring, logging and distributed tracing.',
      'Wrote and improved scripts and libraries used by developers across the company.',
    ],
  },
  {
    name: 'Swipecast',
    position: 'Backend Engineer',
    location: 'New York, NY',
    startDate: '2016',
    endDate: '2018',
    bullets: [
      "As engineering hire #2, built the Swipecast app's backend: server endpoints, business logic, login and security, payments, database management, scalability, admin dashboards and automation.",
      'Integrated Stripe, Pusher, Instagram, Facebook and Postmark APIs.',
    ],
  },
  {
    name: '',
    position: 'Energy Trader',
    location: 'Vienna, VA',
    startDate: '2014',
    endDate: '2015',
    bullets: ['Proprietary trading in electricity derivative markets (futures, financial transmission rights).'],
  },
  {
    name: '',
    position: 'Trading Analyst',
    location: 'New York, NY',
    startDate: '2014',
    endDate: '2015',
    bullets: ['Macro hedge fund trading rates, FX and equities.'],
  },
];

/** The resume names schools, degrees and years, but no fields of study or grades. */
const education = [
  { institution: 'Columbia University', studyType: "Master's Degree", area: '', startDate: '2015', endDate: '2018', score: '' },
  { institution: 'Yale University', studyType: "Bachelor's Degree", area: '', startDate: '2010', endDate: '2014', score: '' },
  { institution: 'Newport High School', studyType: 'High School', area: '', startDate: '2006', endDate: '2010', score: '' },
];

const skills = [
  'Java', 'Go', 'Python', 'Ruby on Rails', 'React', 'React Native', 'Thrift', 'gRPC', 'AWS', 'MongoDB',
  'PostgreSQL', 'SQL', 'Serverless', 'Distributed tracing', 'Datadog', 'Sentry',
];

const languages = [{ language: 'English', fluency: 'Native speaker' }];

const application = {
  firstName: 'Jordan',
  middleName: '',
  lastName: 'Rivera',
  preferredName: '',
  pronouns: '',
  phoneCountryCode: '+1',
  workAuthorization: { US: true },
  requiresSponsorship: false,
  willingToRelocate: false,
  salaryExpectation: { amount: 210000, currency: 'USD', period: 'year' as const },
  earliestStartDate: '2027-01-04',
  noticePeriod: '2 weeks',
  referralSource: 'LinkedIn',
  eeo: { gender: 'decline', hispanicOrLatino: 'decline', race: 'decline', veteran: 'not-protected', disability: 'decline' } as const,
  answers: [
    {
      question: 'Why do you want to work here?',
      answer: 'I like building infrastructure that many people rely on every day, and your team works on exactly that at a scale where reliability matters.',
    },
    {
      question: 'Tell us about a project you are proud of.',
      answer: 'At Meta I redesigned how live video notifications are sent when a popular broadcaster goes live, so that millions of notifications go out in real time without overloading the services behind them.',
    },
    {
      question: 'Are you able to work from our New York office three days a week?',
      answer: 'Yes, I live in New York City.',
    },
  ],
};

// ---- The PDF resume ---------------------------------------------------------------------

const PAGE = { width: 612, height: 792, margin: 54 };
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.38, 0.38, 0.42);
const ACCENT = rgb(0.12, 0.31, 0.82);

function dateRange(start: string, end: string | undefined): string {
  return `${start} — ${end ?? 'Present'}`;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Lays text out from the top of one page; throws rather than let the resume spill over. */
class Writer {
  private y = PAGE.height - PAGE.margin;
  private readonly width = PAGE.width - 2 * PAGE.margin;

  constructor(
    private readonly page: PDFPage,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {}

  private advance(by: number): void {
    this.y -= by;
    if (this.y < PAGE.margin) throw new Error('The sample resume no longer fits on one page: shorten its text.');
  }

  text(text: string, { size = 9.5, bold = false, color = INK, indent = 0, gap = 2 } = {}): void {
    const font = bold ? this.bold : this.regular;
    for (const line of wrap(text, font, size, this.width - indent)) {
      this.advance(size + gap);
      this.page.drawText(line, { x: PAGE.margin + indent, y: this.y, size, font, color });
    }
  }

  /** Text on the left and, on the same line, text flush right. */
  row(left: string, right: string, size = 10): void {
    this.advance(size + 4);
    this.page.drawText(left, { x: PAGE.margin, y: this.y, size, font: this.bold, color: INK });
    const rightWidth = this.regular.widthOfTextAtSize(right, size);
    this.page.drawText(right, { x: PAGE.margin + this.width - rightWidth, y: this.y, size, font: this.regular, color: MUTED });
  }

  bullet(text: string): void {
    const lines = wrap(text, this.regular, 9.5, this.width - 12);
    lines.forEach((line, index) => {
      this.advance(11.5);
      if (index === 0) this.page.drawText('•', { x: PAGE.margin + 2, y: this.y, size: 9.5, font: this.regular, color: INK });
      this.page.drawText(line, { x: PAGE.margin + 12, y: this.y, size: 9.5, font: this.regular, color: INK });
    });
  }

  heading(title: string): void {
    this.advance(20);
    this.page.drawText(title.toUpperCase(), { x: PAGE.margin, y: this.y, size: 10.5, font: this.bold, color: ACCENT });
    this.advance(5);
    this.page.drawLine({
      start: { x: PAGE.margin, y: this.y },
      end: { x: PAGE.margin + this.width, y: this.y },
      thickness: 0.6,
      color: ACCENT,
    });
  }

  space(points: number): void {
    this.advance(points);
  }
}

async function resumePdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${basics.name} — Resume`);
  pdf.setAuthor(basics.name);
  pdf.setCreator('Applyfill scripts/make-sample-profile.ts');
  pdf.setProducer('pdf-lib');
  pdf.setCreationDate(GENERATED_AT);
  pdf.setModificationDate(GENERATED_AT);
  const page = pdf.addPage([PAGE.width, PAGE.height]);
  const writer = new Writer(page, await pdf.embedFont(StandardFonts.Helvetica), await pdf.embedFont(StandardFonts.HelveticaBold));

  const { city, region } = basics.location;
  writer.text(basics.name, { size: 22, bold: true, gap: 0 });
  writer.space(6);
  writer.text(basics.label, { size: 11, color: MUTED });
  writer.text(
    [`${city}, ${region}`, basics.email, basics.phone, 'linkedin.com/in/jordan-rivera-example', 'github.com/jordan-rivera-example'].join('  ·  '),
    { size: 9, color: MUTED },
  );
  writer.space(4);
  writer.text(basics.summary);

  writer.heading('Experience');
  for (const job of work) {
    writer.space(5);
    writer.row(job.name ? `${job.position}, ${job.name}` : job.position, `${job.location}  ·  ${dateRange(job.startDate, job.endDate)}`);
    for (const bullet of job.bullets) writer.bullet(bullet);
  }

  writer.heading('Education');
  for (const school of education) {
    writer.space(4);
    writer.row(`${school.institution}`, dateRange(school.startDate, school.endDate));
    writer.text(school.studyType, { color: MUTED });
  }

  writer.heading('Skills');
  writer.space(3);
  writer.text(skills.join(', '));
  writer.text(`Languages: ${languages.map((l) => `${l.language} (${l.fluency.toLowerCase()})`).join(', ')}`);

  return pdf.save({ useObjectStreams: false });
}

// ---- The profile file -------------------------------------------------------------------

function profileFile(pdf: Uint8Array): EnvelopeFile {
  return {
    format: 'applyfill.profile',
    version: 1,
    exportedAt: GENERATED_AT.toISOString(),
    resume: {
      basics,
      work: work.map(({ bullets, endDate, ...job }) => ({ ...job, ...(endDate ? { endDate } : {}), summary: bullets.join('\n') })),
      education,
      skills: skills.map((name) => ({ name })),
      languages,
    },
    application,
    documents: [{ role: 'resume', name: RESUME_NAME, type: 'application/pdf', data: Buffer.from(pdf).toString('base64') }],
  };
}

function write(path: string, data: string | Uint8Array): void {
  const file = resolve(ROOT, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
  console.log(`wrote ${path} (${Buffer.byteLength(data)} bytes)`);
}

const pdf = await resumePdf();
const file = profileFile(pdf);
// The same validation as the extension's import, so a file that would be refused is never shipped.
const checked = EnvelopeSchema.safeParse(file);
if (!checked.success) {
  throw new Error(`The sample profile is not a valid profile file:\n${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')}`);
}
const json = `${JSON.stringify(file, null, 2)}\n`;
write('assets/sample-profile.json', json);
write('assets/public/sample-profile.json', json);
write('assets/sample-resume.pdf', pdf);
