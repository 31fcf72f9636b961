import { browser } from 'wxt/browser';
import type { BackgroundRequest, FillData } from '../messages';
import { ProfileStore } from '../profile/store';
import { toTransferDocument } from '../profile/documents';
import { SiteSettings } from './siteSettings';
import { autofillTab, scanTab } from './tabs';

const store = new ProfileStore();
const sites = new SiteSettings();

async function fillData(): Promise<FillData> {
  const [profile, stored] = await Promise.all([store.getProfile(), store.getDocuments()]);
  return { profile, documents: await Promise.all(stored.map(toTransferDocument)) };
}

/** What a content script may ask for; everything else changes the profile or acts on other tabs. */
const CONTENT_SCRIPT_REQUESTS: ReadonlySet<BackgroundRequest['type']> = new Set([
  'profile:fill-data',
  'site:is-hidden',
  'site:hide',
  'settings:auto-fill-steps',
  'settings:set-auto-fill-steps',
] as const);

/** Whether a message comes from one of the extension's own pages (popup, options), not a web page's frame. */
export function isFromExtensionPage(sender: { url?: string; id?: string }, extensionOrigin: string): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(extensionOrigin);
}

export function mayRequest(type: BackgroundRequest['type'], fromExtensionPage: boolean): boolean {
  return fromExtensionPage || CONTENT_SCRIPT_REQUESTS.has(type);
}

/** Returns undefined for messages that are not the background's, so other listeners may answer. */
export function handleBackgroundRequest(
  message: unknown,
  sender: { url?: string; id?: string },
): Promise<unknown> | undefined {
  const request = message as BackgroundRequest;
  if (!request?.type || !mayRequest(request.type, isFromExtensionPage(sender, browser.runtime.getURL('/')))) {
    return undefined;
  }
  switch (request.type) {
    case 'profile:fill-data':
      return fillData();
    case 'profile:import':
      return store.importFile(request.text);
    case 'tab:autofill':
      return autofillTab(request.tabId);
    case 'tab:scan':
      return scanTab(request.tabId);
    case 'site:is-hidden':
      return sites.isHidden(request.host);
    case 'site:hide':
      return sites.setHidden(request.host, true);
    case 'site:show':
      return sites.setHidden(request.host, false);
    case 'site:hidden-list':
      return sites.hiddenSites();
    case 'settings:auto-fill-steps':
      return sites.autoFillSteps();
    case 'settings:set-auto-fill-steps':
      return sites.setAutoFillSteps(request.enabled);
    default:
      return undefined;
  }
}
