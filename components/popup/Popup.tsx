import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { FillReport } from '@/utils/core/types';
import type { PageScan } from '@/utils/messages';

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function Popup() {
  const [scan, setScan] = useState<PageScan | null | undefined>(undefined);
  const [report, setReport] = useState<FillReport | undefined>();

  useEffect(() => {
    void activeTabId().then(async (tabId) => {
      if (tabId === undefined) return setScan(null);
      setScan(((await browser.runtime.sendMessage({ type: 'tab:scan', tabId })) as PageScan | undefined) ?? null);
    });
  }, []);

  async function fill() {
    const tabId = await activeTabId();
    if (tabId === undefined) return;
    setReport((await browser.runtime.sendMessage({ type: 'tab:autofill', tabId })) as FillReport | undefined);
  }

  return (
    <main>
      <h1>Applyfill</h1>
      <p>{scan === undefined ? 'Looking at this page…' : scan ? `${scan.title} · ${scan.fieldCount} fields found` : 'No application form found'}</p>
      <button type="button" onClick={() => void fill()}>
        Autofill this page
      </button>
      {report && <p role="status">Filled {report.filled} fields · {report.needsUser} need you</p>}
    </main>
  );
}
