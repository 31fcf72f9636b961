import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleBackgroundRequest } from './handlers';

describe('loading the filler into the frame that asks for it', () => {
  afterEach(() => vi.restoreAllMocks());

  const greenhouseFrame = { id: fakeBrowser.runtime.id, url: 'https://job-boards.greenhouse.io/acme/jobs/1', frameId: 3, tab: { id: 7 } };

  it('injects the named ATS’s filler into the sending frame, and no other', async () => {
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    expect(await handleBackgroundRequest({ type: 'content:load-filler', ats: 'greenhouse' }, greenhouseFrame)).toBe(true);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: ['/greenhouse-filler.js'] });
  });

  it('loads the generic filler for an id no adapter has, so no message can name a file', async () => {
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    await handleBackgroundRequest({ type: 'content:load-filler', ats: '../background' }, greenhouseFrame);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: ['/generic-filler.js'] });
  });

  it('answers false where the browser refuses the frame, and never injects for an extension page or a sender without a tab', async () => {
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page'));
    expect(await handleBackgroundRequest({ type: 'content:load-filler', ats: 'greenhouse' }, greenhouseFrame)).toBe(false);
    inject.mockClear();
    expect(await handleBackgroundRequest({ type: 'content:load-filler', ats: 'greenhouse' }, { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') })).toBe(false);
    expect(await handleBackgroundRequest({ type: 'content:load-filler', ats: 'greenhouse' }, { id: fakeBrowser.runtime.id, url: 'https://job-boards.greenhouse.io/x', frameId: 0 })).toBe(false);
    expect(inject).not.toHaveBeenCalled();
  });
});
