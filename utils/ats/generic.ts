import type { AtsAdapter } from './adapter';

/** Any other form: the heuristics alone. */
export const generic: AtsAdapter = {
  id: 'generic',
  name: 'Application',
  matches: () => true,
};
