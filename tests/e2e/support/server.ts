import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { ROUTES } from './routes';

const PAGES_DIR = resolve(import.meta.dirname, '../../pages');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
};

/** A throwaway self-signed certificate: some ATS hosts are HSTS-preloaded and refuse plain HTTP. */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'applyfill-cert-'));
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
    '-subj', '/CN=applyfill-test',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
  ], { stdio: 'ignore' });
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

/** Which fixture file answers a URL: the routes table first, then files under tests/pages. */
export function resolvePage(host: string, path: string): string | null {
  for (const route of ROUTES) {
    if ((typeof route.host === 'string' ? route.host === host : route.host.test(host)) && route.path.test(path)) {
      return join(PAGES_DIR, route.file);
    }
  }
  const file = normalize(join(PAGES_DIR, decodeURIComponent(path)));
  return file.startsWith(PAGES_DIR) && existsSync(file) && extname(file) ? file : null;
}

export interface FixtureServer {
  port: number;
  close(): Promise<void>;
}

/** Serves the fixture pages over HTTPS on 127.0.0.1, answering for every hostname. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer(selfSignedCertificate(), (request, response) => {
    const url = new URL(request.url ?? '/', `https://${request.headers.host}`);
    const file = resolvePage(url.hostname, url.pathname);
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`no fixture for ${url.hostname}${url.pathname}`);
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
