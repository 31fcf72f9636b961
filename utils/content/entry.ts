import { defineContentScript } from 'wxt/utils/define-content-script';
import type { AtsSite } from '../ats/adapter';
import { startLauncher } from './launcher';

/**
 * The content script of one ATS: it runs on that ATS's hosts only, in every frame (forms are
 * embedded in iframes), and carries none of the adapter's code, which its filler brings. The
 * registry test checks that every registered adapter has one.
 */
export function atsContentScript(site: AtsSite) {
  return defineContentScript({
    matches: [...site.hosts],
    allFrames: true,
    runAt: 'document_idle',
    main: (ctx) => startLauncher(ctx, site),
  });
}

