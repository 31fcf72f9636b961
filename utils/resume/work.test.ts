import { describe, expect, it } from 'vitest';
import { parseWork, type ParsedWork } from './work';

function jobs(lines: string[]) {
  return parseWork(lines).work.map(({ company, title, location, startDate, endDate, current }) => ({ company, title, location, startDate, endDate, current }));
}

function only(lines: string[]): ParsedWork {
  const { work } = parseWork(lines);
  expect(work).toHaveLength(1);
  return work[0]!;
}

describe('parseWork', () => {
  it('splits the place off "Company GmbH, Berlin (Germany)" and the other European shapes', () => {
    expect(jobs(['Projektmanager\tseit 04/2019', 'Hanse Logistik GmbH, Hamburg (Germany)', '• Einführung eines Lagerverwaltungssystems'])).toEqual([
      { company: 'Hanse Logistik GmbH', title: 'Projektmanager', location: 'Hamburg, Germany', startDate: '2019-04', endDate: '', current: true },
    ]);
    expect(only(['Softwareentwicklerin\t03/2020 – heute', 'Nordlicht Software GmbH, Berlin (Deutschland)'])).toMatchObject({
      company: 'Nordlicht Software GmbH',
      location: 'Berlin, Deutschland',
    });
    expect(only(['Teamleiter Kundenservice\t01/2015 – 03/2019', 'Nordwind Versand AG, Bremen'])).toMatchObject({
      company: 'Nordwind Versand AG',
      title: 'Teamleiter Kundenservice',
      location: 'Bremen',
    });
    expect(only(['Auditor júnior — Auditores del Sur S.L.    2016 - 2019', 'Málaga'])).toMatchObject({
      company: 'Auditores del Sur S.L.',
      title: 'Auditor júnior',
      location: 'Málaga',
    });
    expect(only(['Chargée de communication — Maison Verlaine\tDepuis mars 2022', 'Paris'])).toMatchObject({
      company: 'Maison Verlaine',
      title: 'Chargée de communication',
      location: 'Paris',
      startDate: '2022-03',
      current: true,
    });
  });

  it('reads a date written before its job and a colon, as French CVs do', () => {
    expect(jobs(['2020 – aujourd’hui : Développeur full-stack, Occitanie Logiciels, Toulouse', 'Application de réservation en Vue.js.', '2017 – 2020 : Développeur PHP, Garonne Web, Bordeaux'])).toEqual([
      { company: 'Occitanie Logiciels', title: 'Développeur full-stack', location: 'Toulouse', startDate: '2020', endDate: '', current: true },
      { company: 'Garonne Web', title: 'Développeur PHP', location: 'Bordeaux', startDate: '2017', endDate: '2020', current: false },
    ]);
  });

  it('gives every role of a LinkedIn company group its company, and keeps single-role companies apart', () => {
    const lines = [
      'Fjord Payments',
      '5 years 3 months',
      'Director of Product',
      'January 2022 - Present (2 years 3 months)',
      'New York, New York, United States',
      'Lead four product teams.',
      'Senior Product Manager',
      'April 2020 - December 2021 (1 year 9 months)',
      'New York, New York, United States',
      'Launched instant payouts.',
      'Hudson Analytics',
      'Business Analyst',
      'June 2015 - December 2018 (3 years 7 months)',
      'Jersey City, New Jersey, United States',
      'Built pricing models.',
    ];
    expect(jobs(lines)).toEqual([
      { company: 'Fjord Payments', title: 'Director of Product', location: 'New York, New York, United States', startDate: '2022-01', endDate: '', current: true },
      { company: 'Fjord Payments', title: 'Senior Product Manager', location: 'New York, New York, United States', startDate: '2020-04', endDate: '2021-12', current: false },
      { company: 'Hudson Analytics', title: 'Business Analyst', location: 'Jersey City, New Jersey, United States', startDate: '2015-06', endDate: '2018-12', current: false },
    ]);
    expect(parseWork(lines).work.map((job) => job.description)).toEqual(['Lead four product teams.', 'Launched instant payouts.', 'Built pricing models.']);
  });

  it('reads German group lengths the same way', () => {
    expect(jobs(['Isar Cloud GmbH', '5 Jahre 6 Monate', 'Engineering Manager', 'Januar 2021 - Heute (3 Jahre 3 Monate)', 'Senior Software Engineer', 'Juli 2018 - Dezember 2020 (2 Jahre 6 Monate)']).map((job) => job.company)).toEqual([
      'Isar Cloud GmbH',
      'Isar Cloud GmbH',
    ]);
  });

  it('never turns an open range into an end date, and says it read it as current', () => {
    const job = only(['Senior Product Manager, Cascade Cloud    2020-', 'Seattle, WA']);
    expect(job).toMatchObject({ startDate: '2020', endDate: '', current: true, company: 'Cascade Cloud' });
    expect(job.unsure.endDate).toBe('The dates end with a dash and no end: read as your current job.');
  });

  it('keeps a unit after the title’s comma in the title when another line names the employer', () => {
    expect(only(['Charge Nurse, Cardiac ICU\tJune 2019 – Current', 'Lakeshore Medical Center – Chicago, IL'])).toMatchObject({
      title: 'Charge Nurse, Cardiac ICU',
      company: 'Lakeshore Medical Center',
      location: 'Chicago, IL',
    });
    // A unit is not the employer: without another line naming one, the employer is missing, not guessed.
    const alone = only(['Charge Nurse, Cardiac ICU\tJune 2019 – Current']);
    expect(alone).toMatchObject({ title: 'Charge Nurse, Cardiac ICU', company: '', companyMissing: true });
    expect(only(['Senior Product Manager, Cascade Cloud\t2020 – 2022'])).toMatchObject({ title: 'Senior Product Manager', company: 'Cascade Cloud' });
  });

  it('says what it is unsure of for each job', () => {
    expect(only(['Data Analyst', '2019 — Now']).unsure).toEqual({ company: 'The resume does not say the employer clearly.' });
    expect(only(['Harbor Lights', 'Blue Ocean', 'Jan 2020 – Mar 2021']).unsure).toEqual({
      title: 'Neither line names a role or a firm: check that the title and the company are not swapped.',
    });
    expect(only(['Staff Engineer, Acme Inc.', '• Built things.']).unsure).toEqual({ startDate: 'No dates found for this job.' });
  });
});
