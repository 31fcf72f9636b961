import { defineContentScript } from 'wxt/utils/define-content-script';
import type { AnyAdapter } from '../ats/adapter';
import { startContentScript } from './main';

/**
 * The content script of one ATS: it runs on that ATS's hosts only, in every frame (forms are
 * embedded in iframes), and bundles that ATS's adapter only, so a Greenhouse page never loads
 * Workday's code. The registry test checks that every registered adapter has one.
 */
export function atsContentScript(adapter: AnyAdapter) {
  return defineContentScript({
    matches: [...adapter.hosts],
    allFrames: true,
    runAt: 'document_idle',
    main: (ctx) => startContentScript(ctx, adapter),
  });
}
