import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEPT_PAGE_POLICY, OFFLINE_PAGES } from '#src/utils/search/offline-contract.ts';
import { patentPagePattern, precachedUrls, ServiceWorkerError, writeServiceWorker } from './service-worker.ts';

/* ------------------------------------------------------------------------------------------------------------ */
/* What is precached                                                                                             */
/* ------------------------------------------------------------------------------------------------------------ */

const SITE_FILES: Record<string, string> = {
  'index.html': '<h1>home</h1>',
  'en/index.html': '<h1>home en</h1>',
  'patents/index.html': '<h1>patents</h1>',
  'en/patents/index.html': '<h1>patents en</h1>',
  'patents/2/index.html': '<h1>page 2</h1>',
  'patents/L20050000325/index.html': '<h1>detail</h1>',
  'patents/search/index.html': '<h1>search</h1>',
  'en/patents/search/index.html': '<h1>search en</h1>',
  'offline/index.html': '<h1>offline</h1>',
  'en/offline/index.html': '<h1>offline en</h1>',
  'seminars/index.html': '<h1>seminars</h1>',
  '404.html': '<h1>404</h1>',
  '_astro/Base.abc123.css': 'body{}',
  '_astro/search.def456.js': 'console.log(1)',
  '_astro/logo.abc.svg': '<svg/>',
  'favicon.svg': '<svg/>',
  'icon-192.png': 'png',
  'icon-512.png': 'png',
  'og-image.png': 'png',
  'manifest.webmanifest': '{}',
  'build.json': '{}',
  'sitemap-0.xml': '<urlset/>',
  'pagefind/pagefind.js': 'site',
  'pagefind/pagefind-entry.json': '{}',
  'pagefind-patents/ja/pagefind.js': 'pf',
  'pagefind-patents/ja/pagefind-worker.js': 'worker',
  'pagefind-patents/ja/wasm.unknown.pagefind': 'wasm',
  'pagefind-patents/ja/pagefind-entry.json': '{"v":1}',
  'pagefind-patents/ja/pagefind.und_4d9e687ceca.pf_meta': 'meta',
  'pagefind-patents/ja/index/und_1.pf_index': 'index',
  'pagefind-patents/ja/fragment/und_1.pf_fragment': 'fragment',
  'pagefind-patents/ja/filter/und_1.pf_filter': 'filter',
  'pagefind-patents/ja/offline-manifest.json': '{}',
  'pagefind-patents/en/pagefind.js': 'pf',
  'pagefind-patents/en/pagefind-worker.js': 'worker',
  'pagefind-patents/en/wasm.unknown.pagefind': 'wasm',
  'pagefind-patents/en/pagefind-entry.json': '{"v":2}',
  'pagefind-patents/en/pagefind.und_5e0f798dfdb.pf_meta': 'meta',
  'pagefind-patents/en/index/und_2.pf_index': 'index',
  'pagefind-patents/en/offline-manifest.json': '{}',
};

const PRECACHED = [
  '/_astro/Base.abc123.css',
  '/_astro/logo.abc.svg',
  '/_astro/search.def456.js',
  '/en/index.html',
  '/en/offline/index.html',
  '/en/patents/search/index.html',
  '/favicon.svg',
  '/icon-192.png',
  '/icon-512.png',
  '/index.html',
  '/manifest.webmanifest',
  '/offline/index.html',
  '/pagefind-patents/en/pagefind-entry.json',
  '/pagefind-patents/en/pagefind.js',
  '/pagefind-patents/en/wasm.unknown.pagefind',
  '/pagefind-patents/ja/pagefind-entry.json',
  '/pagefind-patents/ja/pagefind.js',
  '/pagefind-patents/ja/wasm.unknown.pagefind',
  '/patents/index.html',
  '/patents/search/index.html',
];

function writeSite(dir: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

// esbuild bundles the source in well under a second; workbox-build reads the files.
describe('writeServiceWorker', { timeout: 60_000 }, () => {
  let work: string;
  const site = (name: string, files: Record<string, string> = SITE_FILES) => {
    const dir = join(work, name);
    writeSite(dir, files);
    return dir;
  };

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'inpit-sw-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('precaches the app shell and the Pagefind runtime only: no index, no detail or other pages, no site bundle', async () => {
    const dir = site('a');
    const result = await writeServiceWorker(dir, { buildId: 'aaaaaaaaaaaa' });
    expect(result.urls).toEqual(PRECACHED);
    expect(result.count).toBe(PRECACHED.length);
    expect(result.bytes).toBe(PRECACHED.reduce((sum, url) => sum + Buffer.byteLength(SITE_FILES[url.slice(1)]!), 0));
    expect(result.warnings).toEqual([]);
    const source = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(precachedUrls(source)).toEqual(PRECACHED);
    // One classic script, parseable, with the Workbox runtime inlined: nothing imported from elsewhere.
    expect(() => new Script(source)).not.toThrow();
    expect(source).not.toMatch(/importScripts\(|\bimport\s*\(|^\s*import\s|fetch\(\s*["'`]https?:/mu);
    // The one absolute URL is in a Workbox warning's text.
    expect([...source.matchAll(/https?:\/\/[^\s"'`]+/gu)].map((match) => match[0])).toEqual(['https://bit.ly/wb-precache']);
    expect(source).toMatch(/\bbuildId:"aaaaaaaaaaaa"/u);
    expect(source).toMatch(new RegExp(`\\bversion:"${result.version}"`, 'u'));
    // The rules for kept pages are the contract's (the browser test runs the same code with smaller ones).
    const { pageLimit, patentPageLimit, networkTimeoutSeconds } = KEPT_PAGE_POLICY;
    expect(source).toContain(
      `policy:{pageLimit:${pageLimit},patentPageLimit:${patentPageLimit},networkTimeoutSeconds:${networkTimeoutSeconds}}`,
    );
    // The manifest is injected where the source had its placeholder.
    expect(source).not.toContain('__WB_MANIFEST');
    expect(source).toContain('precache');
  });

  it('is reproducible, and has a new version when the build id or a precached file changes', async () => {
    const first = await writeServiceWorker(site('b'), { buildId: 'aaaaaaaaaaaa' });
    const again = await writeServiceWorker(site('c'), { buildId: 'aaaaaaaaaaaa' });
    expect(readFileSync(join(work, 'c', 'sw.js'), 'utf8')).toBe(readFileSync(join(work, 'b', 'sw.js'), 'utf8'));
    expect(again.version).toBe(first.version);
    const otherBuild = await writeServiceWorker(site('d'), { buildId: 'bbbbbbbbbbbb' });
    expect(otherBuild.version).not.toBe(first.version);
    const otherShell = await writeServiceWorker(site('e', { ...SITE_FILES, 'patents/search/index.html': '<h1>search 2</h1>' }), {
      buildId: 'aaaaaaaaaaaa',
    });
    expect(otherShell.version).not.toBe(first.version);
    // A detail page is not precached: changing one changes nothing.
    const detail = await writeServiceWorker(site('f', { ...SITE_FILES, 'patents/L20050000325/index.html': '<h1>changed</h1>' }), {
      buildId: 'aaaaaaaaaaaa',
    });
    expect(detail.version).toBe(first.version);
  });

  it('works without a patent bundle (a build with no patents)', async () => {
    const files = Object.fromEntries(Object.entries(SITE_FILES).filter(([path]) => !path.startsWith('pagefind-patents/ja/')));
    const result = await writeServiceWorker(site('g', files), { buildId: 'aaaaaaaaaaaa' });
    expect(result.urls).toEqual(PRECACHED.filter((url) => !url.startsWith('/pagefind-patents/ja/')));
  });

  it('fails without the offline pages', async () => {
    const files = { ...SITE_FILES };
    delete files['en/offline/index.html'];
    await expect(writeServiceWorker(site('h', files), { buildId: 'aaaaaaaaaaaa' })).rejects.toThrow(ServiceWorkerError);
  });
});

describe('patentPagePattern', () => {
  const pattern = new RegExp(patentPagePattern(), 'u');
  it.each(['/patents/L20050000325/', '/patents/L2005000325/'])('matches the detail page %s', (path) => {
    expect(pattern.test(path)).toBe(true);
  });
  it.each([
    '/patents/',
    '/patents/2/',
    '/patents/search/',
    '/patents/fields/ict/',
    '/en/patents/L20050000325/',
    '/patents/L20050000325',
    '/patents/L2005/',
    '/patents/L200500003251/',
    '/x/patents/L20050000325/',
  ])('does not match %s', (path) => {
    expect(pattern.test(path)).toBe(false);
  });
});

describe('the contract', () => {
  it('knows the offline pages', () => {
    expect(OFFLINE_PAGES).toEqual({ ja: '/offline/', en: '/en/offline/' });
  });
});
