import { describe, expect, it } from 'vitest';
import { headersFile, headersFor, IMMUTABLE, parseHeadersFile } from './headers-file.ts';

describe('dist/_headers', () => {
  const rules = parseHeadersFile(headersFile());

  it('sends the security headers on every path', () => {
    expect(headersFile()).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self';/u);
    for (const path of ['/', '/patents/search/', '/_astro/Base.BL8aGhXn.css', '/sw.js']) {
      const headers = headersFor(rules, path);
      expect(headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('keeps content-hashed files for a year, and has the worker and build files revalidated', () => {
    for (const path of [
      '/_astro/Base.BL8aGhXn.css',
      '/pagefind/index/ja_1466434.pf_index',
      '/pagefind/fragment/en_107c126.pf_fragment',
      '/pagefind/pagefind.ja_f428827af7.pf_meta',
      '/pagefind-patents/ja/index/und_5e2df88.pf_index',
      '/pagefind-patents/en/filter/und_6283e28.pf_filter',
      '/pagefind-patents/ja/pagefind.und_7f157d53539.pf_meta',
    ]) {
      expect(headersFor(rules, path).get('cache-control'), path).toBe(IMMUTABLE);
    }
    for (const path of [
      '/sw.js',
      '/build.json',
      '/pagefind-patents/ja/offline-manifest.json',
      '/pagefind-patents/en/offline-manifest.json',
    ]) {
      expect(headersFor(rules, path).get('cache-control'), path).toBe('no-cache');
    }
    // Same name in every build, other bytes: the host's default (revalidation) applies.
    for (const path of [
      '/',
      '/patents/search/index.html',
      '/pagefind-patents/ja/pagefind.js',
      '/pagefind-patents/ja/pagefind-entry.json',
      '/pagefind-patents/ja/wasm.unknown.pagefind',
      '/pagefind-patents/ja/records/12.rec',
      '/favicon.svg',
    ]) {
      expect(headersFor(rules, path).has('cache-control'), path).toBe(false);
    }
  });

  it('types calendar files', () => {
    expect(headersFor(rules, '/seminars/upcoming.ics').get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(headersFor(rules, '/seminars/upcoming.ics.html').has('content-type')).toBe(false);
  });
});

describe('parseHeadersFile', () => {
  it('reads paths, their indented headers, and skips comments and blank lines', () => {
    expect(parseHeadersFile('# comment\n/a/*\n  X-One: 1\n  X-Two: a: b\n\n/b\n  X-Three: 3\n')).toEqual([
      {
        path: '/a/*',
        headers: [
          ['X-One', '1'],
          ['X-Two', 'a: b'],
        ],
      },
      { path: '/b', headers: [['X-Three', '3']] },
    ]);
  });

  it('rejects a header before any path, and a header line without a colon', () => {
    expect(() => parseHeadersFile('  X-One: 1\n')).toThrow(/outside a path/u);
    expect(() => parseHeadersFile('/a\n  nonsense\n')).toThrow(/without a colon/u);
  });

  it('lets a later rule override an earlier one, and matches dots literally', () => {
    const rules = parseHeadersFile('/*\n  Cache-Control: a\n/x/*\n  Cache-Control: b\n/*.js\n  X-Js: 1\n');
    expect(headersFor(rules, '/x/y').get('cache-control')).toBe('b');
    expect(headersFor(rules, '/z').get('cache-control')).toBe('a');
    expect(headersFor(rules, '/a.js').get('x-js')).toBe('1');
    expect(headersFor(rules, '/ajs').has('x-js')).toBe(false);
  });
});
