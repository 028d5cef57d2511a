/**
 * The service worker, /sw.js, written at the end of the build (after Pagefind and the build id).
 *
 * Workbox (generateSW, its runtime inlined: nothing loads from a CDN) precaches a small app shell: the CSS and JS
 * under /_astro/, the icons and web manifest, the home pages, the patent listing and search pages, the offline
 * pages and the patent bundle's Pagefind runtime (not its index). Our own routing, `serviceWorkerRuntime` below,
 * runs before Workbox's and answers:
 *
 * - page navigations: network first; a page that loads is kept (patent detail pages in their own cache of
 *   PATENT_PAGE_LIMIT, other pages PAGE_LIMIT); offline, the kept or precached copy, else the offline page;
 * - /pagefind-patents/<lang>/*: that language's copy saved for offline use (src/scripts/offline-save.ts) first,
 *   then the precache, then the network; pagefind-entry.json (fetched as `?ts=<buildId>`) and the offline
 *   manifest network first.
 *
 * Every cache name carries the build: a new build's worker deletes the old caches when it activates.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { LICENSE_NO_PATTERN } from '../data/schemas/patent.ts';
import { manifestUrl, OFFLINE_CACHE_PREFIX, offlineCacheName, PATENT_PAGE_LIMIT } from '../utils/search/offline-contract.ts';
import { PATENT_BUNDLES_PATH, PATENT_LANGS, patentBundlePath } from '../utils/search/patent-contract.ts';

export const SERVICE_WORKER_FILE = 'sw.js';
/** Workbox's cache id: its precache is `inpit-precache-v2-<scope>`. */
export const CACHE_ID = 'inpit';
export const PAGES_CACHE_PREFIX = 'inpit-pages-';
export const PATENT_PAGES_CACHE_PREFIX = 'inpit-patent-pages-';
/** Other pages kept from online visits. */
export const PAGE_LIMIT = 100;
/** How long a page waits for the network before a kept copy is shown instead (a network that hangs, not one that is off). */
export const NETWORK_TIMEOUT_MS = 4000;
export const OFFLINE_PAGES = { ja: '/offline/', en: '/en/offline/' } as const;

/** The pages of the app shell, as dist paths. */
export const SHELL_PAGES = [
  'index.html',
  'en/index.html',
  'patents/index.html',
  'patents/search/index.html',
  'en/patents/search/index.html',
  'offline/index.html',
  'en/offline/index.html',
  // The staff data checker works offline once loaded; its published facts go with it.
  'data-check/index.html',
  'en/data-check/index.html',
  'data-check/published.json',
];

/** What is precached, as globs relative to the site folder. */
export const PRECACHE_GLOBS = [
  ...SHELL_PAGES,
  '_astro/**/*.{css,js,mjs,svg,png,jpg,jpeg,webp,avif,woff2}',
  'favicon.svg',
  'icon-*.png',
  'manifest.webmanifest',
  // Each patent bundle's runtime: enough to start the search pages; the index itself is the offline download.
  // Not pagefind-worker.js: Pagefind runs in the search page's own worker (under /_astro/).
  ...PATENT_LANGS.flatMap((lang) =>
    ['pagefind.js', 'wasm.*.pagefind', 'pagefind-entry.json'].map((file) => `${patentBundlePath(lang).slice(1)}${file}`),
  ),
];

/** What the worker needs to know about the build. */
export interface RuntimeConfig {
  buildId: string;
  /** Changes whenever the build id or anything precached changes: names the caches of kept pages. */
  version: string;
  cacheId: string;
  offlineCachePrefix: string;
  pagesCachePrefix: string;
  patentPagesCachePrefix: string;
  /** Where every patent bundle lives. */
  bundlePath: string;
  /** One per language: its path, offline manifest, entry file and the cache of its saved copy for this build. */
  bundles: { path: string; manifestUrl: string; entryUrl: string; offlineCache: string }[];
  offlinePages: { ja: string; en: string };
  /** RegExp source matching a patent detail page's path. */
  patentPage: string;
  limits: { pages: number; patentPages: number };
  networkTimeoutMs: number;
}

export interface ServiceWorkerResult {
  /** Precached files and their total size in bytes. */
  count: number;
  bytes: number;
  version: string;
  /** Precached URLs, sorted. */
  urls: string[];
  warnings: string[];
}

export class ServiceWorkerError extends Error {
  override name = 'ServiceWorkerError';
}

export function patentPagePattern(): string {
  return `^/patents/${LICENSE_NO_PATTERN.source.replace(/^\^|\$$/gu, '')}/$`;
}

export function runtimeConfig(buildId: string, version: string): RuntimeConfig {
  return {
    buildId,
    version,
    cacheId: CACHE_ID,
    offlineCachePrefix: OFFLINE_CACHE_PREFIX,
    pagesCachePrefix: PAGES_CACHE_PREFIX,
    patentPagesCachePrefix: PATENT_PAGES_CACHE_PREFIX,
    bundlePath: PATENT_BUNDLES_PATH,
    bundles: PATENT_LANGS.map((lang) => ({
      path: patentBundlePath(lang),
      manifestUrl: manifestUrl(lang),
      entryUrl: `${patentBundlePath(lang)}pagefind-entry.json`,
      offlineCache: offlineCacheName(buildId, lang),
    })),
    offlinePages: { ...OFFLINE_PAGES },
    patentPage: patentPagePattern(),
    limits: { pages: PAGE_LIMIT, patentPages: PATENT_PAGE_LIMIT },
    networkTimeoutMs: NETWORK_TIMEOUT_MS,
  };
}

/** The precache manifest written into a generated worker: `precacheAndRoute([{ url, revision }, …])`. */
export function precachedUrls(source: string): string[] {
  const urls = [...source.matchAll(/\burl:\s*"([^"]+)"/gu)].map((match) => match[1]!);
  return [...new Set(urls)].sort();
}

/**
 * Writes siteDir/sw.js. Fails when a page the offline fallback needs is missing; other shell files that a build
 * does not have (no patents: no patent bundle) are simply not precached.
 */
export async function writeServiceWorker(siteDir: string, { buildId }: { buildId: string }): Promise<ServiceWorkerResult> {
  const swDest = join(siteDir, SERVICE_WORKER_FILE);
  const { count, size, warnings } = await generateSW({
    swDest,
    globDirectory: siteDir,
    globPatterns: PRECACHE_GLOBS,
    // Absolute URLs: the worker's own routes look them up by path.
    modifyURLPrefix: { '': '/' },
    // Astro's file names carry a content hash: no revision needed.
    dontCacheBustURLsMatching: /^\/?_astro\//u,
    cacheId: CACHE_ID,
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    disableDevLogs: true,
    // Browsers with service workers and the modern syntax the routes use: nothing to transpile.
    babelPresetEnvTargets: ['chrome >= 100', 'firefox >= 100', 'safari >= 15.4'],
  });
  const generated = readFileSync(swDest, 'utf8');
  const urls = precachedUrls(generated);
  for (const page of Object.values(OFFLINE_PAGES)) {
    if (!urls.includes(`${page}index.html`))
      throw new ServiceWorkerError(`The service worker needs the offline page ${page}, which the build did not make`);
  }
  const version = createHash('sha256').update(`${buildId}\n${generated}`).digest('hex').slice(0, 12);
  const config = runtimeConfig(buildId, version);
  const header = `/* INPIT portal service worker: build ${buildId}, version ${version}. Generated by src/integration/service-worker.ts. */\n`;
  writeFileSync(swDest, `${header}(${serviceWorkerRuntime.toString()})(${JSON.stringify(config)});\n${generated}`);
  return { count, bytes: size, version, urls, warnings: warnings.filter((warning) => !/doesn't match any files/u.test(warning)) };
}

/* ------------------------------------------------------------------------------------------------------------ */
/* The worker's own routes. This function runs in the browser: it is written into sw.js as source text, so it    */
/* must use nothing but its argument and the service worker's globals (no imports, no module-level names).        */
/* ------------------------------------------------------------------------------------------------------------ */

interface SwExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface SwFetchEvent extends SwExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface SwScope {
  readonly registration: { readonly scope: string };
  readonly location: { readonly origin: string };
  addEventListener(type: 'fetch', listener: (event: SwFetchEvent) => void): void;
  addEventListener(type: 'activate', listener: (event: SwExtendableEvent) => void): void;
}

export function serviceWorkerRuntime(config: RuntimeConfig): void {
  const sw = self as unknown as SwScope;
  const precache = `${config.cacheId}-precache-v2-${sw.registration.scope}`;
  const pages = config.pagesCachePrefix + config.version;
  const patentPages = config.patentPagesCachePrefix + config.version;
  const patentPage = new RegExp(config.patentPage, 'u');
  const prefixes = [config.offlineCachePrefix, config.pagesCachePrefix, config.patentPagesCachePrefix];
  const current = [...config.bundles.map((bundle) => bundle.offlineCache), pages, patentPages];

  // A new build's worker removes the saved patent index and the kept pages of older builds (Workbox removes the
  // old precache entries itself).
  sw.addEventListener('activate', (event) => {
    event.waitUntil(
      caches
        .keys()
        .then((names) =>
          Promise.all(
            names
              .filter((name) => prefixes.some((prefix) => name.startsWith(prefix)) && !current.includes(name))
              .map((name) => caches.delete(name)),
          ),
        ),
    );
  });

  /** The first match for the URL's path (query ignored) in the caches, in order; undefined where none exists. */
  const match = async (path: string, names: readonly string[]): Promise<Response | undefined> => {
    const url = new URL(path, sw.location.origin).href;
    for (const cacheName of names) {
      const found = await caches.match(url, { cacheName, ignoreSearch: true });
      if (found) return found;
    }
    return undefined;
  };

  /**
   * The network's answer; where the network fails, or is still silent after the timeout while a cached copy
   * exists, the cached copy. Rejects only when there is neither.
   */
  const networkFirst = (
    event: SwFetchEvent,
    fallback: () => Promise<Response | undefined>,
    keep?: (response: Response) => Promise<void>,
  ) => {
    const network = fetch(event.request).then((response) => {
      if (keep) event.waitUntil(keep(response.clone()).catch(() => undefined));
      return response;
    });
    event.waitUntil(network.catch(() => undefined));
    const timer = new Promise<Response | undefined>((resolve) =>
      setTimeout(() => void fallback().then(resolve, () => resolve(undefined)), config.networkTimeoutMs),
    );
    return Promise.race([network.catch(() => undefined), timer]).then(async (first) => {
      if (first) return first;
      try {
        return await network;
      } catch (error) {
        const cached = await fallback();
        if (cached) return cached;
        throw error;
      }
    });
  };

  /** Puts a page into a cache of at most `limit` pages, dropping the least recently stored. */
  const keepPage = async (cacheName: string, limit: number, key: string, response: Response) => {
    const type = response.headers.get('content-type') ?? '';
    if (!response.ok || response.type !== 'basic' || !type.includes('text/html')) return;
    const cache = await caches.open(cacheName);
    await cache.put(key, response);
    const keys = await cache.keys();
    await Promise.all(keys.slice(0, Math.max(0, keys.length - limit)).map((old) => cache.delete(old)));
  };

  const navigate = (event: SwFetchEvent, url: URL) => {
    const isPatent = patentPage.test(url.pathname);
    const key = url.origin + url.pathname;
    const lang: 'ja' | 'en' = /^\/en(?:\/|$)/u.test(url.pathname) ? 'en' : 'ja';
    const file = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
    const cached = async () => (await match(key, [patentPages, pages])) ?? (await match(file, [precache]));
    return networkFirst(event, cached, (response) =>
      keepPage(isPatent ? patentPages : pages, isPatent ? config.limits.patentPages : config.limits.pages, key, response),
    ).catch(async (error: unknown) => {
      const page = await match(`${config.offlinePages[lang]}index.html`, [precache]);
      if (page) return page;
      throw error;
    });
  };

  const bundleFile = async (event: SwFetchEvent, url: URL): Promise<Response> => {
    const { request } = event;
    const bundle = config.bundles.find((candidate) => url.pathname.startsWith(candidate.path));
    if (!bundle) return fetch(request);
    const offline = bundle.offlineCache;
    if (url.pathname === bundle.manifestUrl) {
      // Network first; offline, the manifest stored with a saved copy (any build's: the page compares ids).
      return networkFirst(event, async () => (await caches.match(url.origin + url.pathname, { ignoreSearch: true })) ?? undefined);
    }
    // Downloads for "save for offline use" ask for no-store: they must come from the server.
    if (request.cache === 'no-store') return fetch(request);
    if (url.pathname === bundle.entryUrl) return networkFirst(event, () => match(url.pathname, [offline, precache]));
    return (await match(url.pathname, [offline, precache])) ?? fetch(request);
  };

  sw.addEventListener('fetch', (event) => {
    const { request } = event;
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    if (url.origin !== sw.location.origin) return;
    let response: Promise<Response> | undefined;
    if (request.mode === 'navigate') response = navigate(event, url);
    else if (url.pathname.startsWith(config.bundlePath)) response = bundleFile(event, url);
    if (!response) return;
    // Answered here: Workbox's routes (registered after this one) must not answer too.
    event.stopImmediatePropagation();
    event.respondWith(response);
  });
}
