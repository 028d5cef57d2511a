import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BYTE_BUDGETS,
  heaviestByType,
  measurePage,
  measureSite,
  overBudget,
  pageAssets,
  pageType,
  referencedModules,
} from './page-weight.ts';
import { gzipBytes } from './query-bytes.ts';

describe('pageType', () => {
  it.each([
    ['/', 'home'],
    ['/en/', 'home'],
    ['/seminars/', 'seminar-listing'],
    ['/en/seminars/regions/', 'seminar-listing'],
    ['/seminars/prefecture/tokyo/', 'seminar-listing'],
    ['/seminars/fy2015-tokyo-1/', 'seminar'],
    ['/faq/', 'faq'],
    ['/en/faq/cs-fee/', 'faq'],
    ['/statistics/open-patent-database/', 'statistics'],
    ['/search/', 'search'],
    ['/patents/search/', 'patent-search'],
    ['/en/patents/search/', 'patent-search'],
    ['/patents/L20050000325/', 'patent'],
    ['/patents/', 'patent-listing'],
    ['/patents/2/', 'patent-listing'],
    ['/en/patents/fields/ict/2/', 'patent-listing'],
    ['/data-check/', 'data-check'],
    ['/en/data-check/', 'data-check'],
    ['/trade-secret/self-check/', 'self-check'],
    ['/en/trade-secret/self-check/', 'self-check'],
    ['/trade-secret/leak/', 'other'],
    ['/windows/', 'other'],
    ['/404.html', 'other'],
    ['/guides/trade-secret-basics/', 'other'],
  ])('%s is a %s page', (path, type) => {
    expect(pageType(path)).toBe(type);
  });
});

describe('pageAssets', () => {
  it('finds local stylesheets, scripts and module preloads, not icons, manifests or other origins', () => {
    const html = `<link rel="icon" href="/favicon.svg"><link rel="manifest" href="/manifest.webmanifest">
      <link rel="stylesheet" href="/_astro/a.css"><link href='/b.css?v=1' rel="preload stylesheet">
      <link rel="stylesheet" href="https://cdn.example/x.css"><link rel="modulepreload" href="/pagefind/pagefind.js">
      <script type="module" src="/_astro/page.js"></script><script src=/legacy.js defer></script>
      <script src="//cdn.example/y.js"></script><script type="application/ld+json">{}</script>`;
    expect(pageAssets(html)).toEqual({ css: ['/_astro/a.css', '/b.css'], js: ['/pagefind/pagefind.js', '/_astro/page.js', '/legacy.js'] });
  });
});

describe('referencedModules', () => {
  it('follows static imports, dynamic imports and worker URLs, relative to the script', () => {
    const script =
      'import{a}from"./shared.B1.js";import"./side.js";const c=()=>import(`./chart.C2.js`);' +
      'new Worker(new URL(`/_astro/search-worker-X.js`,``+import.meta.url));const s="not/a/module.js";';
    expect(referencedModules(script, '/_astro/page.js').sort()).toEqual(
      ['/_astro/chart.C2.js', '/_astro/search-worker-X.js', '/_astro/shared.B1.js', '/_astro/side.js'].sort(),
    );
  });
});

describe('measurePage and measureSite', () => {
  const dist = mkdtempSync(join(tmpdir(), 'page-weight-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const files: Record<string, string> = {
    'index.html': '<link rel="stylesheet" href="/_astro/base.css"><p>home</p>',
    'faq/index.html':
      '<link rel="stylesheet" href="/_astro/base.css"><link rel="stylesheet" href="/_astro/faq.css"><script type="module" src="/_astro/faq.js"></script>',
    '_astro/base.css': 'body{margin:0}'.repeat(50),
    '_astro/faq.css': 'details{display:block}',
    '_astro/faq.js': 'import{x}from"./shared.js";import(`./lazy.js`);',
    '_astro/shared.js': 'export const x=1;import"./faq.js";',
    '_astro/lazy.js': 'console.log("lazy")'.repeat(20),
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), content);
  }
  const gz = (path: string) => gzipBytes(Buffer.from(files[path]!));

  it('sums the gzip sizes of the HTML, its stylesheets and every module it can load, each once', () => {
    const faq = measurePage(dist, join('faq', 'index.html'));
    expect(faq.path).toBe('/faq/');
    expect(faq.type).toBe('faq');
    expect(faq.bytes).toEqual({
      html: gz('faq/index.html'),
      css: gz('_astro/base.css') + gz('_astro/faq.css'),
      js: gz('_astro/faq.js') + gz('_astro/shared.js') + gz('_astro/lazy.js'),
    });
    expect(faq.files.sort()).toEqual(['/_astro/base.css', '/_astro/faq.css', '/_astro/faq.js', '/_astro/lazy.js', '/_astro/shared.js']);
  });

  it('measures every page and names the heaviest of each type', () => {
    const pages = measureSite(dist);
    expect(pages.map((page) => page.path)).toEqual(['/faq/', '/']);
    const home = heaviestByType(pages).get('home')!;
    expect(home.js.bytes).toEqual({ html: gz('index.html'), css: gz('_astro/base.css'), js: 0 });
  });

  it('names a file a page references but the build lacks', () => {
    writeFileSync(join(dist, 'broken.html'), '<script src="/_astro/missing.js"></script>');
    expect(() => measurePage(dist, 'broken.html')).toThrow(/\/_astro\/missing\.js is referenced by a page but is not in/u);
    rmSync(join(dist, 'broken.html'));
  });
});

describe('overBudget', () => {
  it('lists each page and kind over its type budget, and nothing at the budget', () => {
    const at = { ...BYTE_BUDGETS.home };
    const page = (bytes: typeof at) => ({ path: '/', type: 'home' as const, bytes, files: [] });
    expect(overBudget([page(at)])).toEqual([]);
    expect(overBudget([page({ ...at, css: at.css + 1, js: at.js + 1 })])).toEqual([
      `/ (home) css: ${at.css + 1} B gzip > budget ${at.css} B`,
      `/ (home) js: ${at.js + 1} B gzip > budget ${at.js} B`,
    ]);
  });
});
