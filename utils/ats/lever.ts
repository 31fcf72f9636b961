import type { AtsAdapter } from './adapter';

export const lever: AtsAdapter = {
  id: 'lever',
  name: 'Lever',
  matches: (url) => url.hostname === 'jobs.lever.co',
};
