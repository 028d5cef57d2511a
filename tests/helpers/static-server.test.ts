import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory } from './static-server.ts';

describe('serveDirectory', () => {
  const root = mkdtempSync(join(tmpdir(), 'static-server-'));
  let plain: Awaited<ReturnType<typeof serveDirectory>>;
  let hostLike: Awaited<ReturnType<typeof serveDirectory>>;

  beforeAll(async () => {
    mkdirSync(join(root, '_astro'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(root, '_astro', 'a.1234abcd.js'), 'export {};');
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
