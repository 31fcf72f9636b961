import type { AtsSite } from '../adapter';

/** Greenhouse: what the content script that runs on its hosts needs to know, without the adapter's code. */
export const greenhouseSite = {
  id: 'greenhouse',
  name: 'Greenhouse',
  hosts: [
    'https://boards.greenhouse.io/*',
    'https://job-boards.greenhouse.io/*',
    'https://boards.eu.greenhouse.io/*',
    'https://job-boards.eu.greenhouse.io/*',
  ],
} as const satisfies AtsSite;
