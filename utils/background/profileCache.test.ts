import { describe, expect, it } from 'vitest';
import { fullProfile } from '../profile/testFixtures';
import { ProfileStore } from '../profile/store';
import { KEPT_TRUST_MS, ProfileCache } from './profileCache';

describe('ProfileCache', () => {
  function setup(dbName: string) {
    const background = new ProfileStore(dbName);
    let snapshots = 0;
    let choices = 0;
    let revisions = 0;
    let clock = 0;
    const cache = new ProfileCache({
      getRevision: () => {
        revisions++;
        return background.getRevision();
      },
      getSnapshot: () => {
        snapshots++;
        return background.getSnapshot();
      },
      getDocumentChoice: (site, company) => {
        choices++;
        return background.getDocumentChoice(site, company);
      },
    }, () => clock);
    // Another page's connection: its writes reach the background through the database alone.
    const options = new ProfileStore(dbName);
    // One that tells the background of each write, as the extension's pages do.
    const telling = new ProfileStore(dbName, () => cache.forget());
    return { cache, options, telling, snapshots: () => snapshots, choices: () => choices, revisions: () => revisions, advance: (ms: number) => (clock += ms), close: () => Promise.all([background.close(), options.close(), telling.close()]) };
  }

  it('reads the profile and documents once while nothing is written', async () => {
    const { cache, options, snapshots, close } = setup('cache-hit');
    await options.saveProfile(fullProfile());
    await cache.read();
    const again = await cache.read();
    expect(snapshots()).toBe(1);
    expect(again.profile.personal.firstName).toBe('Jordan');
    await close();
  });

  it('reads again after any write from any page, before anything could announce it', async () => {
    const { cache, options, snapshots, close } = setup('cache-edit');
    await options.saveProfile(fullProfile());
    await cache.read();
    await options.saveProfile({ ...fullProfile(), personal: { ...fullProfile().personal, firstName: 'Jo' } });
    expect((await cache.read()).profile.personal.firstName).toBe('Jo');
    const { id } = await options.addDocument('resume', { name: 'cv.pdf', type: 'application/pdf', blob: new Blob(['cv']) });
    expect((await cache.read()).documents.map((document) => document.name)).toEqual(['cv.pdf']);
    await options.updateDocument(id, { headline: 'Data engineer' });
    expect((await cache.read()).documents[0]?.headline).toBe('Data engineer');
    await options.chooseDocument('acme.example', 'Acme', id);
    await cache.read();
    expect(snapshots()).toBe(5);
    await close();
  });

  it('keeps each company\'s document choice until the next write, which it sees at once', async () => {
    const { cache, options, choices, close } = setup('cache-choice');
    await options.saveProfile(fullProfile());
    const first = await options.addDocument('resume', { name: 'cv.pdf', type: 'application/pdf', blob: new Blob(['cv']) });
    const second = await options.addDocument('resume', { name: 'cv-data.pdf', type: 'application/pdf', blob: new Blob(['data']) });
    expect((await cache.readFor('acme.example', 'Acme')).choice).toEqual({});
    await cache.readFor('acme.example', 'Acme');
    expect(choices()).toBe(1);
    await options.chooseDocument('acme.example', 'Acme', second.id);
    expect((await cache.readFor('acme.example', 'Acme')).choice).toEqual({ resume: second.id });
    // Another company's choice is its own.
    expect((await cache.readFor('acme.example', 'Globex')).choice).toEqual({});
    await options.chooseDocument('acme.example', 'Acme', first.id);
    expect((await cache.readFor('acme.example', 'Acme')).choice).toEqual({ resume: first.id });
    expect(choices()).toBe(4);
    await close();
  });

  it('serves a fill what it kept without asking the store, until a write is told or a minute has passed', async () => {
    const { cache, telling, revisions, advance, close } = setup('cache-kept');
    await telling.saveProfile(fullProfile());
    expect(await cache.readKept('acme.example', 'Acme')).toBeUndefined();
    await cache.readFor('acme.example', 'Acme');
    const asked = revisions();
    expect((await cache.readKept('acme.example', 'Acme'))?.snapshot.profile.personal.firstName).toBe('Jordan');
    expect(revisions()).toBe(asked);
    // Another company's choice was never read: the store is asked.
    expect(await cache.readKept('acme.example', 'Globex')).toBeUndefined();

    await telling.saveProfile({ ...fullProfile(), personal: { ...fullProfile().personal, firstName: 'Jo' } });
    expect(await cache.readKept('acme.example', 'Acme')).toBeUndefined();
    expect((await cache.readFor('acme.example', 'Acme')).snapshot.profile.personal.firstName).toBe('Jo');
    expect((await cache.readKept('acme.example', 'Acme'))?.snapshot.profile.personal.firstName).toBe('Jo');

    advance(KEPT_TRUST_MS);
    expect(await cache.readKept('acme.example', 'Acme')).toBeUndefined();
    // Confirmed again by the store, it serves again.
    await cache.readFor('acme.example', 'Acme');
    expect(await cache.readKept('acme.example', 'Acme')).toBeDefined();
    await close();
  });

  it('keeps a profile no fill can change for the next one', async () => {
    const { cache, options, close } = setup('cache-frozen');
    await options.saveProfile(fullProfile());
    const { profile } = await cache.read();
    expect(() => profile.work.push(profile.work[0]!)).toThrow(TypeError);
    expect(() => {
      profile.personal.firstName = 'Changed';
    }).toThrow(TypeError);
    await close();
  });
});
