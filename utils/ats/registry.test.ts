import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, ATS_MATCHES, adapterFor } from './registry';

/**
 * One list of ATS: every adapter module is registered, has evidence-built fixture pages and an
 * end-to-end spec, and the hosts it declares are the ones the manifest and README name (the
 * way refined-github's build test checks every feature file).
 */
const ROOT = resolve(import.meta.dirname, '../..');
const NOT_ADAPTERS = new Set(['adapter.ts', 'registry.ts', 'matches.ts', 'generic.ts']);

/** The adapter modules under utils/ats: a folder or a file each, named by the adapter's id. */
function adapterModules(): string[] {
  return readdirSync(import.meta.dirname, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() || (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !NOT_ADAPTERS.has(entry.name)))
    .map((entry) => entry.name.replace(/\.ts$/, ''));
}

/** The hosts in README's permissions table row for the content script. */
function readmeHosts(): string[] {
  const row = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n').find((line) => line.startsWith('| content script on'));
  return Array.from(row?.split('|')[1]?.matchAll(/`([^`]+)`/g) ?? [], (match) => match[1]!);
}

describe('the registry of ATS adapters', () => {
  it('registers every adapter module under utils/ats, by its id', () => {
    expect(adapterModules().sort()).toEqual(ADAPTERS.map((adapter) => adapter.id).sort());
  });

  it.each(ADAPTERS.map((adapter) => [adapter.id]))('%s has fixture pages with their sources and an end-to-end spec', (id) => {
    expect(existsSync(join(ROOT, 'tests/pages', id, 'routes.json')), `tests/pages/${id}/routes.json`).toBe(true);
    expect(existsSync(join(ROOT, 'tests/pages', id, 'SOURCES.md')), `tests/pages/${id}/SOURCES.md`).toBe(true);
    expect(existsSync(join(ROOT, 'tests/e2e', `${id}.spec.ts`)), `tests/e2e/${id}.spec.ts`).toBe(true);
  });

  it.each(ADAPTERS.map((adapter) => [adapter.id]))('%s leaves the heuristics and the option matcher to the extension', (id) => {
    // Whatever an adapter module imports ships in its site's content script: the classifier's
    // keyword tables and the meaning matcher belong in the extension (classify's `heuristics`
    // argument, FillContext.chooseOption).
    const dir = join(import.meta.dirname, id);
    const files = existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts')).map((file) => join(dir, file)) : [join(import.meta.dirname, `${id}.ts`)];
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/from '(\.\.\/)+core\/(classify|match|keywords|plan|answers)'/);
  });

  it.each(ADAPTERS.map((adapter) => [adapter.id]))('%s has a content script that carries its site alone, and a filler built from its adapter', (id) => {
    // The content script runs on every page of the site: it must not pull in the adapter's code,
    // which the filler brings when the user reaches for Autofill.
    const entry = join(ROOT, 'entrypoints', `${id}.content.ts`);
    expect(existsSync(entry), `entrypoints/${id}.content.ts`).toBe(true);
    const source = readFileSync(entry, 'utf8');
    expect(source).toContain(`atsContentScript(${id}Site)`);
    expect(Array.from(source.matchAll(/from '([^']+)'/g), (m) => m[1]).sort()).toEqual(['@/utils/ats/' + id + '/site', '@/utils/content/entry']);
    // Its site module may read the page (a wizard's step, its selectors), never fill it.
    const site = readFileSync(join(import.meta.dirname, id, 'site.ts'), 'utf8');
    const imported = Array.from(site.matchAll(/^import (?!type )[^;]*from '([^']+)'/gm), (m) => m[1]);
    for (const module of imported) expect(module, `${id}/site.ts imports ${module}`).toMatch(/^(\.\/selectors|\.\.\/\.\.\/dom\/(labels|traverse))$/);
    const filler = join(ROOT, 'entrypoints', `${id}-filler.ts`);
    expect(existsSync(filler), `entrypoints/${id}-filler.ts`).toBe(true);
    expect(readFileSync(filler, 'utf8')).toContain(`fillerScript(${id})`);
  });

  it('gives the manifest the adapters’ hosts, each once, all over HTTPS', () => {
    expect(new Set(ATS_MATCHES).size).toBe(ATS_MATCHES.length);
    for (const pattern of ATS_MATCHES) expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
  });

  it('names in README exactly the hosts the manifest matches', () => {
    expect(readmeHosts().sort()).toEqual(ATS_MATCHES.map((pattern) => new URL(pattern.replace('*.', 'wildcard.')).host.replace('wildcard.', '*.')).sort());
  });

  it('finds each adapter on its own hosts and the generic engine elsewhere', () => {
    for (const adapter of ADAPTERS) {
      for (const pattern of adapter.hosts) {
        const url = new URL(pattern.replace('*.', 'acme.').replace(/\*$/, 'jobs/1'));
        expect(adapterFor(url, {} as Document).id, url.href).toBe(adapter.id);
      }
    }
    expect(adapterFor(new URL('https://careers.example.com/apply'), {} as Document).id).toBe('generic');
  });
});
