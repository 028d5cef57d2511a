/**
 * What each built page costs in bytes, computed from the files alone (no browser, no clock), so the budgets can
 * be checked in `npm test` on any machine: the gzip size of the page's HTML, of the stylesheets it links, and of
 * the JavaScript it can load — its scripts and modulepreloads and every /_astro/ module or worker they name, lazy
 * ones included (Chart.js, the search worker). Pagefind's index, its wasm and the images are not counted.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { LICENSE_NO_PATTERN } from '#src/data/schemas/patent.ts';
import { gzipBytes } from './query-bytes.ts';

export const PAGE_TYPES = [
  'home',
  'seminar-listing',
  'seminar',
  'faq',
  'statistics',
  'search',
  'patent-search',
  'patent-listing',
  'patent',
  'data-check',
  'self-check',
  'other',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export const ASSET_KINDS = ['html', 'css', 'js'] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

/**
 * Budgets in gzip bytes per page type: the heaviest page of each type in the shipped data (build of main on
 * 2026-12-05, figures in the comments) plus about a quarter, rounded up. JS 0 means the type needs no script and
 * must stay without one. A page over its budget fails `npm test`: make it lighter, or raise the budget in a
 * commit that says why. A new kind of page gets its own type here rather than "other".
 */
export const BYTE_BUDGETS: Record<PageType, Record<AssetKind, number>> = {
  // Measured: html 5,569, css 4,599, js 1,771 (the upcoming seminars re-checked against the Tokyo date).
  home: { html: 7_000, css: 6_000, js: 2_500 },
  // /seminars/ 8,019 html (grows with the schedule), css 6,502 (global.css with the Japanese line breaking), js 2,219.
  'seminar-listing': { html: 10_000, css: 7_000, js: 3_000 },
  // html 4,357, css 4,187, js 1,093 (status re-check in the browser).
  seminar: { html: 5_500, css: 5_500, js: 1_500 },
  // /faq/ 28,355 html (every answer on one page), css 5,285, js 3,764 (search with the shared query folding).
  faq: { html: 36_000, css: 6_500, js: 5_000 },
  // html 6,225, css 4,506, js 63,560 (Chart.js, loaded when a chart is on screen).
  statistics: { html: 8_000, css: 6_000, js: 80_000 },
  // html 2,031, css 6,165, js 31,387 (Pagefind UI).
  search: { html: 3_000, css: 8_000, js: 40_000 },
  // html 4,842, css 5,157, js 27,556 (page script, search worker, Pagefind runtime, offline save).
  'patent-search': { html: 6_000, css: 6_500, js: 35_000 },
  // html 7,950, css 4,195, js 0.
  'patent-listing': { html: 10_000, css: 5_500, js: 0 },
  // html 3,096, css 3,606, js 0.
  patent: { html: 4_000, css: 4_500, js: 0 },
  // html 2,703, css 4,222, js 142,918 (the checker and its worker, with csv-parse and the schemas).
  'data-check': { html: 3_500, css: 5_500, js: 180_000 },
  // /trade-secret/self-check/ html 13,104 (30 questions, each also in the result), css 5,400, js 5,172 (answers,
  // result, CSV 2,454; registering the service worker through workbox-window, with the update prompt, 2,718).
  'self-check': { html: 16_500, css: 7_000, js: 6_500 },
  // /windows/ 8,558 html, css 5,116, js 1,055 (the prefecture chooser; the +81 forms come made from the page).
  other: { html: 11_000, css: 6_500, js: 1_500 },
};

/** The page type of a URL path such as "/en/patents/L20050000325/" (the /en/ prefix does not matter). */
export function pageType(path: string): PageType {
  const parts = path
    .replace(/index\.html$/u, '')
    .split('/')
    .filter(Boolean);
  if (parts[0] === 'en') parts.shift();
  const [section, second, third] = parts;
  if (section === undefined) return 'home';
  if (section === 'search' && second === undefined) return 'search';
  if (section === 'patents') {
    if (second === 'search' && third === undefined) return 'patent-search';
    if (second !== undefined && third === undefined && LICENSE_NO_PATTERN.test(second)) return 'patent';
    return 'patent-listing';
  }
  if (section === 'seminars') {
    // /seminars/, /seminars/regions/ and /seminars/<facet>/<value>/ list seminars; /seminars/<id>/ is one.
    if (second === undefined || second === 'regions' || third !== undefined) return 'seminar-listing';
    return 'seminar';
  }
  if (section === 'faq') return 'faq';
  if (section === 'statistics') return 'statistics';
  if (section === 'data-check') return 'data-check';
  if (section === 'trade-secret' && second === 'self-check') return 'self-check';
  return 'other';
}

/** Local URLs of the stylesheets and scripts an HTML page loads (its own tags; other origins are left out). */
export function pageAssets(html: string): { css: string[]; js: string[] } {
  const css: string[] = [];
  const js: string[] = [];
  for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*>/giu)) {
    const attr = (name: string) =>
      new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'iu').exec(tag)?.slice(1).find(Boolean);
    if (/^<script/iu.test(tag)) {
      const src = attr('src');
      if (src) js.push(src);
      continue;
    }
    const rel = (attr('rel') ?? '').toLowerCase().split(/\s+/u);
    const href = attr('href');
    if (!href) continue;
    if (rel.includes('stylesheet')) css.push(href);
    else if (rel.includes('modulepreload')) js.push(href);
  }
  const local = (url: string) => url.startsWith('/') && !url.startsWith('//');
  const strip = (url: string) => url.split(/[?#]/u)[0]!;
  return { css: css.filter(local).map(strip), js: js.filter(local).map(strip) };
}

/** The /_astro/ modules a script names: static imports, dynamic imports and worker URLs alike. */
export function referencedModules(script: string, url: string): string[] {
  const dir = url.slice(0, url.lastIndexOf('/') + 1);
  const found = new Set<string>();
  for (const [, path] of script.matchAll(/["'`]((?:\.\/|\/_astro\/)[\w.-]+\.m?js)["'`]/gu)) {
    found.add(path!.startsWith('./') ? `${dir}${path!.slice(2)}` : path!);
  }
  return [...found];
}

export interface PageWeight {
  /** URL path of the page, e.g. "/en/faq/". */
  path: string;
  type: PageType;
  /** gzip bytes per kind. */
  bytes: Record<AssetKind, number>;
  /** The CSS and JS files counted, as URL paths. */
  files: string[];
}

/** Measures one built page; `sizeOf` caches gzip sizes by URL path across pages. */
export function measurePage(dist: string, htmlFile: string, sizeOf = gzipSizer(dist)): PageWeight {
  const relative = htmlFile.split(sep).join('/');
  const path = `/${relative.replace(/(^|\/)index\.html$/u, '$1')}`;
  const html = readFileSync(join(dist, htmlFile));
  const assets = pageAssets(html.toString('utf8'));
  const js = new Set<string>();
  const visit = (url: string) => {
    if (js.has(url)) return;
    js.add(url);
    if (!url.startsWith('/_astro/')) return;
    for (const next of referencedModules(readFileSync(fileOf(dist, url), 'utf8'), url)) visit(next);
  };
  assets.js.forEach(visit);
  const css = [...new Set(assets.css)];
  const sum = (urls: Iterable<string>) => [...urls].reduce((total, url) => total + sizeOf(url), 0);
  return {
    path,
    type: pageType(path),
    bytes: { html: gzipBytes(html), css: sum(css), js: sum(js) },
    files: [...css, ...js],
  };
}

function fileOf(dist: string, url: string): string {
  const file = join(dist, ...url.split('/').filter(Boolean));
  if (!existsSync(file)) throw new Error(`${url} is referenced by a page but is not in ${dist}`);
  return file;
}

/** gzip size of a built file by URL path, computed once per file. */
export function gzipSizer(dist: string): (url: string) => number {
  const sizes = new Map<string, number>();
  return (url) => {
    let size = sizes.get(url);
    if (size === undefined) {
      size = gzipBytes(readFileSync(fileOf(dist, url)));
      sizes.set(url, size);
    }
    return size;
  };
}

/** Every HTML page of a build, measured. */
export function measureSite(dist: string): PageWeight[] {
  const sizeOf = gzipSizer(dist);
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name).slice(dist.length + 1))
    .sort()
    .map((file) => measurePage(dist, file, sizeOf));
}

/** The heaviest page of each type, per kind (types without pages are left out). */
export function heaviestByType(pages: readonly PageWeight[]): Map<PageType, Record<AssetKind, PageWeight>> {
  const result = new Map<PageType, Record<AssetKind, PageWeight>>();
  for (const page of pages) {
    const current = result.get(page.type);
    if (!current) {
      result.set(page.type, { html: page, css: page, js: page });
      continue;
    }
    for (const kind of ASSET_KINDS) if (page.bytes[kind] > current[kind].bytes[kind]) current[kind] = page;
  }
  return result;
}

/** Every page over a budget, as "path (type) kind: bytes > budget". */
export function overBudget(pages: readonly PageWeight[], budgets = BYTE_BUDGETS): string[] {
  return pages.flatMap((page) =>
    ASSET_KINDS.filter((kind) => page.bytes[kind] > budgets[page.type][kind]).map(
      (kind) => `${page.path} (${page.type}) ${kind}: ${page.bytes[kind]} B gzip > budget ${budgets[page.type][kind]} B`,
    ),
  );
}
