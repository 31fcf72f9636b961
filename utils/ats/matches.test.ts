import { describe, expect, it } from 'vitest';
import { ATS_MATCHES } from './registry';
import { isMatchedUrl } from './matches';

describe('isMatchedUrl', () => {
  it.each([
    ['https://boards.greenhouse.io/acme/jobs/1', true],
    ['https://job-boards.eu.greenhouse.io/acme/jobs/1', true],
    ['https://acme.wd5.myworkdayjobs.com/en-US/careers/job/x/apply', true],
    ['https://myworkdaysite.com/x', true],
    ['https://jobs.lever.co/acme/1/apply', true],
    ['http://jobs.lever.co/acme/1/apply', false],
    ['https://careers.example.com/apply', false],
    ['https://evilmyworkdayjobs.com/apply', false],
    ['https://jobs.lever.co.evil.com/acme', false],
  ])('%s: %s', (url, matched) => {
    expect(isMatchedUrl(new URL(url), ATS_MATCHES)).toBe(matched);
  });
});
