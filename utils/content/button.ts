import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { OWN_UI } from '../dom/traverse';
import type { DocumentOffer } from '../messages';
import { ROLE_NAMES } from '../core/documentNames';
import { REFUSED_CLICK, refuseClick } from './clickGuard';

export interface AutofillButton {
  /** Takes the button off the page (hidden for the site, or the extension reloaded). */
  remove(): void;
  showSummary(text: string): void;
  setBusy(busy: boolean): void;
  /** Moves off the page's controls again, after a wizard rendered a new step under the button. */
  reposition(): void;
  /** The switch for wizards: fill each later step as soon as it renders. */
  showStepToggle(checked: boolean, onChange: (checked: boolean) => void): void;
  /** Offers "Undo autofill" until hideUndo(); `onUndo` runs on the user's own click, checked as Autofill's is. */
  showUndo(onUndo: () => void): void;
  hideUndo(): void;
  /**
   * Offers "Save N answers for next time" for answers the user gave by hand, each with a box to
   * tick; `onSave` gets the indexes of the ticked ones, on the user's own click on Save, checked as
   * Autofill's is. Nothing is ticked until the user ticks it.
   */
  showAnswerOffer(items: readonly { question: string; shown: string }[], onSave: (chosen: number[]) => void): void;
  hideAnswerOffer(): void;
  /**
   * Lists each role's documents by the names the user gave them, the one the next fill attaches
   * pressed; `onChoose` runs on the user's own click on another, checked as Autofill's is.
   */
  showDocuments(offers: readonly DocumentOffer[], onChoose: (id: string) => void): void;
  /** Says which files the last fill attached; '' hides it. */
  showAttached(text: string): void;
}

const STYLE = `
/* Important inside the shadow tree outranks anything the page sets on the host, even inline. */
:host { all: initial !important; }
[hidden] { display: none !important; }
.dock { position: fixed; inset: auto 16px auto auto; margin: 0; padding: 0; border: 0; background: transparent;
  overflow: visible; z-index: 2147483646; display: flex; flex-direction: column;
  align-items: flex-end; gap: 6px; font: 13px/1.3 system-ui, -apple-system, "Segoe UI", sans-serif; }
/* Painted above the summary and the switch: their shadows must not count as covering the button. */
.bar { position: relative; z-index: 1; display: flex; align-items: stretch; border-radius: 999px; box-shadow: 0 2px 10px rgb(0 0 0 / .25);
  background: #1f4fd1; color: #fff; overflow: hidden; }
button { font: inherit; color: inherit; background: transparent; border: 0; cursor: pointer; }
.fill { padding: 8px 14px; font-weight: 600; }
.fill[aria-busy="true"] { opacity: .7; cursor: progress; }
.grip { padding: 0 8px; cursor: grab; touch-action: none; }
.grip::before { content: ""; display: block; width: 8px; height: 14px;
  background: radial-gradient(circle, currentColor 1.3px, transparent 1.6px) 0 0 / 4px 5px; }
.hide { padding: 0 10px; border-left: 1px solid rgb(255 255 255 / .3); }
/* In the bar itself: a box of its own beside it would cast a shadow over the Autofill button, or take one. */
.undo { padding: 8px 12px; border-left: 1px solid rgb(255 255 255 / .3); }
.undo:disabled { opacity: .7; cursor: progress; }
button:focus-visible { outline: 2px solid #ffd43b; outline-offset: -2px; }
.steps { display: flex; gap: 6px; align-items: center; background: #fff; color: #1b1b1b; border-radius: 8px;
  padding: 4px 10px; box-shadow: 0 2px 10px rgb(0 0 0 / .2); }
.steps input { margin: 0; }
/* Above the bar, with no shadow of its own: the bar's shadow must not count as covering these
   buttons (the browser's visibility tracker counts shadows), nor theirs the Autofill button. */
.documents { position: relative; z-index: 2; display: flex; flex-direction: column; align-items: flex-end; gap: 4px;
  background: #fff; color: #1b1b1b; border: 1px solid #c9ced6; border-radius: 8px; padding: 4px 8px; max-width: 300px; }
.choices { display: flex; flex-wrap: wrap; justify-content: flex-end; align-items: center; gap: 4px; }
.choices button { border: 1px solid #c9ced6; border-radius: 999px; padding: 2px 10px; background: #fff; color: #1b1b1b; }
.choices button[aria-pressed="true"] { background: #1f4fd1; border-color: #1f4fd1; color: #fff; font-weight: 600; }
.attached { font-size: 12px; }
.summary { background: #fff; color: #1b1b1b; border-radius: 8px; padding: 6px 10px;
  box-shadow: 0 2px 10px rgb(0 0 0 / .2); max-width: 260px; }
/* Kept clear of the bar's shadow, which is painted above it: the browser's visibility tracker counts
   a shadow over a button as covering it. */
.learn { background: #fff; color: #1b1b1b; border-radius: 8px; padding: 6px 10px; box-shadow: 0 2px 10px rgb(0 0 0 / .2);
  max-width: 320px; display: flex; flex-direction: column; gap: 6px; margin-bottom: 18px; }
.learn button { color: #1f4fd1; font-weight: 600; padding: 2px 0; text-align: left; }
.answers { display: flex; flex-direction: column; gap: 4px; max-height: 40vh; overflow: auto; }
.answers label { display: flex; gap: 6px; align-items: flex-start; }
.answers input { margin: 2px 0 0; }
.learn-actions { display: flex; gap: 12px; }
@media (prefers-color-scheme: dark) { .summary, .steps, .learn, .documents, .choices button { background: #24262b; color: #eee; } .learn button { color: #9db7ff; } }
`;

/** Builds an element; no markup strings, so nothing here is ever parsed as HTML. */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/**
 * The floating "Autofill" button. It lives in a closed shadow root, so the page can neither
 * style it nor reach its buttons, and in the top layer (a popover), so nothing the page draws
 * can sit above it unless the page opens a top-layer element of its own, which the click check
 * catches. It sits at the right edge, away from the form's own buttons, and can be dragged up
 * or down or hidden for the site. Only a click the user made on the button as they saw it
 * starts a fill (see clickGuard.ts).
 */
export function mountAutofillButton(
  ctx: ContentScriptContext,
  handlers: {
    onFill(): void;
    onHide(): void;
    /** The user reaches for the button (the pointer over it, or the keyboard's focus in the panel), before any click. */
    onReach(): void;
  },
): AutofillButton {
  const host = document.createElement(OWN_UI);
  // Closed: the page gets null from host.shadowRoot and cannot reach the buttons inside.
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const grip = h('button', { class: 'grip', type: 'button', 'aria-label': 'Move the Autofill button' });
  const fillButton = h('button', { class: 'fill', type: 'button' }, 'Autofill');
  const hide = h('button', { class: 'hide', type: 'button', 'aria-label': 'Hide Applyfill on this site', title: 'Hide on this site' }, '×');
  const undoButton = h('button', { class: 'undo', type: 'button', hidden: '' }, 'Undo autofill');
  const steps = h('label', { class: 'steps', hidden: '' }, h('input', { type: 'checkbox' }), ' Fill each step automatically');
  const summary = h('div', { class: 'summary', role: 'status', 'aria-live': 'polite', hidden: '' });
  const offerButton = h('button', { class: 'offer', type: 'button' });
  const answerList = h('div', { class: 'answers' });
  const saveButton = h('button', { class: 'save', type: 'button' }, 'Save');
  const notNow = h('button', { class: 'not-now', type: 'button' }, 'Not now');
  const answerChoice = h('div', { role: 'group', 'aria-label': 'Answers to save', hidden: '' }, answerList, h('div', { class: 'learn-actions' }, saveButton, notNow));
  // Above the bar: the dock grows upwards from its bottom edge, so the Autofill button stays put.
  const learn = h('div', { class: 'learn', hidden: '' }, offerButton, answerChoice);
  const documents = h('div', { class: 'documents', role: 'group', 'aria-label': 'Documents to attach', hidden: '' });
  const attached = h('div', { class: 'summary attached', role: 'note', hidden: '' });
  const dock = h('div', { class: 'dock', popover: 'manual' }, learn, h('div', { class: 'bar', role: 'group', 'aria-label': 'Applyfill' }, grip, fillButton, undoButton, hide), documents, steps, summary, attached);
  dock.style.bottom = `${DEFAULT_BOTTOM}px`;
  shadow.append(style, dock);
  (document.body ?? document.documentElement).append(host);
  showInTopLayer(dock);
  /**
   * When Applyfill last moved the dock by itself. A page decides where its own controls are, so it
   * can make the dock move: a button that has just moved was not seen where it now is.
   */
  let movedAt: number | undefined;
  const reposition = () => {
    if (moveOffPageControls(dock)) movedAt = performance.now();
  };
  requestAnimationFrame(reposition);
  // Scrolling brings other controls under the fixed dock (a wizard's footer buttons): once the
  // page comes to rest, the dock moves off them again.
  let settle: ReturnType<typeof setTimeout> | undefined;
  ctx.addEventListener(window, 'scroll', () => {
    clearTimeout(settle);
    settle = setTimeout(reposition, 150);
  }, { capture: true, passive: true });

  const seen = trackVisibility(fillButton);
  const undoSeen = trackVisibility(undoButton);
  const offerSeen = trackVisibility(offerButton);
  const saveSeen = trackVisibility(saveButton);
  // The list as a whole: its buttons are made anew with each offer, and were seen as long as it was.
  const documentsSeen = trackVisibility(documents);
  const remove = () => {
    seen.disconnect();
    undoSeen.disconnect();
    offerSeen.disconnect();
    saveSeen.disconnect();
    documentsSeen.disconnect();
    host.remove();
  };
  ctx.onInvalidated(remove);
  /** Runs `act` for a click the user made on `button` as they saw it (see clickGuard.ts). */
  const onUserClick = (button: HTMLElement, visibility: typeof seen, refusal: string, act: () => void) =>
    button.addEventListener('click', (event) => {
      const { shownAt, trackedVisible } = visibility.state();
      const seenSince = shownAt === undefined || movedAt === undefined ? shownAt : Math.max(shownAt, movedAt);
      const refused = refuseClick(event, { doc: document, host, root: shadow, button, shownAt: seenSince, trackedVisible, now: performance.now() });
      // A page's own synthetic click gets no answer at all; a real click the checks refuse is explained.
      if (refused === 'synthetic') return;
      if (refused) showSummaryText(refusal);
      else act();
    });
  onUserClick(fillButton, seen, REFUSED_CLICK, () => handlers.onFill());
  let onUndo: (() => void) | undefined;
  onUserClick(undoButton, undoSeen, REFUSED_UNDO, () => onUndo?.());
  hide.addEventListener('click', (event) => {
    if (event.isTrusted) handlers.onHide();
  });
  let onSaveAnswers: ((chosen: number[]) => void) | undefined;
  onUserClick(offerButton, offerSeen, REFUSED_SAVE, () => {
    answerChoice.hidden = false;
  });
  onUserClick(saveButton, saveSeen, REFUSED_SAVE, () => {
    const boxes = Array.from(answerList.querySelectorAll('input'));
    const chosen = boxes.flatMap((box, index) => (box.checked ? [index] : []));
    if (chosen.length === 0) showSummaryText('Tick the answers to save first.');
    else onSaveAnswers?.(chosen);
  });
  notNow.addEventListener('click', (event) => {
    if (event.isTrusted) hideAnswerOffer();
  });
  function hideAnswerOffer(): void {
    onSaveAnswers = undefined;
    learn.hidden = true;
    answerChoice.hidden = true;
    answerList.replaceChildren();
  }
  enableVerticalDrag(dock, grip);
  for (const type of ['pointerenter', 'focusin']) {
    dock.addEventListener(type, (event) => {
      if (event.isTrusted) handlers.onReach();
    });
  }

  function showSummaryText(text: string): void {
    summary.textContent = text;
    summary.hidden = false;
  }
  return {
    remove,
    showSummary: showSummaryText,
    reposition() {
      if (host.isConnected) reposition();
    },
    showStepToggle(checked, onChange) {
      const box = steps.querySelector('input')!;
      box.checked = checked;
      box.onchange = (event) => {
        if (event.isTrusted) onChange(box.checked);
        else box.checked = !box.checked;
      };
      steps.hidden = false;
    },
    showUndo(undo) {
      onUndo = undo;
      undoButton.hidden = false;
    },
    hideUndo() {
      onUndo = undefined;
      undoButton.hidden = true;
    },
    showAnswerOffer(items, onSave) {
      if (items.length === 0) return hideAnswerOffer();
      // The list follows the page as the user answers: a box keeps its tick while its answer stays the same.
      const ticked = new Set(Array.from(answerList.querySelectorAll('label')).filter((row) => row.querySelector('input')!.checked).map((row) => row.textContent));
      answerList.replaceChildren(
        ...items.map(({ question, shown }) => {
          const box = h('input', { type: 'checkbox' });
          const row = h('label', {}, box, ` ${question} — ${shown}`);
          box.checked = ticked.has(row.textContent);
          box.addEventListener('change', (event) => {
            if (!event.isTrusted) box.checked = !box.checked;
          });
          return row;
        }),
      );
      offerButton.textContent = `Save ${items.length} answer${items.length === 1 ? '' : 's'} for next time`;
      onSaveAnswers = onSave;
      learn.hidden = false;
    },
    hideAnswerOffer,
    showDocuments(offers, onChoose) {
      documents.replaceChildren(
        ...offers.map(({ role, documents: choices, chosen }) => {
          const buttons = choices.map(({ id, label }) => {
            const choice = h('button', { type: 'button', 'aria-pressed': String(id === chosen), 'aria-label': `${ROLE_NAMES[role]}: ${label}` }, label);
            onUserClick(choice, documentsSeen, REFUSED_CHOICE, () => {
              if (id !== chosen) onChoose(id);
            });
            return choice;
          });
          return h('div', { class: 'choices', role: 'group', 'aria-label': ROLE_NAMES[role] }, `${ROLE_NAMES[role]}:`, ...buttons);
        }),
      );
      documents.hidden = offers.length === 0;
      if (host.isConnected) reposition();
    },
    showAttached(text) {
      attached.textContent = text;
      attached.hidden = text === '';
    },
    setBusy(busy) {
      fillButton.setAttribute('aria-busy', String(busy));
      fillButton.disabled = busy;
      undoButton.disabled = busy;
    },
  };
}

const REFUSED_SAVE = 'Applyfill did not save: its button was hidden, covered or had just appeared when it was clicked, so the click may not have been yours. Click it again.';
const REFUSED_CHOICE = 'Applyfill kept the document it had: the list was hidden, covered or had just appeared when it was clicked, so the click may not have been yours. Click it again.';
const REFUSED_UNDO = 'Applyfill did not undo: its button was hidden, covered or had just appeared when it was clicked, so the click may not have been yours. Click it again.';

const PAGE_CONTROLS = 'button, a[href], input, select, textarea, [role="button"], [role="combobox"]';

/** The page's own controls under a point of the dock, skipping the dock itself. */
function pageControlUnder(dock: HTMLElement, x: number, y: number): boolean {
  const host = dock.getRootNode() instanceof ShadowRoot ? (dock.getRootNode() as ShadowRoot).host : dock;
  return document.elementsFromPoint(x, y).some((el) => el !== host && !host.contains(el) && el.closest(PAGE_CONTROLS));
}

/** Where the dock sits when nothing of the page is under it, in px from the bottom of the window. */
const DEFAULT_BOTTOM = 88;
const STEP = 24;

/** Points of the dock to test: its corners, edge midpoints and centre, a little inside. */
function samplePoints(rect: DOMRect): [number, number][] {
  const xs = [rect.left + 2, (rect.left + rect.right) / 2, rect.right - 2];
  const ys = [rect.top + 2, (rect.top + rect.bottom) / 2, rect.bottom - 2];
  return xs.flatMap((x) => ys.map((y): [number, number] => [x, y]));
}

/**
 * Puts the dock where it covers none of the page's own buttons or fields, as close to its usual
 * place as it can: heights above and below are tried in turn (a wizard's short step may bring its
 * footer buttons up to where a long step had none). With no free place it keeps the usual one.
 */
/** Returns whether the dock moved. */
function moveOffPageControls(dock: HTMLElement): boolean {
  const before = dock.style.bottom;
  // Where the user last put it, or the usual place.
  const home = Number(dock.dataset.home ?? DEFAULT_BOTTOM);
  const height = dock.getBoundingClientRect().height;
  const highest = window.innerHeight - height - 8;
  const candidates = [home];
  for (let offset = STEP; home + offset <= highest || home - offset >= 8; offset += STEP) {
    if (home + offset <= highest) candidates.push(home + offset);
    if (home - offset >= 8) candidates.push(home - offset);
  }
  for (const bottom of candidates) {
    dock.style.bottom = `${bottom}px`;
    if (!samplePoints(dock.getBoundingClientRect()).some(([x, y]) => pageControlUnder(dock, x, y))) return dock.style.bottom !== before;
  }
  dock.style.bottom = `${home}px`;
  return dock.style.bottom !== before;
}

/** Above everything the page draws; where the browser has no popovers, the dock stays a fixed box. */
function showInTopLayer(dock: HTMLElement): void {
  try {
    dock.showPopover();
  } catch {
    // Already shown, or popovers unsupported: the fixed position still applies.
  }
}

/**
 * When the button last came into view, and whether the browser's visibility tracker (which
 * counts occlusion, opacity, filters and transforms) sees it now. Browsers without the tracker
 * report only intersection with the viewport.
 */
function trackVisibility(button: HTMLElement): { state(): { shownAt: number | undefined; trackedVisible: boolean | undefined }; disconnect(): void } {
  let shownAt: number | undefined;
  let trackedVisible: boolean | undefined;
  const options = { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit;
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const v2 = (entry as IntersectionObserverEntry & { isVisible?: boolean }).isVisible;
      trackedVisible = v2;
      const visible = v2 ?? entry.isIntersecting;
      if (!visible) shownAt = undefined;
      else shownAt ??= performance.now();
    }
  }, options);
  observer.observe(button);
  return { state: () => ({ shownAt, trackedVisible }), disconnect: () => observer.disconnect() };
}

function enableVerticalDrag(dock: HTMLElement, grip: HTMLElement): void {
  grip.addEventListener('pointerdown', (down) => {
    if (!down.isTrusted) return;
    grip.setPointerCapture(down.pointerId);
    const startY = down.clientY;
    const startBottom = parseFloat(dock.style.bottom);
    const move = (event: PointerEvent) => {
      const bottom = Math.min(Math.max(startBottom - (event.clientY - startY), 8), window.innerHeight - 48);
      dock.style.bottom = `${bottom}px`;
      dock.dataset.home = String(bottom);
    };
    const up = () => {
      grip.removeEventListener('pointermove', move);
      grip.removeEventListener('pointerup', up);
    };
    grip.addEventListener('pointermove', move);
    grip.addEventListener('pointerup', up);
  });
  grip.addEventListener('keydown', (event) => {
    if (!event.isTrusted) return;
    const step = event.key === 'ArrowUp' ? 24 : event.key === 'ArrowDown' ? -24 : 0;
    if (!step) return;
    event.preventDefault();
    const bottom = Math.max(8, parseFloat(dock.style.bottom) + step);
    dock.style.bottom = `${bottom}px`;
    dock.dataset.home = String(bottom);
  });
}
