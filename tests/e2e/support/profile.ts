/**
 * The profile the end-to-end tests import: a fictional person with two jobs and two schools,
 * answers to the common questions, and a small resume file. Built as the profile file format
 * (utils/profile envelope), so every test goes through the real import.
 */

/** A minimal, valid one-page PDF; its size is what tests compare after an upload. */
const RESUME_PDF = `%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj
4 0 obj << /Length 44 >> stream
BT /F1 18 Tf 72 720 Td (Jordan Rivera) Tj ET
endstream endobj
5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
trailer << /Root 1 0 R >>
%%EOF
`;

export const RESUME_FILE = {
  name: 'Jordan_Rivera_Resume.pdf',
  type: 'application/pdf',
  size: Buffer.byteLength(RESUME_PDF),
};

export function testProfileFile(overrides: { application?: Record<string, unknown> } = {}) {
  return {
    format: 'applyfill.profile',
    version: 1,
    exportedAt: '2026-11-27T12:00:00.000Z',
    resume: {
      basics: {
        name: 'Jordan Rivera',
        label: 'Senior Software Engineer',
        email: 'jordan.rivera@example.com',
        phone: '(555) 014-2367',
        url: 'https://jordanrivera.example.com',
        summary: 'Backend engineer focused on reliable video infrastructure.',
        location: { address: '123 Example Street\nApt 4B', postalCode: '10001', city: 'New York', region: 'NY', countryCode: 'US' },
        profiles: [
          { network: 'LinkedIn', url: 'https://www.linkedin.com/in/jordan-rivera-example' },
          { network: 'GitHub', url: 'https://github.com/jordan-rivera-example' },
        ],
      },
      work: [
        {
          name: 'Meta',
          position: 'Senior Software Engineer',
          location: 'New York, NY',
          startDate: '2019-06',
          summary: 'Feed delivery infrastructure for Reels.',
        },
        {
          name: 'Jet.com',
          position: 'Software Engineer',
          location: 'Hoboken, NJ',
          startDate: '2018-01',
          endDate: '2019-05',
          summary: 'Core services in Java and Go.',
        },
      ],
      education: [
        { institution: 'Columbia University', studyType: "Master's Degree", area: 'Computer Science', startDate: '2015-09', endDate: '2018-05', score: '3.8' },
        { institution: 'Yale University', studyType: "Bachelor's Degree", area: 'Economics', startDate: '2010-09', endDate: '2014-05' },
      ],
      skills: [{ name: 'Go' }, { name: 'Java' }, { name: 'Python' }],
      languages: [{ language: 'English', fluency: 'Native speaker' }, { language: 'Spanish', fluency: 'Professional working proficiency' }],
    },
    application: {
      firstName: 'Jordan',
      middleName: '',
      lastName: 'Rivera',
      preferredName: '',
      pronouns: 'they/them',
      phoneCountryCode: '+1',
      workAuthorization: { US: true },
      requiresSponsorship: false,
      willingToRelocate: true,
      salaryExpectation: { amount: 200000, currency: 'USD', period: 'year' },
      earliestStartDate: '2027-01-04',
      noticePeriod: '2 weeks',
      referralSource: 'LinkedIn',
      eeo: { gender: 'decline', hispanicOrLatino: 'no', race: 'decline', veteran: 'not-protected', disability: 'decline' },
      answers: [
        {
          question: 'Why do you want to work here?',
          control: 'text',
          answer: 'I want to build reliable infrastructure that millions of people depend on.',
        },
      ],
      ...overrides.application,
    },
    documents: [{ role: 'resume', name: RESUME_FILE.name, type: RESUME_FILE.type, data: Buffer.from(RESUME_PDF).toString('base64') }],
  };
}
