/**
 * `npm run demo`: Chromium with the built extension and the sample profile, on local copies of a
 * Greenhouse, a Lever and a Workday application served at their real hostnames.
 * - With a display: the pages open in tabs for you to press "Autofill"; close the browser to end.
 * - Without one (CI, a server), or with --headless: it presses "Autofill" on each page itself,
 *   prints what was filled and saves a screenshot of each filled form under demo-output/.
 */
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ATS_PAGES, ROOT, clickAutofill, closeOnExit, importProfile, launch, openForm, table, type Session } from './harness';

const OUTPUT_DIR = join(ROOT, 'demo-output');

let headless =
  process.argv.includes('--headless') || Boolean(process.env.CI) || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

async function interactive(session: Session): Promise<void> {
  const [first, ...rest] = ATS_PAGES;
  const blank = session.context.pages()[0] ?? (await session.context.newPage());
  await blank.goto(first!.url);
  for (const form of rest) await (await session.context.newPage()).goto(form.url);
  await blank.bringToFront();
  console.log(
    [
      'Applyfill is loaded with the sample profile (Jordan Rivera). In each tab, press the blue',
      '"Autofill" button at the bottom right. On careers.example.com (a site Applyfill does not know),',
      "press the extension's toolbar button and then \"Autofill this page\" (pin it from the puzzle menu).",
      'Close the browser window to end the demo.',
    ].join('\n'),
  );
  await new Promise<void>((done) => session.context.once('close', () => done()));
}

/** Fills every page and reports; returns whether all of them filled. */
async function unattended(session: Session): Promise<boolean> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const rows: (string | number)[][] = [];
  let ok = true;
  for (const form of ATS_PAGES) {
    try {
      const page = await openForm(session, form);
      const run = await clickAutofill(session, page);
      const screenshot = join(OUTPUT_DIR, `${form.id}.png`);
      await page.screenshot({ path: screenshot, fullPage: true });
      rows.push([form.ats, run.fieldCount, run.report.filled, run.report.needsUser, `${Math.round(run.clickToSummaryMs)} ms`, relative(ROOT, screenshot)]);
      await page.close();
    } catch (error) {
      if (session.closing) return false;
      ok = false;
      rows.push([form.ats, '-', '-', '-', '-', `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`]);
    }
  }
  console.log(`\n${table(['ATS', 'fields found', 'filled', 'need you', 'time', 'screenshot'], rows)}\n`);
  console.log('time: from the click on "Autofill" to its summary ("Filled N fields · M need you").');
  return ok;
}

/** Headed when asked for; a display that cannot be opened (a stale $DISPLAY over SSH) falls back to headless. */
async function start(): Promise<Session> {
  if (headless) return launch({ headless: true });
  try {
    return await launch({ headless: false });
  } catch (error) {
    console.warn(`Could not open a browser window (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); running headless.`);
    headless = true;
    return launch({ headless: true });
  }
}

let session: Session;
try {
  session = await start();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
closeOnExit(session);
let ok = false;
try {
  await importProfile(session);
  if (headless) ok = await unattended(session);
  else {
    await interactive(session);
    ok = true;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await session.close();
}
process.exit(ok ? 0 : 1);
