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

/** Returns undefined for messages that are not the background's, so other listeners may answer. */
export function handleBackgroundRequest(message: unknown): Promise<unknown> | undefined {
  const request = message as BackgroundRequest;
  switch (request?.type) {
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
    case 'settings:auto-fill-steps':
      return sites.autoFillSteps();
    case 'settings:set-auto-fill-steps':
      return sites.setAutoFillSteps(request.enabled);
    default:
      return undefined;
  }
}
