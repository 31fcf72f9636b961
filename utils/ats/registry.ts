import type { AtsAdapter } from './adapter';
import { generic } from './generic';
import { greenhouse } from './greenhouse';
import { lever } from './lever';
import { workday } from './workday';

const ADAPTERS: readonly AtsAdapter[] = [greenhouse, lever, workday];

export function adapterFor(url: URL, doc: Document): AtsAdapter {
  return ADAPTERS.find((adapter) => adapter.matches(url, doc)) ?? generic;
}
