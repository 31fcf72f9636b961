import type { AtsSite } from '../adapter';

/** Lever: what the content script that runs on its hosts needs to know, without the adapter's code. */
export const leverSite = {
  id: 'lever',
  name: 'Lever',
  hosts: ['https://jobs.lever.co/*', 'https://jobs.eu.lever.co/*'],
} as const satisfies AtsSite;
