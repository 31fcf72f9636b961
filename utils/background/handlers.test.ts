import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isFromExtensionPage, mayRequest, senderSite } from './handlers';

describe('who may ask the background for what', () => {
  const origin = 'chrome-extension://abcdefghijklmnop/';

  it.each([
    ['fill:start', true],
    ['fill:plan', true],
    ['site:is-hidden', true],
    ['site:hide', true],
    ['settings:auto-fill-steps', true],
    ['settings:set-auto-fill-steps', true],
    ['profile:import', false],
    ['tab:autofill', false],
    ['tab:scan', false],
    ['site:show', false],
    ['site:hidden-list', false],
  ] as const)('a content script may send %s: %s', (type, allowed) => {
    expect(mayRequest(type, false)).toBe(allowed);
    expect(mayRequest(type, true)).toBe(true);
  });

  it('tells the popup and options pages from frames of web pages', () => {
    const id = fakeBrowser.runtime.id;
    expect(isFromExtensionPage({ id, url: `${origin}options.html` }, origin)).toBe(true);
    expect(isFromExtensionPage({ id, url: 'https://boards.greenhouse.io/acme/jobs/123' }, origin)).toBe(false);
    expect(isFromExtensionPage({ id: 'another-extension', url: `${origin}options.html` }, origin)).toBe(false);
    expect(isFromExtensionPage({ id }, origin)).toBe(false);
  });

  it('takes the site a message is about from the browser, never from the message', () => {
    // An embed on a company's career page: the tab's site, when the browser shows it.
    expect(senderSite({ url: 'https://boards.greenhouse.io/embed/job_app?for=acme', tab: { url: 'https://careers.acme.com/jobs/1' } })).toBe('careers.acme.com');
    // Without the tab's address (no host permission for it), the frame's own site.
    expect(senderSite({ url: 'https://boards.greenhouse.io/embed/job_app?for=acme', tab: {} })).toBe('boards.greenhouse.io');
    expect(senderSite({})).toBeUndefined();
  });
});
