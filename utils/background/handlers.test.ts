import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyProfile, type Profile } from '../profile/schema';
import { handleBackgroundRequest, isFromExtensionPage, mayRequest, saveLearnedAnswers, senderSite } from './handlers';

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
    ['answers:save', true],
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
});

describe('answers a page offers for saving', () => {
  async function save(message: unknown, start: Profile = emptyProfile()) {
    let profile = start;
    const reply = await saveLearnedAnswers(message, async (change) => {
      profile = change(profile);
    });
    return { reply, profile };
  }

  it('keeps confirmed answers, replacing one to the same question, and EEO answers in the EEO section', async () => {
    const start = { ...emptyProfile(), answers: [{ question: 'Are you 18 or older?', control: 'yesNo' as const, answer: 'No' }] };
    const { reply, profile } = await save(
      {
        type: 'answers:save',
        answers: [
          { question: 'Are you at least 18 years of age?', control: 'yesNo', answer: 'Yes', option: 'Yes' },
          { question: 'Why us?', control: 'textarea', answer: 'The mission.' },
        ],
        eeo: { gender: 'female' },
      },
      start,
    );
    expect(reply).toEqual({ ok: true, saved: 3 });
    expect(profile.answers).toEqual([
      { question: 'Are you at least 18 years of age?', control: 'yesNo', answer: 'Yes', option: 'Yes' },
      { question: 'Why us?', control: 'textarea', answer: 'The mission.' },
    ]);
    expect(profile.application.eeo).toEqual({ gender: 'female' });
  });

  it('drops secrets a page slipped in, whatever the page claims', async () => {
    const { reply, profile } = await save({
      type: 'answers:save',
      answers: [
        { question: 'Date of birth', control: 'text', answer: '1990-01-02' },
        { question: 'Anything else?', control: 'text', answer: '123-45-6789' },
      ],
      eeo: {},
    });
    expect(reply).toEqual({ ok: true, saved: 0 });
    expect(profile.answers).toEqual([]);
  });

  it.each([
    ['no list', { eeo: {} }],
    ['too many answers', { answers: Array.from({ length: 21 }, (_, i) => ({ question: `Q${i}`, control: 'text', answer: 'a' })), eeo: {} }],
    ['an unknown control', { answers: [{ question: 'Q', control: 'slider', answer: 'a' }], eeo: {} }],
    ['an EEO key that does not exist', { answers: [], eeo: { religion: 'x' } }],
    ['an EEO value that does not exist', { answers: [], eeo: { gender: 'robot' } }],
  ])('refuses %s and changes nothing', async (_title, message) => {
    const { reply, profile } = await save({ type: 'answers:save', ...message });
    expect(reply).toMatchObject({ ok: false });
    expect(profile).toEqual(emptyProfile());
  });
});
