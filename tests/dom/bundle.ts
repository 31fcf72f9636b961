import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Page } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '../..');

let bundled: Promise<string> | undefined;

/** Source modules (`contents`: export lines from the repository root) as one script that sets `window[globalName]`. */
export function scriptOf(contents: string, globalName: string): Promise<string> {
  return build({ stdin: { contents, resolveDir: ROOT, loader: 'ts' }, bundle: true, format: 'iife', globalName, target: 'chrome120', write: false }).then(
    (result) => result.outputFiles[0]!.text,
  );
}

/**
 * The DOM modules under test as one script that sets `window.ApplyfillDom`, built once per worker:
 * the same source the extension ships, run in a plain page.
 */
export function domBundle(): Promise<string> {
  bundled ??= scriptOf(
    "export * from './utils/dom/visibility'; export * from './utils/dom/widgets'; export * from './utils/dom/selectWidgets'; export { labelHints } from './utils/dom/labels'; export { collectFields } from './utils/dom/collect'; export { generic } from './utils/ats/generic'; export { performAction } from './utils/dom/fill'; export { chooseOption } from './utils/core/match'; export { shownControlCount } from './utils/content/formPresence';",
    'ApplyfillDom',
  );
  return bundled;
}

/** Shows the markup as a whole page and adds the modules under test to it. */
export async function loadSnippet(page: Page, html: string): Promise<void> {
  await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${html}</body></html>`);
  await page.addScriptTag({ content: await domBundle() });
}

/** The slice of the modules that tests call inside the page. */
export interface DomGlobals {
  ApplyfillDom: typeof import('../../utils/dom/visibility') &
    typeof import('../../utils/dom/widgets') &
    typeof import('../../utils/dom/selectWidgets') &
    Pick<typeof import('../../utils/dom/labels'), 'labelHints'> &
    Pick<typeof import('../../utils/dom/collect'), 'collectFields'> &
    Pick<typeof import('../../utils/ats/generic'), 'generic'> &
    Pick<typeof import('../../utils/dom/fill'), 'performAction'> &
    Pick<typeof import('../../utils/core/match'), 'chooseOption'> &
    Pick<typeof import('../../utils/content/formPresence'), 'shownControlCount'>;
}
