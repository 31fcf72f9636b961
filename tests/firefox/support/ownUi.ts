import type { Frame, Page } from 'puppeteer-core';
import { MIN_SHOWN_MS } from '../../../utils/content/clickGuard';
import { OWN_UI } from '../../../utils/dom/traverse';
import { connectionOf, contextOf, evaluated, type BidiConnection, type NodeRemoteValue } from './bidi';
import { sleep, waitUntil } from './wait';

/**
 * Applyfill's in-page UI lives in a closed shadow root, out of reach of the page and of
 * puppeteer's selectors (its `>>>` pierces open roots only, and its ARIA queries do not work in
 * Firefox). WebDriver BiDi, like a debugger, hands out shadow roots, closed ones included, when a
 * node is serialized with includeShadowTree 'all'; an accessibility locate started from that root
 * then finds a control by role and name, as a person names it. Clicks are real mouse clicks at
 * the control's box (trusted events), as in the Chromium lane's CDP helper.
 */

export interface OwnControl {
  role: 'button' | 'status';
  name?: string;
}

export const AUTOFILL: OwnControl = { role: 'button', name: 'Autofill' };
export const STATUS: OwnControl = { role: 'status' };
export const HIDE: OwnControl = { role: 'button', name: 'Hide Applyfill on this site' };

export class FirefoxOwnUi {
  private readonly connection: BidiConnection;
  private readonly context: string;

  /** The UI of the page, or of one of its frames (a form embedded in an iframe). */
  constructor(
    private readonly page: Page,
    private readonly frame: Frame = page.mainFrame(),
  ) {
    this.connection = connectionOf(page.browser());
    this.context = contextOf(frame);
  }

  private call(functionDeclaration: string, args: object[], serializationOptions?: object) {
    return evaluated(
      this.connection.send('script.callFunction', {
        functionDeclaration,
        target: { context: this.context },
        arguments: args,
        awaitPromise: true,
        resultOwnership: 'none',
        ...(serializationOptions ? { serializationOptions } : {}),
      }),
    );
  }

  /** The closed shadow root, as BiDi hands it out, or undefined while the UI is not on the page. */
  async shadowRoot(): Promise<NodeRemoteValue | undefined> {
    const host = await this.call(`() => document.querySelector(${JSON.stringify(OWN_UI)})`, [], {
      maxDomDepth: 1,
      includeShadowTree: 'all',
    });
    if (host?.type !== 'node') return undefined;
    return host.value?.shadowRoot ?? undefined;
  }

  /** The control, found by an accessibility locate that starts at the closed shadow root. */
  async control(control: OwnControl): Promise<NodeRemoteValue | undefined> {
    const root = await this.shadowRoot();
    if (!root?.sharedId) return undefined;
    const { result } = (await this.connection.send('browsingContext.locateNodes', {
      context: this.context,
      locator: { type: 'accessibility', value: { role: control.role, ...(control.name ? { name: control.name } : {}) } },
      startNodes: [{ sharedId: root.sharedId }],
    })) as { result: { nodes: NodeRemoteValue[] } };
    return result.nodes[0];
  }

  /** Runs `fn(element)` in the page on the control (null when absent) and returns its JSON result. */
  private async onControl<T>(control: OwnControl, fn: string): Promise<T> {
    const node = await this.control(control);
    const result = await this.call(`(el) => JSON.stringify((${fn})(el))`, [node?.sharedId ? { sharedId: node.sharedId } : { type: 'null' }]);
    return JSON.parse(String(result?.value)) as T;
  }

  async isVisible(control: OwnControl): Promise<boolean> {
    return this.onControl(control, '(el) => !!el && el.checkVisibility({ visibilityProperty: true, opacityProperty: true })');
  }

  /** The control's text ('' while it or a container is hidden). */
  async text(control: OwnControl): Promise<string> {
    return this.onControl(control, '(el) => (el && !el.closest("[hidden]") ? el.textContent.trim() : "")');
  }

  async box(control: OwnControl): Promise<{ x: number; y: number; width: number; height: number }> {
    const box = await this.onControl<{ x: number; y: number; width: number; height: number } | null>(
      control,
      '(el) => { if (!el) return null; const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }',
    );
    if (!box) throw new Error(`Applyfill's UI has no ${control.role} ${control.name ?? ''}`);
    const frameElement = await this.frame.frameElement();
    if (!frameElement) return box;
    // Inside a frame: moved by where the frame's content starts in the page.
    const offset = await frameElement.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x + el.clientLeft, y: r.y + el.clientTop };
    });
    return { ...box, x: box.x + offset.x, y: box.y + offset.y };
  }

  /** Scrolls the page, and the frames around it, until the control is on screen. */
  async scrollIntoView(control: OwnControl): Promise<void> {
    await this.onControl(control, '(el) => { if (el) el.scrollIntoView({ block: "center", inline: "center" }); return null; }');
  }

  /** A real mouse click at the control's centre. */
  async click(control: OwnControl): Promise<void> {
    const box = await this.box(control);
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }
}

/** Waits until the Autofill button shows, in the page or in one of its frames. */
export async function waitForAutofillButton(page: Page, frame?: Frame): Promise<FirefoxOwnUi> {
  const ui = new FirefoxOwnUi(page, frame);
  await waitUntil(() => ui.isVisible(AUTOFILL), Boolean, 'the Autofill button shows');
  return ui;
}

/**
 * Presses the Autofill button as a user does: a real mouse click on a button that has been on
 * screen long enough to be seen (a button clicked the moment it appears is refused, see
 * utils/content/clickGuard.ts).
 */
export async function pressAutofill(page: Page, frame?: Frame): Promise<FirefoxOwnUi> {
  const ui = await waitForAutofillButton(page, frame);
  await ui.scrollIntoView(AUTOFILL);
  await sleep(MIN_SHOWN_MS + 150);
  await ui.click(AUTOFILL);
  return ui;
}

/** Presses Autofill and waits for the summary that starts with "Filled"; returns it. */
export async function fillWithButton(page: Page, timeout = 30_000): Promise<string> {
  const ui = await pressAutofill(page);
  return waitUntil(() => ui.text(STATUS), (text) => text.startsWith('Filled'), 'the fill summary', timeout);
}
