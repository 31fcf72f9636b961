import { type DBSchema, type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction, type StoreNames } from 'idb';
import type { ApplicationEntry } from './applicationLog';
import { Connection } from './connection';
import { describeChanges, type DocumentSummary } from './diff';
import {
  base64ToBytes,
  bytesToBase64,
  choiceKey,
  compareByRole,
  roomProblem,
  documentMimeType,
  labelFromFileName,
  labelProblem,
  validateDocument,
  withOneDefault,
  type DocumentChoice,
} from './documents';
import { toEnvelope } from './envelope';
import { ProfileValidationError, toFieldErrors, userMessages, type FieldError } from './errors';
import { mergeJsonResume, parseProfileFile, type ParsedProfileFile } from './importProfile';
import { assertNotNewer, migrate, toRecord, type ProfileRecord } from './migrations';
import {
  DOCUMENT_ROLES,
  emptyProfile,
  ProfileSchema,
  type DocumentMeta,
  type DocumentRole,
  type Profile,
  type ProfileDocument,
  type ProfileInput,
  type StoredDocument,
} from './schema';

export const PROFILE_DB_NAME = 'applyfill';
export const PROFILE_CHANNEL = 'applyfill-profile';

/**
 * 2: several documents per role, keyed by id; the choice of document per company.
 * 3: the revision, changed by every write, so a reader can tell that what it read earlier still holds.
 */
const DB_VERSION = 3;
const CURRENT = 'current';
const IMPORT_BACKUP = 'import';

/**
 * A document as IndexedDB keeps it: bytes rather than a Blob, because support for Blobs in
 * IndexedDB has varied between browsers and modes (private windows), and ArrayBuffers have not.
 */
interface DocumentRecord extends DocumentMeta {
  role: DocumentRole;
  name: string;
  type: string;
  size: number;
  addedAt: string;
  bytes: ArrayBuffer;
  /** Where the user put it among its role's documents. */
  order: number;
}

/** A record as database version 1 kept it: one per role, keyed by the role. Import backups may still hold some. */
type LegacyDocumentRecord = Omit<DocumentRecord, keyof DocumentMeta | 'order'> & Partial<DocumentRecord>;

/** Records of any version as this one keeps them: each with an id, a name, an order and one default per role. */
function upgradeRecords(records: readonly LegacyDocumentRecord[]): DocumentRecord[] {
  const sorted = [...records].sort((a, b) => compareByRole(a, b) || (a.order ?? 0) - (b.order ?? 0));
  return withOneDefault(
    sorted.map((record, index) => ({
      ...record,
      id: record.id ?? crypto.randomUUID(),
      label: record.label ?? labelFromFileName(record.name),
      isDefault: record.isDefault ?? false,
      headline: record.headline ?? '',
      summary: record.summary ?? '',
      order: record.order ?? index,
    })),
  );
}

/** Documents in the order the lists show them: by role, then as the user ordered them. */
function byRoleAndOrder(a: DocumentRecord, b: DocumentRecord): number {
  return compareByRole(a, b) || a.order - b.order;
}

/** What an import replaced, kept as it was stored so that undoing restores it exactly. */
interface ImportBackup {
  profile: ProfileRecord | undefined;
  /** Undefined when the import left the documents alone, so undoing it leaves later ones alone too. */
  documents: LegacyDocumentRecord[] | undefined;
  at: string;
}

interface ProfileDB extends DBSchema {
  profile: { key: string; value: ProfileRecord };
  documents: { key: string; value: DocumentRecord };
  backup: { key: string; value: ImportBackup };
  /** choiceKey(site, company) -> the document chosen per role for that company's applications. */
  documentChoices: { key: string; value: DocumentChoice };
  /** CURRENT -> a new random id at every write transaction. */
  revision: { key: string; value: string };
}

type WriteTransaction = IDBPTransaction<ProfileDB, StoreNames<ProfileDB>[], 'readwrite'>;

/** Posted on PROFILE_CHANNEL after every committed write. */
export interface ProfileChange {
  type: 'changed';
  at: string;
  /** The database written, so stores on other databases (tests) ignore it. */
  db: string;
}

export type ImportResult =
  /** `applications`: the log of applications an export file carries; the options page adds them to the log. */
  | { ok: true; kind: 'envelope' | 'json-resume'; summary: string[]; applications?: ApplicationEntry[] }
  | { ok: false; errors: FieldError[] };

/**
 * The profile and the documents as one transaction read them, with the store's revision then:
 * while the revision stays the same, so do they (see ProfileStore.getRevision).
 */
export interface StoredSnapshot {
  revision: string | undefined;
  profile: Profile;
  documents: StoredDocument[];
}

export interface DocumentFile {
  name: string;
  type: string;
  blob: Blob;
}

function recordToStored({ bytes, order: _order, ...document }: DocumentRecord): StoredDocument {
  return { ...document, blob: new Blob([bytes], { type: document.type }) };
}

function recordToExport({ id, role, label, isDefault, headline, summary, name, type, size, bytes }: DocumentRecord): ProfileDocument {
  return { id, role, label, isDefault, headline, summary, name, type, size, base64: bytesToBase64(new Uint8Array(bytes)) };
}

function importToRecords(documents: readonly ProfileDocument[], addedAt: string): DocumentRecord[] {
  return upgradeRecords(
    documents.map(({ id, role, label, isDefault, headline, summary, name, type, base64 }, order) => {
      const bytes = base64ToBytes(base64).buffer;
      return { ...(id ? { id } : {}), role, label, isDefault, headline, summary, name, type, size: bytes.byteLength, addedAt, bytes, order };
    }),
  );
}

/** The stored file checked as the options page's upload is: a clear message for one that cannot be kept. */
async function readDocumentFile(file: DocumentFile): Promise<{ name: string; type: string; bytes: ArrayBuffer }> {
  const problem = validateDocument({ name: file.name, type: file.type, size: file.blob.size });
  if (problem !== null) throw new ProfileValidationError([{ path: '', message: problem }]);
  return { name: file.name, type: documentMimeType(file.name, file.type) ?? file.type, bytes: await file.blob.arrayBuffer() };
}

function refuse(message: string | null): void {
  if (message !== null) throw new ProfileValidationError([{ path: '', message }]);
}

/** What the user may change of a document without replacing its file. */
export type DocumentChange = Partial<Pick<DocumentMeta, 'label' | 'headline' | 'summary'>>;

/** The log of applications an export file carries, if it carries one. */
function applicationsOf(parsed: Extract<ParsedProfileFile, { ok: true }>): { applications?: ApplicationEntry[] } {
  return parsed.kind === 'envelope' && parsed.applications ? { applications: parsed.applications } : {};
}

function readProfile(record: ProfileRecord | undefined): Profile {
  return record ? migrate(record) : emptyProfile();
}

/**
 * The profile an import replaces. A damaged one counts as empty, so that importing an export
 * is the way back (the backup still holds the damaged record); one saved by a newer Applyfill
 * stops the import instead, as this version cannot know what it would lose.
 */
function readProfileToReplace(record: ProfileRecord | undefined): Profile {
  if (record) assertNotNewer(record);
  try {
    return readProfile(record);
  } catch (error) {
    if (error instanceof ProfileValidationError) return emptyProfile();
    throw error;
  }
}

/** The profile an import leads to, and the lines that tell the user what it changes. */
function planImport(
  parsed: Extract<ParsedProfileFile, { ok: true }>,
  oldRecord: ProfileRecord | undefined,
  oldDocuments: readonly DocumentSummary[],
): { profile: Profile; summary: string[] } {
  const current = readProfileToReplace(oldRecord);
  const profile = parsed.kind === 'envelope' ? parsed.profile : mergeJsonResume(current, parsed.profile);
  const newDocuments = parsed.kind === 'envelope' ? parsed.documents : oldDocuments;
  return { profile, summary: describeChanges(current, profile, oldDocuments, newDocuments) };
}

/**
 * The profile and its documents in IndexedDB, in the extension's origin. Every write is one
 * transaction, so a failure leaves what was there before, and is announced on
 * PROFILE_CHANNEL, so the popup and the options page see each other's changes.
 */
export class ProfileStore {
  private readonly connection: Connection<ProfileDB>;

  constructor(
    readonly dbName: string = PROFILE_DB_NAME,
    /**
     * Awaited after each write that changed something, before the write resolves: where the
     * background keeps what it read (utils/background/profileCache.ts), it is told here, so a
     * write is done only once nothing kept can outlive it.
     */
    private readonly afterWrite?: () => unknown,
  ) {
    this.connection = new Connection<ProfileDB>(dbName, DB_VERSION, (db, oldVersion, _newVersion, tx) => {
      if (oldVersion < 1) {
        db.createObjectStore('profile');
        db.createObjectStore('backup');
      }
      if (oldVersion < 2) {
        db.createObjectStore('documentChoices');
        if (oldVersion < 1) db.createObjectStore('documents', { keyPath: 'id' });
        else {
          // Version 1 keyed documents by role: the store is made again keyed by id, holding the same files.
          const legacy = tx.objectStore('documents') as unknown as IDBPObjectStore<unknown, ['documents'], 'documents', 'versionchange'>;
          void legacy.getAll().then((records) => {
            db.deleteObjectStore('documents');
            const documents = db.createObjectStore('documents', { keyPath: 'id' });
            for (const record of upgradeRecords(records as LegacyDocumentRecord[])) void documents.put(record);
          });
        }
      }
      if (oldVersion < 3) db.createObjectStore('revision');
    });
  }

  private db(): Promise<IDBPDatabase<ProfileDB>> {
    return this.connection.open();
  }

  close(): Promise<void> {
    return this.connection.close();
  }

  /** `wrote` says from `work`'s result whether anything changed: a write that changed nothing is not announced. */
  private async write<T>(
    stores: StoreNames<ProfileDB>[],
    work: (tx: WriteTransaction) => Promise<T>,
    wrote: (result: T) => boolean = () => true,
  ): Promise<T> {
    const tx = (await this.db()).transaction([...stores, 'revision'], 'readwrite');
    let result: T;
    try {
      // Changed whether or not the work writes anything: a reader only ever reads again for nothing.
      void tx.objectStore('revision').put(crypto.randomUUID(), CURRENT);
      result = await work(tx);
      await tx.done;
    } catch (error) {
      // An exception in our code does not abort the transaction by itself: without this, the
      // writes made before it would commit and leave a half-written profile.
      try {
        tx.abort();
      } catch {
        // Already aborted by the failed request, or already committed.
      }
      await tx.done.catch(() => undefined);
      throw error;
    }
    if (wrote(result)) {
      this.announce();
      await this.afterWrite?.();
    }
    return result;
  }

  private announce(): void {
    const channel = new BroadcastChannel(PROFILE_CHANNEL);
    channel.postMessage({ type: 'changed', at: new Date().toISOString(), db: this.dbName } satisfies ProfileChange);
    channel.close();
  }

  /** Calls `listener` after every write to this database, from any page of the extension, this one included. */
  onChange(listener: (change: ProfileChange) => void): () => void {
    const channel = new BroadcastChannel(PROFILE_CHANNEL);
    channel.onmessage = ({ data }: MessageEvent<ProfileChange | undefined>) => {
      if (data?.type === 'changed' && data.db === this.dbName) listener(data);
    };
    return () => channel.close();
  }

  /**
   * An id that every write replaces (undefined before the first): equal to a snapshot's, the
   * profile, the documents and the choices of documents are as that snapshot read them.
   */
  async getRevision(): Promise<string | undefined> {
    return (await this.db()).get('revision', CURRENT);
  }

  /** The profile (as getProfile) and the documents (as getDocuments), read in one transaction with the revision. */
  async getSnapshot(): Promise<StoredSnapshot> {
    const tx = (await this.db()).transaction(['revision', 'profile', 'documents']);
    const [revision, record, records] = await Promise.all([
      tx.objectStore('revision').get(CURRENT),
      tx.objectStore('profile').get(CURRENT),
      tx.objectStore('documents').getAll(),
    ]);
    return { revision, profile: readProfile(record), documents: records.sort(byRoleAndOrder).map(recordToStored) };
  }

  /** The empty profile when none is stored yet; throws when the stored one cannot be read. */
  async getProfile(): Promise<Profile> {
    return readProfile(await (await this.db()).get('profile', CURRENT));
  }

  async hasProfile(): Promise<boolean> {
    return (await (await this.db()).count('profile', CURRENT)) > 0;
  }

  /** Throws ProfileValidationError, writing nothing, when `input` is not a valid profile. */
  async saveProfile(input: ProfileInput): Promise<Profile> {
    const result = ProfileSchema.safeParse(input, { error: userMessages });
    if (!result.success) throw new ProfileValidationError(toFieldErrors(result.error));
    await this.write(['profile'], async (tx) => {
      const store = tx.objectStore('profile');
      const stored = await store.get(CURRENT);
      if (stored) assertNotNewer(stored);
      await store.put(toRecord(result.data), CURRENT);
    });
    return result.data;
  }

  /**
   * Reads the stored profile and writes the `profile` that `change` makes of it, in one
   * transaction, so that a change another page saves in between cannot be overwritten. `change`
   * runs inside the transaction and must not wait on anything. A `profile` that is undefined, or
   * equal to the stored one, writes and announces nothing. Resolves to what `change` returned,
   * and whether it was written; throws ProfileValidationError, writing nothing, when `profile`
   * is not a valid profile.
   */
  async updateProfile<T extends { profile: ProfileInput | undefined }>(change: (stored: Profile) => T): Promise<T & { written: boolean }> {
    return this.write(
      ['profile'],
      async (tx) => {
        const profiles = tx.objectStore('profile');
        const record = await profiles.get(CURRENT);
        if (record) assertNotNewer(record);
        const stored = readProfile(record);
        const result = change(stored);
        if (result.profile === undefined) return { ...result, written: false };
        const checked = ProfileSchema.safeParse(result.profile, { error: userMessages });
        if (!checked.success) throw new ProfileValidationError(toFieldErrors(checked.error));
        if (JSON.stringify(checked.data) === JSON.stringify(stored)) return { ...result, written: false };
        await profiles.put(toRecord(checked.data), CURRENT);
        return { ...result, written: true };
      },
      ({ written }) => written,
    );
  }

  /** By role, resume first, then in the order the user gave. */
  async getDocuments(): Promise<StoredDocument[]> {
    const records = await (await this.db()).getAll('documents');
    return records.sort(byRoleAndOrder).map(recordToStored);
  }

  /** The role's default document: the one attached unless the user picks another. */
  async getDocument(role: DocumentRole): Promise<StoredDocument | undefined> {
    return (await this.getDocuments()).find((document) => document.role === role && document.isDefault);
  }

  /** Reads every document, lets `change` edit the list, and writes what changed, in one transaction. */
  private async changeDocuments<T>(change: (records: DocumentRecord[]) => { records: DocumentRecord[]; result: T }): Promise<T> {
    return this.write(['documents'], async (tx) => {
      const store = tx.objectStore('documents');
      const before = (await store.getAll()).sort(byRoleAndOrder);
      const { records, result } = change(before);
      // Orders renumbered per role, so that the list reads as it is shown.
      const ordered = records.map((record) => ({ ...record, order: records.filter((other) => other.role === record.role).indexOf(record) }));
      const kept = new Set(ordered.map((record) => record.id));
      for (const record of before) if (!kept.has(record.id)) await store.delete(record.id);
      const unchanged = new Map(before.map((record) => [record.id, record]));
      for (const record of withOneDefault(ordered)) {
        // Files are megabytes: only the records that changed are written again.
        const was = unchanged.get(record.id);
        if (!was || (Object.keys(record) as (keyof DocumentRecord)[]).some((key) => record[key] !== was[key])) await store.put(record);
      }
      return result;
    });
  }

  private static find(records: readonly DocumentRecord[], id: string): DocumentRecord {
    const record = records.find((candidate) => candidate.id === id);
    if (!record) throw new ProfileValidationError([{ path: '', message: 'That document is no longer stored: it was removed in another page' }]);
    return record;
  }

  /**
   * Adds a file as one more document of its role, named `label` (else after the file); the first
   * of its role becomes the default. Throws ProfileValidationError, with a message saying why,
   * for a file that cannot be kept, a name already taken, or a role that holds as many as it may.
   */
  async addDocument(role: DocumentRole, file: DocumentFile, label = labelFromFileName(file.name)): Promise<StoredDocument> {
    if (!DOCUMENT_ROLES.includes(role)) {
      throw new ProfileValidationError([{ path: 'role', message: `expected one of ${DOCUMENT_ROLES.join(', ')}` }]);
    }
    // Read before the transaction opens: one that waits on anything but IndexedDB commits early.
    const { name, type, bytes } = await readDocumentFile(file);
    const record: DocumentRecord = {
      id: crypto.randomUUID(), role, label: label.trim(), isDefault: false, headline: '', summary: '',
      name, type, size: bytes.byteLength, addedAt: new Date().toISOString(), bytes, order: Number.MAX_SAFE_INTEGER,
    };
    return this.changeDocuments((records) => {
      refuse(roomProblem(role, record.size, records) ?? labelProblem(record.label, role, records));
      const all = withOneDefault([...records, record]);
      return { records: all, result: recordToStored(all.find((candidate) => candidate.id === record.id)!) };
    });
  }

  /** Replaces the file of the role's default document, or adds the first one; its name and settings stay. */
  async putDocument(role: DocumentRole, file: DocumentFile): Promise<StoredDocument> {
    const current = await this.getDocument(role);
    return current ? this.replaceDocument(current.id, file) : this.addDocument(role, file);
  }

  /** A new file for a document: its name, place, default mark, headline and summary stay. */
  async replaceDocument(id: string, file: DocumentFile): Promise<StoredDocument> {
    const { name, type, bytes } = await readDocumentFile(file);
    return this.changeDocuments((records) => {
      const replaced = { ...ProfileStore.find(records, id), name, type, size: bytes.byteLength, addedAt: new Date().toISOString(), bytes };
      refuse(roomProblem(replaced.role, replaced.size, records, id));
      return { records: records.map((record) => (record.id === id ? replaced : record)), result: recordToStored(replaced) };
    });
  }

  /** Renames a document or sets its own headline and summary. */
  async updateDocument(id: string, change: DocumentChange): Promise<void> {
    await this.changeDocuments((records) => {
      const record = ProfileStore.find(records, id);
      const label = change.label === undefined ? record.label : change.label.trim();
      refuse(labelProblem(label, record.role, records, id));
      const updated = { ...record, ...change, label };
      return { records: records.map((candidate) => (candidate.id === id ? updated : candidate)), result: undefined };
    });
  }

  /** Makes a document the one its role attaches unless the user picks another. */
  async setDefaultDocument(id: string): Promise<void> {
    await this.changeDocuments((records) => {
      const { role } = ProfileStore.find(records, id);
      return { records: records.map((record) => (record.role === role ? { ...record, isDefault: record.id === id } : record)), result: undefined };
    });
  }

  /** Moves a document up (-1) or down (+1) among its role's documents. */
  async moveDocument(id: string, offset: -1 | 1): Promise<void> {
    await this.changeDocuments((records) => {
      const record = ProfileStore.find(records, id);
      const ofRole = records.filter((candidate) => candidate.role === record.role);
      const from = ofRole.indexOf(record);
      const to = Math.min(Math.max(from + offset, 0), ofRole.length - 1);
      ofRole.splice(from, 1);
      ofRole.splice(to, 0, record);
      return { records: [...records.filter((candidate) => candidate.role !== record.role), ...ofRole], result: undefined };
    });
  }

  /** Removing the default makes the next of its role the default. */
  async removeDocument(id: string): Promise<void> {
    await this.changeDocuments((records) => ({ records: records.filter((record) => record.id !== id), result: undefined }));
  }

  /** The documents chosen for a company's applications (see choiceKey); {} when none was. */
  async getDocumentChoice(site: string, company: string): Promise<DocumentChoice> {
    return (await (await this.db()).get('documentChoices', choiceKey(site, company))) ?? {};
  }

  /** Remembers the user's pick of `id` for the company's applications; throws for a document no longer stored. */
  async chooseDocument(site: string, company: string, id: string): Promise<void> {
    await this.write(['documents', 'documentChoices'], async (tx) => {
      const document = await tx.objectStore('documents').get(id);
      if (!document) throw new ProfileValidationError([{ path: '', message: 'That document is no longer stored' }]);
      const choices = tx.objectStore('documentChoices');
      const key = choiceKey(site, company);
      await choices.put({ ...((await choices.get(key)) ?? {}), [document.role]: id }, key);
    });
  }

  /** What importing `text` would change, one line per change, without writing anything. */
  async previewImport(text: string): Promise<ImportResult> {
    const parsed = parseProfileFile(text);
    if (!parsed.ok) return parsed;
    const tx = (await this.db()).transaction(['profile', 'documents']);
    const [oldRecord, oldDocuments] = await Promise.all([
      tx.objectStore('profile').get(CURRENT),
      tx.objectStore('documents').getAll(),
    ]);
    return { ok: true, kind: parsed.kind, summary: planImport(parsed, oldRecord, oldDocuments).summary, ...applicationsOf(parsed) };
  }

  /**
   * Replaces the profile (and, from an export file, the documents) with the file's, all or
   * nothing, keeping what it replaced for undoImport. A bare JSON Resume keeps the documents
   * and the application answers. Throws, writing nothing, over a profile saved by a newer
   * Applyfill.
   */
  async importFile(text: string): Promise<ImportResult> {
    const parsed = parseProfileFile(text);
    if (!parsed.ok) return parsed;
    const at = new Date().toISOString();
    // Decoded before the transaction opens: one that waits on anything but IndexedDB commits early.
    const incoming = parsed.kind === 'envelope' ? importToRecords(parsed.documents, at) : undefined;
    const summary = await this.write(['profile', 'documents', 'backup'], async (tx) => {
      const profiles = tx.objectStore('profile');
      const documents = tx.objectStore('documents');
      const oldRecord = await profiles.get(CURRENT);
      const oldDocuments = await documents.getAll();
      const plan = planImport(parsed, oldRecord, oldDocuments);
      await tx.objectStore('backup').put({ profile: oldRecord, documents: incoming ? oldDocuments : undefined, at }, IMPORT_BACKUP);
      await profiles.put(toRecord(plan.profile), CURRENT);
      if (incoming) {
        await documents.clear();
        for (const document of incoming) await documents.put(document);
      }
      return plan.summary;
    });
    return { ok: true, kind: parsed.kind, summary, ...applicationsOf(parsed) };
  }

  async canUndoImport(): Promise<boolean> {
    return (await (await this.db()).count('backup', IMPORT_BACKUP)) > 0;
  }

  /**
   * Puts back what the last import replaced, discarding any change made since; false when
   * there is nothing to undo.
   */
  async undoImport(): Promise<boolean> {
    return this.write(['profile', 'documents', 'backup'], async (tx) => {
      const backups = tx.objectStore('backup');
      const backup = await backups.get(IMPORT_BACKUP);
      if (!backup) return false;
      const profiles = tx.objectStore('profile');
      if (backup.profile) await profiles.put(backup.profile, CURRENT);
      else await profiles.delete(CURRENT);
      if (backup.documents) {
        const documents = tx.objectStore('documents');
        await documents.clear();
        for (const document of upgradeRecords(backup.documents)) await documents.put(document);
      }
      await backups.delete(IMPORT_BACKUP);
      return true;
    });
  }

  /** The export file's text: the profile and its documents, as one JSON document, with the log of applications when given. */
  async exportFile(exportedAt = new Date(), applications?: readonly ApplicationEntry[]): Promise<string> {
    const tx = (await this.db()).transaction(['profile', 'documents']);
    const [record, records] = await Promise.all([tx.objectStore('profile').get(CURRENT), tx.objectStore('documents').getAll()]);
    const text = JSON.stringify(toEnvelope(readProfile(record), records.sort(byRoleAndOrder).map(recordToExport), exportedAt, applications), null, 2);
    // A backup that cannot be restored is better found out now than on the day it is needed.
    const check = parseProfileFile(text);
    if (!check.ok) throw new ProfileValidationError(check.errors);
    return text;
  }
}
