import type { FieldDescription, FieldOption, FillReport, OptionChoice } from './core/types';
import type { PagePlan } from './fill/plan';
import type { ApplicationFacts } from './profile/applicationLog';
import type { DocumentRole, Eeo, SavedAnswer, TransferDocument } from './profile/schema';

/**
 * Every message that crosses a context boundary. Runtime messages carry JSON only, so files
 * travel as base64 (TransferDocument), never as Blobs.
 */

/**
 * Content script -> background. The profile lives in the extension's origin and never goes to
 * the page: the content script sends what it found and gets back what to put in it.
 */
export type BackgroundRequest =
  /** A fill begins: the adapter's page facts in, its setup out (how many schools to add). */
  /** `company`: as the page shows it, so that the documents chosen for that company are attached. */
  /** `fields`: the form as read before the preparation, planned in the same round trip (used when the preparation changes nothing). */
  | { type: 'fill:start'; ats: string; page?: unknown; company: string; fields?: FieldDescription[]; today?: string }
  /** The form as read while the user reaches for Autofill, to classify ahead of the press: true once done, nothing of the profile. */
  | { type: 'fill:classify'; ats: string; fields: FieldDescription[]; company: string }
  /** The values for these fields, with the documents their uploads need. */
  | { type: 'fill:plan'; ats: string; fields: FieldDescription[]; today: string; company: string }
  /** Which of the options a widget shows means the answer: the index of the chosen one, or -1. */
  | { type: 'fill:choose'; options: FieldOption[]; choice: OptionChoice }
  /** The content script's frame needs its filler (the user reached for Autofill): loaded into that frame, true once it ran. */
  | { type: 'content:load-filler'; ats: string }
  /** What the in-page panel offers before a fill: each role's documents by name, and the one a fill attaches. */
  | { type: 'documents:offer'; company: string }
  /** The user picked a document in the in-page panel (a click its click guard let through), for this company's applications. */
  | { type: 'documents:choose'; company: string; id: string }
  /** From the popup, through the tab's content script (which alone knows the page's company): the offer, and a pick. */
  | { type: 'tab:documents'; tabId: number }
  | { type: 'tab:choose-document'; tabId: number; id: string }
  | { type: 'profile:import'; text: string }
  /** An extension page wrote the store (ProfileStore's afterWrite): what the background kept is dropped before the write resolves. */
  | { type: 'store:written' }
  | { type: 'tab:autofill'; tabId: number }
  | { type: 'tab:scan'; tabId: number }
  /** About the site the sending tab shows: a content script cannot name another. */
  | { type: 'site:is-hidden' }
  | { type: 'site:hide' }
  /** From the options page's list of hidden sites. */
  | { type: 'site:show'; host: string }
  | { type: 'site:hidden-list' }
  | { type: 'settings:auto-fill-steps' }
  | { type: 'settings:set-auto-fill-steps'; enabled: boolean }
  /**
   * Answers the user typed on the page, sent only after their trusted click on "Save" in
   * Applyfill's closed panel. The reply says how many were kept, never what the profile holds.
   */
  | SaveAnswersRequest
  /** What the fields the user answered by hand since a fill can teach: classified here, with no profile. */
  | { type: 'answers:lessons'; ats: string; fields: FieldDescription[] }
  /** A fill is over: the log records it, with the site and address the browser reports for the sender. */
  | { type: 'log:record'; application: ApplicationRecord }
  /** From the options page: the log, newest first; entries deleted; the log turned on or off; the log as CSV. */
  | { type: 'log:list' }
  | { type: 'log:delete'; ids: string[] }
  | { type: 'log:enabled' }
  | { type: 'log:set-enabled'; enabled: boolean }
  | { type: 'log:export-csv' }
  /** The log a profile file carried, added on its import. */
  | { type: 'log:import'; entries: unknown[] };

export interface SaveAnswersRequest {
  type: 'answers:save';
  answers: SavedAnswer[];
  eeo: Partial<Eeo>;
}

export type SaveAnswersReply = { ok: true; saved: number } | { ok: false; error: string };

/** What a page's fill tells the log: never its site or address, which the browser tells. */
export type ApplicationRecord = Omit<ApplicationFacts, 'site' | 'url'>;

/** A fill's start: what the adapter's preparation needs and, for the fields sent with it, their plan. */
export type FillStart = { ok: true; setup: unknown; plan?: PlanReply } | { ok: false; error: string };

export type PlanReply =
  | (Omit<PagePlan, 'documentRoles'> & {
      ok: true;
      /** Only the files this page's upload fields take, one per role: the chosen or default one. */
      documents: TransferDocument[];
      /** The names the user gave those files, for the report; the page never sees them. */
      documentLabels: Partial<Record<DocumentRole, string>>;
    })
  | { ok: false; error: string };

/** One role's documents as the popup and the in-page panel list them, and the one the next fill attaches. */
export interface DocumentOffer {
  role: DocumentRole;
  documents: { id: string; label: string }[];
  chosen: string;
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
export type ContentRequest =
  | { type: 'page:scan' }
  | { type: 'page:fill' }
  | { type: 'page:documents' }
  | { type: 'page:choose-document'; id: string };

/** A fill's report, or why nothing could be filled (no profile yet, a damaged store). */
export type FillResponse = FillReport | { error: string };

export type ContentResponse<R extends ContentRequest> = R extends { type: 'page:scan' }
  ? PageScan
  : R extends { type: 'page:documents' | 'page:choose-document' }
    ? DocumentOffer[]
    : FillResponse;

/** The name of the content script's long-lived connection for its requests (utils/content/channel.ts). */
export const FILL_PORT = 'applyfill-requests';
/** A BackgroundRequest over that connection, numbered so that its answer finds it. */
export interface PortRequest {
  id: number;
  message: unknown;
}
export type PortReply = { id: number; reply: unknown; error?: undefined } | { id: number; error: string; reply?: undefined };
