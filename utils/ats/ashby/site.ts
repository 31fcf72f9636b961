import type { AtsSite } from '../adapter';

/** Ashby: what the content script that runs on its hosts needs to know, without the adapter's code. */
export const ashbySite = {
  id: 'ashby',
  name: 'Ashby',
  hosts: ['https://jobs.ashbyhq.com/*'],
} as const satisfies AtsSite;
