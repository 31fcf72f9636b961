import { z } from 'zod';
import { browser } from 'wxt/browser';
import { isSensitiveAnswer, mergeSavedAnswers, offersFrom, type AnswerOffer } from '../core/learning';
import { classifyFields } from '../core/classify';
import type { AnyAdapter } from '../ats/adapter';
import type { ClassifiedField, FieldDescription } from '../core/types';
import { adapterById } from '../ats/registry';
import { chooseOption } from '../core/match';
import { classifyPage, isEmptyProfile, MAX_PLANNED_FIELDS, planPage, siteRules } from '../fill/plan';
import type { BackgroundRequest, DocumentOffer, FillStart, PlanReply, SaveAnswersReply } from '../messages';
import { ApplicationLog, applicationsToCsv } from '../profile/applicationLog';
import { EeoSchema, emptyProfile, SavedAnswerSchema, type Profile } from '../profile/schema';
import { ProfileStore } from '../profile/store';
import { chosenDocuments, toTransferDocument, withResumeTexts } from '../profile/documents';
import type { DocumentRole } from '../profile/schema';
import { ClassifiedAhead } from './classifiedAhead';
import { FillSessions, type FillScope, type FillSession, type LoadedFill } from './fillSessions';
import { ProfileCache } from './profileCache';
import { SiteSettings } from './siteSettings';
import { askTabAboutDocuments, autofillTab, loadFiller, scanTab } from './tabs';

// A write here (an import from the popup, answers saved from a page) drops what the background kept at once.
const store: ProfileStore = new ProfileStore(undefined, () => stored.forget());
const stored: ProfileCache = new ProfileCache(store);
const sites = new SiteSettings();
const log = new ApplicationLog();
/**
 * What a fill for this application attaches, one file per role (the one chosen for the company,
 * else the default), and the profile it answers from, with that resume's own headline and summary.
 * `kept`: from what the background kept, without asking the store, when it may (ProfileCache.readKept).
 */
async function loadFill({ site, company }: FillScope, kept: boolean): Promise<LoadedFill> {
  const { snapshot, choice } = (kept && (await stored.readKept(site, company))) || (await stored.readFor(site, company));
  const documents = chosenDocuments(snapshot.documents, choice);
  const resume = documents.find((document) => document.role === 'resume');
  return { profile: withResumeTexts(snapshot.profile, resume), documents, version: `${snapshot.revision ?? ''}|${resume?.id ?? ''}` };
}
const fills = new FillSessions(loadFill);
/** Forms classified as the user reached for Autofill, for the fill that follows. */
const ahead = new ClassifiedAhead();

export const EMPTY_PROFILE = 'Your profile is empty: add your details in Applyfill’s options first.';

/** Who sent a message, as the browser tells it (runtime.MessageSender). */
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** One fill session per frame that asks. */
function frameKey(sender: Sender): string {
  return `${sender.tab?.id ?? -1}:${sender.frameId ?? 0}:${sender.url ?? ''}`;
}

/** The company as a page names it: a lookup key only, so any string will do, within bounds. */
function companyOf(request: { company?: unknown }): string {
  return typeof request.company === 'string' ? request.company.replace(/\s+/g, ' ').trim().slice(0, 200) : '';
}

function scopeOf(request: { company?: unknown }, sender: Sender): FillScope {
  return { site: senderSite(sender) ?? '', company: companyOf(request) };
}

/**
 * A fill begins: the adapter's setup and, for the fields sent with it, their plan, in one round
 * trip, from the profile the background kept when it may (the store confirmed it as the pointer
 * reached the button, and every write since would have dropped it).
 */
async function startFill(request: Extract<BackgroundRequest, { type: 'fill:start' }>, sender: Sender): Promise<FillStart> {
  const key = frameKey(sender);
  const session = await fills.start(key, scopeOf(request, sender), { kept: true });
  const { page, fields, today } = request;
  if (isEmptyProfile(session.profile, session.documents.length)) return { ok: false, error: EMPTY_PROFILE };
  const adapter = adapterById(String(request.ats));
  const setup = adapter.prepare?.(session.profile, page) ?? null;
  if (!Array.isArray(fields) || !fields.length) return { ok: true, setup };
  // The fields as read before the preparation: planned now, saving the first pass a round trip.
  const classified = ahead.take(key, adapter.id, session.version, fields);
  const plan = await planFor(adapter, fields, String(today), session, classified);
  return { ok: true, setup, ...(plan.ok ? { plan } : {}) };
}

async function planFill(request: Extract<BackgroundRequest, { type: 'fill:plan' }>, sender: Sender): Promise<PlanReply> {
  const session = await fills.current(frameKey(sender), scopeOf(request, sender));
  return planFor(adapterById(String(request.ats)), request.fields, String(request.today), session);
}

/**
 * The form as read while the user reaches for Autofill, classified ahead of the press: the fill
 * that follows plans from it if it sends the very same fields. The reply says nothing of the profile.
 */
async function classifyAhead(request: Extract<BackgroundRequest, { type: 'fill:classify' }>, sender: Sender): Promise<boolean> {
  const { fields } = request;
  if (!plannable(fields) || !fields.length) return false;
  const adapter = adapterById(String(request.ats));
  const { profile, version } = await loadFill(scopeOf(request, sender), false);
  ahead.keep(frameKey(sender), { ats: adapter.id, version, fields, classified: classifyPage(adapter, profile, fields) });
  return true;
}

/** Fields as a content script sent them, few enough to be a form's. */
function plannable(fields: unknown): fields is FieldDescription[] {
  return Array.isArray(fields) && fields.length <= MAX_PLANNED_FIELDS;
}

/** The values for a page's fields from the session's profile, with the files its uploads take. */
async function planFor(
  adapter: AnyAdapter,
  fields: unknown,
  today: string,
  { profile, documents: chosen }: Pick<FillSession, 'profile' | 'documents'>,
  classified?: ClassifiedField[],
): Promise<PlanReply> {
  if (!plannable(fields)) return { ok: false, error: 'This page holds too many fields to be a form.' };
  const { documentRoles, ...plan } = planPage({ adapter, profile, fields, documents: chosen.map((document) => document.role), today, ...(classified ? { classified } : {}) });
  // Only the chosen files this page has an upload field for leave the extension, without the names the user gave them.
  const attached = chosen.filter((document) => documentRoles.includes(document.role));
  const documents = await Promise.all(attached.map(toTransferDocument));
  const documentLabels: Partial<Record<DocumentRole, string>> = Object.fromEntries(attached.map((document) => [document.role, document.label]));
  return { ok: true, ...plan, documents, documentLabels };
}

/**
 * Each role's documents by the names the user gave them, and the one the next fill of this
 * company's application attaches. For the in-page panel's closed UI only: the page cannot ask.
 * A page asks as it shows the button, which readies the profile for the fill that may follow.
 */
async function offerDocuments({ site, company }: FillScope): Promise<DocumentOffer[]> {
  const { snapshot: { documents }, choice } = await stored.readFor(site, company);
  return chosenDocuments(documents, choice).map(({ role, id }) => ({
    role,
    documents: documents.filter((document) => document.role === role).map(({ id: documentId, label }) => ({ id: documentId, label })),
    chosen: id,
  }));
}

async function chooseDocument(request: Extract<BackgroundRequest, { type: 'documents:choose' }>, sender: Sender): Promise<DocumentOffer[]> {
  const scope = scopeOf(request, sender);
  await store.chooseDocument(scope.site, scope.company, String(request.id));
  return offerDocuments(scope);
}

/** More options than any dropdown offers: a page sending these is not showing a widget's list. */
const MAX_CHOICE_OPTIONS = 5000;

/** The index of the option that means the answer, or -1; the matcher's tables stay in the extension. */
export function chooseFor(request: Extract<BackgroundRequest, { type: 'fill:choose' }>): number {
  const { options, choice } = request;
  if (!Array.isArray(options) || options.length > MAX_CHOICE_OPTIONS || !choice || !Array.isArray(choice.accept)) return -1;
  const offered = options.map((option) => ({ value: String(option?.value ?? ''), label: String(option?.label ?? '') }));
  const best = chooseOption(offered, choice);
  return best ? offered.indexOf(best) : -1;
}

/**
 * What the fields a user answered by hand can teach, read from those fields alone: classified
 * with an empty profile (only the kind of question matters), so the reply holds nothing of the
 * user's profile, only lessons drawn from what the page sent.
 */
export function lessonsFor(request: Extract<BackgroundRequest, { type: 'answers:lessons' }>): AnswerOffer[] {
  if (!Array.isArray(request.fields) || request.fields.length > MAX_PLANNED_FIELDS) return [];
  const empty = emptyProfile();
  return offersFrom(classifyFields(request.fields, undefined, siteRules(adapterById(String(request.ats)), empty)));
}

/** Answers a page may offer at once: the panel lists at most 20. */
const SavedAnswersMessageSchema = z.object({ answers: z.array(SavedAnswerSchema).max(20), eeo: EeoSchema.strict() });

/**
 * Keeps the answers the user confirmed on a page. The content script sends them only after the
 * user's trusted click in Applyfill's closed panel; still, everything is checked again here, as
 * if a page had written it: the shape, and that no secret slipped through (a date of birth, an
 * SSN, a card number). The reply carries a count, never the profile.
 */
export async function saveLearnedAnswers(message: unknown, save: (change: (profile: Profile) => Profile) => Promise<unknown>): Promise<SaveAnswersReply> {
  const parsed = SavedAnswersMessageSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: 'Applyfill could not save these answers: they were not in the expected form.' };
  const answers = parsed.data.answers.filter((answer) => !isSensitiveAnswer(answer));
  const { eeo } = parsed.data;
  await save((profile) => ({
    ...profile,
    answers: mergeSavedAnswers(profile.answers, answers),
    application: { ...profile.application, eeo: { ...profile.application.eeo, ...eeo } },
  }));
  return { ok: true, saved: answers.length + Object.keys(eeo).length };
}

/** What a content script may ask for; everything else changes the profile or acts on other tabs. */
const CONTENT_SCRIPT_REQUESTS: ReadonlySet<BackgroundRequest['type']> = new Set([
  'fill:start',
  'fill:plan',
  'fill:classify',
  'fill:choose',
  'content:load-filler',
  'documents:offer',
  'documents:choose',
  'site:is-hidden',
  'site:hide',
  'settings:auto-fill-steps',
  'settings:set-auto-fill-steps',
  'log:record',
  'answers:save',
  'answers:lessons',
] as const);

/** Whether a message comes from one of the extension's own pages (popup, options), not a web page's frame. */
export function isFromExtensionPage(sender: Sender, extensionOrigin: string): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(extensionOrigin);
}

export function mayRequest(type: BackgroundRequest['type'], fromExtensionPage: boolean): boolean {
  return fromExtensionPage || CONTENT_SCRIPT_REQUESTS.has(type);
}

/**
 * The site a content script's tab shows, as the browser reports it: for a form embedded in a
 * company's career page, that page's host, so hiding the button there does not hide it on every
 * other company's embed. Never taken from the message, so a frame cannot name another site.
 */
export function senderSite(sender: Sender): string | undefined {
  const url = sender.tab?.url ?? sender.url;
  try {
    return url ? new URL(url).host || undefined : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A fill's entry in the log, about the page the browser says sent it: the tab's address (for a
 * form embedded in a career page, that page's), never one the message names.
 */
async function recordApplication(application: unknown, sender: Sender): Promise<void> {
  const site = senderSite(sender);
  const url = sender.tab?.url ?? sender.url;
  if (!site || !url || typeof application !== 'object' || application === null) return;
  await log.record({ ...(application as Record<string, unknown>), site, url });
}

/** Returns undefined for messages that are not the background's, so other listeners may answer. */
export function handleBackgroundRequest(message: unknown, sender: Sender): Promise<unknown> | undefined {
  const request = message as BackgroundRequest;
  if (typeof request?.type !== 'string') return undefined;
  const fromExtensionPage = isFromExtensionPage(sender, browser.runtime.getURL('/'));
  if (!mayRequest(request.type, fromExtensionPage)) return undefined;
  switch (request.type) {
    case 'fill:start':
      return startFill(request, sender);
    case 'fill:plan':
      return planFill(request, sender);
    case 'fill:classify':
      return classifyAhead(request, sender);
    case 'store:written':
      // Extension pages write the store; the page's own store told us before its write resolved.
      stored.forget();
      return Promise.resolve(true);
    case 'fill:choose':
      return Promise.resolve(chooseFor(request));
    case 'content:load-filler':
      return fromExtensionPage ? Promise.resolve(false) : loadFiller(sender, adapterById(String(request.ats)).id);
    // About the application a page's frame shows, so from its content script only: the popup asks through it.
    case 'documents:offer':
      return fromExtensionPage ? Promise.resolve([]) : offerDocuments(scopeOf(request, sender));
    case 'documents:choose':
      return fromExtensionPage ? Promise.resolve([]) : chooseDocument(request, sender);
    case 'tab:documents':
      return askTabAboutDocuments(request.tabId, { type: 'page:documents' });
    case 'tab:choose-document':
      return askTabAboutDocuments(request.tabId, { type: 'page:choose-document', id: String(request.id) });
    case 'profile:import':
      return store.importFile(request.text);
    case 'tab:autofill':
      return autofillTab(request.tabId);
    case 'tab:scan':
      return scanTab(request.tabId);
    case 'site:is-hidden': {
      const site = senderSite(sender);
      return site ? sites.isHidden(site) : Promise.resolve(false);
    }
    case 'site:hide': {
      const site = senderSite(sender);
      return site && !fromExtensionPage ? sites.setHidden(site, true) : Promise.resolve();
    }
    case 'site:show':
      return sites.setHidden(String(request.host), false);
    case 'site:hidden-list':
      return sites.hiddenSites();
    case 'settings:auto-fill-steps':
      return sites.autoFillSteps();
    case 'settings:set-auto-fill-steps':
      return sites.setAutoFillSteps(request.enabled === true);
    case 'answers:lessons':
      return Promise.resolve(lessonsFor(request));
    case 'answers:save':
      // Extension pages edit the profile directly.
      return fromExtensionPage
        ? Promise.resolve({ ok: false, error: 'not from a page' })
        : saveLearnedAnswers(request, (change) => store.updateProfile((stored) => ({ profile: change(stored) })));
    case 'log:record':
      // Extension pages fill no application of their own.
      return fromExtensionPage ? Promise.resolve() : recordApplication(request.application, sender);
    case 'log:list':
      return log.list();
    case 'log:delete':
      return log.remove(Array.isArray(request.ids) ? request.ids.map(String) : []);
    case 'log:enabled':
      return log.isEnabled();
    case 'log:set-enabled':
      return log.setEnabled(request.enabled === true);
    case 'log:export-csv':
      return log.list().then(applicationsToCsv);
    case 'log:import':
      return log.import(Array.isArray(request.entries) ? request.entries : []);
    default:
      return undefined;
  }
}
