import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import type { ContentRequest, DocumentOffer, FillResponse, PageScan } from '../messages';

/** The built content script; injected on demand into sites outside the manifest's matches. */
const CONTENT_SCRIPT_FILE = '/content-scripts/page.js';

async function sendToTab<T>(tabId: number, request: ContentRequest): Promise<T | undefined> {
  try {
    return (await browser.tabs.sendMessage(tabId, request)) as T | undefined;
  } catch {
    // "Receiving end does not exist": no content script in that tab yet.
    return undefined;
  }
}

/**
 * Injection needs only activeTab + scripting: the user's click on the popup or the keyboard
 * command grants access to this one tab, so no site-wide host permission is ever requested.
 */
async function injectContentScript(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT_FILE] });
    return true;
  } catch {
    // Pages the browser protects (the web store, chrome:// pages) refuse scripts.
    return false;
  }
}

/**
 * Loads the filler of `ats` into the frame that asked: the frame the browser names as the sender
 * (never one a message names), for an ATS the registry knows. Only the content script's own
 * request comes here: a page's scripts cannot send runtime messages. The browser refuses frames
 * the extension may not script (the ATS hosts it declares, or the tab activeTab opened to it).
 */
export async function loadFiller(sender: { tab?: { id?: number }; frameId?: number }, ats: string): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId === undefined) return false;
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId] }, files: [`/${ats}-filler.js` as ScriptPublicPath] });
    return true;
  } catch {
    return false;
  }
}

async function askTab<T>(tabId: number, request: ContentRequest): Promise<T | undefined> {
  const first = await sendToTab<T>(tabId, request);
  if (first !== undefined) return first;
  if (!(await injectContentScript(tabId))) return undefined;
  return sendToTab<T>(tabId, request);
}

export function scanTab(tabId: number): Promise<PageScan | undefined> {
  return askTab<PageScan>(tabId, { type: 'page:scan' });
}

export function autofillTab(tabId: number): Promise<FillResponse | undefined> {
  return askTab<FillResponse>(tabId, { type: 'page:fill' });
}

/** The tab's offer of documents, or the offer after a pick the popup relays; [] when no frame holds a form. */
export async function askTabAboutDocuments(tabId: number, request: Extract<ContentRequest, { type: 'page:documents' | 'page:choose-document' }>): Promise<DocumentOffer[]> {
  return (await sendToTab<DocumentOffer[]>(tabId, request)) ?? [];
}
