import type { AtsAdapter } from './adapter';

export const greenhouse: AtsAdapter = {
  id: 'greenhouse',
  name: 'Greenhouse',
  matches: (url) => /(^|\.)greenhouse\.io$/.test(url.hostname),
};
