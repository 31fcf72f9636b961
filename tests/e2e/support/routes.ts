import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Real ATS URLs and the fixture page that stands in for each. Chromium resolves every host to
 * the fixture server, so the extension sees the real hostnames and paths. Each folder of
 * tests/pages declares its own routes in routes.json: [{ "host", "path", "query"?, "file" }],
 * where host is a hostname or a /regex/, path a regex, and query an optional regex on the query
 * string (iCIMS serves its wrapper and the form in its frame at one path, told apart by
 * in_iframe=1); file is relative to that folder.
 */
export interface Route {
  host: string | RegExp;
  path: RegExp;
  query?: RegExp;
  file: string;
}

interface RouteSpec {
  host: string;
  path: string;
  query?: string;
  file: string;
}

const PAGES_DIR = resolve(import.meta.dirname, '../../pages');

function loadRoutes(): Route[] {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(PAGES_DIR, entry.name, 'routes.json')))
    .flatMap((entry) => {
      const specs = JSON.parse(readFileSync(join(PAGES_DIR, entry.name, 'routes.json'), 'utf8')) as RouteSpec[];
      return specs.map((spec) => ({
        host: spec.host.startsWith('/') ? new RegExp(spec.host.slice(1, -1)) : spec.host,
        path: new RegExp(spec.path),
        ...(spec.query ? { query: new RegExp(spec.query) } : {}),
        file: join(entry.name, spec.file),
      }));
    });
}

export const ROUTES: Route[] = loadRoutes();
