import { heading, job, line, name, para, school, type Block, type CorpusResume, type Truth } from './model';

/**
 * LinkedIn's "Save to PDF": a sidebar (contact, top skills, languages, certifications) beside the
 * main column; the profile URL broken over two lines; a company with several roles written once
 * with its total length; "Page 1 of 2" under every page. Every person is invented.
 */

const sarah: Truth = {
  personal: {
    firstName: 'Sarah',
    lastName: 'Lindqvist',
    headline: 'Director of Product at Fjord Payments | Fintech',
    email: 'sarah.lindqvist@example.com',
    city: 'New York',
    region: 'New York',
    country: 'United States',
    summary: 'Product leader in payments. I build teams that ship reliable money movement for small businesses.',
  },
  links: { linkedin: 'https://www.linkedin.com/in/sarah-lindqvist-example' },
  work: [
    job('Fjord Payments', 'Director of Product', 'New York, New York, United States', '2022-01', 'now', [
      'Lead four product teams across payouts, risk and onboarding.',
    ]),
    job('Fjord Payments', 'Senior Product Manager', 'New York, New York, United States', '2020-04', '2021-12', [
      'Launched instant payouts to 80,000 merchants.',
    ]),
    job('Fjord Payments', 'Product Manager', 'New York, New York, United States', '2019-01', '2020-03', ['Owned the merchant onboarding funnel.']),
    job('Hudson Analytics', 'Business Analyst', 'Jersey City, New Jersey, United States', '2015-06', '2018-12', [
      'Built pricing models for retail banking clients.',
    ]),
  ],
  education: [
    school('Columbia University', 'Master of Business Administration', 'Finance', '2013', '2015'),
    school('Uppsala University', 'Bachelor of Science', 'Economics', '2009', '2012'),
  ],
  skills: ['Product Strategy', 'SQL', 'Stakeholder Management'],
};

const felix: Truth = {
  personal: {
    firstName: 'Felix',
    lastName: 'Wagner',
    headline: 'Engineering Manager bei Isar Cloud GmbH',
    email: 'felix.wagner@example.de',
    city: 'München',
    region: 'Bayern',
    country: 'Germany',
    summary: 'Ich leite Plattform-Teams, die Kubernetes-Cluster für 200 Entwicklerinnen und Entwickler betreiben.',
  },
  links: { linkedin: 'https://www.linkedin.com/in/felix-wagner-example' },
  work: [
    job('Isar Cloud GmbH', 'Engineering Manager', 'München, Bayern, Deutschland', '2021-01', 'now', ['Leitung von zwei Plattform-Teams.']),
    job('Isar Cloud GmbH', 'Senior Software Engineer', 'München, Bayern, Deutschland', '2018-07', '2020-12', [
      'Aufbau der internen Deployment-Plattform.',
    ]),
    job('Alpen Mobility AG', 'Software Engineer', 'Augsburg, Bayern, Deutschland', '2015-03', '2018-06', ['Backend der Carsharing-App in Go.']),
  ],
  education: [school('Technische Universität München', 'Master of Science', 'Informatik', '2012', '2015')],
  skills: ['Kubernetes', 'Go', 'Teamführung'],
};

const aisha: Truth = {
  personal: {
    firstName: 'Aisha',
    lastName: 'Bello',
    headline: 'Software Engineer at Kestrel Labs',
    email: 'aisha.bello@example.com',
    city: 'Toronto',
    region: 'Ontario',
    country: 'Canada',
  },
  links: { linkedin: 'https://www.linkedin.com/in/aisha-bello-example' },
  work: [
    job('Kestrel Labs', 'Software Engineer', 'Toronto, Ontario, Canada', '2022-05', 'now', ['Build the mobile banking app in Kotlin.']),
    job('Maple Retail Group', 'Junior Developer', 'Mississauga, Ontario, Canada', '2020-09', '2022-04', ['Maintained store inventory tools.']),
  ],
  education: [school('University of Waterloo', 'Bachelor of Applied Science', 'Computer Engineering', '2015', '2020')],
  skills: ['Kotlin', 'Android', 'Java'],
};

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

interface Words {
  months: string[];
  present: string;
  /** "1 year 2 months", "1 Jahr 2 Monate". */
  length(years: number, months: number): string;
}

const ENGLISH: Words = {
  months: MONTHS_EN,
  present: 'Present',
  length: (y, m) => [y ? `${y} year${y === 1 ? '' : 's'}` : '', m ? `${m} month${m === 1 ? '' : 's'}` : ''].filter(Boolean).join(' '),
};

const GERMAN: Words = {
  months: MONTHS_DE,
  present: 'Heute',
  length: (y, m) => [y ? `${y} Jahr${y === 1 ? '' : 'e'}` : '', m ? `${m} Monat${m === 1 ? '' : 'e'}` : ''].filter(Boolean).join(' '),
};

/** Months from one truth date to another, both ends counted, as LinkedIn counts. */
function months(start: string, end: string): number {
  const [sy, sm] = start.split('-').map(Number);
  const [ey, em] = (end || '2024-03').split('-').map(Number);
  return (ey! - sy!) * 12 + (em! - sm!) + 1;
}

function length(words: Words, total: number): string {
  return words.length(Math.floor(total / 12), total % 12);
}

function when(words: Words, value: string): string {
  const [year, month] = value.split('-');
  return `${words.months[Number(month) - 1]} ${year}`;
}

/** One role as LinkedIn writes it under its company. */
function role(words: Words, entry: Truth['work'][number]): Block[] {
  const end = entry.current ? words.present : when(words, entry.endDate);
  return [
    line(entry.title, 'bold'),
    line(`${when(words, entry.startDate)} - ${end} (${length(words, months(entry.startDate, entry.endDate))})`, 'small'),
    line(entry.location, 'small'),
    para(entry.description),
  ];
}

/** The experience section: consecutive roles at one company become one group with its total length. */
function experience(words: Words, work: Truth['work']): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < work.length; ) {
    let j = i;
    while (j + 1 < work.length && work[j + 1]!.company === work[i]!.company) j++;
    const roles = work.slice(i, j + 1);
    blocks.push(line(work[i]!.company, 'bold'));
    if (roles.length > 1) blocks.push(line(length(words, months(roles[roles.length - 1]!.startDate, roles[0]!.endDate)), 'small'));
    blocks.push(...roles.flatMap((entry) => role(words, entry)));
    i = j + 1;
  }
  return blocks;
}

function education(entries: Truth['education'], abbreviations: string[]): Block[] {
  return entries.flatMap((entry, i) => [
    line(entry.school, 'bold'),
    line(`${entry.degree} - ${abbreviations[i]}, ${entry.field} · (${entry.startDate} - ${entry.endDate})`),
  ]);
}

const sarahExperience = experience(ENGLISH, sarah.work);
const felixExperience = experience(GERMAN, felix.work);

export const LINKEDIN: CorpusResume[] = [
  {
    id: 'linkedin-pdf-en',
    about: 'LinkedIn "Save to PDF", two pages: one company holding three roles, "Page 1 of 2" under each page, the profile URL broken over two lines',
    format: {
      type: 'pdf',
      layout: 'linkedin',
      font: 'Helvetica',
      headings: 'title',
      side: 'left',
      footer: 'page-of',
      pageBreakAt: 20,
      sidebar: [
        heading('Contact'),
        line('sarah.lindqvist@example.com'),
        line('www.linkedin.com/in/sarah-'),
        line('lindqvist-example (LinkedIn)'),
        heading('Top Skills'),
        ...sarah.skills.map((skill) => line(skill)),
        heading('Languages'),
        line('English (Native or Bilingual)'),
        line('Swedish (Native or Bilingual)'),
        heading('Certifications'),
        line('Certified Scrum Product Owner'),
      ],
    },
    truth: sarah,
    blocks: [
      name('Sarah Lindqvist'),
      line(sarah.personal.headline!),
      line('New York, New York, United States', 'small'),
      heading('Summary'),
      para(sarah.personal.summary!),
      heading('Experience'),
      ...sarahExperience,
      heading('Education'),
      ...education(sarah.education, ['MBA', 'BS']),
    ],
  },
  {
    id: 'linkedin-pdf-de',
    about: 'LinkedIn "Save to PDF" in German: "Berufserfahrung", "Januar 2021 - Heute (3 Jahre 3 Monate)", a two-role group, "Seite 1 von 2"',
    format: {
      type: 'pdf',
      layout: 'linkedin',
      font: 'Helvetica',
      headings: 'title',
      side: 'left',
      footer: 'page-of',
      pageWord: ['Seite', 'von'],
      pageBreakAt: 14,
      sidebar: [
        heading('Kontakt'),
        line('felix.wagner@example.de'),
        line('www.linkedin.com/in/felix-wagner-'),
        line('example (LinkedIn)'),
        heading('Top-Kenntnisse'),
        ...felix.skills.map((skill) => line(skill)),
        heading('Sprachen'),
        line('Deutsch (Muttersprache oder zweisprachig)'),
        line('Englisch (Fließend)'),
      ],
    },
    truth: felix,
    blocks: [
      name('Felix Wagner'),
      line(felix.personal.headline!),
      line('München, Bayern, Deutschland', 'small'),
      heading('Zusammenfassung'),
      para(felix.personal.summary!),
      heading('Berufserfahrung'),
      ...felixExperience,
      heading('Ausbildung'),
      ...education(felix.education, ['MS']),
    ],
  },
  {
    id: 'linkedin-pdf-short',
    about: 'LinkedIn "Save to PDF" on one page ("Page 1 of 1"), one role per company, no summary',
    format: {
      type: 'pdf',
      layout: 'linkedin',
      font: 'Helvetica',
      headings: 'title',
      side: 'left',
      footer: 'page-of',
      sidebar: [
        heading('Contact'),
        line('aisha.bello@example.com'),
        line('www.linkedin.com/in/aisha-bello-'),
        line('example (LinkedIn)'),
        heading('Top Skills'),
        ...aisha.skills.map((skill) => line(skill)),
      ],
    },
    truth: aisha,
    blocks: [
      name('Aisha Bello'),
      line(aisha.personal.headline!),
      line('Toronto, Ontario, Canada', 'small'),
      heading('Experience'),
      ...experience(ENGLISH, aisha.work),
      heading('Education'),
      ...education(aisha.education, ['BASc']),
    ],
  },
];
