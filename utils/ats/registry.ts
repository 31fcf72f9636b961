import type { AnyAdapter } from './adapter';
import { generic } from './generic';
import { greenhouse } from './greenhouse';
import { lever } from './lever';
import { workday } from './workday';

const ADAPTERS: readonly AnyAdapter[] = [greenhouse, lever, workday];

export function adapterFor(url: URL, doc: Document): AnyAdapter {
  return ADAPTERS.find((adapter) => adapter.matches(url, doc)) ?? generic;
}

/** The adapter a content script names when it asks the extension to plan a fill; the generic one for an unknown id. */
export function adapterById(id: string): AnyAdapter {
  return ADAPTERS.find((adapter) => adapter.id === id) ?? generic;
}
