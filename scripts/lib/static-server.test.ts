import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory } from './static-server.ts';

/** Every kind of file the built site has, with the type a static host sends for it. */
const TYPES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  '_astro/a.1234abcd.js': 'text/javascript; charset=utf-8',
  'style.css': 'text/css; charset=utf-8',
  'build.json': 'application/json; charset=utf-8',
  'manifest.webmanifest': 'application/manifest+json; charset=utf-8',
  'icon-192.png': 'image/png',
  'favicon.svg': 'image/svg+xml',
  'sitemap-0.xml': 'text/xml; charset=utf-8',
  'feed.xml': 'text/xml; charset=utf-8',
  'upcoming.ics': 'text/calendar; charset=utf-8',
  'statistics.csv': 'text/csv; charset=utf-8',
  'robots.txt': 'text/plain; charset=utf-8',
  'opensearch.xml': 'text/xml; charset=utf-8',
  'app.wasm': 'application/wasm',
  // Pagefind's runtime is JavaScript; its index files and its wasm (wasm.<lang>.pagefind) are gzip-compressed
  // binaries that pagefind.js fetches and unpacks itself, as are the record table's .rec files: octet-stream, as
  // any static host sends for an extension it does not know.
  'pagefind/pagefind.js': 'text/javascript; charset=utf-8',
  'pagefind/pagefind-ui.css': 'text/css; charset=utf-8',
  'pagefind/pagefind-entry.json': 'application/json; charset=utf-8',
  'pagefind/pagefind.ja_1234.pf_meta': 'application/octet-stream',
  'pagefind/index/ja_1234.pf_index': 'application/octet-stream',
  'pagefind/wasm.ja.pagefind': 'application/octet-stream',
  'pagefind/1.rec': 'application/octet-stream',
};
const FILES = Object.keys(TYPES);

describe('serveDirectory', () => {
  const root = mkdtempSync(join(tmpdir(), 'static-server-'));
  let plain: Awaited<ReturnType<typeof serveDirectory>>;
  let hostLike: Awaited<ReturnType<typeof serveDirectory>>;

  beforeAll(async () => {
    mkdirSync(join(root, '_astro'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(root, '_astro', 'a.1234abcd.js'), 'export {};');
    mkdirSync(join(root, 'pagefind', 'index'), { recursive: true });
    for (const file of FILES) if (!file.startsWith('_astro/') && file !== 'index.html') writeFileSync(join(root, file), 'x');
    writeFileSync(
      join(root, '_headers'),
      '/*\n  Content-Security-Policy: upgrade-insecure-requests\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
    );
    plain = await serveDirectory(root);
    hostLike = await serveDirectory(root, { validators: true });
  });

  afterAll(async () => {
    await plain?.close();
    await hostLike?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves directory URLs as index.html, and 404 for what is not there', async () => {
    expect(await (await fetch(`${plain.url}/`)).text()).toContain('<title>t</title>');
    expect((await fetch(`${plain.url}/missing.js`)).status).toBe(404);
  });

  it.each(FILES)('sends %s with its content type', async (file) => {
    const response = await fetch(`${plain.url}/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(TYPES[file]);
  });

  it('answers 400 to a malformed percent-encoding, and keeps serving', async () => {
    for (const path of ['/%', '/%E0%A4%A', '/faq/%zz/', '/%C0%AF']) {
      const response = await fetch(`${plain.url}${path}`);
      expect(response.status, path).toBe(400);
    }
    expect((await fetch(`${plain.url}/`)).status).toBe(200);
  });

  it('decodes well-formed percent-encodings, and never serves outside its folder', async () => {
    expect((await fetch(`${plain.url}/%69ndex.html`)).status).toBe(200);
    // fetch() would resolve the dots itself; a raw request keeps them.
    const { request } = await import('node:http');
    const status = (path: string) =>
      new Promise<number>((done, failed) => {
        const url = new URL(plain.url);
        request({ host: url.hostname, port: url.port, path }, (response) => {
          response.resume();
          done(response.statusCode ?? 0);
        })
          .on('error', failed)
          .end();
      });
    expect(await status('/../package.json')).not.toBe(200);
    expect(await status('/..%2f..%2f..%2fetc/passwd')).toBe(403);
    // A sibling folder whose name starts with this one's.
    const sibling = `${root}-sibling`;
    mkdirSync(sibling);
    writeFileSync(join(sibling, 'secret.txt'), 'secret');
    try {
      expect(await status(`/..%2f${basename(sibling)}/secret.txt`)).toBe(403);
    } finally {
      rmSync(sibling, { recursive: true, force: true });
    }
  });

  it('with validators: ETag and 304, and Cache-Control from _headers but not its security headers', async () => {
    const first = await fetch(`${hostLike.url}/_astro/a.1234abcd.js`);
    expect(first.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(first.headers.get('content-security-policy')).toBeNull();
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    expect((await fetch(`${hostLike.url}/_astro/a.1234abcd.js`, { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await fetch(`${hostLike.url}/`)).headers.get('cache-control')).toBeNull();
    // Without validators, none of this.
    const bare = await fetch(`${plain.url}/_astro/a.1234abcd.js`);
    expect(bare.headers.get('cache-control')).toBeNull();
    expect(bare.headers.get('etag')).toBeNull();
  });
});
