/**
 * `npm run bench`: how well and how fast Applyfill fills, in headless Chromium with the built
 * extension and the sample profile. Prints a table and writes bench-results.json.
 *   npm run bench -- --runs 9      repetitions per form (default 7; the median is reported)
 *   npm run bench -- --readme      also rewrites the Benchmark figures in README.md
 *   npm run bench -- --no-build    measures the build as it is
 * The build is read from .output, or from $APPLYFILL_OUT_DIR when set (as `wxt build` writes it).
 *
 * What is measured, and how:
 * - Fill time: a fresh page per run; clicking the in-page "Autofill" button; on the page's clock,
 *   from the click to the last input/change event a field receives ("click → last field"), and to
 *   the summary appearing. The engine's own FillReport.durationMs (collect → verify, without the
 *   profile request) is reported beside them.
 * - The Workday form is the first step of its wizard (My Information) only.
 * - Form size: generated forms of 10, 30, 100 and 300 text inputs and selects
 *   (tests/pages/bench/form.html) on careers.example.com, where only the generic engine runs.
 * - Popup: first-contentful-paint of popup.html (the Paint Timing API) opened in a tab of its own and
 *   aimed at a tab with a form, as the e2e tests open it: headless Chromium's toolbar popup cannot be
 *   timed, so the popup window's own opening is not included.
 * - Bundles: every file of the build, raw and gzipped, grouped by entrypoint; the pdf.js worker,
 *   which only the resume import starts, on its own row. Sizes in decimal units (1 kB = 1000 bytes).
 * - Memory: V8 heap of the page's renderer (CDP Runtime.getHeapUsage, after a forced GC), for the
 *   same page served at a matched host (content script present) and at an unmatched one (absent).
 *   Content scripts run in an isolated world of the page's own V8 isolate, so the difference is
 *   the heap the content script adds.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import type { StageTimes } from '../utils/core/types';
import { resolvePage } from '../tests/e2e/support/server';
import {
  ATS_PAGES,
  EXTENSION_DIR,
  ROOT,
  clickAutofill,
  closeOnExit,
  importProfile,
  launch,
  median,
  openForm,
  table,
  tabIdOf,
  type FillRun,
  type FormPage,
  type Session,
} from './harness';
import { benchWorkdaySteps, workdayStepsTable } from './bench-workday';

const RESULTS_FILE = join(ROOT, 'bench-results.json');
const README = join(ROOT, 'README.md');
const FORM_SIZES = [10, 30, 100, 300] as const;
/** Greenhouse-style generated pages (tests/pages/bench/greenhouse.html): n fields, k of them answerable. */
const GREENHOUSE_SIZES = [
  { fields: 10, answerable: 10 },
  { fields: 30, answerable: 30 },
  { fields: 100, answerable: 100 },
  { fields: 300, answerable: 300 },
  { fields: 300, answerable: 30 },
] as const;
const SOURCES = ['entrypoints', 'utils', 'components', 'assets', 'wxt.config.ts', 'package.json'];

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index < 0 ? undefined : process.argv[index + 1];
}
const RUNS = Number(option('runs') ?? 7);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs takes a whole number of runs');

// ---- Build when the sources are newer than the build ------------------------------------

function newestMtime(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function buildIfStale(): void {
  const built = statSync(join(EXTENSION_DIR, 'manifest.json'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if (Math.max(...SOURCES.map((source) => newestMtime(join(ROOT, source)))) <= built) return;
  console.log('Building the extension (sources changed since the last build)…');
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

// ---- Fill time --------------------------------------------------------------------------

interface FormResult {
  form: string;
  url: string;
  runs: number;
  fieldsFound: number;
  /** Per run, so that a run that filled less than the others shows. */
  filledPerRun: number[];
  needsUser: number;
  medianClickToLastFieldMs: number;
  medianClickToSummaryMs: number;
  medianEngineMs: number;
  /** Median of each stage of the engine's report. */
  medianStages: StageTimes;
  /** A loop in the page that writes the same values directly (native setter, input and change): the floor. */
  medianDirectWriteMs?: number;
}

/** Values the fill left in the page's fields, by id: what the direct loop writes again. */
function filledValues(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Array.from(document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input[id], select[id], textarea[id]'))
        .filter((el) => el.type !== 'file' && el.value !== '')
        .map((el) => [el.id, el.value]),
    ),
  );
}

/** The same values written by a plain loop in a fresh copy of the page, on the page's clock. */
async function directWrite(session: Session, form: FormPage, values: Record<string, string>): Promise<number> {
  const page = await session.context.newPage();
  try {
    await page.goto(form.url);
    return await page.evaluate((values) => {
      const started = performance.now();
      for (const [id, value] of Object.entries(values)) {
        const el = document.getElementById(id) as HTMLInputElement;
        Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')!.set!.call(el, value);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }
      return performance.now() - started;
    }, values);
  } finally {
    await page.close();
  }
}

async function benchForm(session: Session, form: FormPage, options: { directWrite?: boolean } = {}): Promise<FormResult> {
  const runs: FillRun[] = [];
  const direct: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await openForm(session, form);
    try {
      runs.push(await clickAutofill(session, page));
      if (options.directWrite) direct.push(await directWrite(session, form, await filledValues(page)));
    } finally {
      await page.close();
    }
  }
  const last = runs.at(-1)!;
  const stageNames = Object.keys(last.report.stages) as (keyof StageTimes)[];
  const medianStages = Object.fromEntries(stageNames.map((stage) => [stage, round(median(runs.map((r) => r.report.stages[stage])))])) as StageTimes;
  return {
    form: form.id,
    url: form.url,
    runs: RUNS,
    fieldsFound: last.fieldCount,
    filledPerRun: runs.map((r) => r.report.filled),
    needsUser: last.report.needsUser,
    medianClickToLastFieldMs: round(median(runs.map((r) => r.clickToLastFieldMs))),
    medianClickToSummaryMs: round(median(runs.map((r) => r.clickToSummaryMs))),
    medianEngineMs: round(median(runs.map((r) => r.report.durationMs))),
    medianStages,
    ...(direct.length ? { medianDirectWriteMs: round(median(direct)) } : {}),
  };
}

function greenhouseForm({ fields, answerable }: { fields: number; answerable: number }): FormPage {
  return { id: `greenhouse-${fields}-${answerable}`, ats: 'Greenhouse', url: `https://job-boards.greenhouse.io/bench/jobs/1?n=${fields}&answerable=${answerable}` };
}

/** How time grows with size: the slope of log(time) against log(fields), 1 being linear. */
function growthExponent(points: readonly { fields: number; ms: number }[]): number {
  const xs = points.map((p) => Math.log(p.fields));
  const ys = points.map((p) => Math.log(Math.max(p.ms, 0.1)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const covariance = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i]! - my), 0);
  const variance = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return Math.round((covariance / variance) * 100) / 100;
}

function sizedForm(fields: number): FormPage {
  return { id: `generated-${fields}`, ats: 'generic', url: `https://careers.example.com/bench?n=${fields}`, needsToolbarButton: true };
}

// ---- Popup first paint ------------------------------------------------------------------

/** The popup as the e2e tests open it: in a tab, aimed at a tab that holds a form. */
async function popupFirstPaint(session: Session): Promise<{ medianFirstContentfulPaintMs: number; runs: number }> {
  const form = await openForm(session, ATS_PAGES[0]!);
  const tabId = await tabIdOf(session, form);
  const paints: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const popup = await session.context.newPage();
      try {
        await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
        paints.push(await firstContentfulPaint(popup));
      } finally {
        await popup.close();
      }
    }
  } finally {
    await form.close();
  }
  return { medianFirstContentfulPaintMs: round(median(paints)), runs: RUNS };
}

function firstContentfulPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        setTimeout(() => reject(new Error('no first-contentful-paint within 10 s')), 10_000);
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) resolve(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
}

// ---- Bundle sizes -----------------------------------------------------------------------

interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

interface BundleGroup {
  /** What loads it: an entrypoint, the pdf.js worker, or "loaded on demand" for chunks no page references. */
  name: string;
  files: string[];
  bytes: number;
  gzipBytes: number;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** The files an extension page loads before it runs: itself, its scripts, preloads and styles. */
function pageFiles(dir: string, html: string): string[] {
  const text = readFileSync(join(dir, html), 'utf8');
  return [html, ...Array.from(text.matchAll(/(?:src|href)="\/([^"]+)"/g), (m) => m[1]!)];
}

function bundleSizes(dir: string): { groups: BundleGroup[]; files: BundleFile[]; totalBytes: number; totalGzipBytes: number } {
  const all: BundleFile[] = files(dir)
    .map((file) => {
      const data = readFileSync(file);
      return { file: relative(dir, file), bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
    })
    .sort((a, b) => b.bytes - a.bytes);
  const code = all.filter((f) => /\.(m?js|css|html)$/.test(f.file));
  const group = (name: string, names: readonly string[]): BundleGroup => {
    const members = code.filter((f) => names.includes(f.file));
    return {
      name,
      files: members.map((f) => f.file),
      bytes: members.reduce((sum, f) => sum + f.bytes, 0),
      gzipBytes: members.reduce((sum, f) => sum + f.gzipBytes, 0),
    };
  };
  // One content script per ATS, loaded only on its hosts; `page` is the generic engine injected on request elsewhere.
  const contentScripts = code.filter((f) => /^content-scripts\/[^/]+\.js$/.test(f.file)).map((f) => f.file).sort();
  // Each content script's filler, loaded into a frame when the user reaches for Autofill there.
  const fillers = code.filter((f) => /^[a-z]+-filler\.js$/.test(f.file)).map((f) => f.file).sort();
  const groups = [
    ...contentScripts.map((file) => {
      const name = file.replace(/^content-scripts\/|\.js$/g, '');
      return group(`content script: ${name === 'page' ? 'other sites (on request)' : name}`, [file]);
    }),
    ...fillers.map((file) => group(`filler: ${file.replace(/-filler\.js$/, '').replace(/^generic$/, 'other sites')} (when the user reaches for Autofill)`, [file])),
    group('background', ['background.js']),
    group('popup', pageFiles(dir, 'popup.html')),
    group('options', pageFiles(dir, 'options.html')),
  ];
  groups.push(group('pdf.js worker (resume import)', code.filter((f) => /(^|\/)pdf\.worker[.-]/.test(f.file)).map((f) => f.file)));
  const referenced = new Set(groups.flatMap((g) => g.files));
  groups.push(group('loaded on demand', code.filter((f) => !referenced.has(f.file)).map((f) => f.file)));
  return {
    groups,
    files: all,
    totalBytes: all.reduce((sum, f) => sum + f.bytes, 0),
    totalGzipBytes: all.reduce((sum, f) => sum + f.gzipBytes, 0),
  };
}

// ---- Memory -----------------------------------------------------------------------------

/** The used V8 heap of the isolate that runs the page (and its content scripts), after a full GC. */
async function heapUsed(session: Session, page: Page): Promise<number> {
  const cdp = await session.context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  } finally {
    await cdp.detach();
  }
}

/**
 * The Greenhouse page at its real URL (content script present) against the same file served at
 * careers.example.com, which the manifest does not match. One page open at a time, so that no
 * two pages share a renderer's heap; pairs alternate which goes first.
 */
async function contentScriptMemory(session: Session): Promise<{ idleBytes: number; afterFillBytes: number; pairs: number }> {
  const form = ATS_PAGES[0]!;
  const url = new URL(form.url);
  const file = resolvePage(url.hostname, url.pathname);
  if (!file) throw new Error(`no fixture for ${form.url}`);
  const unmatched = `https://careers.example.com/${relative(join(ROOT, 'tests/pages'), file)}`;

  const withoutScript = async () => {
    const page = await session.context.newPage();
    try {
      await page.goto(unmatched);
      return await heapUsed(session, page);
    } finally {
      await page.close();
    }
  };
  const withScript = async () => {
    const page = await openForm(session, form);
    try {
      const idle = await heapUsed(session, page);
      await clickAutofill(session, page);
      return { idle, afterFill: await heapUsed(session, page) };
    } finally {
      await page.close();
    }
  };

  const idle: number[] = [];
  const afterFill: number[] = [];
  for (let pair = 0; pair < RUNS; pair++) {
    let baseline: number;
    let measured: { idle: number; afterFill: number };
    if (pair % 2) {
      baseline = await withoutScript();
      measured = await withScript();
    } else {
      measured = await withScript();
      baseline = await withoutScript();
    }
    idle.push(measured.idle - baseline);
    afterFill.push(measured.afterFill - baseline);
  }
  return { idleBytes: Math.round(median(idle)), afterFillBytes: Math.round(median(afterFill)), pairs: RUNS };
}

/**
 * What loading the filler costs, paid while the user aims at the button: the popup's first scan of
 * a fresh page (which loads it) less its second (which finds it loaded), timed in the extension.
 * Each scan reads the form: the page is touched between them, so the second reads it again too.
 */
async function fillerLoad(session: Session): Promise<{ medianMs: number; runs: number }> {
  const loads: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await openForm(session, ATS_PAGES[0]!);
    try {
      const tabId = await tabIdOf(session, page);
      // A string: tsx's transform would wrap a function in a helper the worker does not have.
      const scan = () =>
        session.serviceWorker.evaluate(`(async () => { const t = performance.now(); await chrome.tabs.sendMessage(${tabId}, { type: 'page:scan' }); return performance.now() - t; })()`) as Promise<number>;
      const first = await scan();
      await page.evaluate(() => document.body.setAttribute('data-bench-scan', 'again'));
      loads.push(first - (await scan()));
    } finally {
      await page.close();
    }
  }
  return { medianMs: round(median(loads)), runs: RUNS };
}

// ---- Report -----------------------------------------------------------------------------

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/** "19", or "12–13" when runs filled different numbers of fields. */
function filledRange(counts: readonly number[]): string {
  const [min, max] = [Math.min(...counts), Math.max(...counts)];
  return min === max ? String(min) : `${min}–${max}`;
}

const ms = (value: number) => `${Math.round(value)} ms`;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const MB = (bytes: number) => `${(bytes / 1000 ** 2).toFixed(2)} MB`;

function machine(chromiumVersion: string) {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGB: Math.round(totalmem() / 1000 ** 3),
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion,
  };
}

type Results = Awaited<ReturnType<typeof runBenchmarks>>;

async function runBenchmarks(session: Session) {
  const forms: FormResult[] = [];
  for (const form of ATS_PAGES) {
    console.log(`filling ${form.id} ×${RUNS}`);
    forms.push(await benchForm(session, form));
  }
  const sizes: FormResult[] = [];
  for (const size of FORM_SIZES) {
    console.log(`filling a form of ${size} fields ×${RUNS}`);
    sizes.push(await benchForm(session, sizedForm(size)));
  }
  const greenhouseSizes = [];
  for (const size of GREENHOUSE_SIZES) {
    console.log(`filling a Greenhouse-style page of ${size.fields} fields (${size.answerable} answerable) ×${RUNS}`);
    greenhouseSizes.push({ ...size, ...(await benchForm(session, greenhouseForm(size), { directWrite: true })) });
  }
  const allAnswerable = greenhouseSizes.filter((r) => r.fields === r.answerable);
  console.log(`walking every Workday step ×${RUNS}`);
  const workdaySteps = await benchWorkdaySteps(session, RUNS);
  console.log('popup first paint, content script memory');
  const popup = await popupFirstPaint(session);
  const memory = await contentScriptMemory(session);
  const filler = await fillerLoad(session);
  return {
    date: new Date().toISOString(),
    machine: machine(session.chromiumVersion),
    runsPerMeasure: RUNS,
    forms,
    formSizes: sizes.map((result, index) => ({ fields: FORM_SIZES[index]!, ...result })),
    greenhouseSizes,
    workdaySteps,
    greenhouseGrowthExponent: growthExponent(allAnswerable.map((r) => ({ fields: r.fields, ms: r.medianClickToLastFieldMs }))),
    popup,
    contentScriptMemory: memory,
    fillerLoad: filler,
    bundles: bundleSizes(session.extensionDir),
  };
}

function formRows(results: readonly FormResult[]): string[][] {
  return results.map((r) => [
    r.form,
    String(r.fieldsFound),
    filledRange(r.filledPerRun),
    String(r.needsUser),
    ms(r.medianClickToLastFieldMs),
    ms(r.medianClickToSummaryMs),
    ms(r.medianEngineMs),
  ]);
}

const FORM_HEADER = ['form', 'fields', 'filled', 'need you', 'click → last field', 'click → summary', 'engine'];

const GREENHOUSE_HEADER = ['fields', 'answerable', 'filled', 'click → last field', 'per field', 'direct writes', 'ratio'];

function greenhouseRows(results: Results): string[][] {
  return results.greenhouseSizes.map((r) => [
    String(r.fields),
    String(r.answerable),
    filledRange(r.filledPerRun),
    ms(r.medianClickToLastFieldMs),
    `${round(r.medianClickToLastFieldMs / r.fields)} ms`,
    `${round(r.medianDirectWriteMs ?? 0)} ms`,
    `${round(r.medianClickToLastFieldMs / Math.max(r.medianDirectWriteMs ?? 0, 0.1))}×`,
  ]);
}

const STAGE_HEADER = ['fields', 'answerable', 'start', 'collect', 'classify', 'plan', 'message', 'fill', 'verify'];

function stageRows(results: Results): string[][] {
  return results.greenhouseSizes.map((r) => [String(r.fields), String(r.answerable), ...Object.values(r.medianStages).map((value) => `${round(value)} ms`)]);
}

function bundleRows(results: Results): string[][] {
  return results.bundles.groups.map((g) => [g.name, String(g.files.length), kB(g.bytes), kB(g.gzipBytes)]);
}

function report(results: Results): string {
  const { machine: m } = results;
  return [
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB; ${m.os}; Node ${m.node}; Chromium ${m.chromium}. Median of ${results.runsPerMeasure} runs.`,
    '',
    table(FORM_HEADER, formRows(results.forms)),
    '',
    table(['fields', 'filled', 'need you', 'click → last field', 'click → summary', 'engine', 'per field'], results.formSizes.map((r) => [
      String(r.fields),
      filledRange(r.filledPerRun),
      String(r.needsUser),
      ms(r.medianClickToLastFieldMs),
      ms(r.medianClickToSummaryMs),
      ms(r.medianEngineMs),
      `${round(r.medianClickToLastFieldMs / r.fields)} ms`,
    ])),
    '',
    'Each step of the Workday wizard (the user presses Next; Applyfill fills the step as it renders):',
    workdayStepsTable(results.workdaySteps),
    '',
    `Greenhouse-style generated pages (growth exponent ${results.greenhouseGrowthExponent}):`,
    table(GREENHOUSE_HEADER, greenhouseRows(results)),
    '',
    'Engine stages on those pages (medians):',
    table(STAGE_HEADER, stageRows(results)),
    '',
    `Popup first contentful paint (popup.html opened in a tab): ${ms(results.popup.medianFirstContentfulPaintMs)}`,
    `Content script memory (V8 heap added to the page): ${MB(results.contentScriptMemory.idleBytes)} idle, ${MB(results.contentScriptMemory.afterFillBytes)} after a fill`,
    `Loading the filler, with the extension's first classification of the form (Greenhouse, on a fresh page): ${ms(results.fillerLoad.medianMs)}`,
    '',
    table(['bundle', 'files', 'size', 'gzip'], bundleRows(results)),
    `Whole extension: ${MB(results.bundles.totalBytes)} (${MB(results.bundles.totalGzipBytes)} gzipped)`,
  ].join('\n');
}

function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

const README_START = '<!-- bench:start -->';
const README_END = '<!-- bench:end -->';

function readmeSection(results: Results): string {
  const { machine: m } = results;
  return [
    README_START,
    `Measured ${results.date.slice(0, 10)} on ${m.cpu} (${m.cores} cores, ${m.memoryGB} GB), ${m.os}, Node ${m.node}, Chromium ${m.chromium}; median of ${results.runsPerMeasure} runs, fresh page each run.`,
    '',
    markdownTable(FORM_HEADER, formRows(results.forms)),
    '',
    'Generated forms of text inputs and selects (generic engine):',
    '',
    markdownTable(['fields', 'filled', 'click → last field', 'per field'], results.formSizes.map((r) => [
      String(r.fields),
      filledRange(r.filledPerRun),
      ms(r.medianClickToLastFieldMs),
      `${round(r.medianClickToLastFieldMs / r.fields)} ms`,
    ])),
    '',
    'Each step of the Workday wizard, filled as it renders after the user presses Next (from the click or Next to the last field and to the summary; the fixture widgets answer after delays like live tenants\'):',
    '',
    markdownTable(['step', 'fields', 'filled', 'need you', 'click → last field', 'click → summary'], results.workdaySteps.map((r) => [r.step, String(r.fields), String(r.filled), String(r.needYou), ms(r.clickToLastFieldMs), ms(r.clickToSummaryMs)])),
    '',
    `Greenhouse-style generated pages (\`tests/pages/bench/greenhouse.html\`: React-controlled inputs, native selects, reworded questions, numbered employment and education entries); *direct writes* is a loop in the page writing the same values with the native setter and input/change events, the floor any filler stands on; time grows with size as fields^${results.greenhouseGrowthExponent}:`,
    '',
    markdownTable(GREENHOUSE_HEADER, greenhouseRows(results)),
    '',
    'Where the time goes on those pages after the click (medians, ms; classify and plan run in the extension, message is the rest of that round trip, with the check made meanwhile that each field read before the click is still shown; fill includes that check for planned fields the round trip left no time for; classify is 0 where the extension classified the form while the pointer reached the button and the page did not change before the click; collect includes the read for fields the answers revealed, after the last field):',
    '',
    markdownTable(STAGE_HEADER, stageRows(results).map((row) => row.map((cell) => cell.replace(' ms', '')))),
    '',
    markdownTable(['bundle', 'size', 'gzip'], results.bundles.groups.map((g) => [g.name, kB(g.bytes), kB(g.gzipBytes)])),
    '',
    `Popup first contentful paint (popup.html opened in a tab): ${ms(results.popup.medianFirstContentfulPaintMs)}. ` +
      `Memory the content script adds to a page (V8 heap): ${MB(results.contentScriptMemory.idleBytes)} idle, ` +
      `${MB(results.contentScriptMemory.afterFillBytes)} after a fill. ` +
      `Loading the filler into a Greenhouse page, with the extension's first classification of its form (the first scan less the second; the second reads and classifies again, warm), done while the pointer travels to the button: ${ms(results.fillerLoad.medianMs)}.`,
    README_END,
  ].join('\n');
}

function updateReadme(results: Results): void {
  const text = readFileSync(README, 'utf8');
  const start = text.indexOf(README_START);
  const end = text.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${README_START} … ${README_END} section to update`);
  writeFileSync(README, text.slice(0, start) + readmeSection(results) + text.slice(end + README_END.length));
  console.log('updated the Benchmark section of README.md');
}

if (!process.argv.includes('--no-build')) buildIfStale();
const session = await launch({ headless: true });
closeOnExit(session);
let ok = false;
try {
  await importProfile(session);
  const results = await runBenchmarks(session);
  console.log(`\n${report(results)}\n`);
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`wrote ${relative(ROOT, RESULTS_FILE)}`);
  if (process.argv.includes('--readme')) updateReadme(results);
  ok = true;
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
} finally {
  await session.close();
}
process.exit(ok ? 0 : 1);
