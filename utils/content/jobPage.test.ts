import { describe, expect, it } from 'vitest';
import { jobFromPage } from './jobPage';

describe('the job a page shows', () => {
  it.each([
    [
      'a Greenhouse board (captured: "Job Application for … at …")',
      { title: 'Job Application for Junior Production Support/SRE Analyst  at mthree Recruiting Portal', ogTitle: 'Junior Production Support/SRE Analyst', headings: [] },
      { title: 'Junior Production Support/SRE Analyst', company: 'mthree Recruiting Portal' },
    ],
    [
      'a Workday tenant as captured: the job alone in the title and og:title',
      { title: 'Software Engineer 1', ogTitle: 'Software Engineer 1', headings: ['Software Engineer 1', 'My Experience'] },
      { title: 'Software Engineer 1', company: '' },
    ],
    [
      'a careers site named in the title',
      { title: 'Senior Software Engineer - Apply | Acme Corp Careers', headings: ['Senior Software Engineer', 'My Information'] },
      { title: 'Senior Software Engineer', company: 'Acme Corp' },
    ],
    [
      'Lever: "<company> - <job>", the job in a heading',
      { title: 'Acme - Senior Software Engineer', ogTitle: 'Acme - Senior Software Engineer', headings: ['Senior Software Engineer'] },
      { title: 'Senior Software Engineer', company: 'Acme' },
    ],
    [
      'a company career page around an embedded form',
      { title: 'Senior Backend Engineer · Careers at Acme Robotics', headings: ['Senior Backend Engineer'] },
      { title: 'Senior Backend Engineer', company: 'Acme Robotics' },
    ],
    [
      'og:site_name names the company',
      { title: 'Apply: Senior Software Engineer · Example Corp', ogSiteName: 'Example Corp', headings: [] },
      { title: 'Senior Software Engineer', company: 'Example Corp' },
    ],
    [
      'two parts and no heading to tell which is the job: neither is guessed',
      { title: 'Acme - Senior Software Engineer', headings: ['Apply for this job'] },
      { title: '', company: '' },
    ],
  ])('%s', (_, texts, job) => {
    expect(jobFromPage(texts)).toEqual(job);
  });
});
