import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import { matchesSearch, type ApplicationEntry } from '@/utils/profile/applicationLog';
import { datedFileName, downloadBlob } from '@/components/shared/download';
import { Section } from './Section';

const ID = 'applications';

/** undefined while loading; null when the background could not give the log. */
type Entries = ApplicationEntry[] | null | undefined;

async function loadEntries(): Promise<ApplicationEntry[] | null> {
  const entries = await browser.runtime.sendMessage({ type: 'log:list' }).catch(() => undefined);
  return Array.isArray(entries) ? (entries as ApplicationEntry[]) : null;
}

const shownDate = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Only web addresses become links: the log holds what the browser reported, and that is all it may open. */
const isWebAddress = (url: string) => /^https?:\/\//i.test(url);

const describe = (entry: ApplicationEntry) => [entry.title || 'an application', entry.company ? `at ${entry.company}` : `on ${entry.site}`].join(' ');

/**
 * The private log of where the user applied: newest first, searchable, entries deleted one by
 * one, exported as CSV, or the log turned off. It lives in this browser only.
 */
export function ApplicationLogSection() {
  const [entries, setEntries] = useState<Entries>(undefined);
  const [enabled, setEnabled] = useState<boolean | undefined>(undefined);
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState('');

  useEffect(() => {
    const load = () => {
      void loadEntries().then(setEntries);
      void browser.runtime.sendMessage({ type: 'log:enabled' }).then((on) => setEnabled(on !== false), () => setEnabled(undefined));
    };
    load();
    // Applications filled in another tab while this page stays open show up on returning to it.
    const onVisible = () => {
      if (document.visibilityState === 'visible') load();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

  const toggle = async (on: boolean) => {
    await browser.runtime.sendMessage({ type: 'log:set-enabled', enabled: on });
    setEnabled(on);
    setMessage(on ? 'Applyfill notes each application it fills again.' : 'The log is off: Applyfill notes nothing until you turn it on. The entries below stay until you delete them.');
  };

  const remove = async (entry: ApplicationEntry) => {
    await browser.runtime.sendMessage({ type: 'log:delete', ids: [entry.id] });
    setEntries(await loadEntries());
    setMessage(`Deleted ${describe(entry)}.`);
    requestAnimationFrame(() => document.getElementById(`${ID}-search`)?.focus());
  };

  const exportCsv = async () => {
    const csv = await browser.runtime.sendMessage({ type: 'log:export-csv' }).catch(() => undefined);
    if (typeof csv !== 'string') {
      setMessage('The log could not be read. Reload this page to try again.');
      return;
    }
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), datedFileName('applyfill-applications', 'csv'));
    setMessage('Exported the log as CSV.');
  };

  const shown = entries?.filter((entry) => matchesSearch(entry, query)) ?? [];

  return (
    <Section id={ID} title="Where you applied" intro="Each application Applyfill fills is noted here: the company and job as the page showed them, the site, the date, and what was filled. The log stays in this browser and is never sent anywhere.">
      <div class="row spaced">
        <label class="checkbox">
          <input type="checkbox" checked={enabled !== false} disabled={enabled === undefined} onChange={(event) => void toggle(event.currentTarget.checked)} />
          Keep a log of the applications Applyfill fills
        </label>
        <button type="button" onClick={() => void exportCsv()} disabled={!entries?.length}>
          Export as CSV
        </button>
      </div>
      {entries === undefined ? <p class="muted">Loading…</p> : null}
      {entries === null ? (
        <p class="notice error" role="alert">
          The log could not be read. Reload this page to try again.
        </p>
      ) : null}
      {entries?.length === 0 ? <p>No applications yet: they appear here once Applyfill fills one.</p> : null}
      {entries?.length ? (
        <>
          <div class="field">
            <label for={`${ID}-search`}>Search the log</label>
            <input id={`${ID}-search`} type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
          </div>
          <table class="application-log">
            <caption class="visually-hidden">Applications, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Company</th>
                <th scope="col">Job title</th>
                <th scope="col">Site</th>
                <th scope="col">Resume</th>
                <th scope="col">Filled</th>
                <th scope="col">Left</th>
                <th scope="col">
                  <span class="visually-hidden">Delete</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={entry.appliedAt}>{shownDate(entry.appliedAt)}</time>
                  </td>
                  <td>{entry.company}</td>
                  <td>
                    {isWebAddress(entry.url) ? (
                      <a href={entry.url} target="_blank" rel="noreferrer noopener">
                        {entry.title || entry.url}
                      </a>
                    ) : (
                      entry.title
                    )}
                  </td>
                  <td>
                    {entry.site}
                    <span class="muted"> · {entry.ats}</span>
                  </td>
                  <td>{entry.resume}</td>
                  <td>{entry.filled}</td>
                  <td>{entry.left}</td>
                  <td>
                    <button type="button" aria-label={`Delete ${describe(entry)}`} onClick={() => void remove(entry)}>
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown.length === 0 ? <p>Nothing in the log matches “{query}”.</p> : null}
        </>
      ) : null}
      <p role="status" class="applications-status">
        {message}
      </p>
    </Section>
  );
}
