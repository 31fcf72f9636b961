import { cleanText } from '../../dom/labels';
import type { AtsSite } from '../adapter';
import { SEL } from './selectors';

/** Workday: what the content script that runs on its hosts needs to know, without the adapter's code. */
export const workdaySite = {
  id: 'workday',
  name: 'Workday',
  // Candidates apply on myworkdayjobs.com and myworkdaysite.com; myworkday.com is the tenant's own
  // HR system, where employees apply internally.
  hosts: ['https://*.myworkdayjobs.com/*', 'https://*.myworkdaysite.com/*', 'https://*.myworkday.com/*'],
  stepKey(doc) {
    const active = doc.querySelector(SEL.activeStep) ?? doc.querySelector(SEL.stepHeading);
    const key = cleanText(active?.textContent);
    return key || null;
  },
} satisfies AtsSite;
