import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bytesToBase64 } from './documents';
import { ProfileValidationError } from './errors';
import { toRecord } from './migrations';
import { emptyProfile, MAX_DOCUMENT_BYTES, PROFILE_SCHEMA_VERSION, ProfileSchema, type Profile } from './schema';
import { chosenDocuments } from './documents';
import { PROFILE_DB_NAME, ProfileStore, type ProfileChange } from './store';
import { fullProfile, MALFORMED_FILES, sampleBytes, sampleDocuments } from './testFixtures';

const stores: ProfileStore[] = [];

function newStore(dbName = `test-${crypto.randomUUID()}`): ProfileStore {
  const store = new ProfileStore(dbName);
  stores.push(store);
  return store;
}

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(stores.splice(0).map((store) => store.close()));
});

async function bytesOf(blob: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
}

/** A store holding the full profile and both sample documents. */
async function filledStore(): Promise<ProfileStore> {
  const store = newStore();
  await store.saveProfile(fullProfile());
  for (const document of sampleDocuments()) {
    const blob = new Blob([Buffer.from(document.base64, 'base64')], { type: document.type });
    await store.putDocument(document.role, { name: document.name, type: document.type, blob });
  }
  return store;
}

/** Everything the store holds, in a form toEqual compares byte for byte. */
async function snapshot(store: ProfileStore) {
  const documents = await store.getDocuments();
  return {
    hasProfile: await store.hasProfile(),
    profile: await store.getProfile(),
    documents: await Promise.all(
      documents.map(async ({ role, name, type, size, blob }) => ({ role, name, type, size, bytes: await bytesOf(blob) })),
    ),
    canUndoImport: await store.canUndoImport(),
  };
}

function otherProfile(): Profile {
  return ProfileSchema.parse({ personal: { firstName: 'Sam', lastName: 'Lee', email: 'sam@example.com' }, skills: ['Go'] });
}

describe('ProfileStore', () => {
  it('starts with the empty profile and no documents', async () => {
    const store = newStore();
    expect(await store.hasProfile()).toBe(false);
    expect(await store.getProfile()).toEqual(emptyProfile());
    expect(await store.getDocuments()).toEqual([]);
    expect(await store.getDocument('resume')).toBeUndefined();
    expect(await store.canUndoImport()).toBe(false);
  });

  it('saves and reads back a profile', async () => {
    const store = newStore();
    expect(await store.saveProfile(fullProfile())).toEqual(fullProfile());
    expect(await store.hasProfile()).toBe(true);
    expect(await store.getProfile()).toEqual(fullProfile());
  });

  it('refuses an invalid profile, saying where, and keeps the saved one', async () => {
    const store = await filledStore();
    const before = await snapshot(store);
    const invalid = { ...fullProfile(), application: { ...fullProfile().application, eeo: { veteran: 'maybe' } } };
    await expect(store.saveProfile(invalid as never)).rejects.toThrow(
      'application.eeo.veteran: expected one of protected, not-protected, decline',
    );
    expect(await snapshot(store)).toEqual(before);
  });

  it('reads a profile stored by an earlier version', async () => {
    const store = newStore();
    const db = await openDB(store.dbName, 1, {
      upgrade(database) {
        database.createObjectStore('profile');
        database.createObjectStore('documents', { keyPath: 'role' });
        database.createObjectStore('backup');
      },
    });
    await db.put('profile', { version: 0, profile: { name: 'Jordan Rivera', skills: 'Go, SQL' } }, 'current');
    db.close();
    expect(await store.getProfile()).toEqual(
      ProfileSchema.parse({ personal: { firstName: 'Jordan', lastName: 'Rivera' }, skills: ['Go', 'SQL'] }),
    );
  });

  describe('revision', () => {
    it('changes with every write, from any connection, and not with a read; a snapshot carries the one it was read at', async () => {
      const dbName = `test-${crypto.randomUUID()}`;
      const background = newStore(dbName);
      const options = newStore(dbName);
      expect(await background.getRevision()).toBeUndefined();
      const seen = new Set<string | undefined>([undefined]);
      const changes: (() => Promise<unknown>)[] = [
        () => options.saveProfile(fullProfile()),
        () => options.updateProfile((profile) => ({ profile: { ...profile, personal: { ...profile.personal, firstName: 'Jo' } } })),
        () => options.addDocument('resume', { name: 'cv.pdf', type: 'application/pdf', blob: new Blob(['cv']) }),
        () => options.chooseDocument('acme.example', 'Acme', 'missing').catch(() => undefined),
        async () => options.chooseDocument('acme.example', 'Acme', (await options.getDocuments())[0]!.id),
        async () => options.removeDocument((await options.getDocuments())[0]!.id),
        () => options.importFile(JSON.stringify({ basics: { name: 'Ada Lovelace' } })),
        () => options.undoImport(),
      ];
      for (const change of changes) {
        const before = await background.getRevision();
        await change();
        const after = await background.getRevision();
        // A write that failed (no such document) wrote nothing, its revision included.
        if (change === changes[3]) expect(after).toBe(before);
        else expect(seen.has(after)).toBe(false);
        seen.add(after);
        await background.getProfile();
        await background.getSnapshot();
        expect(await background.getRevision()).toBe(after);
      }
      const snapshot = await background.getSnapshot();
      expect(snapshot.revision).toBe(await options.getRevision());
      expect(snapshot.profile).toEqual(await options.getProfile());
      expect(snapshot.documents).toEqual(await options.getDocuments());
    });

    it('opens a database of the second version, and writes to it', async () => {
      const dbName = `test-${crypto.randomUUID()}`;
      const old = await openDB(dbName, 2, {
        upgrade(db) {
          db.createObjectStore('profile');
          db.createObjectStore('backup');
          db.createObjectStore('documentChoices');
          db.createObjectStore('documents', { keyPath: 'id' });
        },
      });
      await old.put('profile', toRecord(fullProfile()), 'current');
      old.close();

      const store = newStore(dbName);
      expect(await store.getProfile()).toEqual(fullProfile());
      expect(await store.getRevision()).toBeUndefined();
      await store.saveProfile({ ...fullProfile(), personal: { ...fullProfile().personal, firstName: 'Jo' } });
      expect((await store.getSnapshot()).profile.personal.firstName).toBe('Jo');
      expect(await store.getRevision()).toEqual(expect.any(String));
    });
  });

  describe('updateProfile', () => {
    const withCity = (profile: Profile, city: string): Profile => ({
      ...profile,
      personal: { ...profile.personal, address: { ...profile.personal.address, city } },
    });
    const withPhone = (profile: Profile, phone: string): Profile => ({ ...profile, personal: { ...profile.personal, phone } });

    it("loses neither of two pages' changes made at the same time", async () => {
      const dbName = `test-${crypto.randomUUID()}`;
      const [popup, options] = [newStore(dbName), newStore(dbName)];
      await popup.saveProfile(fullProfile());
      await Promise.all([
        popup.updateProfile((stored) => ({ profile: withCity(stored, 'Boston') })),
        options.updateProfile((stored) => ({ profile: withPhone(stored, '555 010 9999') })),
      ]);
      expect(await popup.getProfile()).toEqual(withPhone(withCity(fullProfile(), 'Boston'), '555 010 9999'));
    });

    it('gives back what the change returned, and whether it was written', async () => {
      const store = newStore();
      await store.saveProfile(fullProfile());
      const result = await store.updateProfile((stored) => ({ profile: withCity(stored, 'Boston'), read: stored.personal.address.city }));
      expect(result).toEqual({ profile: withCity(fullProfile(), 'Boston'), read: 'Austin', written: true });
    });

    it('writes and announces nothing for no profile or the stored one', async () => {
      const store = await filledStore();
      const listener = vi.fn();
      const unsubscribe = store.onChange(listener);
      expect(await store.updateProfile(() => ({ profile: undefined }))).toEqual({ profile: undefined, written: false });
      expect(await store.updateProfile((stored) => ({ profile: structuredClone(stored) }))).toMatchObject({ written: false });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(listener).not.toHaveBeenCalled();
      unsubscribe();
    });

    it('refuses an invalid profile, saying where, and keeps the saved one', async () => {
      const store = await filledStore();
      const before = await snapshot(store);
      await expect(
        store.updateProfile((stored) => ({ profile: { ...stored, personal: { ...stored.personal, email: 'nope' } } })),
      ).rejects.toThrow('personal.email: expected an email address');
      expect(await snapshot(store)).toEqual(before);
    });
  });

  describe('documents', () => {
    it('keeps a file byte for byte, under the type its extension implies', async () => {
      const store = newStore();
      const bytes = sampleBytes(50_000);
      const stored = await store.putDocument('resume', { name: 'cv.docx', type: '', blob: new Blob([bytes]) });
      expect(stored).toMatchObject({
        role: 'resume',
        name: 'cv.docx',
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        size: 50_000,
      });
      const read = await store.getDocument('resume');
      expect(read?.blob.type).toBe(stored.type);
      expect(await bytesOf(read!.blob)).toBe(bytesToBase64(bytes));
    });

    it('keeps a file of exactly 10 MB', async () => {
      const store = newStore();
      const bytes = sampleBytes(MAX_DOCUMENT_BYTES);
      await store.putDocument('resume', { name: 'big.pdf', type: 'application/pdf', blob: new Blob([bytes]) });
      expect(await bytesOf((await store.getDocument('resume'))!.blob)).toBe(bytesToBase64(bytes));
      // Room for a loaded machine: fake-indexeddb copies the 10 MB at every step.
    }, 20_000);

    it('refuses a larger file or another type, saying why, and keeps the previous one', async () => {
      const store = await filledStore();
      const before = await snapshot(store);
      await expect(
        store.putDocument('resume', { name: 'resume.pdf', type: 'application/pdf', blob: new Blob([new Uint8Array(12.3 * 1024 * 1024)]) }),
      ).rejects.toThrow('resume.pdf is 12.3 MB; the limit is 10 MB');
      await expect(
        store.putDocument('resume', { name: 'Jordan.png', type: 'image/png', blob: new Blob([sampleBytes(10)]) }),
      ).rejects.toThrow('Jordan.png is not a PDF, DOC, DOCX, TXT or RTF file');
      await expect(
        store.putDocument('photo' as never, { name: 'a.pdf', type: '', blob: new Blob([sampleBytes(10)]) }),
      ).rejects.toThrow('role: expected one of resume, coverLetter');
      expect(await snapshot(store)).toEqual(before);
    });

    it('replaces a document of the same role, and removes one', async () => {
      const store = await filledStore();
      await store.putDocument('resume', { name: 'new.txt', type: 'text/plain', blob: new Blob(['hello']) });
      expect((await store.getDocuments()).map(({ role, name }) => [role, name])).toEqual([
        ['resume', 'new.txt'],
        ['coverLetter', 'Cover letter.docx'],
      ]);
      await store.removeDocument((await store.getDocument('coverLetter'))!.id);
      expect((await store.getDocuments()).map(({ name }) => name)).toEqual(['new.txt']);
    });
  });

  describe('several documents', () => {
    const file = (name: string, text: string) => ({ name, type: 'application/pdf', blob: new Blob([text]) });
    const listed = async (store: ProfileStore) =>
      (await store.getDocuments()).map(({ role, label, isDefault, name }) => `${role} ${label}${isDefault ? ' (default)' : ''} ${name}`);

    it('keeps several per role, named, the first the default; renames, reorders, moves the default and removes', async () => {
      const store = newStore();
      const backend = await store.addDocument('resume', file('cv-backend.pdf', 'backend'), 'Backend');
      const data = await store.addDocument('resume', file('cv-data.pdf', 'data'));
      await store.addDocument('coverLetter', file('letter.pdf', 'letter'));
      expect(await listed(store)).toEqual([
        'resume Backend (default) cv-backend.pdf',
        'resume cv-data cv-data.pdf',
        'coverLetter letter (default) letter.pdf',
      ]);
      await store.updateDocument(data.id, { label: ' Data ', headline: 'Data engineer', summary: 'Pipelines at scale.' });
      await expect(store.updateDocument(data.id, { label: 'backend' })).rejects.toThrow('There is already a resume named "backend"');
      await expect(store.addDocument('resume', file('other.pdf', 'x'), 'DATA')).rejects.toThrow('There is already a resume named "DATA"');
      await expect(store.updateDocument(data.id, { label: '  ' })).rejects.toThrow('A document needs a name');
      await store.moveDocument(data.id, -1);
      await store.setDefaultDocument(data.id);
      expect(await listed(store)).toEqual(['resume Data (default) cv-data.pdf', 'resume Backend cv-backend.pdf', 'coverLetter letter (default) letter.pdf']);
      expect(await store.getDocument('resume')).toMatchObject({ label: 'Data', headline: 'Data engineer', summary: 'Pipelines at scale.' });
      // A new file keeps the document's name, place and default mark.
      await store.replaceDocument(data.id, file('cv-data-2.pdf', 'data, again'));
      expect(await listed(store)).toEqual(['resume Data (default) cv-data-2.pdf', 'resume Backend cv-backend.pdf', 'coverLetter letter (default) letter.pdf']);
      expect(await bytesOf((await store.getDocument('resume'))!.blob)).toBe(bytesToBase64(new TextEncoder().encode('data, again')));
      await store.removeDocument(data.id);
      expect(await listed(store)).toEqual(['resume Backend (default) cv-backend.pdf', 'coverLetter letter (default) letter.pdf']);
      expect((await store.getDocument('resume'))!.id).toBe(backend.id);
    });

    it('refuses a file too large or of an unsupported type, and more than ten of a kind, keeping what it holds', async () => {
      const store = newStore();
      const kept = await store.addDocument('resume', file('a.pdf', 'a'), 'A');
      await expect(store.addDocument('resume', { name: 'big.pdf', type: 'application/pdf', blob: new Blob([new Uint8Array(MAX_DOCUMENT_BYTES + 1)]) })).rejects.toThrow(
        'big.pdf is 10.1 MB; the limit is 10 MB',
      );
      await expect(store.replaceDocument(kept.id, { name: 'photo.png', type: 'image/png', blob: new Blob(['png']) })).rejects.toThrow(
        'photo.png is not a PDF, DOC, DOCX, TXT or RTF file',
      );
      for (const n of [2, 3, 4, 5, 6, 7, 8, 9, 10]) await store.addDocument('resume', file(`${n}.pdf`, String(n)));
      await expect(store.addDocument('resume', file('11.pdf', '11'))).rejects.toThrow('Applyfill keeps at most 10 documents of each kind');
      expect((await store.getDocuments()).map(({ name }) => name)).toEqual(['a.pdf', ...[2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => `${n}.pdf`)]);
    });

    it('remembers the document chosen per site and company, the company named in any case or spacing', async () => {
      const store = newStore();
      const backend = await store.addDocument('resume', file('b.pdf', 'b'), 'Backend');
      const data = await store.addDocument('resume', file('d.pdf', 'd'), 'Data');
      const documents = await store.getDocuments();
      expect(await store.getDocumentChoice('boards.greenhouse.io', 'Acme Robotics')).toEqual({});
      expect(chosenDocuments(documents, {}).map(({ id }) => id)).toEqual([backend.id]);
      await store.chooseDocument('boards.greenhouse.io', 'Acme Robotics', data.id);
      const choice = await store.getDocumentChoice('boards.greenhouse.io', ' acme  robotics ');
      expect(choice).toEqual({ resume: data.id });
      expect(chosenDocuments(documents, choice).map(({ id }) => id)).toEqual([data.id]);
      // Another company, or the same name on another site, keeps the default.
      expect(await store.getDocumentChoice('boards.greenhouse.io', 'Initech')).toEqual({});
      expect(await store.getDocumentChoice('job-boards.greenhouse.io', 'Acme Robotics')).toEqual({});
      // A chosen document removed since: the default is attached.
      await store.removeDocument(data.id);
      expect(chosenDocuments(await store.getDocuments(), choice).map(({ id }) => id)).toEqual([backend.id]);
      await expect(store.chooseDocument('boards.greenhouse.io', 'Acme Robotics', data.id)).rejects.toThrow('no longer stored');
    });

    it('opens a database of the first version with its one resume and cover letter, named and marked default, byte for byte', async () => {
      const dbName = `test-${crypto.randomUUID()}`;
      const resume = sampleBytes(70_000);
      const old = await openDB(dbName, 1, {
        upgrade(db) {
          db.createObjectStore('profile');
          db.createObjectStore('documents', { keyPath: 'role' });
          db.createObjectStore('backup');
        },
      });
      await old.put('profile', toRecord(fullProfile()), 'current');
      await old.put('documents', { role: 'resume', name: 'Jordan.pdf', type: 'application/pdf', size: resume.length, addedAt: '2026-11-01T00:00:00.000Z', bytes: resume.buffer });
      await old.put('documents', { role: 'coverLetter', name: 'Letter.txt', type: 'text/plain', size: 2, addedAt: '2026-11-01T00:00:00.000Z', bytes: new TextEncoder().encode('hi').buffer });
      old.close();

      const store = newStore(dbName);
      expect(await store.getProfile()).toEqual(fullProfile());
      const documents = await store.getDocuments();
      expect(documents.map(({ role, label, isDefault, headline, summary, name, size }) => ({ role, label, isDefault, headline, summary, name, size }))).toEqual([
        { role: 'resume', label: 'Jordan', isDefault: true, headline: '', summary: '', name: 'Jordan.pdf', size: resume.length },
        { role: 'coverLetter', label: 'Letter', isDefault: true, headline: '', summary: '', name: 'Letter.txt', size: 2 },
      ]);
      expect(await bytesOf(documents[0]!.blob)).toBe(bytesToBase64(resume));
      // And it takes a second resume.
      await store.addDocument('resume', file('data.pdf', 'data'), 'Data');
      expect((await store.getDocuments()).filter(({ role }) => role === 'resume')).toHaveLength(2);
    });

    it('exports and imports two resumes byte for byte, with their names, order, default, texts and the choices made', async () => {
      const source = newStore();
      const backendBytes = sampleBytes(90_000);
      const dataBytes = sampleBytes(45_001).reverse();
      const backend = await source.addDocument('resume', { name: 'Backend.pdf', type: 'application/pdf', blob: new Blob([backendBytes]) }, 'Backend');
      const data = await source.addDocument('resume', { name: 'Data.pdf', type: 'application/pdf', blob: new Blob([dataBytes]) }, 'Data');
      await source.updateDocument(data.id, { headline: 'Data engineer', summary: 'Pipelines.' });
      await source.moveDocument(data.id, -1);
      const text = await source.exportFile(new Date('2026-12-06T12:00:00.000Z'));

      const target = newStore();
      expect(await target.importFile(text)).toMatchObject({ ok: true });
      const imported = await target.getDocuments();
      expect(await Promise.all(imported.map(async ({ id, label, isDefault, headline, summary, name, blob }) => ({ id, label, isDefault, headline, summary, name, bytes: await bytesOf(blob) })))).toEqual([
        { id: data.id, label: 'Data', isDefault: false, headline: 'Data engineer', summary: 'Pipelines.', name: 'Data.pdf', bytes: bytesToBase64(dataBytes) },
        { id: backend.id, label: 'Backend', isDefault: true, headline: '', summary: '', name: 'Backend.pdf', bytes: bytesToBase64(backendBytes) },
      ]);
      expect(await target.exportFile(new Date('2026-12-06T12:00:00.000Z'))).toBe(text);
      // A choice made before an import of the same documents still names one.
      await target.chooseDocument('acme.wd5.myworkdayjobs.com', 'Acme Corp', data.id);
      await target.importFile(text);
      const choice = await target.getDocumentChoice('acme.wd5.myworkdayjobs.com', 'Acme Corp');
      expect(chosenDocuments(await target.getDocuments(), choice).map(({ label }) => label)).toEqual(['Data']);
    });
  });

  describe('export and import', () => {
    it('gives back an equal profile and byte-identical files in another browser', async () => {
      const source = await filledStore();
      const exportedAt = new Date('2026-11-27T12:00:00.000Z');
      const text = await source.exportFile(exportedAt);
      const target = newStore();
      const result = await target.importFile(text);
      expect(result).toMatchObject({ ok: true, kind: 'envelope' });
      const { canUndoImport: _source, ...sourceState } = await snapshot(source);
      const { canUndoImport: _target, ...targetState } = await snapshot(target);
      expect(targetState).toEqual(sourceState);
      expect(await target.exportFile(exportedAt)).toBe(text);
    });

    it('exports the empty profile as a file that imports', async () => {
      const text = await newStore().exportFile();
      expect(JSON.parse(text)).toMatchObject({ format: 'applyfill.profile', version: 1, documents: [] });
      expect((await newStore().importFile(text)).ok).toBe(true);
    });

    it('previews the changes without writing them', async () => {
      const store = await filledStore();
      const before = await snapshot(store);
      const source = newStore();
      await source.saveProfile(otherProfile());
      const preview = await store.previewImport(await source.exportFile());
      expect(preview).toMatchObject({ ok: true, kind: 'envelope' });
      expect(preview.ok && preview.summary).toEqual(
        expect.arrayContaining([
          'Name: Jordan Avery Lee Rivera → Sam Lee',
          'Work history: 2 → 0 entries',
          'Resume: Jordan_Rivera_Resume.pdf (120 kB) → none',
        ]),
      );
      expect(await snapshot(store)).toEqual(before);
    });

    it('returns the same summary when it imports, and can be undone exactly', async () => {
      const store = await filledStore();
      const before = await snapshot(store);
      const source = newStore();
      await source.saveProfile(otherProfile());
      const text = await source.exportFile();
      const preview = await store.previewImport(text);
      const result = await store.importFile(text);
      expect(result).toEqual(preview);
      expect(await store.getProfile()).toEqual(otherProfile());
      expect(await store.getDocuments()).toEqual([]);
      expect(await store.canUndoImport()).toBe(true);

      expect(await store.undoImport()).toBe(true);
      expect(await snapshot(store)).toEqual(before);
      expect(await store.undoImport()).toBe(false);
    });

    it('undoes an import into an empty store back to no profile at all', async () => {
      const store = newStore();
      await store.importFile(await (await filledStore()).exportFile());
      expect(await store.hasProfile()).toBe(true);
      await store.undoImport();
      expect(await store.hasProfile()).toBe(false);
      expect(await store.getDocuments()).toEqual([]);
    });

    it('imports a bare JSON Resume over the resume part only', async () => {
      const store = await filledStore();
      const documentsBefore = (await snapshot(store)).documents;
      const result = await store.importFile(
        JSON.stringify({ basics: { name: 'Jordan Avery Lee Rivera', email: 'new@example.com' }, work: [{ name: 'Hooli', position: 'CTO' }] }),
      );
      expect(result).toEqual({
        ok: true,
        kind: 'json-resume',
        summary: expect.arrayContaining(['Email: jordan.rivera@example.com → new@example.com', 'Work history: 2 → 1 entries']),
      });
      const profile = await store.getProfile();
      expect(profile.work).toEqual([expect.objectContaining({ company: 'Hooli', current: true })]);
      expect(profile.application).toEqual(fullProfile().application);
      expect(profile.answers).toEqual(fullProfile().answers);
      expect(profile.personal).toMatchObject({ firstName: 'Jordan', middleName: 'Avery Lee', preferredName: 'Jo', phoneCountryCode: '+1' });
      expect((await snapshot(store)).documents).toEqual(documentsBefore);
    });

    it('undoes a bare JSON Resume import without touching documents changed since', async () => {
      const store = await filledStore();
      await store.importFile(JSON.stringify({ basics: { name: 'Sam Lee' } }));
      await store.putDocument('resume', { name: 'later.txt', type: 'text/plain', blob: new Blob(['later']) });
      expect(await store.undoImport()).toBe(true);
      expect(await store.getProfile()).toEqual(fullProfile());
      expect((await store.getDocuments()).map(({ name }) => name)).toEqual(['later.txt', 'Cover letter.docx']);
    });

    describe.each(MALFORMED_FILES)('refusing $name', ({ text, path }) => {
      it('reports the error and leaves the stored profile as it was', async () => {
        const store = await filledStore();
        const before = await snapshot(store);
        const result = await store.importFile(text());
        expect(result.ok).toBe(false);
        expect(!result.ok && result.errors[0]?.path).toBe(path);
        expect(await snapshot(store)).toEqual(before);
      });
    });
  });

  describe('a write that fails part way', () => {
    it('leaves the previous profile, documents and undo state intact', async () => {
      const store = await filledStore();
      const before = await snapshot(store);
      const source = newStore();
      await source.saveProfile(otherProfile());
      for (const document of sampleDocuments().reverse()) {
        await source.putDocument(document.role, {
          name: `new ${document.name}`,
          type: document.type,
          blob: new Blob([sampleBytes(10)]),
        });
      }
      const text = await source.exportFile();
      // The backup, the profile and the resume are written by then; the cover letter fails.
      const put = IDBObjectStore.prototype.put;
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
        if ((value as { role?: string }).role === 'coverLetter') throw new DOMException('Disk full', 'QuotaExceededError');
        return put.call(this, value, key);
      });
      await expect(store.importFile(text)).rejects.toThrow('Disk full');
      vi.restoreAllMocks();
      expect(await snapshot(store)).toEqual(before);
    });

    it('leaves the previous profile when the profile write itself fails', async () => {
      const store = await filledStore();
      const before = await snapshot(store);
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
        throw new DOMException('Disk full', 'QuotaExceededError');
      });
      await expect(store.saveProfile(otherProfile())).rejects.toThrow('Disk full');
      vi.restoreAllMocks();
      expect(await snapshot(store)).toEqual(before);
    });
  });

  describe('a stored profile it cannot read', () => {
    async function storeHolding(record: unknown): Promise<ProfileStore> {
      const store = newStore();
      await store.saveProfile(emptyProfile());
      const db = await openDB(store.dbName);
      await db.put('profile', record, 'current');
      db.close();
      return store;
    }

    it('from a newer version is neither read nor overwritten', async () => {
      const newer = { version: PROFILE_SCHEMA_VERSION + 1, profile: { anything: true } };
      const store = await storeHolding(newer);
      const message = /saved by a newer Applyfill/;
      await expect(store.getProfile()).rejects.toThrow(message);
      await expect(store.saveProfile(fullProfile())).rejects.toThrow(message);
      await expect(store.updateProfile(() => ({ profile: fullProfile() }))).rejects.toThrow(message);
      await expect(store.importFile(await (await filledStore()).exportFile())).rejects.toThrow(message);
      const db = await openDB(store.dbName);
      expect(await db.get('profile', 'current')).toEqual(newer);
      db.close();
    });

    it('that is damaged can be replaced by importing an export, and the import undone', async () => {
      const damaged = toRecord({ ...fullProfile(), skills: 'not a list' } as never);
      const store = await storeHolding(damaged);
      await expect(store.getProfile()).rejects.toThrow(ProfileValidationError);
      const result = await store.importFile(await (await filledStore()).exportFile());
      expect(result.ok).toBe(true);
      expect(await store.getProfile()).toEqual(fullProfile());
      await store.undoImport();
      const db = await openDB(store.dbName);
      expect(await db.get('profile', 'current')).toEqual(damaged);
      db.close();
    });
  });

  describe('change notification', () => {
    function nextChange(store: ProfileStore): Promise<ProfileChange> {
      return new Promise((resolve) => {
        const unsubscribe = store.onChange((change) => {
          unsubscribe();
          resolve(change);
        });
      });
    }

    it("lets one page see another's saved changes", async () => {
      const dbName = `test-${crypto.randomUUID()}`;
      const popup = newStore(dbName);
      const options = newStore(dbName);
      const changed = nextChange(popup);
      await options.saveProfile(otherProfile());
      expect(await changed).toMatchObject({ type: 'changed', db: dbName, at: expect.any(String) });
      expect(await popup.getProfile()).toEqual(otherProfile());
    });

    it('announces every kind of write, and only to stores on the same database', async () => {
      const store = newStore();
      const listener = vi.fn();
      const unsubscribe = store.onChange(listener);
      const unrelated = vi.fn();
      const unsubscribeUnrelated = newStore().onChange(unrelated);
      await store.saveProfile(fullProfile());
      await store.putDocument('resume', { name: 'a.txt', type: 'text/plain', blob: new Blob(['a']) });
      await store.removeDocument((await store.getDocument('resume'))!.id);
      await store.importFile(await newStore().exportFile());
      await store.undoImport();
      await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(5));
      unsubscribe();
      await store.saveProfile(emptyProfile());
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(listener).toHaveBeenCalledTimes(5);
      expect(unrelated).not.toHaveBeenCalled();
      unsubscribeUnrelated();
    });

    it('announces nothing when a write fails', async () => {
      const store = newStore();
      const listener = vi.fn();
      const unsubscribe = store.onChange(listener);
      await expect(store.saveProfile({ personal: { email: 'nope' } })).rejects.toThrow();
      await store.importFile('not json');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(listener).not.toHaveBeenCalled();
      unsubscribe();
    });
  });
});
