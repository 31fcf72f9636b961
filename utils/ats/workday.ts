import type { AtsAdapter } from './adapter';

export const workday: AtsAdapter = {
  id: 'workday',
  name: 'Workday',
  matches: (url) => /(^|\.)(myworkdayjobs|myworkdaysite|myworkday)\.com$/.test(url.hostname),
};
