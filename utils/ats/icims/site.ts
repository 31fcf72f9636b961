import type { AtsSite } from '../adapter';

export const RESUME_READ = 'iCIMS read your resume into this form. Press Autofill to fill the rest from your profile.';

/** Whether this page is the form iCIMS rendered again from a resume it just read: it asks with &uploadResume=1. */
export function isParsedPage(doc: Document): boolean {
  return /[?&]uploadResume=1(&|$)/.test(doc.location?.search ?? '');
}

/** iCIMS: what the content script that runs on its hosts needs to know, without the adapter's code. */
export const icimsSite = {
  id: 'icims',
  name: 'iCIMS',
  hosts: ['https://*.icims.com/*'],
  greeting: (doc) => (isParsedPage(doc) && doc.getElementById('profileForm') ? RESUME_READ : undefined),
} satisfies AtsSite;
