import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { AnyAdapter } from '../ats/adapter';
import type { FieldDescription, FillReport } from '../core/types';
import { describeAttached } from '../core/documentNames';
import { autofill, FillRefused, summarize, type Planner } from '../fill/run';
import type { Collected } from '../dom/collect';
import { FormRead, readFields, rootOf } from '../fill/read';
import { FillJournal, summarizeUndo } from '../fill/undo';
import type { ApplicationRecord, FillResponse, FillStart, PageScan, PlanReply, SaveAnswersReply } from '../messages';
import { LAUNCHER_KEY, type Filler, type Launcher } from './handoff';
import { AnswerWatch, saveRequest, type AnswerOffer } from './learn';
import { pageCompany, readJobPage } from './jobPage';

/** A frame is a form to the popup when it holds at least this many fields (a lone search box is not one). */
const MIN_FORM_FIELDS = 3;


/**
 * The day where the user is, as YYYY-MM-DD: read at each plan (a page may stay open past
 * midnight), by hand, as toLocaleDateString would first load the browser's locale data (some 15 ms).
 */
function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The extension's half of the fill, over runtime messages: the profile never comes to this page. */
function extensionPlanner(ats: string, send: Launcher['send']): Planner {
  return {
    start: (page, fields) => send({ type: 'fill:start', ats, page, company: pageCompany(document), ...(fields.length ? { fields, today: localDate(new Date()) } : {}) }) as Promise<FillStart>,
    plan: (fields: FieldDescription[]) => send({ type: 'fill:plan', ats, fields, today: localDate(new Date()), company: pageCompany(document) }) as Promise<PlanReply>,
    chooseOption: async (options, choice) => {
      const index = (await send({ type: 'fill:choose', options, choice })) as number;
      return options[index];
    },
  };
}

/**
 * The filler of one ATS: never in the manifest; the extension loads it into the frame whose
 * content script asks for it (utils/background/tabs.ts), when the user reaches for Autofill. It
 * imports no messaging library: it speaks to the extension through the content script.
 */
export function fillerScript(adapter: AnyAdapter) {
  return defineUnlistedScript(() => attachFiller(adapter));
}

/**
 * Started by the filler script the extension loads into a frame whose content script asked for
 * it (entrypoints/*-filler.ts): hands the launcher its filler. Loaded any other way (no launcher
 * in this frame), it does nothing.
 */
function attachFiller(adapter: AnyAdapter): void {
  const launcher = (globalThis as unknown as Record<string, Launcher | undefined>)[LAUNCHER_KEY];
  if (!launcher || launcher.site.id !== adapter.id || launcher.ctx.isInvalid) return;
  const filler = startFiller(launcher, adapter);
  launcher.attach(filler);
}

/**
 * Collects, fills, undoes and offers what the user typed for saving. It reaches the page only
 * through the launcher's button, and the extension only through the launcher's messages.
 */
function startFiller({ ctx, button, send }: Launcher, adapter: AnyAdapter): Filler {
  const planner = extensionPlanner(adapter.id, send);
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
  /** The form as read while the user reached for Autofill, kept while the page stands still. */
  let read: FormRead | undefined;
  /** The read the extension last classified ahead of a press. */
  let classifiedRead: FormRead | undefined;

  /** The form as a fill would start from it: the last read while it holds, else a new one, kept. */
  function currentRead(): FormRead {
    if (read?.current) return read;
    read?.dispose();
    read = new FormRead(rootOf({ adapter }), adapter);
    return read;
  }

  /**
   * The form as a fill would start from it, the extension classifying a new read meanwhile: the
   * user reaches for Autofill (the button, the popup). The extension answers nothing but that it is done.
   */
  function readAhead(): Collected | undefined {
    const form = currentRead();
    const described = form.described();
    if (form !== classifiedRead && described?.fields.length) {
      classifiedRead = form;
      send({ type: 'fill:classify', ats: adapter.id, fields: described.fields, company: pageCompany(document) }).catch(() => undefined);
    }
    return described;
  }

  async function fill(): Promise<FillResponse> {
    filling ??= (async () => {
      await undoing;
      const step = adapter.stepKey?.(document);
      if (journal?.step !== (step ?? null)) journal = new FillJournal(adapter, step ?? null);
      const changes = journal;
      let over = false;
      try {
        const given = read;
        read = undefined;
        lastReport = await autofill({
          adapter,
          planner,
          beforeAction: changes.record,
          onEntriesAdded: changes.recordAdded,
          ...(given ? { read: given } : {}),
          onStarted: () => {
            button()?.hideUndo();
            button()?.hideAnswerOffer();
            // Shown from the next frame, as any change is. Made now, the button's new state would
            // be laid out on the way to the first field, where the fill checks the page's layout.
            ctx.requestAnimationFrame(() => {
              if (!over) button()?.setBusy(true);
            });
          },
        });
        if (step) filledSteps.add(step);
        if (adapter.stepKey && filledSteps.size === 1) void offerStepAutoFill();
        button()?.showSummary(summarize(lastReport));
        button()?.showAttached(describeAttached(lastReport));
        recordApplication(lastReport, step ?? '');
        return lastReport;
      } catch (error) {
        if (error instanceof FillRefused) return failed(error.message);
        return failed(`Applyfill could not fill this page: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        // A fill stopped half-way changed fields too: they can be undone as well.
        // One read of the form as the fill left it serves both.
        const form = readFields({ adapter });
        changes.settle(form);
        answers.remember(form);
        if (changes.changed && journal === changes) button()?.showUndo(undo);
        over = true;
        button()?.setBusy(false);
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
      button()?.hideUndo();
      button()?.setBusy(true);
      try {
        button()?.showSummary(summarizeUndo(await changes.undo()));
      } catch (error) {
        button()?.showSummary(`Applyfill could not undo the fill: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        button()?.setBusy(false);
        undoing = undefined;
      }
    })();
  }

  /** Shows what the user has answered by hand since the fill, for them to save or not. */
  async function offerAnswers(): Promise<void> {
    if (!button() || !answers.watching || filling || undoing) return;
    const offers = await answers.offers(async (fields) => ((await send({ type: 'answers:lessons', ats: adapter.id, fields }).catch(() => [])) as AnswerOffer[]) ?? []);
    if (!button() || filling || undoing) return;
    button()!.showAnswerOffer(offers, (chosen) => void saveAnswers(chosen.flatMap((index) => offers[index] ?? [])));
  }

  async function saveAnswers(chosen: AnswerOffer[]): Promise<void> {
    const reply = (await send(saveRequest(chosen)).catch(() => undefined)) as SaveAnswersReply | undefined;
    if (!reply?.ok) {
      button()?.showSummary(reply?.error ?? 'Applyfill could not save these answers.');
      return;
    }
    // Saved: what the fields hold now is no longer new.
    answers.remember();
    button()?.hideAnswerOffer();
    button()?.showSummary(`Saved ${reply.saved} answer${reply.saved === 1 ? '' : 's'} for next time`);
  }

  /** Adds the fill to the user's private log, kept in the extension (which turns it down while the log is off). */
  function recordApplication(report: FillReport, step: string): void {
    if (!report.filled) return;
    const resume = report.attached.find((document) => document.role === 'resume')?.label ?? '';
    const application: ApplicationRecord = { ...readJobPage(document), ats: adapter.id, resume, filled: report.filled, left: report.needsUser, step };
    send({ type: 'log:record', application }).catch(() => undefined);
  }

  function failed(message: string): FillResponse {
    button()?.showSummary(message);
    return { error: message };
  }

  async function offerStepAutoFill(): Promise<void> {
    autoFillSteps = (await send({ type: 'settings:auto-fill-steps' })) as boolean;
    button()?.showStepToggle(autoFillSteps, (enabled) => {
      autoFillSteps = enabled;
      void send({ type: 'settings:set-auto-fill-steps', enabled });
    });
  }

  /** A wizard moved to a step not filled yet: fill it once its form has rendered, as the user's first fill asked. */
  function fillNewStep(): void {
    if (!autoFillSteps || filling || !filledSteps.size) return;
    const step = adapter.stepKey?.(document);
    if (!step || filledSteps.has(step) || !currentRead().described()?.fields.length) return;
    void fill();
  }

  // Only the user's own input counts as an answer; the offer follows it once they pause.
  let answered: ReturnType<typeof setTimeout> | undefined;
  const onAnswer = (event: Event) => {
    if (!event.isTrusted || !answers.watching) return;
    clearTimeout(answered);
    answered = setTimeout(() => void offerAnswers(), 300);
  };
  ctx.addEventListener(document, 'change', onAnswer, { capture: true });
  ctx.addEventListener(document, 'input', onAnswer, { capture: true });

  return {
    fill,
    prepare() {
      // The user is aiming at the button: the press starts from this read if the page has not
      // changed since (and runs code the browser has already compiled).
      ctx.setTimeout(() => {
        if (!filling && !undoing) readAhead();
      }, 0);
    },
    scan(): PageScan {
      const count = readAhead()?.fields.length ?? 0;
      return { ats: adapter.id, title: `${adapter.name} ${adapter.id === 'generic' ? 'form' : 'application'}`, fieldCount: count, isForm: count >= MIN_FORM_FIELDS, ...(lastReport ? { lastReport } : {}) };
    },
    pageChanged() {
      if (!button()) return;
      // Undo is for the step it filled: on another step its fields are gone from the screen.
      if (journal && adapter.stepKey && !filling && adapter.stepKey(document) !== journal.step) {
        journal = undefined;
        button()?.hideUndo();
      }
      fillNewStep();
    },
  };
}
