import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { field, labelled } from '../core/testing';
import type { DocumentOffer, PlanReply } from '../messages';
import { ProfileStore } from '../profile/store';
import { fullProfile } from '../profile/testFixtures';
import { handleBackgroundRequest, isFromExtensionPage, mayRequest, senderSite } from './handlers';

describe('who may ask the background for what', () => {
  const origin = 'chrome-extension://abcdefghijklmnop/';

  it.each([
    ['fill:start', true],
    ['fill:plan', true],
    ['site:is-hidden', true],
    ['site:hide', true],
    ['settings:auto-fill-steps', true],
    ['settings:set-auto-fill-steps', true],
    ['log:record', true],
    ['documents:offer', true],
    ['documents:choose', true],
    ['tab:documents', false],
    ['tab:choose-document', false],
    ['profile:import', false],
    ['tab:autofill', false],
    ['tab:scan', false],
    ['site:show', false],
    ['site:hidden-list', false],
    ['log:list', false],
    ['log:delete', false],
    ['log:enabled', false],
    ['log:set-enabled', false],
    ['log:export-csv', false],
    ['log:import', false],
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

  it('logs an application at the site and address the browser reports for the sender, never the ones a message names', async () => {
    const extensionPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
    const frame = { id: fakeBrowser.runtime.id, url: 'https://boards.greenhouse.io/embed/job_app?for=acme&token=123', tab: { url: 'https://careers.acme-robotics.com/jobs/123' } };
    const application = { company: 'Acme Robotics', title: 'Senior Backend Engineer', ats: 'greenhouse', filled: 30, left: 2, step: '', site: 'evil.example', url: 'https://evil.example/' };
    await handleBackgroundRequest({ type: 'log:record', application }, frame);
    // An extension page fills no application: its own request is not logged.
    await handleBackgroundRequest({ type: 'log:record', application }, extensionPage);
    // Nor does a web page's frame get the log back.
    expect(handleBackgroundRequest({ type: 'log:list' }, frame)).toBeUndefined();

    const entries = (await handleBackgroundRequest({ type: 'log:list' }, extensionPage)) as { site: string; url: string; company: string }[];
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ site: 'careers.acme-robotics.com', url: 'https://careers.acme-robotics.com/jobs/123', company: 'Acme Robotics' });
  });

  it('offers the documents by name to the frame that asks, remembers its pick for the company, and plans with that file only', async () => {
    const store = new ProfileStore();
    await store.saveProfile(fullProfile());
    const file = (text: string) => ({ name: `${text}.pdf`, type: 'application/pdf', blob: new Blob([text]) });
    const backend = await store.addDocument('resume', file('backend'), 'Backend');
    const data = await store.addDocument('resume', file('data'), 'Data');
    await store.updateDocument(data.id, { summary: 'Pipelines at scale.' });
    await store.addDocument('coverLetter', file('letter'), 'Letter');
    const frame = { id: fakeBrowser.runtime.id, url: 'https://job-boards.greenhouse.io/acme/jobs/4567', frameId: 0, tab: { id: 7 } };
    const extensionPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    const resumes = (offers: DocumentOffer[]) => offers.find((offer) => offer.role === 'resume');

    const offered = (await handleBackgroundRequest({ type: 'documents:offer', company: 'Acme Robotics' }, frame)) as DocumentOffer[];
    expect(resumes(offered)).toEqual({ role: 'resume', documents: [{ id: backend.id, label: 'Backend' }, { id: data.id, label: 'Data' }], chosen: backend.id });
    // An extension page names no application: the popup asks through the tab's content script.
    expect(await handleBackgroundRequest({ type: 'documents:choose', company: 'Acme Robotics', id: data.id }, extensionPage)).toEqual([]);
    const chosen = (await handleBackgroundRequest({ type: 'documents:choose', company: 'Acme Robotics', id: data.id }, frame)) as DocumentOffer[];
    expect(resumes(chosen)?.chosen).toBe(data.id);
    // The company as the page names it, in any case.
    expect(resumes((await handleBackgroundRequest({ type: 'documents:offer', company: 'ACME ROBOTICS' }, frame)) as DocumentOffer[])?.chosen).toBe(data.id);
    expect(resumes((await handleBackgroundRequest({ type: 'documents:offer', company: 'Initech' }, frame)) as DocumentOffer[])?.chosen).toBe(backend.id);

    await handleBackgroundRequest({ type: 'fill:start', ats: 'generic', company: 'Acme Robotics' }, frame);
    const fields = [field({ ref: 'r', control: 'file', labels: ['Resume/CV'] }), labelled('Summary', { ref: 's', control: 'textarea' })];
    const reply = (await handleBackgroundRequest({ type: 'fill:plan', ats: 'generic', fields, today: '2026-12-06', company: 'Acme Robotics' }, frame)) as PlanReply;
    if (!reply.ok) throw new Error(reply.error);
    // The chosen file alone, without its name in Applyfill; the cover letter has no field here.
    expect(reply.documents).toEqual([{ role: 'resume', name: 'data.pdf', type: 'application/pdf', size: 4, base64: btoa('data') }]);
    expect(reply.documentLabels).toEqual({ resume: 'Data' });
    expect(reply.actions).toContainEqual(expect.objectContaining({ ref: 's', op: 'text', value: 'Pipelines at scale.' }));
    await store.close();
  });
});
