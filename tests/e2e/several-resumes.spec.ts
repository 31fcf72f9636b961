import { readFileSync } from 'node:fs';
import type { Frame, Page } from '@playwright/test';
import { expect, fillWithButton, summaryText, test, waitForAutofillButton } from './fixtures';
import { ATTACHED, STATUS, documentChoice, type OwnUi } from './support/ownUi';
import { RESUME_FILE, testProfileFile } from './support/profile';
import { MIN_SHOWN_MS } from '../../utils/content/clickGuard';

/**
 * Two resumes stored, "Backend" the default: the user picks "Data" in the in-page panel before a
 * fill, the page gets that file and no other, and the next fill on the same company offers
 * "Data" again. On Greenhouse's new board (whose input keeps the file, so its bytes are compared)
 * and on Workday's wizard (which uploads on the second step and keeps only the file's name, type
 * and size).
 */

/** A second one-page PDF, of another size than the default resume's, so the two cannot be mistaken. */
const DATA_PDF = `%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj
4 0 obj << /Length 58 >> stream
BT /F1 18 Tf 72 720 Td (Jordan Rivera, data engineer) Tj ET
endstream endobj
5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
trailer << /Root 1 0 R >>
%%EOF
`;
const DATA_FILE = { name: 'Jordan_Rivera_Data.pdf', type: 'application/pdf', size: Buffer.byteLength(DATA_PDF) };

/** The test profile with its resume named "Backend" (the default) and a second one named "Data". */
function twoResumes() {
  const file = testProfileFile();
  const [backend] = file.documents;
  return {
    ...file,
    documents: [
      { ...backend!, label: 'Backend', default: true },
      { role: 'resume', label: 'Data', name: DATA_FILE.name, type: DATA_FILE.type, data: Buffer.from(DATA_PDF).toString('base64') },
    ],
  };
}

const BACKEND = documentChoice('Resume', 'Backend');
const DATA = documentChoice('Resume', 'Data');
const GREENHOUSE = 'https://job-boards.greenhouse.io/acme/jobs/4567';
const WORKDAY = 'https://acme.wd5.myworkdayjobs.com/en-US/External/job/New-York-NY/Senior-Software-Engineer_R-1042/apply/applyManually';

/** The panel lists both resumes, `chosen` pressed. */
async function expectOffered(ui: OwnUi, chosen: 'Backend' | 'Data') {
  await expect.poll(() => ui.isVisible(DATA), { message: 'the panel lists the resumes', timeout: 10_000 }).toBe(true);
  await expect.poll(() => ui.isPressed(DATA)).toBe(chosen === 'Data');
  expect(await ui.isPressed(BACKEND)).toBe(chosen === 'Backend');
}

/** Picks a document as a user does: a real click on a list that has been on screen long enough to be seen. */
async function pick(page: Page, ui: OwnUi, choice: typeof DATA) {
  await ui.scrollIntoView(choice);
  await page.waitForTimeout(MIN_SHOWN_MS + 150);
  await ui.click(choice);
  await expect.poll(() => ui.isPressed(choice), { message: 'the pick shows as pressed' }).toBe(true);
}

/** The files a file input holds: name, size and bytes (base64). */
const filesIn = (scope: Page | Frame, selector: string) =>
  scope.locator(selector).evaluate(async (input: HTMLInputElement) => {
    const files = Array.from(input.files ?? []);
    return Promise.all(
      files.map(async (file) => ({ name: file.name, size: file.size, base64: btoa(String.fromCharCode(...new Uint8Array(await file.arrayBuffer()))) })),
    );
  });

const dataAttached = [{ name: DATA_FILE.name, size: DATA_FILE.size, base64: Buffer.from(DATA_PDF).toString('base64') }];

test.describe('several resumes', () => {
  test.beforeEach(async ({ importProfile }) => {
    await importProfile(twoResumes());
  });

  test('Greenhouse: "Data" picked in the panel is the file attached, and is offered again at the next fill on the company', async ({ page }) => {
    await page.goto(GREENHOUSE);
    let ui = await waitForAutofillButton(page);
    await expectOffered(ui, 'Backend');
    // The names live in Applyfill's closed UI: the page's own document holds none of them.
    expect(await page.content()).not.toMatch(/Backend|"Data"|>Data</);

    await pick(page, ui, DATA);
    await fillWithButton(page);
    expect(await filesIn(page, '#resume')).toEqual(dataAttached);
    await expect(page.locator('[data-upload=resume] .file-upload__filename-text')).toHaveText(DATA_FILE.name);
    expect(await ui.text(ATTACHED)).toBe(`Resume “Data” attached (${DATA_FILE.name})`);
    await ui.dispose();

    // The same company again: its application offers, and attaches, "Data".
    await page.goto(GREENHOUSE);
    ui = await waitForAutofillButton(page);
    await expectOffered(ui, 'Data');
    await fillWithButton(page);
    expect(await filesIn(page, '#resume')).toEqual(dataAttached);

    // Back to the default, in one click: the page then gets "Backend".
    await pick(page, ui, BACKEND);
    await page.goto(GREENHOUSE);
    await ui.dispose();
    ui = await waitForAutofillButton(page);
    await expectOffered(ui, 'Backend');
    await fillWithButton(page);
    expect(await filesIn(page, '#resume')).toEqual([expect.objectContaining({ name: RESUME_FILE.name, size: RESUME_FILE.size })]);
    expect(await ui.text(ATTACHED)).toBe(`Resume “Backend” attached (${RESUME_FILE.name})`);
    await ui.dispose();
  });

  test('Greenhouse: another site offers the default; the pick is the company\'s on its site only', async ({ page }) => {
    await page.goto(GREENHOUSE);
    let ui = await waitForAutofillButton(page);
    await expectOffered(ui, 'Backend');
    await pick(page, ui, DATA);
    await ui.dispose();
    // The classic board names the same company, on another site.
    await page.goto('https://boards.greenhouse.io/acme/jobs/123');
    ui = await waitForAutofillButton(page);
    await expectOffered(ui, 'Backend');
    await ui.dispose();
  });

  test('the page cannot make the pick: a click on a list it covers is refused, and the default stays', async ({ page }) => {
    await page.goto(GREENHOUSE);
    const ui = await waitForAutofillButton(page);
    await expectOffered(ui, 'Backend');
    // A see-through decoy in the top layer over Applyfill's panel, letting clicks through to it.
    await page.evaluate(() => {
      const decoy = document.createElement('div');
      decoy.setAttribute('popover', 'manual');
      decoy.style.cssText = 'position:fixed; inset:auto 0 0 auto; width:500px; height:500px; margin:0; background:#fc0; pointer-events:none; border:0';
      document.body.append(decoy);
      decoy.showPopover();
    });
    await page.waitForTimeout(MIN_SHOWN_MS + 150);
    await ui.click(DATA);
    await expect.poll(() => ui.text(STATUS)).toMatch(/^Applyfill kept the document it had/);
    expect(await ui.isPressed(BACKEND)).toBe(true);
    await page.goto(GREENHOUSE);
    await ui.dispose();
    const again = await waitForAutofillButton(page);
    await expectOffered(again, 'Backend');
    await again.dispose();
  });

  test('Workday: "Data" picked on the first step is the file the wizard uploads, and is offered again at the next fill on the company', async ({ page }) => {
    const uploaded = () => page.evaluate(() => (window as unknown as { __state: Record<string, unknown> }).__state.resume);
    const next = async (step: string) => {
      const button = page.locator('[data-automation-id="pageFooterNextButton"], [data-automation-id="bottom-navigation-next-button"]');
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('[data-automation-id="progressBarActiveStep"]')).toContainText(step);
    };

    await page.goto(WORKDAY);
    let ui = await waitForAutofillButton(page);
    await expectOffered(ui, 'Backend');
    await pick(page, ui, DATA);
    await fillWithButton(page);
    // The step switch is on: My Experience fills as it renders, uploading the chosen resume.
    await next('My Experience');
    await expect.poll(uploaded, { timeout: 20_000, message: 'the uploaded resume' }).toEqual([DATA_FILE]);
    await expect(page.locator('[data-automation-id="file-upload-item"]')).toHaveCount(1);
    await expect.poll(() => ui.text(ATTACHED)).toBe(`Resume “Data” attached (${DATA_FILE.name})`);
    await ui.dispose();

    await page.goto(WORKDAY);
    ui = await waitForAutofillButton(page);
    await expectOffered(ui, 'Data');
    await fillWithButton(page);
    await next('My Experience');
    await expect.poll(uploaded, { timeout: 20_000, message: 'the uploaded resume' }).toEqual([DATA_FILE]);
    expect(await summaryText(page)).toMatch(/^Filled/);
    await ui.dispose();
  });

  test('the popup shows the resume the next fill attaches, and picks another in one click', async ({ page, clickToolbarButton }) => {
    await page.goto(GREENHOUSE);
    const ui = await waitForAutofillButton(page);
    await expectOffered(ui, 'Backend');
    const popup = await clickToolbarButton(page);
    const resumes = popup.getByRole('group', { name: 'Resume' });
    await expect(resumes.getByRole('button', { name: 'Resume: Backend' })).toHaveAttribute('aria-pressed', 'true');
    await resumes.getByRole('button', { name: 'Resume: Data' }).click();
    await expect(resumes.getByRole('button', { name: 'Resume: Data' })).toHaveAttribute('aria-pressed', 'true');
    // The panel on the page shows the popup's pick.
    await expectOffered(ui, 'Data');
    await popup.getByRole('button', { name: 'Autofill this page' }).click();
    await expect(popup.getByText(`Resume “Data” attached (${DATA_FILE.name})`)).toBeVisible({ timeout: 30_000 });
    expect(await filesIn(page, '#resume')).toEqual(dataAttached);
    await ui.dispose();
  });

  test('the options page exports both resumes and imports them back byte for byte, names, order and default kept', async ({ openExtensionPage }) => {
    const imported = twoResumes();
    const exportThrough = async (page: Page) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export profile' }).click()]);
      return readFileSync(await download.path(), 'utf8');
    };
    let page = await openExtensionPage('options.html');
    const documents = page.getByRole('region', { name: 'Documents', exact: true });
    await expect(documents.getByRole('listitem', { name: 'Resume “Backend”' })).toContainText('Default');
    await expect(documents.getByRole('listitem', { name: 'Resume “Data”' })).not.toContainText('Default');
    const text = await exportThrough(page);
    const exported = JSON.parse(text) as { documents: { label: string; default: boolean; name: string; data: string }[] };
    expect(exported.documents.map(({ label, default: isDefault, name, data }) => ({ label, isDefault, name, data }))).toEqual(
      imported.documents.map(({ label, name, data }) => ({ label, isDefault: label === 'Backend', name, data })),
    );

    // Another change, then the exported file imported through the page: both files come back as they were.
    await documents.getByRole('button', { name: 'Remove Jordan_Rivera_Data.pdf' }).click();
    await documents.getByRole('group', { name: 'Remove Jordan_Rivera_Data.pdf?' }).getByRole('button', { name: 'Remove' }).click();
    await expect(documents.getByRole('listitem', { name: 'Resume “Data”' })).toHaveCount(0);
    await page.getByLabel('Import profile').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.getByRole('region', { name: 'What the import changes' })).toContainText(`Data (${DATA_FILE.name}, ${DATA_FILE.size} bytes)`);
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await expect(documents.getByRole('listitem', { name: 'Resume “Data”' })).toContainText(DATA_FILE.name);
    page = await openExtensionPage('options.html');
    const again = JSON.parse(await exportThrough(page)) as typeof exported;
    expect(again.documents).toEqual(exported.documents);
  });

  test('the options page adds, renames, reorders, marks the default and refuses what it cannot keep', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options.html');
    const documents = page.getByRole('region', { name: 'Documents', exact: true });
    const resumes = documents.getByRole('group', { name: 'Resumes' });
    const headings = async () => (await resumes.getByRole('listitem').getByRole('heading').allTextContents()).map((text) => text.trim());
    await expect.poll(headings).toEqual(['Backend Default', 'Data']);

    await resumes.getByLabel('Upload another resume').setInputFiles({ name: 'Internship.txt', mimeType: 'text/plain', buffer: Buffer.from('Internships') });
    await expect.poll(headings).toEqual(['Backend Default', 'Data', 'Internship']);
    await resumes.getByLabel('Upload another resume').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('png') });
    await expect(resumes.getByRole('alert')).toHaveText('photo.png is not a PDF, DOC, DOCX, TXT or RTF file');

    await resumes.getByRole('button', { name: 'Rename “Internship”' }).click();
    const rename = resumes.getByRole('form', { name: 'Rename “Internship”' });
    await rename.getByLabel('Name', { exact: true }).fill('Data');
    await rename.getByRole('button', { name: 'Save name' }).click();
    await expect(rename.getByRole('alert')).toHaveText('There is already a resume named "Data"');
    await rename.getByLabel('Name', { exact: true }).fill('Internships');
    await rename.getByRole('button', { name: 'Save name' }).click();
    await expect.poll(headings).toEqual(['Backend Default', 'Data', 'Internships']);

    await resumes.getByRole('button', { name: 'Move “Internships” up' }).click();
    await expect.poll(headings).toEqual(['Backend Default', 'Internships', 'Data']);
    await resumes.getByRole('button', { name: 'Make “Data” the default resume' }).click();
    await expect.poll(headings).toEqual(['Backend', 'Internships', 'Data Default']);

    const data = resumes.getByRole('listitem', { name: 'Resume “Data”' });
    await data.getByText('Headline and summary for “Data”').click();
    await data.getByLabel('Headline').fill('Data engineer');
    await data.getByRole('button', { name: 'Save headline and summary' }).click();
    await expect(data.getByRole('status')).toHaveText('Saved');

    await page.reload();
    await expect.poll(headings).toEqual([
      'Backend',
      'Internships',
      'Data Default',
    ]);
    const reloaded = page.getByRole('listitem', { name: 'Resume “Data”' });
    await reloaded.getByText('Headline and summary for “Data”').click();
    await expect(reloaded.getByLabel('Headline')).toHaveValue('Data engineer');
  });
});
