import { expect, test, type Page } from '@playwright/test';
import { scriptOf } from './bundle';

/**
 * The read of the form made as the user reaches for Autofill, in real Chromium: it holds while
 * the page stands still and not after anything a read depends on changed; a fill starts from it
 * only then, plans it in the start's one round trip, and still never writes over a value that
 * appeared in a field after the read, even one a page's script set without an event.
 */
let bundled: Promise<string> | undefined;
const readBundle = () =>
  (bundled ??= scriptOf(
    "export { FormRead, rootOf } from './utils/fill/read'; export { autofill } from './utils/fill/run'; export { generic } from './utils/ats/generic';",
    'Reads',
  ));

interface PageGlobals {
  Reads: typeof import('../../utils/fill/read') & typeof import('../../utils/fill/run') & typeof import('../../utils/ats/generic');
  read?: import('../../utils/fill/read').FormRead;
  frameField?: HTMLInputElement;
  shadowField?: HTMLInputElement;
}

const FORM = `
  <form style="height: 3000px">
    <label for="first">First name</label><input id="first">
    <label for="last">Last name</label><input id="last">
    <label for="email">Email</label><input id="email" type="email">
    <div id="more"></div>
    <div id="host"></div>
    <iframe id="frame" srcdoc="<label for=city>City</label><input id=city>"></iframe>
  </form>`;

async function load(page: Page): Promise<void> {
  await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${FORM}</body></html>`);
  await page.waitForFunction(() => (document.getElementById('frame') as HTMLIFrameElement).contentDocument?.getElementById('city'));
  await page.addScriptTag({ content: await readBundle() });
  await page.evaluate(() => {
    const globals = window as unknown as PageGlobals;
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<label for="phone">Phone</label><input id="phone">';
    globals.shadowField = shadow.getElementById('phone') as HTMLInputElement;
    globals.frameField = (document.getElementById('frame') as HTMLIFrameElement).contentDocument!.getElementById('city') as HTMLInputElement;
  });
}

const CHANGES: [string, (page: Page) => Promise<unknown>][] = [
  ['a class on a field', (page) => page.evaluate(() => document.getElementById('last')!.classList.add('hidden'))],
  ["a label's text", (page) => page.evaluate(() => (document.querySelector('label[for=email]')!.firstChild!.textContent = 'Work email'))],
  ['a field added', (page) => page.evaluate(() => document.getElementById('more')!.insertAdjacentHTML('beforeend', '<label for="city2">City</label><input id="city2">'))],
  ['a value typed', (page) => page.locator('#first').pressSequentially('Jo')],
  ['a value set with its change event', (page) => page.evaluate(() => document.getElementById('first')!.dispatchEvent(new Event('change', { bubbles: true })))],
  ['the page scrolled', (page) => page.evaluate(() => window.scrollBy(0, 400))],
  ['the window resized', (page) => page.setViewportSize({ width: 700, height: 500 })],
  ['a field inside an open shadow root', (page) => page.evaluate(() => (window as unknown as PageGlobals).shadowField!.setAttribute('aria-label', 'Mobile'))],
  ["a value typed in a shadow root's field", (page) => page.evaluate(() => (window as unknown as PageGlobals).shadowField!.dispatchEvent(new Event('change')))],
  ['a field inside a same-origin frame', (page) => page.evaluate(() => (window as unknown as PageGlobals).frameField!.setAttribute('disabled', ''))],
];

test.describe('a read made ahead of the press', () => {
  test('holds while the page stands still', async ({ page }) => {
    await load(page);
    const fields = await page.evaluate(async () => {
      const globals = window as unknown as PageGlobals;
      globals.read = new globals.Reads.FormRead(document, globals.Reads.generic);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return globals.read.described()?.fields.map((field) => field.htmlId);
    });
    expect(fields).toEqual(['first', 'last', 'email', 'phone', 'city']);
  });

  for (const [change, make] of CHANGES) {
    test(`is dropped after a change: ${change}`, async ({ page }) => {
      await load(page);
      await page.evaluate(() => {
        const globals = window as unknown as PageGlobals;
        globals.read = new globals.Reads.FormRead(document, globals.Reads.generic);
      });
      await make(page);
      expect(await page.evaluate(() => (window as unknown as PageGlobals).read!.current === undefined)).toBe(true);
    });
  }
});

/** A fill through the engine from a read made earlier, with a planner standing in for the extension that plans every text field. */
async function fillFromRead(
  page: Page,
  between: () => Promise<unknown>,
  /** Ids of the fields the stand-in planner has no answer for. */
  unanswered: string[] = [],
): Promise<{ startFields: string[]; planCalls: number; values: Record<string, string>; outcomes: Record<string, string>; usedRead: boolean; stages: Record<string, number> }> {
  await page.evaluate(() => {
    const { Reads } = window as unknown as PageGlobals;
    (window as unknown as PageGlobals).read = new Reads.FormRead(Reads.rootOf({ adapter: Reads.generic }), Reads.generic);
  });
  await between();
  return page.evaluate(async (unanswered) => {
    const globals = window as unknown as PageGlobals;
    const { Reads } = globals;
    let planCalls = 0;
    let startFields: string[] = [];
    const given = globals.read!;
    const heldBefore = given.current !== undefined;
    const planOf = (fields: import('../../utils/core/types').FieldDescription[]) => ({
      ok: true as const,
      actions: fields
        .filter((field) => !unanswered.includes(field.htmlId ?? ''))
        .map((field) => ({ ref: field.ref, op: 'text' as const, kind: 'firstName' as const, value: `filled ${field.htmlId}` })),
      skipped: fields
        .filter((field) => unanswered.includes(field.htmlId ?? ''))
        .map((field) => ({ ref: field.ref, label: field.labels[0] ?? '', kind: 'firstName' as const, outcome: { status: 'skipped' as const, reason: 'no-answer' as const } })),
      kinds: {},
      timings: { classify: 0, plan: 0 },
      documents: [],
      documentLabels: {},
    });
    const report = await Reads.autofill({
      adapter: Reads.generic,
      read: globals.read!,
      planner: {
        start: async (_page, fields) => {
          startFields = fields.map((field) => field.htmlId ?? '');
          return { ok: true, setup: null, plan: planOf(fields) };
        },
        plan: async (fields) => {
          planCalls++;
          return planOf(fields);
        },
        chooseOption: async () => undefined,
      },
    });
    const values: Record<string, string> = {};
    for (const input of [...Array.from(document.querySelectorAll('input')), globals.shadowField!, globals.frameField!]) values[input.id] = input.value;
    const outcomes = Object.fromEntries(report.results.map((result) => [result.label, result.outcome.status === 'skipped' ? result.outcome.reason : result.outcome.status]));
    return { startFields, planCalls, values, outcomes, usedRead: heldBefore, stages: { ...report.stages } };
  }, unanswered);
}

test.describe('a fill from a read made ahead', () => {
  test('plans the read in the start and fills from it when nothing changed', async ({ page }) => {
    await load(page);
    const { startFields, planCalls, values, usedRead, stages } = await fillFromRead(page, async () => undefined);
    expect(usedRead).toBe(true);
    // The report says where the time went, stage by stage.
    expect(Object.keys(stages)).toEqual(['start', 'collect', 'classify', 'plan', 'message', 'fill', 'verify']);
    expect(Object.values(stages).every((ms) => Number.isFinite(ms) && ms >= 0)).toBe(true);
    expect(startFields).toEqual(['first', 'last', 'email', 'phone', 'city']);
    // The start's plan served the first pass; the one pass after it found nothing new.
    expect(planCalls).toBe(0);
    expect(values).toEqual({ first: 'filled first', last: 'filled last', email: 'filled email', phone: 'filled phone', city: 'filled city' });
  });

  test('reads the form again when it changed after the read, and fills what it holds now', async ({ page }) => {
    await load(page);
    const { startFields, values, usedRead } = await fillFromRead(page, () =>
      page.evaluate(() => document.getElementById('more')!.insertAdjacentHTML('beforeend', '<label for="city2">Second city</label><input id="city2">')),
    );
    expect(usedRead).toBe(false);
    expect(startFields).toEqual(['first', 'last', 'email', 'city2', 'phone', 'city']);
    expect(values.city2).toBe('filled city2');
  });

  test('never writes over a value a page script set without any event after the read', async ({ page }) => {
    await load(page);
    const { values, outcomes, usedRead } = await fillFromRead(page, () => page.evaluate(() => ((document.getElementById('last') as HTMLInputElement).value = 'Rivera')));
    // No event, no change to the tree: the read still stands, with the field empty in it.
    expect(usedRead).toBe(true);
    expect(values.last).toBe('Rivera');
    expect(outcomes['Last name']).toBe('user-value');
    expect(values.first).toBe('filled first');
  });
});

test.describe('a fill from a read made ahead, when a style hid a field since without touching the tree', () => {
  const HIDERS: [string, string, (page: Page) => Promise<unknown>][] = [
    // An animation the page started before the read ends by fading the field out.
    ['an animation', '@keyframes fade { to { opacity: 0 } } #last { animation: fade 1ms 600ms forwards }', (page) => page.waitForTimeout(900)],
    // A rule for where the pointer is: the field hides while the user aims at something else.
    ['a :hover rule', 'body:has(#aim:hover) #last { visibility: hidden }', (page) => page.hover('#aim')],
    // A rule added to a style sheet through the CSSOM changes no node.
    ['a rule a script inserted into a style sheet', '#aim { color: inherit }', (page) => page.evaluate(() => document.styleSheets[document.styleSheets.length - 1]!.insertRule('#last { opacity: 0 }'))],
  ];
  for (const [how, css, hide] of HIDERS) {
    test(`leaves it alone and fills the rest: ${how}`, async ({ page }) => {
      await load(page);
      await page.evaluate(() => document.body.insertAdjacentHTML('afterbegin', '<button id="aim" type="button">Aim</button>'));
      await page.addStyleTag({ content: css });
      const { values, outcomes, usedRead } = await fillFromRead(page, () => hide(page));
      // The read still stands (no change to the tree, no event it watches), with the field shown in it.
      expect(usedRead).toBe(true);
      expect(values.last).toBe('');
      expect(outcomes['Last name']).toBeUndefined();
      expect(values).toMatchObject({ first: 'filled first', email: 'filled email', phone: 'filled phone', city: 'filled city' });
    });
  }

  test('does not report a question it has no answer for once the user cannot see it', async ({ page }) => {
    await load(page);
    await page.addStyleTag({ content: '#first { color: inherit }' });
    const hide = () => page.evaluate(() => document.styleSheets[document.styleSheets.length - 1]!.insertRule('#last { opacity: 0 }'));
    const { outcomes, usedRead } = await fillFromRead(page, hide, ['last']);
    expect(usedRead).toBe(true);
    expect(outcomes['Last name']).toBeUndefined();
    expect(outcomes['First name']).toBe('filled');
  });

  test('reports it, as ever, while the user sees it', async ({ page }) => {
    await load(page);
    const { outcomes, usedRead } = await fillFromRead(page, async () => undefined, ['last']);
    expect(usedRead).toBe(true);
    expect(outcomes['Last name']).toBe('no-answer');
  });
});
