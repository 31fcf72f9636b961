import { describe, expect, it } from 'vitest';
import { classifyFields } from '../core/classify';
import { planFill } from '../core/plan';
import { field, fullProfile } from '../core/testing';
import { icims } from './icims';
import { isParsedPage } from './icims/site';
import { isMatchedUrl } from './matches';

describe('icims hosts', () => {
  it.each([
    ['https://careers-acme.icims.com/jobs/1234/software-engineer/candidate?from=login&in_iframe=1', true],
    ['https://uscareers-pepsico.icims.com/jobs/search?ss=1&in_iframe=1', true],
    ['https://icims.com/jobs/1', true],
    ['https://careers-acme.icims.com.evil.example/jobs/1', false],
    ['https://www.acme-corp.com/careers/software-engineer', false],
  ])('%s -> %s', (url, expected) => {
    expect(isMatchedUrl(new URL(url), icims.hosts)).toBe(expected);
  });
});

describe('isParsedPage: the form iCIMS renders again from an uploaded resume', () => {
  it.each([
    ['?from=login&in_iframe=1&hashed=-435621309&uploadResume=1', true],
    ['?uploadResume=1', true],
    ['?from=login&in_iframe=1', false],
    ['?uploadResume=10', false],
  ])('%s -> %s', (search, expected) => {
    expect(isParsedPage({ location: { search } } as Document)).toBe(expected);
  });
});

/** iCIMS's fields as the collector describes them (tests/pages/icims/candidate.html), planned from a profile. */
describe('an iCIMS form planned without site rules', () => {
  const WORK = { section: 'Professional Experience (1)', entryIndex: 0 };
  const fields = [
    field({ labels: ['County', 'Addresses (1)'], name: '-1_PersonProfileFields.AddressCounty', maxLength: 64 }),
    field({ ...WORK, labels: ['Year', 'Start Date Year', 'Professional Experience (1)'], name: '-1_PersonProfileFields.rcf3214_Year', maxLength: 4 }),
    field({
      ...WORK,
      control: 'select',
      labels: ['Month', 'Start Date Month', 'Professional Experience (1)'],
      name: '-1_PersonProfileFields.rcf3214_Month',
      options: ['Jan', 'Feb', 'Mar', 'Apr'].map((label, i) => ({ value: `0${i + 1}`, label })),
    }),
    field({ ...WORK, labels: ['City', 'Professional Experience (1)'], name: '-1_PersonProfileFields.rcf3216', maxLength: 128 }),
  ];

  it('leaves the county, writes the year alone, picks the month, and the city alone', () => {
    const { actions, results } = planFill(classifyFields(fields, fullProfile()), fullProfile(), { documents: [] });
    expect(results.map((result) => [result.label, result.outcome])).toEqual([['County', { status: 'skipped', reason: 'unknown-field' }]]);
    expect(actions.map((action) => ('value' in action ? action.value : 'optionValue' in action ? action.optionValue : action.op))).toEqual(['2021', '03', 'London']);
  });
});
