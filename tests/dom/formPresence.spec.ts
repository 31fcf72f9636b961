import { expect, test, type Page } from '@playwright/test';
import { loadSnippet, type DomGlobals } from './bundle';

/**
 * Whether a page holds a form, as the content script on every page of an ATS's site tells it
 * before it shows the Autofill button: enabled controls a person sees, counted up to what is
 * enough, through open shadow roots; never buttons, hidden inputs, disabled or invisible
 * controls, nor a site's search box.
 */
async function count(page: Page, markup: string, enough = 10): Promise<number> {
  await loadSnippet(page, markup);
  return page.evaluate((n) => (window as unknown as DomGlobals).ApplyfillDom.shownControlCount(document, n), enough);
}

test('counts the controls a person fills in', async ({ page }) => {
  expect(await count(page, '<form><input id="a"><select><option>x</option></select><textarea></textarea><div role="combobox" tabindex="0"></div><button type="button" aria-haspopup="listbox">Select One</button></form>')).toBe(5);
});

test('leaves out buttons, hidden inputs, disabled and invisible controls, and search boxes', async ({ page }) => {
  const markup = `
    <input type="hidden" name="token"><input type="submit"><input type="button" value="x"><input type="reset"><button>Apply</button>
    <input disabled><input style="display:none"><input style="visibility:hidden"><input style="opacity:0">
    <div hidden><input></div><div style="content-visibility:hidden"><input></div>
    <form role="search"><input type="search"><select><option>Dept</option></select></form>
    <div role="search"><input></div>`;
  expect(await count(page, markup)).toBe(0);
});

test('stops at what is enough, so a long page costs no more than a short one', async ({ page }) => {
  const markup = Array.from({ length: 50 }, (_, i) => `<input id="f${i}">`).join('');
  expect(await count(page, markup, 3)).toBe(3);
});

test('sees controls inside open shadow roots, as web-component forms draw them', async ({ page }) => {
  await loadSnippet(page, '<div id="host"></div>');
  const found = await page.evaluate(() => {
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<label>City <input></label><label>Phone <input type="tel"></label>';
    return (window as unknown as DomGlobals).ApplyfillDom.shownControlCount(document, 10);
  });
  expect(found).toBe(2);
});

test('never counts Applyfill’s own panel', async ({ page }) => {
  await loadSnippet(page, '<applyfill-ui><input><input><input></applyfill-ui><input>');
  expect(await page.evaluate(() => (window as unknown as DomGlobals).ApplyfillDom.shownControlCount(document, 10))).toBe(1);
});
