import type { AtsSite } from '../adapter';

/** SmartRecruiters: what the content script that runs on its hosts needs to know, without the adapter's code. */
export const smartrecruitersSite = {
  id: 'smartrecruiters',
  name: 'SmartRecruiters',
  hosts: ['https://jobs.smartrecruiters.com/*'],
  /** The step on screen: the screening questions (data-test="question-<id>") once Next brought them, else the personal information. */
  stepKey: (doc) => (doc.querySelector('[data-test^="question-"]') ? 'questions' : 'personal-information'),
} satisfies AtsSite;
