import type { FillReport } from './core/types';
import type { Profile, TransferDocument } from './profile/schema';

/**
 * Every message that crosses a context boundary. Runtime messages carry JSON only, so files
 * travel as base64 (TransferDocument), never as Blobs.
 */

/** Content script -> background: the profile lives in the extension's origin, not the site's. */
export type BackgroundRequest =
  | { type: 'profile:fill-data' }
  | { type: 'profile:import'; text: string }
  | { type: 'tab:autofill'; tabId: number }
  | { type: 'tab:scan'; tabId: number }
  | { type: 'site:is-hidden'; host: string }
  | { type: 'site:hide'; host: string }
  | { type: 'site:show'; host: string }
  | { type: 'site:hidden-list' }
  | { type: 'settings:auto-fill-steps' }
  | { type: 'settings:set-auto-fill-steps'; enabled: boolean };

export interface FillData {
  profile: Profile;
  documents: TransferDocument[];
}

/** What a frame tells about the form it holds. */
export interface PageScan {
  ats: string;
  /** Human name of the page, e.g. "Greenhouse application". */
  title: string;
  fieldCount: number;
  /** Enough fields for an application form (a lone search box is not one). */
  isForm: boolean;
  lastReport?: FillReport;
}

/** Background or popup -> content script in a tab. */
export type ContentRequest = { type: 'page:scan' } | { type: 'page:fill' };

/** A fill's report, or why nothing could be filled (no profile yet, a damaged store). */
export type FillResponse = FillReport | { error: string };

export type ContentResponse<R extends ContentRequest> = R extends { type: 'page:scan' } ? PageScan : FillResponse;
