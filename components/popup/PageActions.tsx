import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { savedAnswersUsed } from '@/utils/core/learning';
import type { FillReport } from '@/utils/core/types';
import { describeAttached, ROLE_NAMES } from '@/utils/core/documentNames';
import type { DocumentOffer, FillResponse, PageScan } from '@/utils/messages';

/**
 * The tab the popup acts on: the active one, or the one named by `?tabId=` when the popup is
 * opened as a page aimed at a tab (the end-to-end tests do, as headless Chromium's real popup
 * cannot be driven).
 */
async function targetTabId(): Promise<number | undefined> {
  const named = new URLSearchParams(location.search).get('tabId');
  if (named && /^\d+$/.test(named)) return Number(named);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function describeScan(scan: PageScan | null | undefined): string {
  if (scan === undefined) return 'Looking at this page…';
  if (!scan || !scan.isForm) return 'No application form found';
  return `${scan.title} · ${scan.fieldCount} fields found`;
}

type Fill = { state: 'idle' } | { state: 'filling' } | { state: 'done'; response: FillResponse | undefined };

function summary(report: FillReport): string {
  const saved = savedAnswersUsed(report);
  const fromSaved = saved ? ` · ${saved} from saved ${saved === 1 ? 'answer' : 'answers'}` : '';
  return `Filled ${report.filled} ${report.filled === 1 ? 'field' : 'fields'}${fromSaved} · ${report.needsUser} need you`;
}

/** undefined: no frame of the tab answered (no form there, or a page the browser keeps scripts out of). */
function outcome(response: FillResponse | undefined): string {
  if (!response) return 'Nothing was filled: there is no form Applyfill can fill on this page.';
  // The content script's own sentence: it alone knows whether some fields were filled before it failed.
  if ('error' in response) return response.error;
  return summary(response);
}

/**
 * Each role's documents, the one the next fill attaches pressed: one click picks another, for this
 * company's applications (the tab's content script knows the company; the background remembers).
 */
function DocumentChoices({ offers, onChoose }: { offers: DocumentOffer[]; onChoose(id: string): void }) {
  if (!offers.length) return null;
  return (
    <div class="document-choices" role="group" aria-label="Documents to attach">
      {offers.map(({ role, documents, chosen }) => (
        <div key={role} class="choices" role="group" aria-label={ROLE_NAMES[role]}>
          <span>{ROLE_NAMES[role]}:</span>
          {documents.map(({ id, label }) => (
            <button key={id} type="button" aria-pressed={id === chosen} aria-label={`${ROLE_NAMES[role]}: ${label}`} onClick={() => id !== chosen && onChoose(id)}>
              {label}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}

const failed = (fill: Fill) => fill.state === 'done' && (!fill.response || 'error' in fill.response);

/**
 * What the active tab holds and the button that fills it. The background injects the content
 * script when the tab has none yet (the click on the toolbar button granted activeTab).
 */
export function PageActions() {
  // undefined while looking; null when the tab holds no form Applyfill can fill.
  const [scan, setScan] = useState<PageScan | null | undefined>(undefined);
  const [fill, setFill] = useState<Fill>({ state: 'idle' });
  const [offers, setOffers] = useState<DocumentOffer[]>([]);

  useEffect(() => {
    void (async () => {
      const tabId = await targetTabId();
      if (tabId === undefined) return setScan(null);
      const result = (await browser.runtime.sendMessage({ type: 'tab:scan', tabId }).catch(() => undefined)) as PageScan | undefined;
      setScan(result ?? null);
      if (result?.isForm) setOffers(((await browser.runtime.sendMessage({ type: 'tab:documents', tabId }).catch(() => [])) ?? []) as DocumentOffer[]);
    })();
  }, []);

  const choose = async (id: string) => {
    const tabId = await targetTabId();
    if (tabId === undefined) return;
    setOffers(((await browser.runtime.sendMessage({ type: 'tab:choose-document', tabId, id }).catch(() => [])) ?? []) as DocumentOffer[]);
  };

  const autofill = async () => {
    const tabId = await targetTabId();
    if (tabId === undefined) return setFill({ state: 'done', response: undefined });
    setFill({ state: 'filling' });
    const response = (await browser.runtime.sendMessage({ type: 'tab:autofill', tabId }).catch(() => undefined)) as FillResponse | undefined;
    setFill({ state: 'done', response });
  };

  const lastReport = scan?.lastReport;
  const noForm = scan === null || (scan !== undefined && !scan.isForm);
  return (
    <section class="page-actions" aria-labelledby="page-title">
      <h2 id="page-title" class={noForm ? 'page-title none' : 'page-title'}>
        {describeScan(scan)}
      </h2>
      {noForm ? null : <DocumentChoices offers={offers} onChoose={(id) => void choose(id)} />}
      <button type="button" class="primary autofill" disabled={fill.state === 'filling'} onClick={() => void autofill()}>
        {fill.state === 'filling' ? 'Filling…' : 'Autofill this page'}
      </button>
      <p role="status" class={failed(fill) ? 'fill-report failed' : 'fill-report'}>
        {fill.state === 'done'
          ? outcome(fill.response)
          : lastReport
            ? `Last fill: ${summary(lastReport)}`
            : ''}
      </p>
      {fill.state === 'done' && fill.response && !('error' in fill.response) && describeAttached(fill.response) ? (
        <p class="fill-attached">{describeAttached(fill.response)}</p>
      ) : null}
    </section>
  );
}
