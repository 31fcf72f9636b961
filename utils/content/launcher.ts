import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { AtsSite } from '../ats/adapter';
import { isMatchedUrl } from '../ats/matches';
import type { ContentRequest, DocumentOffer, FillResponse } from '../messages';
import { mountAutofillButton, type AutofillButton } from './button';
import { portChannel } from './channel';
import { shownControlCount } from './formPresence';
import { LAUNCHER_KEY, type Filler, type Launcher } from './handoff';
import { pageCompany } from './jobPage';

/** A page shows the button once it holds at least this many controls a form asks people to fill. */
const MIN_FORM_CONTROLS = 3;
const INSTANCE_FLAG = '__applyfillContentScript';

/** The collector of a same-origin parent walks into this frame: filling it here too would do it twice. */
function parentCoversThisFrame(): boolean {
  if (window === window.parent) return false;
  try {
    return !!window.parent.document;
  } catch {
    return false;
  }
}


/**
 * The content script every page of an ATS's site loads: small, it only notices a form, shows the
 * Autofill button and the documents a fill would attach, and answers the popup. The code that
 * collects and fills (the filler, utils/content/filler.ts) is loaded into this frame by the
 * extension when the user reaches for Autofill: the pointer on the button, a press, the popup
 * or the shortcut. A fill starts only from the user: a trusted click on the button as they saw
 * it, the popup's button, or the shortcut (both reach this script through the extension, never
 * through the page). Injected again on demand, it does not start twice.
 */
export function startLauncher(ctx: ContentScriptContext, site: AtsSite): void {
  const scope = window as unknown as Record<string, unknown>;
  if (scope[INSTANCE_FLAG] || parentCoversThisFrame()) return;
  scope[INSTANCE_FLAG] = true;
  ctx.onInvalidated(() => delete scope[INSTANCE_FLAG]);

  // Injected by the popup or the shortcut on any other site, the script fills on request only:
  // a button there would be one more thing a page could try to trick the user into pressing.
  const showsButton = isMatchedUrl(new URL(location.href), site.hosts);
  let button: AutofillButton | undefined;
  let filler: Filler | undefined;
  let loading: Promise<Filler> | undefined;
  /** The company the panel's offer is for: a single-page app may name it only once it has rendered. */
  let offeredFor: string | undefined;

  const send = (message: object) => browser.runtime.sendMessage(message);
  /** The filler's requests, over one connection opened as the user reaches for Autofill. */
  const requests = portChannel();
  ctx.onInvalidated(() => requests.close());

  /** The filler of this frame, loaded by the extension on the first need and kept. */
  function loadFiller(): Promise<Filler> {
    loading ??= new Promise<Filler>((resolve, reject) => {
      requests.open();
      const launcher: Launcher = {
        ctx,
        site,
        button: () => button,
        send: requests.send,
        attach(started) {
          filler = started;
          resolve(started);
        },
      };
      (globalThis as unknown as Record<string, Launcher>)[LAUNCHER_KEY] = launcher;
      send({ type: 'content:load-filler', ats: site.id }).then(
        (loaded) => {
          if (!filler) reject(new Error(loaded ? 'its filling code did not start' : 'the browser did not let it load its filling code here'));
        },
        reject,
      );
    }).catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  }

  async function fill(): Promise<FillResponse> {
    try {
      return await (await loadFiller()).fill();
    } catch (error) {
      const message = `Applyfill could not fill this page: ${error instanceof Error ? error.message : String(error)}`;
      button?.showSummary(message);
      return { error: message };
    }
  }

  /** The documents the panel offers, for the company the page shows now; the popup's pick shows there too. */
  async function offerDocuments(request: { type: 'documents:offer' } | { type: 'documents:choose'; id: string }): Promise<DocumentOffer[]> {
    const offers = ((await send({ ...request, company: pageCompany(document) }).catch(() => [])) ?? []) as DocumentOffer[];
    button?.showDocuments(offers, (id) => void offerDocuments({ type: 'documents:choose', id }));
    return offers;
  }

  async function showButtonWhenFormAppears(): Promise<void> {
    if (!showsButton || button || shownControlCount(document, MIN_FORM_CONTROLS) < MIN_FORM_CONTROLS) return;
    const hidden = (await send({ type: 'site:is-hidden' })) as boolean;
    if (hidden || button || ctx.isInvalid) return;
    button = mountAutofillButton(ctx, {
      onFill: () => void fill(),
      // The pointer on the button, or the keyboard's focus: the filler loads while the user aims.
      onReach: () => void loadFiller().then((loaded) => loaded.prepare(), () => undefined),
      onHide: () => {
        button?.remove();
        void send({ type: 'site:hide' });
      },
    });
    offeredFor = pageCompany(document);
    void offerDocuments({ type: 'documents:offer' });
    const greeting = site.greeting?.(document);
    if (greeting) button.showSummary(greeting);
    filler?.pageChanged();
  }

  const answer = (message: unknown) => {
    const request = message as ContentRequest;
    // Frames without a form stay silent, so the frame that holds it answers.
    if (ctx.isInvalid || shownControlCount(document, 1) === 0) return undefined;
    if (request.type === 'page:scan') return loadFiller().then((loaded) => loaded.scan());
    if (request.type === 'page:fill') return fill();
    if (request.type === 'page:documents') return offerDocuments({ type: 'documents:offer' });
    if (request.type === 'page:choose-document') return offerDocuments({ type: 'documents:choose', id: String(request.id) });
    return undefined;
  };
  browser.runtime.onMessage.addListener(answer);
  // Injected again (the popup on a page it already injected), the newer script takes over: this
  // one must not answer too, nor start a second fill beside it.
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answer));

  void showButtonWhenFormAppears();
  // Single-page applications (Workday) render their forms after load and step by step.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shownStep: string | null = null;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!button) return void showButtonWhenFormAppears();
      const step = site.stepKey?.(document) ?? null;
      // A wizard's next step may bring its own buttons under the dock.
      if (step !== shownStep) button.reposition();
      shownStep = step;
      const company = pageCompany(document);
      if (company !== offeredFor) {
        offeredFor = company;
        void offerDocuments({ type: 'documents:offer' });
      }
      filler?.pageChanged();
    }, 250);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  // A same-origin frame that loads its form later changes nothing in this document's tree.
  ctx.addEventListener(document, 'load', (event) => {
    if ((event.target as Element | null)?.localName === 'iframe' && !button) void showButtonWhenFormAppears();
  }, { capture: true });
  ctx.onInvalidated(() => observer.disconnect());
}
