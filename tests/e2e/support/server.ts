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
export function resolvePage(host: string, path: string, query = ''): string | null {
  for (const route of ROUTES) {
    if ((typeof route.host === 'string' ? route.host === host : route.host.test(host)) && route.path.test(path) && (!route.query || route.query.test(query))) {
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

const POSTED_FORM = '/*POSTED_FORM*/null';

/** What a posted form carried: its text fields by name, and each file field's file name and size. */
export interface PostedForm {
  fields: Record<string, string>;
  files: Record<string, { name: string; size: number }>;
}

/** Reads a multipart/form-data body: enough for the fixtures to see what a page really posted. */
export function parseMultipart(body: Buffer, contentType: string): PostedForm {
  const posted: PostedForm = { fields: {}, files: {} };
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (!boundary) return posted;
  const text = body.toString('latin1');
  for (const part of text.split(`--${boundary[1] ?? boundary[2]}`).slice(1, -1)) {
    const [head = '', ...rest] = part.replace(/^\r\n/, '').split('\r\n\r\n');
    const content = rest.join('\r\n\r\n').replace(/\r\n$/, '');
    const name = /name="([^"]*)"/.exec(head)?.[1];
    if (name === undefined) continue;
    const filename = /filename="([^"]*)"/.exec(head)?.[1];
    if (filename === undefined) posted.fields[name] = Buffer.from(content, 'latin1').toString('utf8');
    else if (filename) posted.files[name] = { name: filename, size: Buffer.byteLength(content, 'latin1') };
  }
  return posted;
}

/**
 * A page answering a POST is the page the site renders from what was posted: the fixture's
 * placeholder (`null` after a comment naming POSTED_FORM) becomes the posted form, so the page
 * (iCIMS's form after a resume upload) renders from what the browser really sent.
 */
function withPostedForm(page: Buffer, posted: PostedForm): Buffer {
  return Buffer.from(page.toString('utf8').replace(POSTED_FORM, JSON.stringify(posted).replace(/</g, '\\u003c')), 'utf8');
}

/** Serves the fixture pages over HTTPS on 127.0.0.1, answering for every hostname. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer(selfSignedCertificate(), (request, response) => {
    const url = new URL(request.url ?? '/', `https://${request.headers.host}`);
    const file = resolvePage(url.hostname, url.pathname, url.search.slice(1));
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`no fixture for ${url.hostname}${url.pathname}`);
      return;
    }
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (request.method !== 'POST') {
      response.writeHead(200, headers).end(readFileSync(file));
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const posted = parseMultipart(Buffer.concat(chunks), request.headers['content-type'] ?? '');
      response.writeHead(200, headers).end(withPostedForm(readFileSync(file), posted));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
