import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { adapterFor } from '../ats/registry';
import type { FillReport } from '../core/types';
import { autofill, scanFields, summarize } from '../dom/autofill';
import type { ContentRequest, FillData, FillResponse, PageScan } from '../messages';
import { mountAutofillButton, type AutofillButton } from './button';

/** A page shows the button once it holds at least this many fields a form asks people to fill. */
const MIN_FORM_FIELDS = 3;
const INSTANCE_FLAG = '__applyfillContentScript';
const EMPTY_PROFILE = 'Your profile is empty: add your details in Applyfill’s options first.';

/**
 * The site the user sees: for a form embedded in a company's career page, that page's host, so
 * hiding the button there does not hide it on every other company's embed.
 */
function topSiteHost(): string {
  const ancestors = location.ancestorOrigins;
  const top = ancestors?.length ? ancestors[ancestors.length - 1] : undefined;
  try {
    return top ? new URL(top).host || location.host : location.host;
  } catch {
    // A sandboxed ancestor's origin is "null".
    return location.host;
  }
}

/** The collector of a same-origin parent walks into this frame: filling it here too would do it twice. */
function parentCoversThisFrame(): boolean {
  if (window === window.parent) return false;
  try {
    return !!window.parent.document;
  } catch {
    return false;
  }
}

function isEmptyProfile({ profile, documents }: FillData): boolean {
  const { firstName, lastName, email, phone } = profile.personal;
  return !firstName && !lastName && !email && !phone && !profile.work.length && !profile.education.length && !documents.length;
}

/**
 * The content script: shows the Autofill button where an application form is, and answers the
 * popup and the keyboard command. Injected again on demand, it does not start twice.
 */
export function startContentScript(ctx: ContentScriptContext): void {
  const scope = window as unknown as Record<string, boolean>;
  if (scope[INSTANCE_FLAG] || parentCoversThisFrame()) return;
  scope[INSTANCE_FLAG] = true;
  ctx.onInvalidated(() => delete scope[INSTANCE_FLAG]);

  const adapter = adapterFor(new URL(location.href), document);
  let button: AutofillButton | undefined;
  let lastReport: FillReport | undefined;
  let filling: Promise<FillResponse> | undefined;
  /** Wizard steps already filled; auto-fill starts only after the user's first fill. */
  const filledSteps = new Set<string>();
  let autoFillSteps = false;

  const fieldCount = () => scanFields({ adapter }).length;

  /**
   * The profile is fetched when the pointer reaches the button, so the click does not wait for
   * the background; a fetch older than a few seconds is not trusted (the user may have edited it).
   */
  let prefetched: { at: number; data: Promise<FillData> } | undefined;
  const PREFETCH_FRESH_MS = 5000;
  function prefetchFillData(): void {
    if (prefetched && performance.now() - prefetched.at < PREFETCH_FRESH_MS) return;
    const data = browser.runtime.sendMessage({ type: 'profile:fill-data' }) as Promise<FillData>;
    data.catch(() => undefined);
    prefetched = { at: performance.now(), data };
  }
  function takeFillData(): Promise<FillData> {
    prefetchFillData();
    const { data } = prefetched!;
    prefetched = undefined;
    return data;
  }

  async function fill(): Promise<FillResponse> {
    filling ??= (async () => {
      button?.setBusy(true);
      try {
        const data = await takeFillData();
        if (isEmptyProfile(data)) return failed(EMPTY_PROFILE);
        const step = adapter.stepKey?.(document);
        if (step) filledSteps.add(step);
        lastReport = await autofill({ adapter, data, today: new Date().toLocaleDateString('en-CA') });
        if (adapter.stepKey && filledSteps.size === 1) void offerStepAutoFill();
        button?.showSummary(summarize(lastReport));
        return lastReport;
      } catch (error) {
        return failed(`Applyfill could not fill this page: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        button?.setBusy(false);
        filling = undefined;
      }
    })();
    return filling;
  }

  function failed(message: string): FillResponse {
    button?.showSummary(message);
    return { error: message };
  }

  async function offerStepAutoFill(): Promise<void> {
    autoFillSteps = (await browser.runtime.sendMessage({ type: 'settings:auto-fill-steps' })) as boolean;
    button?.showStepToggle(autoFillSteps, (enabled) => {
      autoFillSteps = enabled;
      void browser.runtime.sendMessage({ type: 'settings:set-auto-fill-steps', enabled });
    });
  }

  /** A wizard moved to a step not filled yet: fill it once its form has rendered. */
  function fillNewStep(): void {
    if (!autoFillSteps || filling || !filledSteps.size) return;
    const step = adapter.stepKey?.(document);
    if (!step || filledSteps.has(step) || fieldCount() === 0) return;
    void fill();
  }

  async function showButtonWhenFormAppears(): Promise<void> {
    if (button || fieldCount() < MIN_FORM_FIELDS) return;
    const hidden = (await browser.runtime.sendMessage({ type: 'site:is-hidden', host: topSiteHost() })) as boolean;
    if (hidden || button || ctx.isInvalid) return;
    button = await mountAutofillButton(ctx, {
      onFill: () => void fill(),
      onIntent: prefetchFillData,
      onHide: () => {
        button?.ui.remove();
        void browser.runtime.sendMessage({ type: 'site:hide', host: topSiteHost() });
      },
    });
  }

  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = message as ContentRequest;
    const count = fieldCount();
    // Frames without a form stay silent, so the frame that holds it answers.
    if (count === 0) return undefined;
    if (request.type === 'page:scan') {
      const scan: PageScan = { ats: adapter.id, title: `${adapter.name} ${adapter.id === 'generic' ? 'form' : 'application'}`, fieldCount: count, isForm: count >= MIN_FORM_FIELDS, ...(lastReport ? { lastReport } : {}) };
      return Promise.resolve(scan);
    }
    if (request.type === 'page:fill') return fill();
    return undefined;
  });

  void showButtonWhenFormAppears();
  // Single-page applications (Workday) render their forms after load and step by step.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shownStep: string | null = null;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!button) void showButtonWhenFormAppears();
      else {
        const step = adapter.stepKey?.(document) ?? null;
        if (step !== shownStep) button.reposition();
        shownStep = step;
        fillNewStep();
      }
    }, 250);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  // A same-origin frame that loads its form later changes nothing in this document's tree.
  ctx.addEventListener(document, 'load', (event) => {
    if ((event.target as Element | null)?.localName === 'iframe' && !button) void showButtonWhenFormAppears();
  }, { capture: true });
  ctx.onInvalidated(() => observer.disconnect());
}
