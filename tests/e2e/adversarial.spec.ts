import type { Page } from '@playwright/test';
import { REFUSED_CLICK, MIN_SHOWN_MS } from '../../utils/content/clickGuard';
import { expect, ownUi, pressAutofill, summaryText, test, waitForAutofillButton } from './fixtures';
import { AUTOFILL, STATUS } from './support/ownUi';
import { RESUME_FILE, testProfileFile } from './support/profile';

/**
 * Attacks on Applyfill by the page it fills, each a test. The hostile page (tests/pages/adversarial)
 * records every value any of its fields ever holds; a test passes when no profile value reaches
 * the page unless the user's own click on the visible button sent it to a field they can see.
 */

const AT_ATS_HOST = 'https://boards.greenhouse.io/hostile/jobs/666';
const ELSEWHERE = 'https://careers.hostile.example/apply';

/** Strings of the test profile that must never reach a field the user cannot see. */
const PROFILE_VALUES = ['Jordan', 'Rivera', 'jordan.rivera@example.com', '014-2367', '10001', 'New York', 'Example Street', 'linkedin.com', 'github.com', 'jordanrivera.example.com', 'Meta', RESUME_FILE.name];

interface Seen {
  id: string;
  value: string;
  trap: boolean;
}
interface HostileState {
  seen: Seen[];
  submitted: number;
  synthetic: { host: boolean; shadowRoot: unknown }[];
}

function hostile(page: Page): Promise<HostileState> {
  return page.evaluate(() => (window as unknown as { __hostile: HostileState }).__hostile);
}

function profileValuesIn(seen: readonly Seen[]): Seen[] {
  return seen.filter((entry) => PROFILE_VALUES.some((value) => entry.value.includes(value)));
}

/** A real click at the centre of the Autofill button, after it has been on screen long enough. */
async function userClicksAutofill(page: Page): Promise<void> {
  const ui = await waitForAutofillButton(page);
  await page.waitForTimeout(MIN_SHOWN_MS + 150);
  await ui.click(AUTOFILL);
  await ui.dispose();
}

/** Waits out a fill that might have started, then returns what the page saw. */
async function afterAWhile(page: Page): Promise<HostileState> {
  await page.waitForTimeout(1500);
  return hostile(page);
}

test.describe('a hostile page at an ATS host', () => {
  test.beforeEach(async ({ importProfile, page }) => {
    await importProfile(testProfileFile());
    await page.goto(AT_ATS_HOST);
  });

  test('cannot press the button with synthetic clicks, key presses or the shortcut, nor see inside it', async ({ page }) => {
    const ui = await waitForAutofillButton(page);
    await page.waitForTimeout(MIN_SHOWN_MS + 150);
    await page.evaluate(() => (window as unknown as { __hostile: { attack(): void } }).__hostile.attack());
    const state = await afterAWhile(page);
    expect(state.synthetic).toEqual([{ host: true, shadowRoot: null }]);
    expect(state.seen).toEqual([]);
    // Not even a refusal is shown: the page learns nothing from its attempt.
    expect(await ui.text(STATUS)).toBe('');
    await ui.dispose();
  });

  test('sees no profile value before the user clicks, even while the pointer rests on the button', async ({ page }) => {
    const ui = await waitForAutofillButton(page);
    const box = await ui.box(AUTOFILL);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.keyboard.press('Tab');
    expect((await afterAWhile(page)).seen).toEqual([]);
    await ui.dispose();
  });

  test('a field shown as the pointer reaches the button and hidden by a style before the press gets nothing', async ({ page }) => {
    // No change to the tree between the read made on reach and the press: an animation the page
    // started earlier hides the email field 2.5 s later, after the pointer reached the button.
    const started = Date.now();
    await page.addStyleTag({ content: '@keyframes vanish { to { visibility: hidden } } #email { animation: vanish 1ms 2500ms forwards }' });
    const ui = await waitForAutofillButton(page);
    await ui.scrollIntoView(AUTOFILL);
    await page.waitForTimeout(MIN_SHOWN_MS + 150);
    await ui.hover(AUTOFILL);
    await expect(page.locator('#email')).toBeVisible();
    await page.waitForTimeout(Math.max(0, started + 3000 - Date.now()));
    await expect(page.locator('#email')).toBeHidden();
    await ui.click(AUTOFILL);
    await ui.dispose();
    await expect.poll(() => summaryText(page), { timeout: 20_000 }).toMatch(/^Filled/);
    await expect(page.locator('#first_name')).toHaveValue('Jordan');
    const state = await afterAWhile(page);
    expect(profileValuesIn(state.seen.filter((entry) => entry.id === 'email'))).toEqual([]);
    await expect(page.locator('#email')).toHaveValue('');
  });

  const clickjacking: { name: string; setup(page: Page): Promise<void> }[] = [
    { name: 'the root element made see-through', setup: (page) => page.addStyleTag({ content: 'html { opacity: 0.05 }' }).then(() => undefined) },
    { name: 'the body made see-through', setup: (page) => page.addStyleTag({ content: 'body { opacity: 0 }' }).then(() => undefined) },
    {
      name: 'a decoy in the top layer over the button, letting clicks through',
      setup: (page) =>
        page.evaluate(() => {
          const decoy = document.createElement('div');
          decoy.setAttribute('popover', 'manual');
          decoy.textContent = 'Claim your prize';
          decoy.style.cssText = 'position:fixed; inset:auto 0 0 auto; width:400px; height:400px; margin:0; background:#fc0; pointer-events:none; border:0';
          document.body.append(decoy);
          decoy.showPopover();
        }),
    },
  ];
  for (const { name, setup } of clickjacking) {
    test(`refuses a real click when ${name}`, async ({ page }) => {
      const ui = await waitForAutofillButton(page);
      await setup(page);
      await page.waitForTimeout(MIN_SHOWN_MS + 150);
      await ui.click(AUTOFILL);
      await expect.poll(() => ui.text(STATUS)).toBe(REFUSED_CLICK);
      expect((await afterAWhile(page)).seen).toEqual([]);
      await ui.dispose();
    });
  }

  test('cannot fade or filter the button through its host element', async ({ page }) => {
    const ui = await waitForAutofillButton(page);
    await page.addStyleTag({ content: 'applyfill-ui { opacity: 0 !important; filter: opacity(0.01) !important; visibility: hidden !important }' });
    await page.evaluate(() => (document.querySelector('applyfill-ui') as HTMLElement).style.setProperty('opacity', '0', 'important'));
    // The host's own styles reset everything the page sets on it, so the button stays as the user sees it.
    const style = await page.evaluate(() => {
      const computed = getComputedStyle(document.querySelector('applyfill-ui')!);
      return { opacity: computed.opacity, filter: computed.filter, visibility: computed.visibility };
    });
    expect(style).toEqual({ opacity: '1', filter: 'none', visibility: 'visible' });
    expect(await ui.isVisible(AUTOFILL)).toBe(true);
    await ui.dispose();
  });

  test('refuses a click on a button that appeared under the pointer a moment before', async ({ page }) => {
    const ui = await waitForAutofillButton(page);
    const box = await ui.box(AUTOFILL);
    // The page shows nothing until the pointer comes near, then everything at once, the button
    // right where the user is about to click.
    await page.evaluate(() => {
      document.body.style.display = 'none';
      document.addEventListener('mousemove', () => (document.body.style.display = ''), { once: true });
    });
    await page.waitForTimeout(MIN_SHOWN_MS + 150);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(150);
    await page.mouse.down();
    await page.mouse.up();
    await expect.poll(() => ui.text(STATUS)).toBe(REFUSED_CLICK);
    expect((await afterAWhile(page)).seen).toEqual([]);
    await ui.dispose();
  });

  test('refuses a click on a button the page made move under the pointer a moment before', async ({ page }) => {
    const ui = await waitForAutofillButton(page);
    await page.waitForTimeout(MIN_SHOWN_MS + 150);
    const before = await ui.box(AUTOFILL);
    // The page puts a control of its own where the dock is and scrolls: the dock moves off it, to
    // where the user is about to click.
    await page.evaluate(({ x, y, width, height }) => {
      document.body.style.minHeight = '3000px';
      const bait = document.createElement('button');
      bait.type = 'button';
      bait.textContent = 'Continue';
      bait.style.cssText = `position:fixed; left:${x - 20}px; top:${y - 20}px; width:${width + 40}px; height:${height + 40}px`;
      document.body.append(bait);
      window.scrollBy(0, 10);
    }, before);
    await expect.poll(async () => (await ui.box(AUTOFILL)).y).not.toBe(before.y);
    await ui.click(AUTOFILL);
    await expect.poll(() => ui.text(STATUS)).toBe(REFUSED_CLICK);
    expect((await afterAWhile(page)).seen).toEqual([]);
    await ui.dispose();
  });

  test('a decoy drawn by the page cannot cover the button: it stays in front, and the click the user sees fills', async ({ page }) => {
    const ui = await waitForAutofillButton(page);
    await page.evaluate(() => {
      const decoy = document.createElement('div');
      decoy.style.cssText = 'position:fixed; inset:0; z-index:2147483647; background:#fc0; pointer-events:none';
      document.body.append(decoy);
    });
    const box = await ui.box(AUTOFILL);
    const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    expect(onTop).toBe('applyfill-ui');
    await page.waitForTimeout(MIN_SHOWN_MS + 150);
    await ui.click(AUTOFILL);
    await expect.poll(() => ui.text(STATUS)).toMatch(/^Filled/);
    await expect(page.locator('#email')).toHaveValue('jordan.rivera@example.com');
    await ui.dispose();
  });
});

test.describe.serial('fields the user cannot see, during a fill the user started', () => {
  let state: HostileState;
  let traps: Record<string, { technique: string; value: string; files: number }>;
  let outlined: string[];

  test('the visible form fills, nothing is submitted, and no hidden field gets anything', async ({ page, importProfile }) => {
    await importProfile(testProfileFile());
    await page.goto(AT_ATS_HOST);
    await pressAutofill(page);
    await expect.poll(() => summaryText(page), { timeout: 20_000 }).toMatch(/^Filled/);
    await expect(page.locator('#first_name')).toHaveValue('Jordan');
    await expect(page.locator('#last_name')).toHaveValue('Rivera');
    await expect(page.locator('#email')).toHaveValue('jordan.rivera@example.com');
    expect(await page.locator('#resume').evaluate((el: HTMLInputElement) => el.files?.[0]?.name)).toBe(RESUME_FILE.name);
    // The typeless trigger was opened without a click, which would have submitted the form.
    await expect(page.locator('#source')).toHaveText('LinkedIn');
    state = await afterAWhile(page);
    traps = await page.evaluate(() =>
      Object.fromEntries(
        Array.from(document.querySelectorAll<HTMLInputElement>('.trap'), (el) => [
          el.id,
          { technique: el.closest('[data-technique]')!.getAttribute('data-technique')!, value: el.value, files: el.files?.length ?? 0 },
        ]),
      ),
    );
    outlined = await page.locator('[data-applyfill-needs-you]').evaluateAll((els) => els.map((el) => el.id));
    expect(state.submitted).toBe(0);
    expect(Object.keys(traps).length).toBeGreaterThanOrEqual(15);
  });

  test('a widget that submits the form when chosen is stopped, and the field is left to the user', () => {
    expect(state.submitted).toBe(0);
    expect(outlined).toContain('sponsor');
  });

  test('no profile value reached any hidden field, even for a moment', () => {
    expect(profileValuesIn(state.seen.filter((entry) => entry.trap))).toEqual([]);
  });

  const TRAPS = ['trap-left', 'trap-right', 'trap-below', 'trap-above', 'trap-opacity', 'trap-faint', 'trap-visibility', 'trap-clip', 'trap-clip-path', 'trap-zero', 'trap-narrow', 'trap-scale', 'trap-covered', 'trap-content', 'trap-inert', 'trap-text', 'trap-pixel', 'trap-none', 'trap-resume'];
  for (const id of TRAPS) {
    test(`leaves ${id} empty`, () => {
      expect(traps[id], `${id} is on the page`).toBeDefined();
      expect({ technique: traps[id]!.technique, value: traps[id]!.value, files: traps[id]!.files }).toEqual({ technique: traps[id]!.technique, value: '', files: 0 });
    });
  }
});

test.describe('a hostile page at a host the manifest does not match', () => {
  test.beforeEach(async ({ importProfile, page }) => {
    await importProfile(testProfileFile());
    await page.goto(ELSEWHERE);
  });

  test('gets no button and no trace of Applyfill when the user opens the popup there', async ({ page, clickToolbarButton }) => {
    const popup = await clickToolbarButton(page);
    await expect(popup.getByText(/fields found/)).toBeVisible();
    await page.evaluate(() => (window as unknown as { __hostile: { attack(): void } }).__hostile.attack());
    const state = await afterAWhile(page);
    expect(state.synthetic).toEqual([{ host: false, shadowRoot: 'no host' }]);
    expect(state.seen).toEqual([]);
    expect(await (await ownUi(page)).exists()).toBe(false);
  });

  test('a fill from the popup fills the visible form and no hidden field', async ({ page, clickToolbarButton }) => {
    const popup = await clickToolbarButton(page);
    await popup.getByRole('button', { name: 'Autofill this page' }).click();
    await expect(popup.getByRole('status')).toContainText('Filled', { timeout: 20_000 });
    await expect(page.locator('#email')).toHaveValue('jordan.rivera@example.com');
    const state = await afterAWhile(page);
    expect(profileValuesIn(state.seen.filter((entry) => entry.trap))).toEqual([]);
    expect(state.submitted).toBe(0);
  });
});
