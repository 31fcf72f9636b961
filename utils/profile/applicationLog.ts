import type { DBSchema, IDBPDatabase } from 'idb';
import { Connection } from './connection';
import { z } from 'zod';
import { toCsv } from './csv';

/**
 * The user's private log of where they applied: one entry per application page Applyfill filled,
 * with the site, the company and job title as the page showed them, the address, the date, the
 * ATS and how many fields were filled and left. Kept in IndexedDB in the extension's origin, like
 * the profile; nothing is sent anywhere. The user can turn it off, and then nothing is recorded.
 */

export const LOG_DB_NAME = 'applyfill-log';

const MAX_TEXT = 200;
const MAX_URL = 2000;
const MAX_COUNT = 10_000;
/** Fills of one page within this time are one application (a wizard's steps, a second Autofill). */
export const SAME_APPLICATION_MS = 12 * 60 * 60 * 1000;

const CountSchema = z.number().int().min(0).max(MAX_COUNT);
const StepCountsSchema = z.object({ filled: CountSchema, left: CountSchema });

export const ApplicationEntrySchema = z
  .object({
    id: z.string().min(1).max(100),
    site: z.string().max(255),
    url: z.string().max(MAX_URL),
    company: z.string().max(MAX_TEXT),
    title: z.string().max(MAX_TEXT),
    ats: z.string().max(40),
    /** The name of the resume the fill attached ('' when none was); entries from before it was kept have none. */
    resume: z.string().max(MAX_TEXT).default(''),
    /** Fields Applyfill filled, over every step and fill of the application. */
    filled: CountSchema,
    /** Fields it left to the user, as each step's last fill counted them. */
    left: CountSchema,
    appliedAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    /** The counts per wizard step ('' outside wizards), from which `filled` and `left` are summed. */
    steps: z.record(z.string().max(MAX_TEXT), StepCountsSchema),
  })
  .meta({ description: 'One application in the log of where Applyfill filled a form' });

export type ApplicationEntry = z.output<typeof ApplicationEntrySchema>;

/** What a fill tells about the page it filled; the site and address come from the browser, never from the page. */
export interface ApplicationFacts {
  site: string;
  url: string;
  company: string;
  title: string;
  ats: string;
  /** The name the user gave the resume the fill attached, '' when none was. */
  resume: string;
  filled: number;
  left: number;
  /** The wizard step filled ('' outside wizards). */
  step: string;
}

interface LogDB extends DBSchema {
  applications: { key: string; value: ApplicationEntry; indexes: { byUrl: string } };
  settings: { key: string; value: boolean };
}

const ENABLED = 'enabled';

const text = (value: unknown, max = MAX_TEXT) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim().slice(0, max) : '');
const count = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? Math.min(value, MAX_COUNT) : 0);

/** The facts as they may be stored: a content script's message is not trusted to be well formed. */
export function cleanFacts(facts: Partial<Record<keyof ApplicationFacts, unknown>>): ApplicationFacts {
  return {
    site: text(facts.site, 255),
    url: text(facts.url, MAX_URL),
    company: text(facts.company),
    title: text(facts.title),
    ats: text(facts.ats, 40),
    resume: text(facts.resume),
    filled: count(facts.filled),
    left: count(facts.left),
    step: text(facts.step),
  };
}

/** A fill added to its application: a step filled again adds what it filled, and says anew what it left. */
export function mergeFill(entry: ApplicationEntry, facts: ApplicationFacts, at: string): ApplicationEntry {
  const previous = entry.steps[facts.step];
  const steps = { ...entry.steps, [facts.step]: { filled: (previous?.filled ?? 0) + facts.filled, left: facts.left } };
  const totals = Object.values(steps);
  return {
    ...entry,
    company: entry.company || facts.company,
    title: entry.title || facts.title,
    // The step that uploads decides: a later step of a wizard attaches nothing.
    resume: facts.resume || entry.resume,
    filled: Math.min(MAX_COUNT, totals.reduce((sum, step) => sum + step.filled, 0)),
    left: Math.min(MAX_COUNT, totals.reduce((sum, step) => sum + step.left, 0)),
    updatedAt: at,
    steps,
  };
}

export function newEntry(facts: ApplicationFacts, at: string, id: string = crypto.randomUUID()): ApplicationEntry {
  const { step, ...rest } = facts;
  return { id, ...rest, appliedAt: at, updatedAt: at, steps: { [step]: { filled: facts.filled, left: facts.left } } };
}

/** Newest application first. */
const newestFirst = (a: ApplicationEntry, b: ApplicationEntry) => b.appliedAt.localeCompare(a.appliedAt) || b.updatedAt.localeCompare(a.updatedAt);

export class ApplicationLog {
  private readonly connection: Connection<LogDB>;

  constructor(readonly dbName: string = LOG_DB_NAME) {
    this.connection = new Connection<LogDB>(dbName, 1, (db) => {
      db.createObjectStore('applications', { keyPath: 'id' }).createIndex('byUrl', 'url');
      db.createObjectStore('settings');
    });
  }

  private db(): Promise<IDBPDatabase<LogDB>> {
    return this.connection.open();
  }

  close(): Promise<void> {
    return this.connection.close();
  }

  /** On unless the user turned it off. */
  async isEnabled(): Promise<boolean> {
    return (await (await this.db()).get('settings', ENABLED)) !== false;
  }

  /** Turning the log off keeps the entries it holds; the user deletes them apart. */
  async setEnabled(enabled: boolean): Promise<void> {
    await (await this.db()).put('settings', enabled, ENABLED);
  }

  /**
   * Adds a fill to the log: to the application of the same address filled lately, else as a new
   * one. Records nothing, and returns undefined, while the log is off (checked in the same
   * transaction, so a fill that ends as the user turns it off is not kept).
   */
  async record(input: Partial<Record<keyof ApplicationFacts, unknown>>, at = new Date()): Promise<ApplicationEntry | undefined> {
    const facts = cleanFacts(input);
    const when = at.toISOString();
    const tx = (await this.db()).transaction(['applications', 'settings'], 'readwrite');
    if ((await tx.objectStore('settings').get(ENABLED)) === false) {
      await tx.done;
      return undefined;
    }
    const applications = tx.objectStore('applications');
    const recent = (await applications.index('byUrl').getAll(facts.url))
      .filter((entry) => at.getTime() - Date.parse(entry.updatedAt) < SAME_APPLICATION_MS)
      .sort(newestFirst)[0];
    const entry = recent ? mergeFill(recent, facts, when) : newEntry(facts, when);
    await applications.put(entry);
    await tx.done;
    return entry;
  }

  async list(): Promise<ApplicationEntry[]> {
    return (await (await this.db()).getAll('applications')).sort(newestFirst);
  }

  /**
   * Adds the entries of an exported log (an import of a profile file that carries one), each
   * checked as a stored entry is; one the log holds already (the same id) is replaced by the
   * file's. Returns how many were added.
   */
  async import(entries: readonly unknown[]): Promise<number> {
    const valid = entries.flatMap((entry) => {
      const parsed = ApplicationEntrySchema.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    });
    const tx = (await this.db()).transaction('applications', 'readwrite');
    await Promise.all([...valid.map((entry) => tx.store.put(entry)), tx.done]);
    return valid.length;
  }

  async remove(ids: readonly string[]): Promise<void> {
    const tx = (await this.db()).transaction('applications', 'readwrite');
    await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
  }
}

/** Whether every word of a search appears in the entry's company, title, site, address or ATS. */
export function matchesSearch(entry: ApplicationEntry, query: string): boolean {
  return matchesWords([entry.company, entry.title, entry.site, entry.url, entry.ats], query);
}

/** Whether every word of `query` appears somewhere in `texts`, ignoring case. */
export function matchesWords(texts: readonly string[], query: string): boolean {
  const haystack = texts.join(' ').toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

export const CSV_HEADER = ['Date', 'Company', 'Job title', 'Site', 'ATS', 'Resume', 'Fields filled', 'Fields left', 'URL'] as const;

/** The log as a spreadsheet, newest first, as the options page lists it. */
export function applicationsToCsv(entries: readonly ApplicationEntry[]): string {
  return toCsv([CSV_HEADER, ...[...entries].sort(newestFirst).map((e) => [e.appliedAt, e.company, e.title, e.site, e.ats, e.resume, e.filled, e.left, e.url])]);
}
