import { resolve } from 'node:path';
import { build } from 'esbuild';
import { expect, test, type Page } from '@playwright/test';

/**
 * Undo on plain HTML controls, in real Chromium: a fill through the engine (autofill() with a
 * planner standing in for the extension) records what each field held, then undo puts it back
 * with the same user-like actions; what the user changed after the fill stays theirs, and a
 * radio choice nobody had made before is reported, since no click can take it back.
 */
const ROOT = resolve(import.meta.dirname, '../..');

let bundled: Promise<string> | undefined;
function undoBundle(): Promise<string> {
  bundled ??= build({
    stdin: {
      contents: [
        "export { autofill } from './utils/fill/run';",
        "export { FillJournal, summarizeUndo } from './utils/fill/undo';",
        "export { generic } from './utils/ats/generic';",
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'Undo',
    target: 'chrome120',
    write: false,
  }).then((result) => result.outputFiles[0]!.text);
  return bundled;
}

interface PageGlobals {
  Undo: typeof import('../../utils/fill/run') & typeof import('../../utils/fill/undo') & typeof import('../../utils/ats/generic');
  journal: import('../../utils/fill/undo').FillJournal;
  submitted?: boolean;
}

const FORM = `
  <form id="apply" onsubmit="event.preventDefault(); window.submitted = true">
    <label for="name">Full name</label><input id="name">
    <label for="country">Country</label>
    <select id="country"><option value="">Select…</option><option value="US">United States</option><option value="CA">Canada</option></select>
    <input type="checkbox" id="relocate"><label for="relocate">Willing to relocate</label>
    <fieldset><legend>Are you authorized to work here?</legend>
      <input type="radio" name="auth" id="auth-yes" value="yes"><label for="auth-yes">Yes</label>
      <input type="radio" name="auth" id="auth-no" value="no"><label for="auth-no">No</label>
    </fieldset>
    <fieldset><legend>How should we contact you?</legend>
      <input type="radio" name="contact" id="contact-email" value="email" checked><label for="contact-email">Email</label>
      <input type="radio" name="contact" id="contact-phone" value="phone"><label for="contact-phone">Phone</label>
    </fieldset>
    <label for="cv">Resume</label><input type="file" id="cv">
    <label for="notes">Anything else?</label><textarea id="notes"></textarea>
    <button type="submit">Submit</button>
  </form>`;

/** What a fill through the engine does here, by the label each field carries. */
const PLAN: Record<string, object> = {
  'Full name': { op: 'text', kind: 'fullName', value: 'Jordan Rivera' },
  Country: { op: 'select', kind: 'country', optionValue: 'US', optionLabel: 'United States' },
  'Willing to relocate': { op: 'toggle', kind: 'relocation', checked: true },
  'Are you authorized to work here?': { op: 'check', kind: 'workAuthorization', optionValues: ['yes'] },
  'How should we contact you?': { op: 'check', kind: 'savedAnswer', optionValues: ['phone'] },
  Resume: { op: 'file', kind: 'resume', role: 'resume' },
  'Anything else?': { op: 'text', kind: 'savedAnswer', value: 'Thank you.' },
};

const RESUME = { role: 'resume', name: 'Jordan_Rivera_Resume.pdf', type: 'application/pdf', size: 4, base64: btoa('%PDF') };

/** Every control's value as the form would submit it. */
const formState = (page: Page) =>
  page.evaluate(() => ({
    name: (document.getElementById('name') as HTMLInputElement).value,
    country: (document.getElementById('country') as HTMLSelectElement).value,
    relocate: (document.getElementById('relocate') as HTMLInputElement).checked,
    auth: (document.querySelector('input[name=auth]:checked') as HTMLInputElement | null)?.value ?? '',
    contact: (document.querySelector('input[name=contact]:checked') as HTMLInputElement | null)?.value ?? '',
    cv: Array.from((document.getElementById('cv') as HTMLInputElement).files ?? [], (file) => file.name),
    notes: (document.getElementById('notes') as HTMLTextAreaElement).value,
  }));

async function fill(page: Page): Promise<void> {
  await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${FORM}</body></html>`);
  await page.addScriptTag({ content: await undoBundle() });
  await page.evaluate(
    async ([plan, resume]) => {
      const globals = window as unknown as PageGlobals;
      const { Undo } = globals;
      globals.journal = new Undo.FillJournal(Undo.generic, null);
      await Undo.autofill({
        adapter: Undo.generic,
        beforeAction: globals.journal.record,
        planner: {
          start: async () => ({ ok: true, setup: null }),
          chooseOption: async () => undefined,
          plan: async (fields) => ({
            ok: true,
            actions: fields.flatMap((field) => (plan[field.labels[0] ?? ''] ? [{ ref: field.ref, ...plan[field.labels[0]!] } as never] : [])),
            skipped: [],
            kinds: {},
            timings: { classify: 0, plan: 0 },
            documents: [resume as never],
            documentLabels: { resume: 'Resume' },
          }),
        },
      });
      globals.journal.settle();
    },
    [PLAN, RESUME] as const,
  );
}

test('puts back text, a select, a checkbox, a radio group and a file, and leaves what the user changed since', async ({ page }) => {
  await fill(page);
  expect(await formState(page)).toEqual({
    name: 'Jordan Rivera', country: 'US', relocate: true, auth: 'yes', contact: 'phone', cv: ['Jordan_Rivera_Resume.pdf'], notes: 'Thank you.',
  });
  await page.locator('#notes').fill('I can start in January.');

  const summary = await page.evaluate(async () => {
    const { Undo, journal } = window as unknown as PageGlobals;
    return Undo.summarizeUndo(await journal.undo(500));
  });

  expect(summary).toBe('Undid 5 fields · kept 1 you changed · could not undo: Are you authorized to work here?');
  expect(await formState(page)).toEqual({ name: '', country: '', relocate: false, auth: 'yes', contact: 'email', cv: [], notes: 'I can start in January.' });
  expect(await page.evaluate(() => (window as unknown as PageGlobals).submitted ?? false)).toBe(false);
});

test('once undone, a second undo finds nothing to put back and leaves what the user types next', async ({ page }) => {
  await fill(page);
  await page.evaluate(async () => {
    const { journal } = window as unknown as PageGlobals;
    await journal.undo(500);
  });
  await page.locator('#name').fill('Sam Lee');
  const summary = await page.evaluate(async () => {
    const { Undo, journal } = window as unknown as PageGlobals;
    return Undo.summarizeUndo(await journal.undo(500));
  });
  expect(summary).toBe('Undid 0 fields');
  expect((await formState(page)).name).toBe('Sam Lee');
});
