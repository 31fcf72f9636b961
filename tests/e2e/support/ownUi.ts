import type { CDPSession, Frame, Page } from '@playwright/test';

/**
 * Applyfill's in-page UI lives in a closed shadow root, which neither the page nor Playwright's
 * locators can enter. Tests reach it the way only a debugger can: through the DevTools protocol,
 * whose DOM tree includes closed shadow roots. Clicks are then real mouse clicks at the
 * element's position (trusted events), as a user's are.
 */

interface DomNode {
  nodeId: number;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

export const OWN_UI_TAG = 'applyfill-ui';

/** A control of the UI found by role and accessible name, as a person would name it. */
export interface OwnControl {
  role: 'button' | 'checkbox' | 'status' | 'group' | 'note';
  name?: string;
}

function findHost(node: DomNode): DomNode | undefined {
  if (node.localName === OWN_UI_TAG) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
    const found = findHost(child);
    if (found) return found;
  }
  return undefined;
}

/**
 * Runs in the page's main world with `this` = the closed shadow root: finds a control by role
 * and name. A string, so that no transform (tsx names functions with a helper) reaches the page.
 */
const FIND_CONTROL = `function (control) {
  const named = (el) => control.name === undefined || (el.getAttribute('aria-label') || el.textContent || '').trim() === control.name;
  switch (control.role) {
    case 'button': return Array.from(this.querySelectorAll('button')).find(named) || null;
    case 'checkbox': {
      const label = Array.from(this.querySelectorAll('label')).find((l) => (l.textContent || '').trim() === control.name);
      return label ? label.querySelector('input') : null;
    }
    case 'status': return this.querySelector('[role="status"]');
    case 'note': return this.querySelector('[role="note"]');
    case 'group': return Array.from(this.querySelectorAll('[role="group"]')).find(named) || null;
  }
  return null;
}`;

export class OwnUi {
  private constructor(
    private readonly page: Page,
    private readonly frame: Frame | undefined,
    private readonly session: CDPSession,
  ) {}

  /** The UI in the page, or in the frame matched by `frameSelector` (a form embedded in an iframe). */
  static async of(page: Page, frameSelector?: string): Promise<OwnUi> {
    const frame = frameSelector ? ((await (await page.waitForSelector(frameSelector, { state: 'attached' })).contentFrame()) ?? undefined) : undefined;
    let session: CDPSession;
    try {
      // A cross-site frame runs in a process of its own, with a protocol target of its own.
      session = await page.context().newCDPSession(frame ?? page);
    } catch {
      session = await page.context().newCDPSession(page);
    }
    return new OwnUi(page, frame, session);
  }

  async dispose(): Promise<void> {
    await this.session.detach().catch(() => undefined);
  }

  private async rootObject(): Promise<string | undefined> {
    const { root } = (await this.session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = findHost(root);
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return undefined;
    const { object } = await this.session.send('DOM.resolveNode', { nodeId: shadow.nodeId });
    return object.objectId;
  }

  /** Runs `fn` on the element (or null), in the page's main world. */
  private async onControl<T>(control: OwnControl, fn: string): Promise<T | undefined> {
    const objectId = await this.rootObject();
    if (!objectId) return undefined;
    const { result, exceptionDetails } = await this.session.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: `function (control) { const el = (${FIND_CONTROL}).call(this, control); return (${fn})(el); }`,
      arguments: [{ value: control }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  }

  /** Runs a function declaration with `this` = the shadow root, in the page's main world (benchmark instrumentation). */
  async onRoot(functionDeclaration: string): Promise<void> {
    const objectId = await this.rootObject();
    if (!objectId) throw new Error("Applyfill's UI is not on the page");
    const { exceptionDetails } = await this.session.send('Runtime.callFunctionOn', { objectId, functionDeclaration });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  }

  async exists(): Promise<boolean> {
    return (await this.rootObject()) !== undefined;
  }

  /** Whether the control is rendered with a box and not hidden. */
  async isVisible(control: OwnControl): Promise<boolean> {
    return (await this.onControl<boolean>(control, '(el) => !!el && el.checkVisibility({ visibilityProperty: true, opacityProperty: true })')) ?? false;
  }

  async text(control: OwnControl): Promise<string> {
    return (await this.onControl<string>(control, '(el) => (el && !el.closest("[hidden]") ? el.textContent.trim() : "")')) ?? '';
  }

  /** The rows of a list of boxes (a group of labelled checkboxes): each label's text and whether it is ticked. */
  async rows(control: OwnControl): Promise<{ label: string; checked: boolean }[]> {
    return (
      (await this.onControl<{ label: string; checked: boolean }[]>(
        control,
        '(el) => (el && !el.closest("[hidden]") ? Array.from(el.querySelectorAll("label"), (row) => ({ label: row.textContent.trim(), checked: row.querySelector("input").checked })) : [])',
      )) ?? []
    );
  }

  /** A toggle button's state (aria-pressed), as a screen reader announces it. */
  async isPressed(control: OwnControl): Promise<boolean> {
    return (await this.onControl<boolean>(control, '(el) => !!el && el.getAttribute("aria-pressed") === "true"')) ?? false;
  }

  async isChecked(control: OwnControl): Promise<boolean> {
    return (await this.onControl<boolean>(control, '(el) => !!el && el.checked')) ?? false;
  }

  /** The control's box in the page's coordinates. */
  async box(control: OwnControl): Promise<{ x: number; y: number; width: number; height: number }> {
    const rect = await this.onControl<{ x: number; y: number; width: number; height: number } | null>(
      control,
      '(el) => { if (!el) return null; const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }',
    );
    if (!rect) throw new Error(`Applyfill's UI has no ${control.role} ${control.name ?? ''}`);
    if (!this.frame) return rect;
    const frameBox = await (await this.frame.frameElement()).boundingBox();
    const border = await (await this.frame.frameElement()).evaluate((el) => ({ left: (el as Element).clientLeft, top: (el as Element).clientTop }));
    return { ...rect, x: rect.x + (frameBox?.x ?? 0) + border.left, y: rect.y + (frameBox?.y ?? 0) + border.top };
  }

  /** A real mouse click at the control's centre. */
  async click(control: OwnControl): Promise<void> {
    const box = await this.box(control);
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** Moves the mouse onto the control, as a person does before clicking it. */
  async hover(control: OwnControl): Promise<void> {
    const box = await this.box(control);
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** Scrolls the page (and the frames around it) until the control is on screen. */
  async scrollIntoView(control: OwnControl): Promise<void> {
    await this.onControl(control, '(el) => el && el.scrollIntoView({ block: "center", inline: "center" })');
  }

  /** Focuses the control as a click would, without activating it (for keyboard tests). */
  async focus(control: OwnControl): Promise<void> {
    await this.onControl(control, '(el) => el && el.focus()');
  }
}

export const AUTOFILL: OwnControl = { role: 'button', name: 'Autofill' };
export const UNDO: OwnControl = { role: 'button', name: 'Undo autofill' };
export const STATUS: OwnControl = { role: 'status' };
export const STEP_SWITCH: OwnControl = { role: 'checkbox', name: 'Fill each step automatically' };
export const HIDE: OwnControl = { role: 'button', name: 'Hide Applyfill on this site' };
export const GRIP: OwnControl = { role: 'button', name: 'Move the Autofill button' };
export const DOCK: OwnControl = { role: 'group', name: 'Applyfill' };
/** "Save N answers for next time": opens the list of answers the user gave by hand. */
export const saveAnswersOffer = (count: number): OwnControl => ({ role: 'button', name: `Save ${count} answer${count === 1 ? '' : 's'} for next time` });
export const ANSWERS_TO_SAVE: OwnControl = { role: 'group', name: 'Answers to save' };
export const SAVE_ANSWERS: OwnControl = { role: 'button', name: 'Save' };
/** One row of the list: "question — answer". */
export const answerRow = (question: string, answer: string): OwnControl => ({ role: 'checkbox', name: `${question} — ${answer}` });
/** The line saying which files the last fill attached. */
export const ATTACHED: OwnControl = { role: 'note' };
/** The button that picks a document before a fill: "Resume: Data". */
export const documentChoice = (role: 'Resume' | 'Cover letter', label: string): OwnControl => ({ role: 'button', name: `${role}: ${label}` });
