import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { AtsSite } from '../ats/adapter';
import type { FillResponse, PageScan } from '../messages';
import type { AutofillButton } from './button';

/**
 * Where the content script leaves what the filler needs: a property of the global object of the
 * extension's isolated world, which the page's scripts cannot see (they have a global of their own).
 */
export const LAUNCHER_KEY = '__applyfillLauncher';

/**
 * What the content script on every page of the site (utils/content/launcher.ts) hands the filler
 * (utils/content/filler.ts) that it loads when the user reaches for Autofill.
 */
export interface Launcher {
  ctx: ContentScriptContext;
  site: AtsSite;
  /** The in-page button, once the page has shown a form; never on sites filled only on request. */
  button(): AutofillButton | undefined;
  /** A runtime message to the extension (the filler carries no messaging library of its own). */
  send(message: object): Promise<unknown>;
  /** The filler, started: the launcher routes the user's fills to it from now on. */
  attach(filler: Filler): void;
}

/** The half of the content script that collects and fills, loaded when the user reaches for Autofill. */
export interface Filler {
  fill(): Promise<FillResponse>;
  /** The user is reaching for Autofill (the pointer or focus on the button): read the form ahead of the press. */
  prepare(): void;
  /** The form as a fill would collect it. */
  scan(): PageScan;
  /** The page changed (a wizard's next step rendered, the button appeared). */
  pageChanged(): void;
}
