import { afterEach, describe, expect, it } from 'vitest';
import { ApplicationEntrySchema, ApplicationLog, applicationsToCsv, CSV_HEADER, matchesSearch, SAME_APPLICATION_MS, type ApplicationFacts } from './applicationLog';

const logs: ApplicationLog[] = [];

function newLog(): ApplicationLog {
  const log = new ApplicationLog(`log-test-${crypto.randomUUID()}`);
  logs.push(log);
  return log;
}

afterEach(async () => {
  await Promise.all(logs.splice(0).map((log) => log.close()));
});

const GREENHOUSE: ApplicationFacts = {
  site: 'job-boards.greenhouse.io',
  url: 'https://job-boards.greenhouse.io/acme/jobs/4567',
  company: 'Acme Robotics',
  title: 'Staff Platform Engineer',
  ats: 'greenhouse',
  resume: 'Backend',
  filled: 40,
  left: 2,
  step: '',
};

const WORKDAY: ApplicationFacts = {
  site: 'acme.wd5.myworkdayjobs.com',
  url: 'https://acme.wd5.myworkdayjobs.com/en-US/External/job/New-York-NY/Senior-Software-Engineer_R-1042/apply/applyManually',
  company: 'Acme Corp',
  title: 'Senior Software Engineer',
  ats: 'workday',
  resume: '',
  filled: 13,
  left: 3,
  step: 'My Information',
};

const at = (iso: string) => new Date(iso);

describe('ApplicationLog', () => {
  it('records applications and lists them newest first', async () => {
    const log = newLog();
    await log.record(GREENHOUSE, at('2026-11-20T10:00:00.000Z'));
    await log.record(WORKDAY, at('2026-11-27T09:30:00.000Z'));
    const entries = await log.list();
    expect(entries.map((entry) => entry.company)).toEqual(['Acme Corp', 'Acme Robotics']);
    expect(entries[1]).toMatchObject({
      site: 'job-boards.greenhouse.io',
      url: GREENHOUSE.url,
      title: 'Staff Platform Engineer',
      ats: 'greenhouse',
      filled: 40,
      left: 2,
      appliedAt: '2026-11-20T10:00:00.000Z',
    });
  });

  it('counts a wizard\'s steps and a second Autofill as one application; the same page much later as another', async () => {
    const log = newLog();
    await log.record(WORKDAY, at('2026-11-27T09:30:00.000Z'));
    await log.record({ ...WORKDAY, step: 'My Experience', filled: 31, left: 4 }, at('2026-11-27T09:35:00.000Z'));
    // Autofill again on My Experience: one more field filled, and now 3 left there.
    await log.record({ ...WORKDAY, step: 'My Experience', filled: 1, left: 3 }, at('2026-11-27T09:36:00.000Z'));
    let entries = await log.list();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ filled: 13 + 31 + 1, left: 3 + 3, appliedAt: '2026-11-27T09:30:00.000Z', updatedAt: '2026-11-27T09:36:00.000Z' });

    await log.record(WORKDAY, new Date(Date.parse('2026-11-27T09:36:00.000Z') + SAME_APPLICATION_MS + 1));
    entries = await log.list();
    expect(entries).toHaveLength(2);
  });

  it('keeps the name of the resume a wizard attached on its first step through the steps after it', async () => {
    const log = newLog();
    await log.record({ ...WORKDAY, resume: 'Data' }, at('2026-11-27T09:30:00.000Z'));
    await log.record({ ...WORKDAY, step: 'My Experience', resume: '' }, at('2026-11-27T09:35:00.000Z'));
    expect((await log.list())[0]).toMatchObject({ resume: 'Data' });
  });

  it('reads an entry kept before resumes were named in the log as one with none', () => {
    const { resume: _, ...older } = { id: 'a', ...GREENHOUSE, appliedAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:00:00.000Z', steps: { '': { filled: 40, left: 2 } } };
    expect(ApplicationEntrySchema.parse(older).resume).toBe('');
  });

  it('records nothing while turned off, and keeps what it held', async () => {
    const log = newLog();
    expect(await log.isEnabled()).toBe(true);
    await log.record(GREENHOUSE, at('2026-11-20T10:00:00.000Z'));
    await log.setEnabled(false);
    expect(await log.isEnabled()).toBe(false);
    expect(await log.record(WORKDAY, at('2026-11-27T09:30:00.000Z'))).toBeUndefined();
    expect((await log.list()).map((entry) => entry.ats)).toEqual(['greenhouse']);
    await log.setEnabled(true);
    await log.record(WORKDAY, at('2026-11-27T09:30:00.000Z'));
    expect(await log.list()).toHaveLength(2);
  });

  it('deletes the entries asked for, and only those', async () => {
    const log = newLog();
    const first = await log.record(GREENHOUSE, at('2026-11-20T10:00:00.000Z'));
    await log.record(WORKDAY, at('2026-11-27T09:30:00.000Z'));
    await log.remove([first!.id]);
    expect((await log.list()).map((entry) => entry.ats)).toEqual(['workday']);
  });

  it('keeps what a message holds to plain, bounded text and counts', async () => {
    const log = newLog();
    const entry = await log.record(
      { ...GREENHOUSE, company: `  Acme\n\tRobotics ${'x'.repeat(500)}`, title: { toString: () => 'sneaky' }, filled: -3, left: 2.5 },
      at('2026-11-20T10:00:00.000Z'),
    );
    expect(entry!.company).toMatch(/^Acme Robotics x+$/);
    expect(entry!.company).toHaveLength(200);
    expect(entry!.title).toBe('');
    expect(entry!.filled).toBe(0);
    expect(entry!.left).toBe(0);
  });

  it('takes back an exported log: entries checked, the same id replaced, nothing malformed', async () => {
    const from = newLog();
    await from.record(GREENHOUSE, at('2026-11-20T10:00:00.000Z'));
    await from.record(WORKDAY, at('2026-11-27T09:30:00.000Z'));
    const exported = await from.list();

    const log = newLog();
    await log.record(GREENHOUSE, at('2026-11-28T10:00:00.000Z'));
    expect(await log.import([...exported, { ...exported[0], id: 'x', filled: 'many' }, null])).toBe(2);
    expect(await log.import(exported)).toBe(2);
    expect((await log.list()).map((entry) => entry.appliedAt)).toEqual(['2026-11-28T10:00:00.000Z', '2026-11-27T09:30:00.000Z', '2026-11-20T10:00:00.000Z']);
  });

  it('finds entries by every word of a search', async () => {
    const log = newLog();
    await log.record(GREENHOUSE, at('2026-11-20T10:00:00.000Z'));
    const [entry] = await log.list();
    expect(matchesSearch(entry!, 'acme platform')).toBe(true);
    expect(matchesSearch(entry!, 'GREENHOUSE')).toBe(true);
    expect(matchesSearch(entry!, 'acme workday')).toBe(false);
    expect(matchesSearch(entry!, '  ')).toBe(true);
  });

  it('exports the log as CSV, newest first, with cells a spreadsheet will not run', async () => {
    const log = newLog();
    await log.record({ ...GREENHOUSE, title: '=HYPERLINK("https://evil.example")' }, at('2026-11-20T10:00:00.000Z'));
    await log.record({ ...WORKDAY, company: 'Acme, Corp\n(NY)' }, at('2026-11-27T09:30:00.000Z'));
    expect(applicationsToCsv(await log.list())).toBe(
      [
        CSV_HEADER.join(','),
        `2026-11-27T09:30:00.000Z,"Acme, Corp (NY)",Senior Software Engineer,acme.wd5.myworkdayjobs.com,workday,,13,3,${WORKDAY.url}`,
        `2026-11-20T10:00:00.000Z,Acme Robotics,"'=HYPERLINK(""https://evil.example"")",job-boards.greenhouse.io,greenhouse,Backend,40,2,${GREENHOUSE.url}`,
        '',
      ].join('\r\n'),
    );
  });
});
