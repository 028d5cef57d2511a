/**
 * A minimal static file server for a built site (directory URLs → index.html), for browser tests, the benchmark
 * and the Lighthouse runner, on loopback.
 * With `validators`, it behaves as the static hosts the site is deployed to do, so that the browser's HTTP cache
 * behaves as in production (the benchmark): it sends ETag and Last-Modified, answers a matching If-None-Match with
 * 304, and sends the Cache-Control that the site's _headers file gives each path. The security headers of that
 * file are not sent: the pages carry the policy in a meta tag, and upgrade-insecure-requests would send plain-HTTP
 * loopback requests to https.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { lookup } from 'mrmime';
import { headersFor, parseHeadersFile } from '#src/utils/headers-file.ts';

/**
 * The Content-Type for a file, by extension (mrmime's table, as static hosts map them), with charset=utf-8 for
 * text. Extensions it does not know get application/octet-stream, as on any host: those are Pagefind's
 * gzip-compressed index files and wasm (.pf_meta, .pf_index, .pf_fragment, .pf_filter, wasm.<lang>.pagefind) and
 * the record table's .rec files, which the browser code fetches as bytes and unpacks itself.
 */
export function contentType(file: string): string {
  const type = lookup(file);
  if (!type) return 'application/octet-stream';
  return /^text\/|^application\/(?:json|javascript|xml|manifest\+json)$|\+xml$/u.test(type) && type !== 'image/svg+xml'
    ? `${type}; charset=utf-8`
    : type;
}

/** The decoded path of a request URL, or undefined when its percent-encoding is malformed. */
function decodedPath(url: string | undefined): string | undefined {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
  } catch {
    return undefined;
  }
}

export async function serveDirectory(
  root: string,
  options: { validators?: boolean } = {},
): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
  const headersFile = join(root, '_headers');
  const rules = options.validators && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const base = resolve(root);
  const server = createServer((request, response) => {
    const pathname = decodedPath(request.url);
    if (pathname === undefined) {
      response.writeHead(400, { 'content-type': 'text/plain' }).end('bad request: malformed percent-encoding');
      return;
    }
    let file = join(base, pathname);
    // Inside the folder itself, not merely under a name that starts the same (/site-old beside /site).
    if (file !== base && !file.startsWith(`${base}${sep}`)) {
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
    response.writeHead(200, { 'content-type': contentType(file), ...validators });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server, close: () => new Promise((closed) => server.close(() => closed())) };
}
