import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test, waitForAutofillButton } from './fixtures';
import { HIDE } from './support/ownUi';
import { RESUME_FILE, testProfileFile } from './support/profile';
import { clearProfile } from './support/storage';

function jsonFile(name: string, content: unknown) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)) };
}

function section(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

/** The headings of a list's entries, in the order shown. */
function entryTitles(list: Locator): Promise<string[]> {
  return list.locator('.list-item-header h3').allInnerTexts();
}

const saved = (page: Page) => page.locator('.save-status');

test.describe('the options page, the full profile editor', () => {
  test('creates a profile from nothing and keeps it after a reload', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options.html');
    await clearProfile(page);
    await expect(page.getByRole('heading', { name: 'Welcome to Applyfill' })).toBeVisible();

    await page.getByLabel('First name').fill('Ada');
    await page.getByLabel('Last name').fill('Lovelace');
    await page.getByLabel('Email').fill('ada@example.com');
    await page.getByLabel('LinkedIn').fill('https://www.linkedin.com/in/ada-example');

    const work = section(page, 'Work history');
    await work.getByRole('button', { name: 'Add work experience' }).click();
    // The new entry's first field takes the focus, so typing can start at once.
    await expect(work.getByLabel('Company')).toBeFocused();
    await page.keyboard.type('Analytical Engines');
    await work.getByLabel('Start date').fill('1842-01');
    await work.getByRole('button', { name: 'Add work experience' }).click();
    await work.getByLabel('Company').nth(1).fill('Babbage & Co');
    await work.getByRole('button', { name: 'Move Babbage & Co up' }).click();
    expect(await entryTitles(work)).toEqual(['Babbage & Co', 'Analytical Engines']);

    await section(page, 'Skills and languages').getByLabel('Skills', { exact: true }).fill('Mathematics\nPoetry\n');
    const eeo = section(page, 'Voluntary self-identification (EEO)');
    await eeo.getByRole('group', { name: 'Gender' }).getByLabel('I decline to self-identify').check();
    await section(page, 'Application answers').getByLabel('Will you require visa sponsorship?').selectOption('No');
    await expect(saved(page)).toHaveText('Saved');

    await page.reload();
    await expect(page.getByLabel('First name')).toHaveValue('Ada');
    await expect(page.getByRole('heading', { name: 'Welcome to Applyfill' })).toHaveCount(0);
    await expect(page.getByLabel('Email')).toHaveValue('ada@example.com');
    await expect(page.getByLabel('LinkedIn')).toHaveValue('https://www.linkedin.com/in/ada-example');
    expect(await entryTitles(section(page, 'Work history'))).toEqual(['Babbage & Co', 'Analytical Engines']);
    await expect(section(page, 'Work history').getByLabel('Start date').nth(1)).toHaveValue('1842-01');
    await expect(page.getByLabel('Skills', { exact: true })).toHaveValue('Mathematics\nPoetry');
    await expect(
      section(page, 'Voluntary self-identification (EEO)').getByRole('group', { name: 'Gender' }).getByLabel('I decline to self-identify'),
    ).toBeChecked();
    await expect(page.getByLabel('Will you require visa sponsorship?')).toHaveValue('no');
  });

  test('shows each error next to its field, saves nothing invalid and loses nothing valid', async ({ importProfile, openExtensionPage }) => {
    await importProfile(testProfileFile());
    const page = await openExtensionPage('options.html');
    const email = page.getByLabel('Email');
    await expect(email).toHaveValue('jordan.rivera@example.com');

    await email.fill('jordan at example');
    await page.getByLabel('Phone', { exact: true }).fill('555 010 9999');
    const start = section(page, 'Work history').getByLabel('Start date').first();
    await start.fill('June 2019');

    await expect(email).toHaveAttribute('aria-invalid', 'true');
    const emailError = page.locator(`#${await email.getAttribute('id')}-error`);
    await expect(emailError).toHaveText('expected an email address such as name@example.com');
    await expect(email).toHaveAttribute('aria-describedby', new RegExp(`${await emailError.getAttribute('id')}`));
    await expect(start).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('expected a date as YYYY, YYYY-MM or YYYY-MM-DD')).toBeVisible();
    await expect(saved(page)).toHaveText('Marked fields are not saved until corrected');
    // What was typed stays in the form while it is wrong.
    await expect(email).toHaveValue('jordan at example');

    await page.getByRole('button', { name: 'Go to the first problem' }).click();
    await expect(email).toBeFocused();

    // The valid phone was kept; the invalid email and date were not.
    await page.reload();
    await expect(page.getByLabel('Phone', { exact: true })).toHaveValue('555 010 9999');
    await expect(page.getByLabel('Email')).toHaveValue('jordan.rivera@example.com');
    await expect(section(page, 'Work history').getByLabel('Start date').first()).toHaveValue('2019-06');
    await expect(page.getByLabel('Email')).not.toHaveAttribute('aria-invalid');
  });

  test('imports a profile file after showing what it changes, and undoes it', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options.html');
    await clearProfile(page);
    await page.getByLabel('First name').fill('Ada');
    await expect(saved(page)).toHaveText('Saved');

    await page.getByLabel('Import profile').setInputFiles(jsonFile('jordan.json', testProfileFile()));
    const preview = page.getByRole('region', { name: 'What the import changes' });
    await expect(preview).toContainText('Importing jordan.json');
    await expect(preview.getByRole('listitem').filter({ hasText: 'Name: Ada → Jordan Rivera' })).toBeVisible();
    await expect(preview).toContainText('Work history: 0 → 2 entries');
    await expect(preview).toContainText(`Resume: none → ${RESUME_FILE.name}`);
    // Nothing is written before the user confirms.
    await expect(page.getByLabel('First name')).toHaveValue('Ada');

    await page.getByRole('button', { name: 'Confirm import' }).click();
    await expect(page.getByLabel('First name')).toHaveValue('Jordan');
    await expect(page.getByLabel('Last name')).toHaveValue('Rivera');
    expect(await entryTitles(section(page, 'Work history'))).toEqual(['Meta', 'Jet.com']);
    expect(await entryTitles(section(page, 'Education'))).toEqual(['Columbia University', 'Yale University']);
    await expect(section(page, 'Documents')).toContainText(RESUME_FILE.name);
    await expect(page.getByRole('status').filter({ hasText: 'Imported jordan.json' })).toBeVisible();

    await page.getByRole('button', { name: 'Undo import' }).click();
    await expect(page.getByLabel('First name')).toHaveValue('Ada');
    await expect(section(page, 'Documents')).not.toContainText(RESUME_FILE.name);
    await expect(page.getByRole('button', { name: 'Undo import' })).toHaveCount(0);
    await page.reload();
    await expect(page.getByLabel('First name')).toHaveValue('Ada');
  });

  const valid = testProfileFile();
  const MALFORMED: Array<{ name: string; content: unknown; path: string; message: string }> = [
    { name: 'truncated.json', content: JSON.stringify(valid).slice(0, 200), path: '', message: 'The file is not valid JSON' },
    { name: 'other-app.json', content: { ...valid, format: 'someone-else.profile' }, path: 'format', message: 'this is not an Applyfill profile file' },
    {
      name: 'bad-email.json',
      content: { ...valid, resume: { ...valid.resume, basics: { ...valid.resume.basics, email: 'jordan at example' } } },
      path: 'resume.basics.email',
      message: 'expected an email address',
    },
    {
      name: 'bad-eeo.json',
      content: testProfileFile({ application: { eeo: { gender: 'maybe' } } }),
      path: 'application.eeo.gender',
      message: 'expected one of male, female, non-binary, decline',
    },
    {
      name: 'bad-document.json',
      content: { ...valid, documents: [{ ...valid.documents[0], data: 'not base64 at all!' }] },
      path: 'documents.0.data',
      message: 'is not valid base64',
    },
    {
      name: 'bad-resume.json',
      content: { basics: { name: 'Sam Example' }, work: [{ name: 'Acme', startDate: 'June 2019' }] },
      path: 'work.0.startDate',
      message: 'expected a date',
    },
  ];

  test('refuses malformed files, saying what is wrong where, and keeps the profile', async ({ importProfile, openExtensionPage }) => {
    await importProfile(testProfileFile());
    const page = await openExtensionPage('options.html');
    await expect(page.getByLabel('First name')).toHaveValue('Jordan');
    for (const file of MALFORMED) {
      await page.getByLabel('Import profile').setInputFiles(jsonFile(file.name, file.content));
      const alert = page.getByRole('alert').filter({ hasText: `${file.name} cannot be imported` });
      await expect(alert, file.name).toBeVisible();
      const problem = alert.getByRole('listitem').filter({ hasText: file.message });
      await expect(problem, file.name).toBeVisible();
      if (file.path) await expect(problem.locator('code'), file.name).toHaveText(file.path);
      await expect(page.getByRole('button', { name: 'Confirm import' })).toHaveCount(0);
    }
    await page.reload();
    await expect(page.getByLabel('First name')).toHaveValue('Jordan');
    await expect(page.getByLabel('Email')).toHaveValue('jordan.rivera@example.com');
    expect(await entryTitles(section(page, 'Work history'))).toEqual(['Meta', 'Jet.com']);
    await expect(section(page, 'Documents')).toContainText(RESUME_FILE.name);
  });

  test('exports the profile file it imported', async ({ importProfile, openExtensionPage }) => {
    const original = testProfileFile();
    await importProfile(original);
    const page = await openExtensionPage('options.html');
    await expect(page.getByLabel('First name')).toHaveValue('Jordan');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export profile' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^applyfill-profile-\d{4}-\d{2}-\d{2}\.json$/);
    const { exportedAt, ...exported } = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(Date.parse(exportedAt)).not.toBeNaN();
    const { exportedAt: _, ...expected } = original;
    // The file's one resume comes back named after its file, the default, with an id that keeps choices across imports.
    const documents = expected.documents.map((document) => ({ ...document, id: expect.any(String), label: 'Jordan_Rivera_Resume', default: true, headline: '', summary: '' }));
    expect(exported).toEqual({ ...expected, documents });
  });

  test('loads the sample profile through the same preview', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options.html');
    await clearProfile(page);
    await page.getByRole('button', { name: 'Load sample profile' }).click();
    const preview = page.getByRole('region', { name: 'What the import changes' });
    await expect(preview).toContainText('Importing the sample profile');
    await expect(preview).toContainText('Name: none → ');
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await expect(page.getByLabel('First name')).not.toHaveValue('');
    await expect(section(page, 'Work history').locator('.list-item')).not.toHaveCount(0);
  });

  test('uploads, downloads, replaces and removes documents', async ({ importProfile, openExtensionPage }) => {
    await importProfile(testProfileFile());
    const page = await openExtensionPage('options.html');
    const documents = section(page, 'Documents');
    await expect(documents).toContainText(`${RESUME_FILE.name} PDF · ${RESUME_FILE.size} bytes`);

    const [download] = await Promise.all([page.waitForEvent('download'), documents.getByRole('button', { name: `Download ${RESUME_FILE.name}` }).click()]);
    expect(download.suggestedFilename()).toBe(RESUME_FILE.name);
    expect(readFileSync(await download.path()).byteLength).toBe(RESUME_FILE.size);

    const letter = 'Dear hiring team, ...\n';
    await documents.getByLabel('Upload cover letter').setInputFiles({ name: 'Cover_Letter.txt', mimeType: 'text/plain', buffer: Buffer.from(letter) });
    await expect(documents).toContainText(`Cover_Letter.txt TXT · ${Buffer.byteLength(letter)} bytes`);

    const refused = documents.getByLabel('Replace resume');
    await refused.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('png') });
    await expect(documents.getByRole('alert')).toHaveText('photo.png is not a PDF, DOC, DOCX, TXT or RTF file');
    await expect(refused).toHaveAttribute('aria-invalid', 'true');
    await expect(documents).toContainText(RESUME_FILE.name);

    await documents.getByRole('button', { name: `Remove ${RESUME_FILE.name}` }).click();
    await documents.getByRole('group', { name: `Remove ${RESUME_FILE.name}?` }).getByRole('button', { name: 'Remove' }).click();
    await expect(documents).toContainText('No resume yet');
    await page.reload();
    await expect(section(page, 'Documents')).toContainText('No resume yet');
    await expect(section(page, 'Documents')).toContainText('Cover_Letter.txt');
  });

  test('reorders entries from the keyboard, keeping the focus on the moved entry', async ({ importProfile, openExtensionPage }) => {
    await importProfile(testProfileFile());
    const page = await openExtensionPage('options.html');
    const education = section(page, 'Education');
    await education.getByRole('button', { name: 'Move Yale University up' }).focus();
    await page.keyboard.press('Enter');
    expect(await entryTitles(education)).toEqual(['Yale University', 'Columbia University']);
    // At the top the "up" button is disabled, so the focus moves to "down" of the same entry.
    await expect(education.getByRole('button', { name: 'Move Yale University down' })).toBeFocused();
    await expect(saved(page)).toHaveText('Saved');
    await page.keyboard.press('Enter');
    expect(await entryTitles(education)).toEqual(['Columbia University', 'Yale University']);
    await education.getByRole('button', { name: 'Remove Yale University' }).click();
    await expect(education.getByRole('button', { name: 'Remove Columbia University' })).toBeFocused();
    await expect(saved(page)).toHaveText('Saved');
    await page.reload();
    // The page reads the profile after it loads: wait for it rather than read the list before.
    await expect.poll(() => entryTitles(section(page, 'Education'))).toEqual(['Columbia University']);
  });

  test('lists the sites where the button was hidden, and shows it there again', async ({ page, importProfile, openExtensionPage }) => {
    await importProfile(testProfileFile());
    const options = await openExtensionPage('options.html');
    const sites = section(options, 'Sites where the Autofill button is hidden');
    await expect(sites).toContainText('None: the Autofill button shows on every site with an application form.');

    await page.goto('https://boards.greenhouse.io/example/jobs/short');
    const ui = await waitForAutofillButton(page);
    await ui.click(HIDE);
    await expect.poll(() => ui.exists()).toBe(false);

    // Coming back to the open options page brings the list up to date.
    await options.bringToFront();
    await options.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect(sites.getByRole('listitem')).toHaveText([/^boards\.greenhouse\.io/]);
    await sites.getByRole('button', { name: 'Show the button on boards.greenhouse.io' }).click();
    await expect(sites.getByRole('status')).toHaveText('The Autofill button shows again on boards.greenhouse.io.');
    await expect(sites.getByRole('listitem')).toHaveCount(0);
    await expect(sites.getByRole('heading', { name: 'Sites where the Autofill button is hidden' })).toBeFocused();
    await expect(sites).toContainText('None: the Autofill button shows on every site with an application form.');

    await options.reload();
    await expect(section(options, 'Sites where the Autofill button is hidden').getByRole('listitem')).toHaveCount(0);
    await page.reload();
    await (await waitForAutofillButton(page)).dispose();
  });

  test('labels every control, orders its headings and follows the system theme', async ({ importProfile, openExtensionPage }) => {
    await importProfile(testProfileFile());
    const page = await openExtensionPage('options.html');
    await expect(page.getByLabel('First name')).toHaveValue('Jordan');

    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('input, select, textarea, button')]
        .filter((control) => !(control.labels?.length || control.getAttribute('aria-label') || control.textContent?.trim()))
        .map((control) => control.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    const levels = await page.locator('h1, h2, h3, h4').evaluateAll((headings) => headings.map((heading) => Number(heading.tagName[1])));
    expect(levels[0]).toBe(1);
    levels.forEach((level, index) => expect(level - (levels[index - 1] ?? 0)).toBeLessThanOrEqual(1));

    await expect(page.getByRole('heading', { level: 1 })).toContainText('Applyfill');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(22, 24, 28)');
  });
});
