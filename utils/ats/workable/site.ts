import type { AtsSite } from '../adapter';

/** Workable: what the content script that runs on its hosts needs to know, without the adapter's code. */
export const workableSite = {
  id: 'workable',
  name: 'Workable',
  hosts: ['https://apply.workable.com/*'],
} as const satisfies AtsSite;
