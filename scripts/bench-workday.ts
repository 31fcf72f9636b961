/**
 * Workday's wizard, step by step: how long each step's fill takes on the fixture tenant built as
 * tenants serve it today (tests/pages/workday/acme.html, with its widgets' own delays: a dropdown's
 * options 120 ms after it opens, a prompt search 350 ms, an upload 400 ms).
 *
 * Each step is filled by a click on Autofill and timed like every bench form (scripts/harness.ts:
 * from the click to the last input/change event a field receives, and to the summary). Between
 * steps the script presses Next itself, as the user does: Applyfill never does. The switch that
 * fills later steps as they render is turned off after the first fill, so that each step's time is
 * a click's, and put back as it was at the end.
 *
 *   npx tsx scripts/bench-workday.ts [--runs N]   prints the table (a build in .output or $APPLYFILL_OUT_DIR)
 * `npm run bench` calls benchWorkdaySteps with its own session.
 */
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { OwnUi, STEP_SWITCH } from '../tests/e2e/support/ownUi';
import { clickAutofill, closeOnExit, importProfile, launch, median, openForm, table, type FormPage, type Session } from './harness';

export const WORKDAY_STEPS_FORM: FormPage = {
  id: 'workday-steps',
  ats: 'Workday',
  url: 'https://acme.wd5.myworkdayjobs.com/en-US/External/job/New-York-NY/Senior-Software-Engineer_R-1042/apply/applyManually',
};

/** The steps Applyfill fills, in the wizard's order; Review, which follows, has nothing to fill. */
export const WORKDAY_STEPS = ['My Information', 'My Experience', 'Application Questions', 'Voluntary Disclosures', 'Self Identify'] as const;

export interface WorkdayStepRow {
  step: (typeof WORKDAY_STEPS)[number];
  /** Fields on the step once filled, as the popup counts them. */
  fields: number;
  filled: number;
  needYou: number;
  clickToLastFieldMs: number;
  clickToSummaryMs: number;
}

/** Next, pressed as a person does from the keyboard (the dock may lie over it), then the step rendered. */
async function nextStep(page: Page, step: string): Promise<void> {
  await page.locator('[data-automation-id="pageFooterNextButton"]').focus();
  await page.keyboard.press('Enter');
  await page.locator('[data-automation-id="progressBarActiveStep"]', { hasText: step }).waitFor();
  await page.locator('[data-automation-id^="applyFlow"][data-automation-id$="Page"] [data-automation-id^="formField-"]').first().waitFor();
}

/** Sets the "Fill each step automatically" switch with a real click; returns what it was. */
async function setStepSwitch(page: Page, on: boolean): Promise<boolean> {
  const ui = await OwnUi.of(page);
  try {
    const was = await ui.isChecked(STEP_SWITCH);
    if (was !== on) await ui.click(STEP_SWITCH);
    return was;
  } finally {
    await ui.dispose();
  }
}

/** One walk through the wizard in a fresh page: a row per step. */
async function walk(session: Session): Promise<WorkdayStepRow[]> {
  const page = await openForm(session, WORKDAY_STEPS_FORM);
  try {
    const rows: WorkdayStepRow[] = [];
    let switchWas = true;
    for (const [index, step] of WORKDAY_STEPS.entries()) {
      if (index > 0) await nextStep(page, step);
      const run = await clickAutofill(session, page);
      rows.push({
        step,
        fields: run.fieldCount,
        filled: run.report.filled,
        needYou: run.report.needsUser,
        clickToLastFieldMs: Math.round(run.clickToLastFieldMs),
        clickToSummaryMs: Math.round(run.clickToSummaryMs),
      });
      // The switch shows after the first fill on the site.
      if (index === 0) switchWas = await setStepSwitch(page, false);
    }
    // The setting belongs to the user's browser profile, which outlives this page.
    await setStepSwitch(page, switchWas);
    return rows;
  } finally {
    await page.close();
  }
}

/**
 * Walks the wizard `runs` times (a fresh page each) with the profile the session holds, and
 * returns each step's counts from the last walk and its times' medians.
 */
export async function benchWorkdaySteps(session: Session, runs = 1): Promise<WorkdayStepRow[]> {
  const walks: WorkdayStepRow[][] = [];
  for (let run = 0; run < runs; run++) walks.push(await walk(session));
  return walks.at(-1)!.map((row, index) => ({
    ...row,
    clickToLastFieldMs: Math.round(median(walks.map((w) => w[index]!.clickToLastFieldMs))),
    clickToSummaryMs: Math.round(median(walks.map((w) => w[index]!.clickToSummaryMs))),
  }));
}

export function workdayStepsTable(rows: readonly WorkdayStepRow[]): string {
  return table(
    ['Workday step', 'fields', 'filled', 'need you', 'click → last field', 'click → summary'],
    rows.map((r) => [r.step, r.fields, r.filled, r.needYou, `${r.clickToLastFieldMs} ms`, `${r.clickToSummaryMs} ms`]),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const runsAt = process.argv.indexOf('--runs');
  const runs = runsAt < 0 ? 1 : Number(process.argv[runsAt + 1]);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of runs');
  const session = await launch({ headless: true });
  closeOnExit(session);
  try {
    await importProfile(session);
    console.log(workdayStepsTable(await benchWorkdaySteps(session, runs)));
  } finally {
    await session.close();
  }
}
