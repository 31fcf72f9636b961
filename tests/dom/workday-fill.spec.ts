import { resolve } from 'node:path';
import { build } from 'esbuild';
import { expect, test, type Page } from '@playwright/test';

/**
 * Filling as a person does, in real Chromium, on markup snippets: uploads that the page must be
 * seen to take, Workday's "Select One" popups that name nothing, date parts behind their display,
 * and the resume uploader counted once. The Workday widgets are the fixture pages' own
 * (tests/pages/lib/workday-widgets.js), built the way tests/pages/workday/SOURCES.md records.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const LIB = resolve(ROOT, 'tests/pages/lib');

let bundled: Promise<string> | undefined;
function fillBundle(): Promise<string> {
  bundled ??= build({
    stdin: {
      contents: [
        "export { collectFields } from './utils/dom/collect';",
        "export { performAction } from './utils/dom/fill';",
        "export { chooseOption } from './utils/core/match';",
        "export { fillListbox } from './utils/ats/workday/listbox';",
        "export { uploadToWorkday } from './utils/ats/workday/upload';",
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'Fill',
    target: 'chrome120',
    write: false,
  }).then((result) => result.outputFiles[0]!.text);
  return bundled;
}

/** The page's side of a test: what the bundle exports, and the fixture widgets when loaded. */
interface PageGlobals {
  Fill: typeof import('../../utils/dom/collect') &
    typeof import('../../utils/dom/fill') &
    typeof import('../../utils/core/match') &
    typeof import('../../utils/ats/workday/listbox') &
    typeof import('../../utils/ats/workday/upload');
  WD: Record<string, (...args: unknown[]) => void>;
  __state: Record<string, unknown>;
  /** Set up by `setup`: the context a fill gets, with a resume to attach. */
  ctx: import('../../utils/dom/fill').FillContext;
}

const RESUME = { role: 'resume', name: 'Jordan_Rivera_Resume.pdf', type: 'application/pdf', size: 4, base64: btoa('%PDF') };

async function load(page: Page, html: string, { widgets = false, timeoutMs = 60_000 } = {}): Promise<void> {
  await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${html}</body></html>`);
  if (widgets) {
    await page.addStyleTag({ path: resolve(ROOT, 'tests/pages/workday/style.css') });
    await page.addScriptTag({ path: resolve(LIB, 'controlled.js') });
    await page.addScriptTag({ path: resolve(LIB, 'workday-widgets.js') });
  }
  await page.addScriptTag({ content: await fillBundle() });
  await page.evaluate(
    ([resume, timeout]) => {
      const globals = window as unknown as PageGlobals;
      globals.ctx = { documents: [resume as never], chooseOption: async (options, choice) => globals.Fill.chooseOption(options, choice), widgetTimeoutMs: timeout as number };
    },
    [RESUME, timeoutMs] as const,
  );
}

/** Collects the page and performs `action` on the first field of `control`; returns the outcome. */
function fillFirst(page: Page, control: string, action: object) {
  return page.evaluate(
    async ([control, action]) => {
      const { Fill, ctx } = window as unknown as PageGlobals;
      const { fields, handles } = Fill.collectFields(document);
      const field = fields.find((f) => f.control === control);
      if (!field) throw new Error(`no ${control} field`);
      return Fill.performAction(handles.get(field.ref)!, { ref: field.ref, ...(action as object) } as never, ctx);
    },
    [control, action] as const,
  );
}

/** Workday's resume field as captured on a live tenant (classes and icons left out). */
const WORKDAY_RESUME = (items = '') => `
  <div role="group" aria-labelledby="Resume/CV-section"><h4 id="Resume/CV-section">Resume/CV</h4>
    <div data-fkit-id="resumeAttachments--null">
      <div data-automation-id="formField-" data-fkit-id="resumeAttachments--attachments">
        <label id="label174"><span>Upload a file (5MB max)<abbr aria-hidden="true">*</abbr></span></label>
        <div><div style="width:100%;max-width:704px;min-width:280px">
          <div data-automation-id="attachments-FileUpload" aria-labelledby="label174">
            <div>
              <div data-automation-id="file-upload-drop-zone" style="border:1px dashed #888;padding:16px">
                <div><span>⬆</span></div><div>Drop files here</div>
                <div><div>or</div><button type="button" data-automation-id="select-files" id="resumeAttachments--attachments"><span>Select files</span></button></div>
              </div>
              <input data-automation-id="file-upload-input-ref" type="file" multiple style="display:none">
            </div>
            <div>${items}</div>
          </div>
        </div><div></div></div>
      </div>
    </div>
  </div>`;

const UPLOADED_ITEM = (name: string) => `
  <div data-automation-id="file-upload-item"><div>
    <div data-automation-id="file-upload-item-name">${name}</div><div>44.92 KB</div>
    <div data-automation-id="file-upload-successful">Successfully Uploaded!</div>
  </div><div><button type="button" data-automation-id="delete-file" aria-label="Delete ${name}" title="Delete"></button></div></div>`;

test.describe('the resume uploader counted once', () => {
  test("Workday's drop zone and the input beside it are one field: the input, reached through the zone", async ({ page }) => {
    await load(page, WORKDAY_RESUME());
    const files = await page.evaluate(() =>
      (window as unknown as PageGlobals).Fill.collectFields(document).fields.filter((f) => f.control === 'file').map((f) => f.automationId),
    );
    expect(files).toEqual(['file-upload-input-ref']);
  });

  test('a drop zone with no file input near it is a field of its own', async ({ page }) => {
    await load(page, '<p>Resume</p><div class="dropzone" style="border:1px dashed #888;padding:16px">Drop your resume here</div>');
    const files = await page.evaluate(() => (window as unknown as PageGlobals).Fill.collectFields(document).fields.filter((f) => f.control === 'file').length);
    expect(files).toBe(1);
  });

  test('holds the file its list shows, though Workday emptied the input', async ({ page }) => {
    await load(page, WORKDAY_RESUME(UPLOADED_ITEM('resume.pdf')));
    const held = await page.evaluate(() => (window as unknown as PageGlobals).Fill.collectFields(document).fields.filter((f) => f.control === 'file').map((f) => f.currentValue));
    expect(held).toEqual([['resume.pdf']]);
  });
});

test.describe('an upload counts only once the page shows it took the file', () => {
  const ATTACH = { kind: 'resume', op: 'file', role: 'resume' };

  test('an input that keeps the file', async ({ page }) => {
    await load(page, '<label>Resume <input type="file"></label>');
    expect(await fillFirst(page, 'file', ATTACH)).toEqual({ status: 'filled', value: RESUME.name });
  });

  test('a drop zone that lists the dropped file', async ({ page }) => {
    await load(page, `<p>Resume</p><div class="dropzone" style="border:1px dashed #888;padding:16px">Drop your resume here<ul></ul></div>
      <script>
        const zone = document.querySelector('.dropzone');
        zone.addEventListener('dragover', (e) => e.preventDefault());
        zone.addEventListener('drop', (e) => { e.preventDefault(); setTimeout(() => { const li = document.createElement('li'); li.textContent = e.dataTransfer.files[0].name; zone.querySelector('ul').append(li); }, 50); });
      </script>`);
    expect(await fillFirst(page, 'file', ATTACH)).toEqual({ status: 'filled', value: RESUME.name });
  });

  test('a drop zone that ignores the drop needs the user', async ({ page }) => {
    await load(page, '<p>Resume</p><div class="dropzone" style="border:1px dashed #888;padding:16px">Drop your resume here</div>', { timeoutMs: 300 });
    expect(await fillFirst(page, 'file', ATTACH)).toEqual({ status: 'failed', error: 'the page did not take the file' });
  });

  test('an input whose page empties it and shows nothing needs the user', async ({ page }) => {
    await load(page, `<label>Resume <input type="file"></label><script>document.querySelector('input').addEventListener('change', (e) => { e.target.value = ''; });</script>`, { timeoutMs: 300 });
    expect(await fillFirst(page, 'file', ATTACH)).toEqual({ status: 'failed', error: 'the page did not take the file' });
  });

  /** Builds today's Workday uploader with the fixture's widget, which empties its input and lists the file. */
  const workdayUploader = `${WORKDAY_RESUME()}<script>
    const input = document.querySelector('[data-automation-id="file-upload-input-ref"]');
    const list = document.querySelector('[data-automation-id="attachments-FileUpload"] > div:last-child');
    WD.uploader(document.querySelector('[data-automation-id="file-upload-drop-zone"]'), input, list, 'resume', { generation: 'new' });
  </script>`;

  test("Workday's upload, by the list of uploaded files: under way, then uploaded", async ({ page }) => {
    await load(page, '', { widgets: true });
    await page.evaluate((html) => {
      const range = document.createRange();
      document.body.append(range.createContextualFragment(html));
    }, workdayUploader);
    const outcome = await page.evaluate(async () => {
      const { Fill, ctx } = window as unknown as PageGlobals;
      const input = document.querySelector<HTMLInputElement>('[data-automation-id="file-upload-input-ref"]')!;
      const result = await Fill.uploadToWorkday(input, ctx.documents[0], ctx);
      return { result, emptied: input.files?.length ?? 0 };
    });
    // The input was emptied by Workday: only the list can say the file is there.
    expect(outcome).toEqual({ result: { status: 'filled', value: RESUME.name }, emptied: 0 });
    expect(await page.evaluate(() => (window as unknown as PageGlobals).__state.resume)).toEqual([{ name: RESUME.name, size: 4, type: 'application/pdf' }]);
  });

  test("Workday's upload that fails is reported, not taken", async ({ page }) => {
    await load(page, `${WORKDAY_RESUME()}<script>
      const input = document.querySelector('[data-automation-id="file-upload-input-ref"]');
      input.addEventListener('change', () => {
        const name = input.files[0].name;
        input.value = '';
        const list = document.querySelector('[data-automation-id="attachments-FileUpload"] > div:last-child');
        list.insertAdjacentHTML('beforeend', '<div data-automation-id="file-upload-item"><div data-automation-id="file-upload-item-name">' + name + '</div><div data-automation-id="file-loading-dots">…</div></div>');
        setTimeout(() => list.querySelector('[data-automation-id="file-loading-dots"]').outerHTML = '<div data-automation-id="file-upload-failed">Upload failed</div>', 100);
      });
    </script>`);
    const outcome = await page.evaluate(async () => {
      const { Fill, ctx } = window as unknown as PageGlobals;
      return Fill.uploadToWorkday(document.querySelector('[data-automation-id="file-upload-input-ref"]')!, ctx.documents[0], ctx);
    });
    expect(outcome).toEqual({ status: 'failed', error: 'the page refused the file' });
  });
});

test.describe("Workday's \"Select One\" dropdowns, whose popups name nothing", () => {
  /** A button built as today's tenants build it, with the fixture's widget: options arrive 120 ms after the popup. */
  const dropdown = (options: [string, string][]) => `
    <div data-automation-id="formField-gender" class="wd-field"><label for="personalInfoUS--gender">Gender</label>
      <div class="wd-select"><button aria-haspopup="listbox" type="button" value="" id="personalInfoUS--gender" name="gender">Select One</button><input type="text" class="wd-value"></div></div>
    <!-- Another widget's list, open before: the popup this click opens is another one. -->
    <div role="listbox" aria-label="items selected" style="border:1px solid #888;width:200px"><div role="option">Decline</div></div>
    <script>WD.listbox(document.getElementById('personalInfoUS--gender'), 'gender', ${JSON.stringify(options)}, { label: 'Gender', generation: 'new' });</script>`;

  const choose = (page: Page, meaning: object) =>
    page.evaluate(async (meaning) => {
      const { Fill, ctx } = window as unknown as PageGlobals;
      const button = document.getElementById('personalInfoUS--gender')!;
      const outcome = await Fill.fillListbox(button, { accept: [], meaning: meaning as never }, ctx);
      return { outcome, shows: button.textContent, popups: document.querySelectorAll('[data-automation-widget="wd-popup"]').length };
    }, meaning);

  async function loadDropdown(page: Page, options: [string, string][]) {
    await load(page, '', { widgets: true });
    await page.evaluate((html) => document.body.append(document.createRange().createContextualFragment(html)), dropdown(options));
  }

  test('chooses in the popup this click opened, by meaning, and sees the button show it', async ({ page }) => {
    await loadDropdown(page, [['g-1', 'Female'], ['g-2', 'Male'], ['g-3', 'I do not wish to self-identify']]);
    expect(await choose(page, { type: 'gender', value: 'decline' })).toEqual({
      outcome: { status: 'filled', value: 'I do not wish to self-identify' },
      shows: 'I do not wish to self-identify',
      popups: 0,
    });
    expect(await page.evaluate(() => (window as unknown as PageGlobals).__state.gender)).toBe('g-3');
  });

  test('is a miss at once when the options are all there and none means the answer, and closes the popup', async ({ page }) => {
    // The fill waits up to a minute for options that have not come; options that came and do
    // not hold the answer end it at once (the test would time out otherwise).
    test.setTimeout(10_000);
    await loadDropdown(page, [['g-1', 'Female'], ['g-2', 'Male']]);
    expect(await choose(page, { type: 'gender', value: 'decline' })).toEqual({
      outcome: { status: 'skipped', reason: 'no-matching-option' },
      shows: 'Select One',
      popups: 0,
    });
  });
});

test.describe('date parts behind their display', () => {
  test("Workday's spinbuttons: reached through the display, typed digit by digit, read back", async ({ page }) => {
    await load(page, '', { widgets: true });
    await page.evaluate(() => {
      const html = `<div data-automation-id="formField-startDate" class="wd-field"><fieldset><legend><label>From</label></legend>
        <div id="workExperience-12--startDate" role="group" data-automation-id="dateInputWrapper"><div class="wd-date-sections">
          <div class="wd-date-section" id="workExperience-12--startDate-dateSectionMonth" tabindex="-1"><div aria-hidden="true" data-automation-id="dateSectionMonth-display" id="workExperience-12--startDate-dateSectionMonth-display">MM</div>
            <input role="spinbutton" aria-label="Month" aria-valuemin="1" aria-valuemax="12" id="workExperience-12--startDate-dateSectionMonth-input" data-automation-id="dateSectionMonth-input" class="wd-date-input"></div>
          <div>/</div>
          <div class="wd-date-section" id="workExperience-12--startDate-dateSectionYear" tabindex="0"><div aria-hidden="true" data-automation-id="dateSectionYear-display" id="workExperience-12--startDate-dateSectionYear-display">YYYY</div>
            <input role="spinbutton" aria-label="Year" aria-valuemin="1" aria-valuemax="9999" id="workExperience-12--startDate-dateSectionYear-input" data-automation-id="dateSectionYear-input" class="wd-date-input" tabindex="-1"></div>
        </div></div></fieldset></div>`;
      document.body.append(document.createRange().createContextualFragment(html));
      (window as unknown as PageGlobals).WD.date!(document.querySelector('[data-automation-id="dateInputWrapper"]'), 'from', { generation: 'new' });
    });
    expect(await fillFirst(page, 'date-split', { kind: 'workStart', op: 'date', value: { year: 2019, month: 6 } })).toEqual({ status: 'filled', value: '6/2019' });
    expect(await page.evaluate(() => (window as unknown as PageGlobals).__state.from)).toEqual({ month: 6, year: 2019 });
    await expect(page.locator('[data-automation-id="dateSectionMonth-display"]')).toHaveText('06');
  });

  test('a spinbutton that takes digits only from key presses, once a person clicked its display', async ({ page }) => {
    await load(page, `
      <fieldset><legend>Date</legend><div role="group">
        ${['Month', 'Day', 'Year'].map((part) => `<div style="position:relative;display:inline-block;width:60px;height:24px">
          <div aria-hidden="true" data-automation-id="dateSection${part}-display" style="position:absolute;inset:0;background:#fff">${part}</div>
          <input role="spinbutton" aria-label="${part}" data-automation-id="dateSection${part}-input" style="width:100%;height:24px;opacity:0"></div>`).join('')}
      </div></fieldset>
      <script>
        window.clicks = 0;
        for (const display of document.querySelectorAll('[data-automation-id$="-display"]')) {
          display.addEventListener('click', () => { window.clicks += 1; display.nextElementSibling.focus(); });
        }
        for (const input of document.querySelectorAll('input')) {
          let typed = '';
          input.addEventListener('focus', () => { typed = ''; });
          // Digits count only while the part has the focus, as a keyboard's do.
          input.addEventListener('keydown', (e) => {
            if (!/^\\d$/.test(e.key) || document.activeElement !== input) return;
            e.preventDefault();
            typed += e.key;
            input.value = typed;
            input.setAttribute('aria-valuenow', String(Number(typed)));
          });
          // A value set without a key press is not the widget's.
          input.addEventListener('input', () => { input.value = typed; });
        }
      </script>`);
    expect(await fillFirst(page, 'date-split', { kind: 'signatureDate', op: 'date', value: { year: 2026, month: 12, day: 6 } })).toEqual({
      status: 'filled',
      value: '12/6/2026',
    });
    expect(await page.evaluate(() => [(window as unknown as { clicks: number }).clicks, ...Array.from(document.querySelectorAll('input'), (i) => i.value)])).toEqual([3, '12', '6', '2026']);
  });
});
