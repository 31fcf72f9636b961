import { browser } from 'wxt/browser';
import { ProfileStore } from '@/utils/profile/store';

/**
 * One connection per page: the popup and the options page share the extension's origin, hence the
 * database. Each write tells the background before it resolves, so the next fill reads it.
 */
export const store = new ProfileStore(undefined, () => browser.runtime.sendMessage({ type: 'store:written' }).catch(() => undefined));
