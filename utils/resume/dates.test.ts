import { describe, expect, it } from 'vitest';
import { findDateRange, parseDateRange } from './dates';

describe('parseDateRange', () => {
  it.each([
    ['2019 — Now', '2019', '', true],
    ['Jan 2018 - Present', '2018-01', '', true],
    ['2016–2018', '2016', '2018', false],
    ['03/2015 – 06/2016', '2015-03', '2016-06', false],
    ['June 2020 to Current', '2020-06', '', true],
    ['2014 - 2015', '2014', '2015', false],
    ['Sep. 2019 – Aug. 2021', '2019-09', '2021-08', false],
    ['Sept 2019 - present', '2019-09', '', true],
    ['January 2017 – December 2018', '2017-01', '2018-12', false],
    ['2015-03 – 2016-11', '2015-03', '2016-11', false],
    ['Jan – Mar 2018', '2018-01', '2018-03', false],
    ['2016–18', '2016', '2018', false],
    ["Jan '18 – Mar '19", '2018-01', '2019-03', false],
    ['(2016 - 2018)', '2016', '2018', false],
    ['Summer 2019 - Fall 2020', '2019', '2020', false],
    ['2019 until today', '2019', '', true],
    ['Since 2019', '2019', '', true],
    ['2019', '2019', '2019', false],
    ['May 2016', '2016-05', '2016-05', false],
    ['Expected May 2026', '2026-05', '2026-05', false],
  ])('%s', (text, startDate, endDate, current) => {
    expect(parseDateRange(text)).toEqual({ startDate, endDate, current });
  });

  it.each(['', 'Present', 'Senior Engineer', '2018 - 2016', 'Jan - Mar', '13/2015'])('rejects %j', (text) => {
    expect(parseDateRange(text)).toBeNull();
  });
});

describe('findDateRange', () => {
  it('splits a date from the rest of its line', () => {
    expect(findDateRange('Senior Engineer        Jan 2018 – Present')).toEqual({
      range: { startDate: '2018-01', endDate: '', current: true },
      single: false,
      rest: 'Senior Engineer',
    });
    expect(findDateRange('Acme Corp, 2012 – 2016')?.rest).toBe('Acme Corp');
    expect(findDateRange('B.S. Computer Science | May 2015')).toMatchObject({ single: true, rest: 'B.S. Computer Science' });
  });

  it('drops the length LinkedIn writes after the dates', () => {
    expect(findDateRange('Jan 2020 - Present · 4 yrs 5 mos')).toMatchObject({ range: { startDate: '2020-01', current: true }, rest: '' });
    expect(findDateRange('Jun 2015 - Sep 2015 · 4 mos')).toMatchObject({ range: { endDate: '2015-09' }, rest: '' });
  });

  it('ignores numbers inside sentences', () => {
    expect(findDateRange('Migrated 2000 servers to the new fleet')).toBeNull();
    expect(findDateRange('Worked on the 2016 - 2018 redesign with the team')).toBeNull();
    expect(findDateRange('As engineering hire #2, I built the backend')).toBeNull();
  });
});
