import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { AnyAdapter } from '../ats/adapter';
import { isMatchedUrl } from '../ats/matches';
import type { FieldDescription, FillReport } from '../core/types';
import { describeAttached } from '../core/documentNames';
import { autofill, FillRefused, scanFields, summarize, type Planner } from '../fill/run';
import { FillJournal, summarizeUndo } from '../fill/undo';
import type { ApplicationRecord, ContentRequest, DocumentOffer, FillResponse, FillStart, PageScan, PlanReply, SaveAnswersReply } from '../messages';
import { mountAutofillButton, type AutofillButton } from './button';
import { AnswerWatch, saveRequest, type AnswerOffer } from './learn';
import { readJobPage } from './jobPage';

/** A page shows the button once it holds at least this many fields a form asks people to fill. */
const MIN_FORM_FIELDS = 3;
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

/** The company the page shows: the documents chosen for its applications are the ones attached. */
const pageCompany = () => readJobPage(document).company;

/** The extension's half of the fill, over runtime messages: the profile never comes to this page. */
function extensionPlanner(ats: string): Planner {
  const today = new Date().toLocaleDateString('en-CA');
  return {
    start: (page) => browser.runtime.sendMessage({ type: 'fill:start', ats, page, company: pageCompany() }) as Promise<FillStart>,
    plan: (fields: FieldDescription[]) =>
      browser.runtime.sendMessage({ type: 'fill:plan', ats, fields, today, company: pageCompany() }) as Promise<PlanReply>,
    chooseOption: async (options, choice) => {
      const index = (await browser.runtime.sendMessage({ type: 'fill:choose', options, choice })) as number;
      return options[index];
    },
  };
}

/**
 * The content script: shows the Autofill button on the ATS sites of the manifest, and answers
 * the popup and the keyboard command. A fill starts only from the user: a trusted click on the
 * button as they saw it, the popup's button, or the shortcut (both reach this script through
 * the extension, never through the page). Injected again on demand, it does not start twice.
 */
export function startContentScript(ctx: ContentScriptContext, adapter: AnyAdapter): void {
  const scope = window as unknown as Record<string, boolean>;
  if (scope[INSTANCE_FLAG] || parentCoversThisFrame()) return;
  scope[INSTANCE_FLAG] = true;
  ctx.onInvalidated(() => delete scope[INSTANCE_FLAG]);

  // Injected by the popup or the shortcut on any other site, the script fills on request only:
  // a button there would be one more thing a page could try to trick the user into pressing.
  const showsButton = isMatchedUrl(new URL(location.href), adapter.hosts);
  const planner = extensionPlanner(adapter.id);
  let button: AutofillButton | undefined;
  let lastReport: FillReport | undefined;
  let filling: Promise<FillResponse> | undefined;
  let undoing: Promise<void> | undefined;
  /** What the fills of the step on screen changed, for "Undo autofill"; dropped when the wizard moves on. */
  let journal: FillJournal | undefined;
  /** Wizard steps already filled; auto-fill starts only after the user's first fill. */
  const filledSteps = new Set<string>();
  let autoFillSteps = false;
  /** Answers the user gives by hand after a fill, offered for saving. */
  const answers = new AnswerWatch(adapter);
  /** The company the panel's offer is for: a single-page app may name it only once it has rendered. */
  let offeredFor: string | undefined;

  const fieldCount = () => scanFields({ adapter }).length;

  async function fill(): Promise<FillResponse> {
    filling ??= (async () => {
      await undoing;
      button?.setBusy(true);
      button?.hideUndo();
      button?.hideAnswerOffer();
      const step = adapter.stepKey?.(document);
      if (journal?.step !== (step ?? null)) journal = new FillJournal(adapter, step ?? null);
      const changes = journal;
      try {
        lastReport = await autofill({ adapter, planner, beforeAction: changes.record, onEntriesAdded: changes.recordAdded });
        if (step) filledSteps.add(step);
        if (adapter.stepKey && filledSteps.size === 1) void offerStepAutoFill();
        button?.showSummary(summarize(lastReport));
        button?.showAttached(describeAttached(lastReport));
        recordApplication(lastReport, step ?? '');
        return lastReport;
      } catch (error) {
        if (error instanceof FillRefused) return failed(error.message);
        return failed(`Applyfill could not fill this page: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        // A fill stopped half-way changed fields too: they can be undone as well.
        changes.settle();
        answers.remember();
        if (changes.changed && journal === changes) button?.showUndo(undo);
        button?.setBusy(false);
        filling = undefined;
      }
    })();
    return filling;
  }

  /** Puts back what the fills of this step changed; fields the user changed since stay as they are. */
  function undo(): void {
    const changes = journal;
    if (!changes || filling || undoing) return;
    journal = undefined;
    undoing = (async () => {
      button?.hideUndo();
      button?.setBusy(true);
      try {
        button?.showSummary(summarizeUndo(await changes.undo()));
      } catch (error) {
        button?.showSummary(`Applyfill could not undo the fill: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        button?.setBusy(false);
        undoing = undefined;
      }
    })();
  }

  /** Shows what the user has answered by hand since the fill, for them to save or not. */
  async function offerAnswers(): Promise<void> {
    if (!button || !answers.watching || filling || undoing) return;
    const offers = await answers.offers(
      async (fields) => ((await browser.runtime.sendMessage({ type: 'answers:lessons', ats: adapter.id, fields }).catch(() => [])) as AnswerOffer[]) ?? [],
    );
    if (!button || filling || undoing) return;
    button.showAnswerOffer(offers, (chosen) => void saveAnswers(chosen.flatMap((index) => offers[index] ?? [])));
  }

  async function saveAnswers(chosen: AnswerOffer[]): Promise<void> {
    const reply = (await browser.runtime.sendMessage(saveRequest(chosen)).catch(() => undefined)) as SaveAnswersReply | undefined;
    if (!reply?.ok) {
      button?.showSummary(reply?.error ?? 'Applyfill could not save these answers.');
      return;
    }
    // Saved: what the fields hold now is no longer new.
    answers.remember();
    button?.hideAnswerOffer();
    button?.showSummary(`Saved ${reply.saved} answer${reply.saved === 1 ? '' : 's'} for next time`);
  }

  /** Adds the fill to the user's private log, kept in the extension (which turns it down while the log is off). */
  function recordApplication(report: FillReport, step: string): void {
    if (!report.filled) return;
    const resume = report.attached.find((document) => document.role === 'resume')?.label ?? '';
    const application: ApplicationRecord = { ...readJobPage(document), ats: adapter.id, resume, filled: report.filled, left: report.needsUser, step };
    browser.runtime.sendMessage({ type: 'log:record', application }).catch(() => undefined);
  }

  /** The documents the panel offers, for the company the page shows now; the popup's pick shows there too. */
  async function offerDocuments(request: { type: 'documents:offer' } | { type: 'documents:choose'; id: string }): Promise<DocumentOffer[]> {
    const offers = ((await browser.runtime.sendMessage({ ...request, company: pageCompany() }).catch(() => [])) ?? []) as DocumentOffer[];
    button?.showDocuments(offers, (id) => void offerDocuments({ type: 'documents:choose', id }));
    return offers;
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

  /** A wizard moved to a step not filled yet: fill it once its form has rendered, as the user's first fill asked. */
  function fillNewStep(): void {
    if (!autoFillSteps || filling || !filledSteps.size) return;
    const step = adapter.stepKey?.(document);
    if (!step || filledSteps.has(step) || fieldCount() === 0) return;
    void fill();
  }

  async function showButtonWhenFormAppears(): Promise<void> {
    if (!showsButton || button || fieldCount() < MIN_FORM_FIELDS) return;
    const hidden = (await browser.runtime.sendMessage({ type: 'site:is-hidden' })) as boolean;
    if (hidden || button || ctx.isInvalid) return;
    button = mountAutofillButton(ctx, {
      onFill: () => void fill(),
      onHide: () => {
        button?.remove();
        void browser.runtime.sendMessage({ type: 'site:hide' });
      },
    });
    offeredFor = pageCompany();
    void offerDocuments({ type: 'documents:offer' });
    const greeting = adapter.greeting?.(document);
    if (greeting && !lastReport) button.showSummary(greeting);
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
    if (request.type === 'page:documents') return offerDocuments({ type: 'documents:offer' });
    if (request.type === 'page:choose-document') return offerDocuments({ type: 'documents:choose', id: String(request.id) });
    return undefined;
  });

  // Only the user's own input counts as an answer; the offer follows it once they pause.
  let answered: ReturnType<typeof setTimeout> | undefined;
  const onAnswer = (event: Event) => {
    if (!event.isTrusted || !answers.watching) return;
    clearTimeout(answered);
    answered = setTimeout(() => void offerAnswers(), 300);
  };
  ctx.addEventListener(document, 'change', onAnswer, { capture: true });
  ctx.addEventListener(document, 'input', onAnswer, { capture: true });

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
        if (pageCompany() !== offeredFor) {
          offeredFor = pageCompany();
          void offerDocuments({ type: 'documents:offer' });
        }
        shownStep = step;
        // Undo is for the step it filled: on another step its fields are gone from the screen.
        if (journal && adapter.stepKey && !filling && step !== journal.step) {
          journal = undefined;
          button.hideUndo();
        }
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
