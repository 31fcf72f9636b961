import type { AnyAdapter } from './adapter';
import { ashby } from './ashby';
import { generic } from './generic';
import { greenhouse } from './greenhouse';
import { icims } from './icims';
import { lever } from './lever';
import { isMatchedUrl } from './matches';
import { smartrecruiters } from './smartrecruiters';
import { workable } from './workable';
import { workday } from './workday';

/** Every ATS Applyfill knows; the one list (tests check that no adapter is left out of it). */
export const ADAPTERS: readonly AnyAdapter[] = [greenhouse, lever, workday, ashby, workable, icims, smartrecruiters];

/**
 * Hosts where the content script runs by itself, from the adapters' own lists. Every other site
 * is filled on demand through activeTab + scripting, so no broad host permission is requested.
 */
export const ATS_MATCHES: readonly string[] = ADAPTERS.flatMap((adapter) => adapter.hosts);

function isAdapterPage(adapter: AnyAdapter, url: URL, doc: Document): boolean {
  return adapter.matches ? adapter.matches(url, doc) : isMatchedUrl(url, adapter.hosts);
}

export function adapterFor(url: URL, doc: Document): AnyAdapter {
  return ADAPTERS.find((adapter) => isAdapterPage(adapter, url, doc)) ?? generic;
}

/** Whether the content script runs on this URL by itself (the manifest matches it). */
export function isAtsUrl(url: URL): boolean {
  return isMatchedUrl(url, ATS_MATCHES);
}

/** The adapter a content script names when it asks the extension to plan a fill; the generic one for an unknown id. */
export function adapterById(id: string): AnyAdapter {
  return ADAPTERS.find((adapter) => adapter.id === id) ?? generic;
}
