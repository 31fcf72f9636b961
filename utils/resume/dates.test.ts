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
    // Open ranges: a start with nothing after its dash is still going on, never an end date.
    ['2020-', '2020', '', true],
    ['2020 – ', '2020', '', true],
    ['Mar 2019 -', '2019-03', '', true],
    ['since 2020', '2020', '', true],
    ['seit 04/2019', '2019-04', '', true],
    ['Depuis mars 2022', '2022-03', '', true],
    ['desde 2019', '2019', '', true],
    // A planned end is an end date like any other.
    ['Aug 2021 – May 2025 (expected)', '2021-08', '2025-05', false],
    ['Sep 2022 – Expected May 2026', '2022-09', '2026-05', false],
    ['10/2021 – voraussichtlich 09/2025', '2021-10', '2025-09', false],
    // Month names and ongoing words in German, French and Spanish.
    ['03/2020 – heute', '2020-03', '', true],
    ['Januar 2021 - Heute', '2021-01', '', true],
    ['März 2018 – Dez. 2019', '2018-03', '2019-12', false],
    ['von 2014 bis 2016', '2014', '2016', false],
    ['sept. 2019 – aujourd’hui', '2019-09', '', true],
    ['janv. 2017 – août 2019', '2017-01', '2019-08', false],
    ['de 2015 à 2017', '2015', '2017', false],
    ['ene. 2021 – actualidad', '2021-01', '', true],
    ['mar. 2020 – presente', '2020-03', '', true],
    ['septiembre de 2017 – diciembre de 2020', '2017-09', '2020-12', false],
    // Day first, as European CVs write whole dates.
    ['01.03.2019 – 31.12.2021', '2019-03', '2021-12', false],
    ['15/09/2018 - 30/06/2020', '2018-09', '2020-06', false],
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
      open: false,
    });
    expect(findDateRange('Senior Product Manager, Cascade Cloud    2020-')).toMatchObject({ rest: 'Senior Product Manager, Cascade Cloud', open: true });
    expect(findDateRange('Acme Corp, 2012 – 2016')?.rest).toBe('Acme Corp');
    expect(findDateRange('B.S. Computer Science | May 2015')).toMatchObject({ single: true, rest: 'B.S. Computer Science' });
  });

  it('drops the length LinkedIn writes after the dates', () => {
    expect(findDateRange('Jan 2020 - Present · 4 yrs 5 mos')).toMatchObject({ range: { startDate: '2020-01', current: true }, rest: '' });
    expect(findDateRange('Jun 2015 - Sep 2015 · 4 mos')).toMatchObject({ range: { endDate: '2015-09' }, rest: '' });
    expect(findDateRange('January 2022 - Present (2 years 3 months)')).toMatchObject({ range: { startDate: '2022-01', current: true }, rest: '' });
    expect(findDateRange('Januar 2021 - Heute (3 Jahre 3 Monate)')).toMatchObject({ range: { startDate: '2021-01', current: true }, rest: '' });
  });

  it('ignores numbers inside sentences', () => {
    expect(findDateRange('Migrated 2000 servers to the new fleet')).toBeNull();
    expect(findDateRange('Worked on the 2016 - 2018 redesign with the team')).toBeNull();
    expect(findDateRange('As engineering hire #2, I built the backend')).toBeNull();
    expect(findDateRange('Exceeded the expected 2019 targets by a third')).toBeNull();
  });
});
