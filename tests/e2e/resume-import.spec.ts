import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator, Page, Request } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { EXTENSION_DIR, expect, test } from './fixtures';
import { RESUME_FILE, testProfileFile } from './support/profile';
import { clearProfile } from './support/storage';
import { resumePdfBytes, type PdfLine } from '../../utils/resume/testPdf';
import { testZip } from '../../utils/resume/testZip';

/** Lines of a one-page resume as a word processor lays it out; a pair is drawn left and right-aligned on one baseline. */
const RESUME_LINES: readonly PdfLine[] = [
  'Alex Morgan',
  'alex.morgan@example.com | (415) 555-0172 | San Francisco, CA',
  'linkedin.com/in/alex-morgan-example | github.com/alex-morgan-example',
  'Summary',
  'Platform engineer who builds reliable data systems.',
  'Experience',
  ['Staff Software Engineer', 'Mar 2020 – Present'],
  'Northwind Analytics Inc., San Francisco, CA',
  '• Led the move of the ingestion pipeline to streaming.',
  '• Cut cloud costs by a third.',
  ['Software Engineer', 'Jun 2016 – Feb 2020'],
  'Contoso Systems, Seattle, WA',
  '• Built the billing service in Go.',
  'Education',
  ['Stanford University', '2020 – 2022'],
  'M.S. in Computer Science',
  ['University of Washington', '2012 – 2016'],
  'B.S. in Computer Science',
  'Skills',
  'Languages: Go, TypeScript, Python',
  'Tools: Kubernetes, PostgreSQL, Kafka',
];

/** What a LinkedIn or plain-text resume pasted into the box looks like: the first job names no company. */
const PASTED_RESUME = `Sam Lee
sam.lee@example.com | 614-555-0123
Experience
Data Analyst
2019 — Now
• Built the weekly sales dashboards.
Research Assistant at Blue River Labs
2016–2018
• Cleaned survey data.
Education
Ohio State University
B.A. in Economics, 2012 – 2016
Skills
SQL, Tableau, R`;

/** The resume corpus: files shaped like the ones people have (see scripts/make-resume-corpus.ts). */
const CORPUS_DIR = resolve(import.meta.dirname, '../resumes');

function corpusPdf(name: string) {
  return pdfFile(name, readFileSync(join(CORPUS_DIR, name)));
}

/** Pasted text whose first job's dates end in a dash, whose second job names a hospital unit but no employer, and whose school has one year. */
const DOUBTFUL_RESUME = `Marcus Reed
marcus.reed@example.com
Experience
Senior Product Manager, Cascade Cloud    2020-
Seattle, WA
• Own the billing roadmap.
Charge Nurse, Cardiac ICU    2014 – 2017
• Coordinated day shifts.
Education
University of Washington
2016`;

async function resumePdf(): Promise<Buffer> {
  return Buffer.from(await resumePdfBytes([RESUME_LINES]));
}

// A 1×1 grey PNG: a page that is nothing but an image, as a scan is.
const PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==', 'base64');

async function scannedPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const image = await pdf.embedPng(PIXEL_PNG);
  pdf.addPage([612, 792]).drawImage(image, { x: 0, y: 0, width: 612, height: 792 });
  return Buffer.from(await pdf.save());
}

function pdfFile(name: string, buffer: Buffer) {
  return { name, mimeType: 'application/pdf', buffer };
}

/** The stored profile record and the documents' names and sizes, read straight from IndexedDB. */
function readStored(page: Page): Promise<{ profile: unknown; documents: { role: string; name: string; type: string; size: number }[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('applyfill');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['profile', 'documents']);
          const profile = tx.objectStore('profile').get('current');
          const documents = tx.objectStore('documents').getAll();
          tx.oncomplete = () => {
            db.close();
            const records = documents.result as { role: string; name: string; type: string; bytes: ArrayBuffer }[];
            resolve({ profile: profile.result, documents: records.map(({ role, name, type, bytes }) => ({ role, name, type, size: bytes.byteLength })) });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

function section(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

function entryTitles(list: Locator): Promise<string[]> {
  return list.locator('.list-item-header h3').allInnerTexts();
}

function review(page: Page, source: string): Locator {
  return page.getByRole('region', { name: `Review what was found in ${source}` });
}

function resumeFileInput(page: Page): Locator {
  return section(page, 'Import from your resume').getByLabel('Resume file');
}

test.describe('importing a resume in the options page', () => {
  test('reads a PDF on the device, shows what it found, and saves it with the file', async ({ openExtensionPage, context, extensionId }) => {
    const page = await openExtensionPage('options.html#resume-import');
    await clearProfile(page);
    // The popup's first-run "Import from your resume" lands here, on the section's heading.
    await expect(section(page, 'Import from your resume').getByRole('heading', { name: 'Import from your resume' })).toBeFocused();

    const offDevice: string[] = [];
    const onRequest = (request: Request) => {
      if (!/^(chrome-extension|data|blob):/.test(request.url())) offDevice.push(request.url());
    };
    context.on('request', onRequest);
    const worker = page.waitForEvent('worker');

    const pdf = await resumePdf();
    await resumeFileInput(page).setInputFiles(pdfFile('Alex_Morgan_Resume.pdf', pdf));
    const found = review(page, 'Alex_Morgan_Resume.pdf');
    await expect(found).toBeVisible();
    // pdf.js parsed in its worker, loaded from the extension's own files.
    expect((await worker).url()).toMatch(new RegExp(`^chrome-extension://${extensionId}/.*pdf\\.worker.*\\.m?js$`));

    // An empty profile: every part found is new and ticked.
    const personal = found.getByRole('region', { name: 'Personal details' });
    for (const [label, value] of [
      ['First name', 'Alex'],
      ['Last name', 'Morgan'],
      ['Email', 'alex.morgan@example.com'],
      ['Phone', '(415) 555-0172'],
      ['City', 'San Francisco'],
      ['State or region', 'CA'],
    ] as const) {
      await expect(personal.getByRole('checkbox', { name: `Import ${label}`, exact: true })).toBeChecked();
      await expect(personal.getByRole('textbox', { name: `${label} from the resume`, exact: true })).toHaveValue(value);
    }
    await expect(found.getByRole('region', { name: 'Links' }).getByRole('textbox', { name: 'LinkedIn from the resume' })).toHaveValue(
      'https://linkedin.com/in/alex-morgan-example',
    );

    const staff = found.getByRole('group', { name: 'Staff Software Engineer at Northwind Analytics Inc.' });
    await expect(staff.getByRole('checkbox', { name: 'Import this job' })).toBeChecked();
    await expect(staff.getByRole('textbox', { name: 'Company' })).toHaveValue('Northwind Analytics Inc.');
    await expect(staff.getByRole('textbox', { name: 'Start date' })).toHaveValue('2020-03');
    // The empty end date of a current job shows nothing that looks like a date, and says why it is empty.
    const staffEnd = staff.getByRole('textbox', { name: 'End date' });
    await expect(staffEnd).toHaveValue('');
    await expect(staffEnd).not.toHaveAttribute('placeholder');
    await expect(staffEnd).toHaveAccessibleDescription('None: you work here now');
    await expect(staff.getByRole('checkbox', { name: 'I work here now' })).toBeChecked();
    await expect(staff.getByRole('textbox', { name: 'Description' })).toHaveValue(
      'Led the move of the ingestion pipeline to streaming.\nCut cloud costs by a third.',
    );
    const contoso = found.getByRole('group', { name: 'Software Engineer at Contoso Systems' });
    await expect(contoso.getByRole('textbox', { name: 'End date' })).toHaveValue('2020-02');
    await expect(contoso.getByRole('textbox', { name: 'Location' })).toHaveValue('Seattle, WA');

    const washington = found.getByRole('group', { name: 'University of Washington' });
    await expect(washington.getByRole('textbox', { name: 'Degree' })).toHaveValue('B.S.');
    // An edit is saved as typed.
    await washington.getByRole('textbox', { name: 'Degree' }).fill("Bachelor's Degree");
    await expect(found.getByLabel('Skills to add, one per line')).toHaveValue('Go\nTypeScript\nPython\nKubernetes\nPostgreSQL\nKafka');

    const useFile = found.getByRole('checkbox', { name: 'Use this file as my stored resume' });
    await expect(useFile).toBeChecked();
    // Nothing is written before Save.
    expect((await readStored(page)).profile).toBeUndefined();

    await found.getByRole('button', { name: 'Save to profile' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved from Alex_Morgan_Resume.pdf' })).toHaveText(
      'Saved from Alex_Morgan_Resume.pdf: 9 fields, 2 jobs, 2 schools, 6 skills, Alex_Morgan_Resume.pdf as your resume.',
    );
    // What forms ask for and the resume did not give.
    await expect(page.locator('#resume-import-empty')).toHaveText('Still empty in your profile: country.');
    await expect(found).toHaveCount(0);
    // The editor above shows the new profile without a reload.
    await expect(page.getByLabel('First name')).toHaveValue('Alex');

    await page.reload();
    await expect(page.getByLabel('First name')).toHaveValue('Alex');
    await expect(page.getByLabel('Last name')).toHaveValue('Morgan');
    await expect(page.getByLabel('Email')).toHaveValue('alex.morgan@example.com');
    await expect(page.getByLabel('Summary')).toHaveValue('Platform engineer who builds reliable data systems.');
    await expect(page.getByLabel('GitHub')).toHaveValue('https://github.com/alex-morgan-example');
    const work = section(page, 'Work history');
    expect(await entryTitles(work)).toEqual(['Northwind Analytics Inc.', 'Contoso Systems']);
    await expect(work.getByLabel('Title').first()).toHaveValue('Staff Software Engineer');
    await expect(work.getByLabel('I work here now').first()).toBeChecked();
    await expect(work.getByLabel('Start date').nth(1)).toHaveValue('2016-06');
    const education = section(page, 'Education');
    expect(await entryTitles(education)).toEqual(['Stanford University', 'University of Washington']);
    await expect(education.getByLabel('Degree').nth(1)).toHaveValue("Bachelor's Degree");
    await expect(education.getByLabel('End date').first()).toHaveValue('2022');
    await expect(page.getByLabel('Skills', { exact: true })).toHaveValue('Go\nTypeScript\nPython\nKubernetes\nPostgreSQL\nKafka');
    await expect(section(page, 'Documents')).toContainText('Alex_Morgan_Resume.pdf');
    expect((await readStored(page)).documents).toEqual([{ role: 'resume', name: 'Alex_Morgan_Resume.pdf', type: 'application/pdf', size: pdf.length }]);

    context.off('request', onRequest);
    expect(offDevice).toEqual([]);
  });

  test('reads pasted text, and saves only the parts left ticked, as edited', async ({ importProfile, openExtensionPage }) => {
    await importProfile(testProfileFile());
    const page = await openExtensionPage('options.html#resume-import');
    await expect(page.getByLabel('First name')).toHaveValue('Jordan');

    await page.getByLabel('Or paste your resume as text').fill(PASTED_RESUME);
    await page.getByRole('button', { name: 'Read pasted text' }).click();
    const found = review(page, 'the pasted text');
    await expect(found).toBeVisible();
    // A paste has no file to keep.
    await expect(found.getByRole('checkbox', { name: 'Use this file as my stored resume' })).toHaveCount(0);

    // Values that differ from the profile start unticked, next to what the profile says now.
    const firstName = found.getByRole('group', { name: 'First name', exact: true });
    await expect(firstName.getByRole('checkbox', { name: 'Import First name' })).not.toBeChecked();
    await expect(firstName).toContainText('Jordan');
    await expect(firstName.getByRole('textbox', { name: 'First name from the resume' })).toHaveValue('Sam');
    await expect(found.getByRole('checkbox', { name: 'Import Email', exact: true })).not.toBeChecked();
    // Ticking a value and then dropping it leaves it out all the same.
    await found.getByRole('checkbox', { name: 'Import Phone', exact: true }).check();
    await found.getByRole('button', { name: 'Drop Phone' }).click();
    await expect(found.getByRole('button', { name: 'Restore Phone' })).toBeFocused();

    const analyst = found.getByRole('group', { name: 'Data Analyst (company missing)' });
    await expect(analyst).toContainText('The company is missing');
    const company = analyst.getByRole('textbox', { name: 'Company' });
    await expect(company).toHaveValue('');
    await expect(company).toHaveAccessibleDescription(/The company is missing/);
    await company.fill('Buckeye Retail');
    await expect(analyst.getByRole('checkbox', { name: 'Import this job' })).toBeChecked();

    await found.getByRole('group', { name: 'Research Assistant at Blue River Labs' }).getByRole('checkbox', { name: 'Import this job' }).uncheck();
    await found.getByRole('group', { name: 'Ohio State University' }).getByRole('button', { name: 'Drop Ohio State University' }).click();
    await expect(found).toContainText('Ohio State University dropped');

    // The profile lists other skills, so adding these is the user's choice.
    const addSkills = found.getByRole('checkbox', { name: 'Import skills' });
    await expect(addSkills).not.toBeChecked();
    await addSkills.check();
    await found.getByLabel('Skills to add, one per line').fill('SQL\nTableau');

    await found.getByRole('button', { name: 'Save to profile' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved from the pasted text' })).toHaveText('Saved from the pasted text: 1 job, 2 skills.');

    await page.reload();
    await expect(page.getByLabel('First name')).toHaveValue('Jordan');
    await expect(page.getByLabel('Email')).toHaveValue('jordan.rivera@example.com');
    await expect(page.getByLabel('Phone', { exact: true })).toHaveValue('(555) 014-2367');
    const work = section(page, 'Work history');
    expect(await entryTitles(work)).toEqual(['Meta', 'Jet.com', 'Buckeye Retail']);
    await expect(work.getByLabel('Title').nth(2)).toHaveValue('Data Analyst');
    await expect(work.getByLabel('Start date').nth(2)).toHaveValue('2019');
    await expect(work.getByLabel('I work here now').nth(2)).toBeChecked();
    expect(await entryTitles(section(page, 'Education'))).toEqual(['Columbia University', 'Yale University']);
    await expect(page.getByLabel('Skills', { exact: true })).toHaveValue('Go\nJava\nPython\nSQL\nTableau');
    expect((await readStored(page)).documents.map(({ name }) => name)).toEqual([RESUME_FILE.name]);
  });

  test('keeps the stored resume unless asked, and does not save over edits made while reviewing', async ({ importProfile, openExtensionPage }) => {
    await importProfile(testProfileFile());
    const page = await openExtensionPage('options.html#resume-import');
    await expect(page.getByLabel('First name')).toHaveValue('Jordan');

    await resumeFileInput(page).setInputFiles(pdfFile('Alex_Morgan_Resume.pdf', await resumePdf()));
    const found = review(page, 'Alex_Morgan_Resume.pdf');
    const useFile = found.getByRole('checkbox', { name: 'Use this file as my stored resume' });
    await expect(useFile).not.toBeChecked();
    await expect(useFile).toHaveAccessibleDescription(`Alex_Morgan_Resume.pdf would replace ${RESUME_FILE.name}, the resume attached to upload fields now.`);
    await expect(found.getByRole('checkbox', { name: 'Import GitHub', exact: true })).not.toBeChecked();
    await found.getByRole('checkbox', { name: 'Import GitHub', exact: true }).check();
    await found.getByRole('group', { name: 'Software Engineer at Contoso Systems' }).getByRole('checkbox', { name: 'Import this job' }).uncheck();

    // The user edits the profile above while the review is open.
    await section(page, 'Personal').getByLabel('Middle name').fill('Quinn');
    await expect(page.locator('.save-status')).toHaveText('Saved');
    await found.getByRole('button', { name: 'Save to profile' }).click();
    await expect(found.getByRole('alert')).toContainText('Your profile changed while you were reviewing');
    // The ticks survive the refreshed comparison.
    await expect(found.getByRole('checkbox', { name: 'Import GitHub', exact: true })).toBeChecked();
    await found.getByRole('button', { name: 'Save to profile' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved from' })).toHaveText('Saved from Alex_Morgan_Resume.pdf: 1 field, 1 job, 2 schools.');

    await page.reload();
    await expect(section(page, 'Personal').getByLabel('Middle name')).toHaveValue('Quinn');
    await expect(page.getByLabel('First name')).toHaveValue('Jordan');
    await expect(page.getByLabel('GitHub')).toHaveValue('https://github.com/alex-morgan-example');
    await expect(page.getByLabel('LinkedIn')).toHaveValue('https://www.linkedin.com/in/jordan-rivera-example');
    expect(await entryTitles(section(page, 'Work history'))).toEqual(['Meta', 'Jet.com', 'Northwind Analytics Inc.']);
    expect(await entryTitles(section(page, 'Education'))).toEqual(['Columbia University', 'Yale University', 'Stanford University', 'University of Washington']);
    await expect(page.getByLabel('Skills', { exact: true })).toHaveValue('Go\nJava\nPython');
    expect((await readStored(page)).documents).toEqual([{ role: 'resume', ...RESUME_FILE }]);
  });

  test('discarding the review changes nothing', async ({ importProfile, openExtensionPage }) => {
    await importProfile(testProfileFile());
    const page = await openExtensionPage('options.html#resume-import');
    await expect(page.getByLabel('First name')).toHaveValue('Jordan');
    const before = await readStored(page);
    await resumeFileInput(page).setInputFiles(pdfFile('Alex_Morgan_Resume.pdf', await resumePdf()));
    const found = review(page, 'Alex_Morgan_Resume.pdf');
    await found.getByRole('checkbox', { name: 'Use this file as my stored resume' }).check();
    await found.getByRole('button', { name: 'Discard' }).click();
    await expect(found).toHaveCount(0);
    await expect(resumeFileInput(page)).toBeFocused();
    expect(await readStored(page)).toEqual(before);
  });

  test('bad input gets a clear message and changes nothing', async ({ importProfile, openExtensionPage }) => {
    await importProfile(testProfileFile());
    const page = await openExtensionPage('options.html#resume-import');
    await expect(page.getByLabel('First name')).toHaveValue('Jordan');
    const before = await readStored(page);
    const resumeSection = section(page, 'Import from your resume');
    const alert = resumeSection.getByRole('alert');
    const dir = mkdtempSync(join(tmpdir(), 'applyfill-resume-'));
    try {
      await page.getByLabel('Or paste your resume as text').fill('   \n  ');
      await page.getByRole('button', { name: 'Read pasted text' }).click();
      await expect(alert).toContainText('There is no text to read. Paste your resume or LinkedIn profile as text first.');
      await expect(alert).toContainText('Your profile is unchanged.');

      const pdf = await resumePdf();
      await resumeFileInput(page).setInputFiles(pdfFile('Broken.pdf', pdf.subarray(0, 400)));
      await expect(alert).toContainText('Broken.pdf could not be read: the file is damaged or is not really a PDF.');

      await resumeFileInput(page).setInputFiles(pdfFile('Scan.pdf', await scannedPdf()));
      await expect(alert).toContainText('This PDF has no text layer: it looks like a scanned image. Paste the text instead.');

      const longPdf = Buffer.from(await resumePdfBytes(Array.from({ length: 21 }, () => RESUME_LINES)));
      await resumeFileInput(page).setInputFiles(pdfFile('Portfolio.pdf', longPdf));
      await expect(alert).toContainText('Portfolio.pdf has 21 pages; Applyfill reads resumes of up to 20 pages.');

      // A zip bomb in miniature: a few kilobytes whose headers claim 2.1 GB.
      const bomb = testZip([{ name: 'word/document.xml', data: 'x'.repeat(30_000), declaredSize: Math.round(2.1 * 1024 ** 3) }]);
      await resumeFileInput(page).setInputFiles({ name: 'Bomb.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(bomb) });
      await expect(alert).toContainText('Bomb.docx would expand to 2.1 GB when opened; Applyfill reads Word files up to 50 MB.');

      // A sparse file: 50 MB on paper, nothing on disk, and refused before it is read.
      const big = join(dir, 'Huge.pdf');
      writeFileSync(big, '');
      truncateSync(big, 50 * 1024 * 1024);
      await resumeFileInput(page).setInputFiles(big);
      await expect(alert).toContainText('Huge.pdf is 50 MB; the limit is 10 MB');

      await expect(resumeSection.getByRole('region', { name: /^Review what was found/ })).toHaveCount(0);
      expect(await readStored(page)).toEqual(before);
      await page.reload();
      await expect(page.getByLabel('First name')).toHaveValue('Jordan');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('reads a design tool’s two columns and a German CV, and says what it is unsure of, per entry and per field', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options.html#resume-import');
    await clearProfile(page);

    // A sidebar beside the main column: no sidebar word in the titles, and the sidebar's skills kept.
    await resumeFileInput(page).setInputFiles(corpusPdf('us-sidebar-analyst.pdf'));
    let found = review(page, 'us-sidebar-analyst.pdf');
    await expect(found.getByRole('group', { name: 'Senior Data Analyst at Summit Outdoor Co.' })).toBeVisible();
    await expect(found.getByRole('group', { name: 'Data Analyst at Front Range Grocers' })).toBeVisible();
    await expect(found.getByLabel('Skills to add, one per line')).toHaveValue('SQL\nPython\nTableau\nLooker\ndbt\nA/B testing');
    await found.getByRole('button', { name: 'Discard' }).click();

    // "Curriculum Vitae" above the name, a +49 number with its trunk zero, XING, a company with its town in brackets.
    await resumeFileInput(page).setInputFiles(corpusPdf('de-word-cv.pdf'));
    found = review(page, 'de-word-cv.pdf');
    const personal = found.getByRole('region', { name: 'Personal details' });
    await expect(personal.getByRole('textbox', { name: 'First name from the resume', exact: true })).toHaveValue('Thomas');
    await expect(personal.getByRole('textbox', { name: 'Phone country code from the resume', exact: true })).toHaveValue('+49');
    await expect(personal.getByRole('textbox', { name: 'Phone from the resume', exact: true })).toHaveValue('40 3344 5566');
    // A field the parser changed from what the resume says carries a note, read with the input.
    const country = personal.getByRole('textbox', { name: 'Country from the resume', exact: true });
    await expect(country).toHaveValue('Germany');
    await expect(country).toHaveAccessibleDescription('Check: Written "Deutschland" in the resume.');
    await expect(personal.getByRole('textbox', { name: 'City from the resume', exact: true })).toHaveAccessibleDescription('');
    await expect(found.getByRole('region', { name: 'Links' }).getByRole('textbox', { name: 'XING from the resume' })).toHaveValue(
      'https://www.xing.com/profile/Thomas_Weber_example',
    );
    const manager = found.getByRole('group', { name: 'Projektmanager at Hanse Logistik GmbH' });
    await expect(manager.getByRole('textbox', { name: 'Location' })).toHaveValue('Hamburg, Germany');
    await found.getByRole('button', { name: 'Discard' }).click();

    // Doubts about entries: an open range read as current, a unit that is not the employer, a lone year.
    await page.getByLabel('Or paste your resume as text').fill(DOUBTFUL_RESUME);
    await page.getByRole('button', { name: 'Read pasted text' }).click();
    found = review(page, 'the pasted text');
    const cascade = found.getByRole('group', { name: 'Senior Product Manager at Cascade Cloud' });
    await expect(cascade).toContainText('Check this field before saving: end date.');
    const end = cascade.getByRole('textbox', { name: 'End date' });
    await expect(end).toHaveValue('');
    await expect(end).not.toHaveAttribute('placeholder');
    await expect(end).toHaveAccessibleDescription('None: you work here now Check: The dates end with a dash and no end: read as your current job.');
    await expect(cascade.getByRole('checkbox', { name: 'I work here now' })).toBeChecked();
    // Editing a doubted value answers the doubt.
    await end.fill('2023-06');
    await expect(cascade.getByText('Check this field before saving')).toHaveCount(0);
    await expect(end).toHaveAccessibleDescription('YYYY-MM, or YYYY');
    const nurse = found.getByRole('group', { name: 'Charge Nurse, Cardiac ICU (company missing)' });
    await expect(nurse.getByRole('textbox', { name: 'Title' })).toHaveValue('Charge Nurse, Cardiac ICU');
    await expect(nurse.getByRole('textbox', { name: 'Company' })).toHaveAccessibleDescription(/The company is missing/);
    const washington = found.getByRole('group', { name: 'University of Washington' });
    await expect(washington).toContainText('Check these fields before saving: degree, end date.');
    await expect(washington.getByRole('textbox', { name: 'End date' })).toHaveAccessibleDescription(
      'YYYY-MM, or YYYY Check: Only one date is given: read as when these studies ended.',
    );
  });

  test('the build carries the pdf.js worker as a file of the extension', () => {
    const assets = readdirSync(join(EXTENSION_DIR, 'assets'));
    expect(assets.filter((name) => /^pdf\.worker.*\.m?js$/.test(name))).toHaveLength(1);
  });
});
