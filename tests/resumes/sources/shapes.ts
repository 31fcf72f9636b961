import { bullet, bullets, gap, heading, job, line, name, pair, range, school, type CorpusResume, type Truth } from './model';

/** Shapes that tripped the parser: lowercase headings, text copied out of a PDF viewer, a plain Word file. Every person is invented. */

const iris: Truth = {
  personal: {
    firstName: 'Iris',
    lastName: 'Novak',
    headline: 'Illustrator and Motion Designer',
    email: 'iris.novak@example.com',
    phone: '(929) 555-0164',
    city: 'Brooklyn',
    region: 'NY',
  },
  links: { website: 'https://irisnovak.studio' },
  work: [
    job('Paper Lantern Animation', 'Motion Designer', 'Brooklyn, NY', '2021-09', 'now', ['Animate explainer videos for health-care clients.']),
    job('Freelance', 'Illustrator', 'New York, NY', '2018-06', '2021-08', ['Editorial illustrations for magazines and book covers.']),
  ],
  education: [
    school('Rhode Island School of Design', 'BFA', 'Illustration', '2014', '2018'),
    school('Pratt Institute', 'Certificate', 'Motion Graphics', '', '2020'),
  ],
  skills: ['After Effects', 'Procreate', 'Illustrator', 'Cinema 4D', 'Storyboarding'],
};

const ben: Truth = {
  personal: {
    firstName: 'Ben',
    lastName: 'Carter',
    headline: 'Mechanical Engineer',
    email: 'ben.carter@example.com',
    phone: '(248) 555-0122',
    city: 'Detroit',
    region: 'MI',
  },
  links: {},
  work: [
    job('Motor City Dynamics', 'Senior Mechanical Engineer', 'Detroit, MI', '2019-02', 'now', [
      'Lead design of battery enclosures for two EV platforms.',
    ]),
    job('Lakes Automotive Supply', 'Mechanical Engineer', 'Troy, MI', '2015-06', '2019-01', ['Designed stamping dies for body panels.']),
  ],
  education: [school('Michigan Technological University', 'B.S.', 'Mechanical Engineering', '2011', '2015')],
  skills: ['SolidWorks', 'CATIA', 'GD&T', 'FEA'],
};

const kevin: Truth = {
  personal: {
    firstName: 'Kevin',
    lastName: 'Tran',
    headline: 'Accountant',
    email: 'kevin.tran@example.com',
    phone: '(714) 555-0188',
    city: 'Irvine',
    region: 'CA',
  },
  links: { linkedin: 'https://linkedin.com/in/kevin-tran-example' },
  work: [
    job('Orange Grove CPAs LLP', 'Senior Accountant', 'Irvine, CA', '2020-01', 'now', [
      'Prepare financial statements for 40 small-business clients.',
      'Closed the books monthly in five days instead of ten.',
    ]),
    job('Pacific Coast Foods, Inc.', 'Staff Accountant', 'Anaheim, CA', '2016-07', '2019-12', ['Reconciled 30 bank and credit accounts each month.']),
  ],
  education: [school('California State University, Fullerton', 'B.A.', 'Business Administration', '2012', '2016')],
  skills: ['QuickBooks', 'Excel', 'NetSuite', 'GAAP'],
};

export const SHAPES: CorpusResume[] = [
  {
    id: 'us-sidebar-lowercase',
    about: 'design-tool PDF with lowercase headings ("experience", "school", "skills") and the sidebar on the right',
    format: {
      type: 'pdf',
      layout: 'sidebar',
      font: 'Helvetica',
      headings: 'lower',
      side: 'right',
      sidebar: [
        heading('contact'),
        line('iris.novak@example.com'),
        line('(929) 555-0164'),
        line('Brooklyn, NY'),
        line('irisnovak.studio'),
        heading('skills'),
        ...iris.skills.map((skill) => line(skill)),
      ],
    },
    truth: iris,
    blocks: [
      name('Iris Novak'),
      line('Illustrator and Motion Designer'),
      heading('experience'),
      ...iris.work.flatMap((j) => [line(j.title, 'bold'), line(`${j.company}, ${j.location}`), line(range(j), 'small'), ...bullets(j)]),
      heading('school'),
      line('Rhode Island School of Design', 'bold'),
      line('BFA, Illustration'),
      line('2014 – 2018', 'small'),
      line('Pratt Institute', 'bold'),
      line('Certificate, Motion Graphics'),
      line('2020', 'small'),
    ],
  },
  {
    id: 'txt-pdf-copy',
    about: 'text copied out of a PDF viewer: letter-spaced headings, "Page 1 of 2" and a running head in the middle of a job',
    format: { type: 'txt', pair: '  ' },
    truth: ben,
    blocks: [
      name('Ben Carter'),
      line('Mechanical Engineer'),
      line('ben.carter@example.com | (248) 555-0122 | Detroit, MI'),
      gap,
      heading('W O R K   E X P E R I E N C E'),
      pair('Senior Mechanical Engineer', range(ben.work[0]!)),
      line('Motor City Dynamics, Detroit, MI'),
      ...bullets(ben.work[0]!),
      line('Page 1 of 2'),
      line('Ben Carter - Resume'),
      pair('Mechanical Engineer', range(ben.work[1]!)),
      line('Lakes Automotive Supply, Troy, MI'),
      ...bullets(ben.work[1]!),
      gap,
      heading('E D U C A T I O N'),
      pair('Michigan Technological University', '2011 – 2015'),
      line('B.S. in Mechanical Engineering'),
      gap,
      heading('S K I L L S'),
      line(ben.skills.join(', ')),
      line('Page 2 of 2'),
    ],
  },
  {
    id: 'us-docx-classic',
    about: 'plain Word file: tab-separated dates, "Company, Inc." with its comma, bullets typed as characters',
    format: { type: 'docx' },
    truth: kevin,
    blocks: [
      name('Kevin Tran'),
      line('Accountant'),
      line('(714) 555-0188 | kevin.tran@example.com | Irvine, CA | linkedin.com/in/kevin-tran-example'),
      heading('Professional Experience'),
      ...kevin.work.flatMap((j) => [pair(j.company, j.location, 'bold'), pair(j.title, range(j, { month: 'long' })), ...bullets(j)]),
      heading('Education'),
      pair('California State University, Fullerton', '2012 – 2016', 'bold'),
      line('B.A. in Business Administration'),
      heading('Skills'),
      bullet(kevin.skills.join(', ')),
    ],
  },
];
