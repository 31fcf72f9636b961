import { type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { ApplicationEntry } from './applicationLog';
import { Connection } from './connection';
import { describeChanges, type DocumentSummary } from './diff';
import { base64ToBytes, bytesToBase64, compareByRole, documentMimeType, validateDocument } from './documents';
import { toEnvelope } from './envelope';
import { ProfileValidationError, toFieldErrors, userMessages, type FieldError } from './errors';
import { mergeJsonResume, parseProfileFile, type ParsedProfileFile } from './importProfile';
import { assertNotNewer, migrate, toRecord, type ProfileRecord } from './migrations';
import {
  DOCUMENT_ROLES,
  emptyProfile,
  ProfileSchema,
  type DocumentRole,
  type Profile,
  type ProfileInput,
  type StoredDocument,
  type TransferDocument,
} from './schema';

export const PROFILE_DB_NAME = 'applyfill';
export const PROFILE_CHANNEL = 'applyfill-profile';

const DB_VERSION = 1;
const CURRENT = 'current';
const IMPORT_BACKUP = 'import';

/**
 * A document as IndexedDB keeps it: bytes rather than a Blob, because support for Blobs in
 * IndexedDB has varied between browsers and modes (private windows), and ArrayBuffers have not.
 */
interface DocumentRecord {
  role: DocumentRole;
  name: string;
  type: string;
  size: number;
  addedAt: string;
  bytes: ArrayBuffer;
}

/** What an import replaced, kept as it was stored so that undoing restores it exactly. */
interface ImportBackup {
  profile: ProfileRecord | undefined;
  /** Undefined when the import left the documents alone, so undoing it leaves later ones alone too. */
  documents: DocumentRecord[] | undefined;
  at: string;
}

interface ProfileDB extends DBSchema {
  profile: { key: string; value: ProfileRecord };
  documents: { key: DocumentRole; value: DocumentRecord };
  backup: { key: string; value: ImportBackup };
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

export interface DocumentFile {
  name: string;
  type: string;
  blob: Blob;
}

function recordToStored({ role, name, type, size, addedAt, bytes }: DocumentRecord): StoredDocument {
  return { role, name, type, size, addedAt, blob: new Blob([bytes], { type }) };
}

function recordToTransfer({ role, name, type, size, bytes }: DocumentRecord): TransferDocument {
  return { role, name, type, size, base64: bytesToBase64(new Uint8Array(bytes)) };
}

function transferToRecord({ role, name, type, base64 }: TransferDocument, addedAt: string): DocumentRecord {
  const bytes = base64ToBytes(base64).buffer;
  return { role, name, type, size: bytes.byteLength, addedAt, bytes };
}

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

  constructor(readonly dbName: string = PROFILE_DB_NAME) {
    this.connection = new Connection<ProfileDB>(dbName, DB_VERSION, (db, oldVersion) => {
      if (oldVersion < 1) {
        db.createObjectStore('profile');
        db.createObjectStore('documents', { keyPath: 'role' });
        db.createObjectStore('backup');
      }
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
    const tx = (await this.db()).transaction(stores, 'readwrite');
    let result: T;
    try {
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
    if (wrote(result)) this.announce();
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

  async getDocuments(): Promise<StoredDocument[]> {
    const records = await (await this.db()).getAll('documents');
    return records.sort(compareByRole).map(recordToStored);
  }

  async getDocument(role: DocumentRole): Promise<StoredDocument | undefined> {
    const record = await (await this.db()).get('documents', role);
    return record && recordToStored(record);
  }

  /** Throws ProfileValidationError, with a message saying why, for a file that cannot be kept. */
  async putDocument(role: DocumentRole, file: DocumentFile): Promise<StoredDocument> {
    if (!DOCUMENT_ROLES.includes(role)) {
      throw new ProfileValidationError([{ path: 'role', message: `expected one of ${DOCUMENT_ROLES.join(', ')}` }]);
    }
    const problem = validateDocument({ name: file.name, type: file.type, size: file.blob.size });
    if (problem !== null) throw new ProfileValidationError([{ path: '', message: problem }]);
    const type = documentMimeType(file.name, file.type) ?? file.type;
    // Read before the transaction opens: one that waits on anything but IndexedDB commits early.
    const bytes = await file.blob.arrayBuffer();
    const record: DocumentRecord = { role, name: file.name, type, size: bytes.byteLength, addedAt: new Date().toISOString(), bytes };
    await this.write(['documents'], async (tx) => {
      await tx.objectStore('documents').put(record);
    });
    return recordToStored(record);
  }

  async removeDocument(role: DocumentRole): Promise<void> {
    await this.write(['documents'], async (tx) => {
      await tx.objectStore('documents').delete(role);
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
    const incoming = parsed.kind === 'envelope' ? parsed.documents.map((document) => transferToRecord(document, at)) : undefined;
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
        for (const document of backup.documents) await documents.put(document);
      }
      await backups.delete(IMPORT_BACKUP);
      return true;
    });
  }

  /** The export file's text: the profile and its documents, as one JSON document, with the log of applications when given. */
  async exportFile(exportedAt = new Date(), applications?: readonly ApplicationEntry[]): Promise<string> {
    const tx = (await this.db()).transaction(['profile', 'documents']);
    const [record, records] = await Promise.all([tx.objectStore('profile').get(CURRENT), tx.objectStore('documents').getAll()]);
    const text = JSON.stringify(toEnvelope(readProfile(record), records.map(recordToTransfer), exportedAt, applications), null, 2);
    // A backup that cannot be restored is better found out now than on the day it is needed.
    const check = parseProfileFile(text);
    if (!check.ok) throw new ProfileValidationError(check.errors);
    return text;
  }
}
