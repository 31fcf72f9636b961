import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { field, labelled } from '../core/testing';
import type { DocumentOffer, FillStart, PlanReply } from '../messages';
import { emptyProfile, type Profile } from '../profile/schema';
import { ProfileStore } from '../profile/store';
import { fullProfile } from '../profile/testFixtures';
import { chooseFor, EMPTY_PROFILE, handleBackgroundRequest, isFromExtensionPage, lessonsFor, mayRequest, saveLearnedAnswers, senderSite } from './handlers';

describe('who may ask the background for what', () => {
  const origin = 'chrome-extension://abcdefghijklmnop/';

  it.each([
    ['fill:start', true],
    ['fill:plan', true],
    ['content:load-filler', true],
    ['site:is-hidden', true],
    ['site:hide', true],
    ['settings:auto-fill-steps', true],
    ['settings:set-auto-fill-steps', true],
    ['log:record', true],
    ['answers:save', true],
    ['documents:offer', true],
    ['documents:choose', true],
    ['store:written', false],
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

describe('the profile a fill reads', () => {
  const optionsPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };

  it('is the one the options page saved last, at the very next fill, though the background kept the one before', async () => {
    // The options page's own connection to the database, as another page of the extension has,
    // telling the background of each write before it resolves (components/shared/store.ts).
    const options = new ProfileStore(undefined, () => handleBackgroundRequest({ type: 'store:written' }, optionsPage));
    const frame = { id: fakeBrowser.runtime.id, url: 'https://job-boards.greenhouse.io/acme/jobs/1', frameId: 0, tab: { id: 9 } };
    const start = async () => (await handleBackgroundRequest({ type: 'fill:start', ats: 'greenhouse', company: 'Acme' }, frame)) as FillStart;
    const plan = async () => {
      const fields = [field({ ref: 'r', control: 'file', labels: ['Resume/CV'] }), labelled('Summary', { ref: 's', control: 'textarea' })];
      const reply = (await handleBackgroundRequest({ type: 'fill:plan', ats: 'greenhouse', fields, today: '2026-12-06', company: 'Acme' }, frame)) as PlanReply;
      if (!reply.ok) throw new Error(reply.error);
      return reply;
    };
    const full = fullProfile();
    await options.saveProfile({ ...full, work: [] });
    expect(await start()).toEqual({ ok: true, setup: { schools: full.education.length, jobs: 0 } });
    expect(await start()).toEqual({ ok: true, setup: { schools: full.education.length, jobs: 0 } });

    await options.saveProfile(full);
    expect(await start()).toEqual({ ok: true, setup: { schools: full.education.length, jobs: full.work.length } });

    for (const document of await options.getDocuments()) await options.removeDocument(document.id);
    await start();
    expect((await plan()).documents).toEqual([]);
    const resume = await options.addDocument('resume', { name: 'cv.pdf', type: 'application/pdf', blob: new Blob(['cv']) }, 'CV');
    await start();
    expect((await plan()).documents).toEqual([{ role: 'resume', name: 'cv.pdf', type: 'application/pdf', size: 2, base64: btoa('cv') }]);
    await options.updateDocument(resume.id, { summary: 'Edited in the options page.' });
    await start();
    expect((await plan()).actions).toContainEqual(expect.objectContaining({ ref: 's', op: 'text', value: 'Edited in the options page.' }));

    await options.saveProfile(emptyProfile());
    await options.removeDocument(resume.id);
    expect(await start()).toEqual({ ok: false, error: EMPTY_PROFILE });
    await options.close();
  });

  it('plans the fields sent with the start in its reply, from a classification made ahead only for the same profile and fields', async () => {
    const options = new ProfileStore(undefined, () => handleBackgroundRequest({ type: 'store:written' }, optionsPage));
    const frame = { id: fakeBrowser.runtime.id, url: 'https://job-boards.greenhouse.io/acme/jobs/2', frameId: 0, tab: { id: 11 } };
    const fields = [labelled('First name', { ref: 'f' }), labelled('What draws you to this team?', { ref: 'w', control: 'textarea' })];
    const classifyAhead = (sent = fields) => handleBackgroundRequest({ type: 'fill:classify', ats: 'generic', fields: sent, company: 'Acme' }, frame);
    const startWith = async (sent = fields) => {
      const reply = (await handleBackgroundRequest({ type: 'fill:start', ats: 'generic', company: 'Acme', fields: sent, today: '2026-12-06' }, frame)) as FillStart;
      if (!reply.ok || !reply.plan?.ok) throw new Error('no plan in the start');
      return reply.plan.actions;
    };
    const answer = { question: 'What draws you to this team?', answer: 'The reliability work.' };
    await options.saveProfile({ ...fullProfile(), answers: [] });

    // Classified ahead, the reply says nothing of the profile.
    expect(await classifyAhead()).toBe(true);
    // The user saves an answer before pressing: the classification made ahead is for an older
    // profile (which the background no longer keeps: the panel's offer read the new one).
    await options.saveProfile({ ...fullProfile(), answers: [answer] });
    await handleBackgroundRequest({ type: 'documents:offer', company: 'Acme' }, frame);
    expect(await startWith()).toContainEqual(expect.objectContaining({ ref: 'w', op: 'text', value: 'The reliability work.' }));

    await classifyAhead();
    const planned = await startWith();
    expect(planned).toContainEqual(expect.objectContaining({ ref: 'f', op: 'text', value: fullProfile().personal.firstName }));
    expect(planned).toContainEqual(expect.objectContaining({ ref: 'w', op: 'text', value: 'The reliability work.' }));

    // The page changed between the classification and the press: the fields sent now are planned.
    await classifyAhead(fields.slice(0, 1));
    expect((await startWith()).map((action) => action.ref)).toEqual(['f', 'w']);
    await options.close();
  });
});

describe('choosing among the options a widget shows, in the extension', () => {
  const options = [
    { value: 'a', label: 'Please select' },
    { value: 'b', label: 'Yes, I am authorized' },
    { value: 'c', label: 'No, I am not' },
  ];

  it('answers the index of the option that means the answer', () => {
    expect(chooseFor({ type: 'fill:choose', options, choice: { accept: ['Yes'], meaning: { type: 'yesNo', value: false } } })).toBe(2);
    expect(chooseFor({ type: 'fill:choose', options, choice: { accept: ['Yes, I am authorized'] } })).toBe(1);
  });

  it('answers -1 when nothing means it, or the request is not a list of options', () => {
    expect(chooseFor({ type: 'fill:choose', options, choice: { accept: ['Maybe'] } })).toBe(-1);
    expect(chooseFor({ type: 'fill:choose', options: 'Yes' as never, choice: { accept: ['Yes'] } })).toBe(-1);
    expect(chooseFor({ type: 'fill:choose', options: Array.from({ length: 6000 }, (_, i) => ({ value: String(i), label: 'Yes' })), choice: { accept: ['Yes'] } })).toBe(-1);
  });

  it('is one of the few requests a content script may make', () => {
    expect(mayRequest('fill:choose', false)).toBe(true);
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

describe('what answers typed by hand can teach, decided in the extension', () => {
  const typed = (labels: string[], currentValue: string, extra: object = {}) => ({ ref: labels[0]!, control: 'text' as const, labels, currentValue, ...extra });

  it('offers a question no profile field holds, and never a secret or a profile field', () => {
    const offers = lessonsFor({
      type: 'answers:lessons',
      ats: 'generic',
      fields: [
        typed(['Do you have experience with Kubernetes?'], 'Yes, four years'),
        typed(['Date of birth'], '1990-04-02'),
        typed(['First name'], 'Jordan'),
      ],
    });
    expect(offers.map((offer) => offer.question)).toEqual(['Do you have experience with Kubernetes?']);
    expect(offers[0]).toMatchObject({ shown: 'Yes, four years', lesson: { to: 'answers' } });
  });

  it('answers nothing for a request that is not a list of fields', () => {
    expect(lessonsFor({ type: 'answers:lessons', ats: 'generic', fields: 'x' as never })).toEqual([]);
    expect(mayRequest('answers:lessons', false)).toBe(true);
  });
});
