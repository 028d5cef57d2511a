/**
 * A minimal static file server for a built site (directory URLs → index.html), for browser tests on loopback.
 * With `validators`, it behaves as the static hosts the site is deployed to do, so that the browser's HTTP cache
 * behaves as in production (the benchmark): it sends ETag and Last-Modified, answers a matching If-None-Match with
 * 304, and sends the Cache-Control that the site's _headers file gives each path. The security headers of that
 * file are not sent: the pages carry the policy in a meta tag, and upgrade-insecure-requests would send plain-HTTP
 * loopback requests to https.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { headersFor, parseHeadersFile } from '#src/utils/headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

export async function serveDirectory(
  root: string,
  options: { validators?: boolean } = {},
): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
  const headersFile = join(root, '_headers');
  const rules = options.validators && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, pathname));
    if (!file.startsWith(normalize(root))) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const stat = statSync(file);
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    const cacheControl = headersFor(rules, pathname).get('cache-control');
    const validators = options.validators
      ? { etag, 'last-modified': stat.mtime.toUTCString(), ...(cacheControl ? { 'cache-control': cacheControl } : {}) }
      : {};
    if (options.validators && request.headers['if-none-match'] === etag) {
      response.writeHead(304, validators).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...validators });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server, close: () => new Promise((closed) => server.close(() => closed())) };
}
