/**
 * The service worker's source. The build (src/integration/service-worker.ts) bundles it with esbuild into /sw.js
 * and workbox-build injects the precache manifest where `self.__WB_MANIFEST` stands; the build's facts arrive as
 * __SW_BUILD__.
 *
 * - The app shell (see PRECACHE_GLOBS) is precached; it answers requests for its files from the cache.
 * - Page navigations: Workbox's page cache recipe (network first, a kept copy when the network fails or hangs).
 *   Patent detail pages are kept in their own cache of patentPageLimit, other pages pageLimit. Offline, a page
 *   neither kept nor precached gets the offline page in its language.
 * - /pagefind-patents/<lang>/*: the one handler of our own, for the patent search saved for offline use.
 *
 * Every cache of kept pages and saved copies is named after the build: a new build's worker deletes the older
 * ones when it activates, which is when the reader accepts the update prompt.
 */
import { clientsClaim, setCacheNameDetails, type RouteHandlerCallbackOptions, type WorkboxPlugin } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { addRoute, cleanupOutdatedCaches, matchPrecache, precache, type PrecacheEntry } from 'workbox-precaching';
import { pageCache } from 'workbox-recipes';
import { registerRoute } from 'workbox-routing';
import {
  CACHE_ID,
  manifestUrl,
  OFFLINE_CACHE_PREFIX,
  offlineCacheName,
  OFFLINE_PAGES,
  PAGES_CACHE_PREFIX,
  type KeptPagePolicy,
  PATENT_PAGES_CACHE_PREFIX,
  SKIP_WAITING_MESSAGE,
} from '#src/utils/search/offline-contract.ts';
import { PATENT_BUNDLES_PATH, PATENT_LANGS, patentBundlePath } from '#src/utils/search/patent-contract.ts';
import type { Lang } from '#src/i18n/locales.ts';

/** What the build tells the worker (esbuild's define). */
declare const __SW_BUILD__: {
  buildId: string;
  /** Changes whenever the build id or anything precached changes: names the caches of kept pages. */
  version: string;
  /** RegExp source matching a patent detail page's path. */
  patentPage: string;
  policy: KeptPagePolicy;
};

/** The parts of the service worker scope used here (the project's TypeScript program has the DOM's globals). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface ServiceWorkerScope {
  readonly __WB_MANIFEST: (PrecacheEntry | string)[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
declare const self: ServiceWorkerScope;

const { buildId, version, policy } = __SW_BUILD__;
const patentPage = new RegExp(__SW_BUILD__.patentPage, 'u');
const pagesCache = PAGES_CACHE_PREFIX + version;
const patentPagesCache = PATENT_PAGES_CACHE_PREFIX + version;
const savedCaches = PATENT_LANGS.map((lang) => offlineCacheName(buildId, lang));

setCacheNameDetails({ prefix: CACHE_ID });
// A new build's worker waits until the reader chooses "Reload" in the update prompt (src/scripts/register-sw.ts);
// the first one takes control at once.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === SKIP_WAITING_MESSAGE) void self.skipWaiting();
});
clientsClaim();

// A new build's worker removes the older builds' saved patent index and kept pages; Workbox removes old precaches.
cleanupOutdatedCaches();
self.addEventListener('activate', (event) => {
  const prefixes = [OFFLINE_CACHE_PREFIX, PAGES_CACHE_PREFIX, PATENT_PAGES_CACHE_PREFIX];
  const current = [...savedCaches, pagesCache, patentPagesCache];
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

const langOf = (path: string): Lang => (/^\/en(?:\/|$)/u.test(path) ? 'en' : 'ja');
/** The precached file a page's path stands for. */
const fileOf = (path: string): string => (path.endsWith('/') ? `${path}index.html` : path);

/**
 * Kept pages: one entry per path (the query does not matter), same-origin HTML answers only; offline, a page that
 * is not kept comes from the precache, else the offline page in its language.
 */
const keptPages: WorkboxPlugin = {
  cacheKeyWillBeUsed: ({ request }) => {
    const url = new URL(request.url);
    return Promise.resolve(url.origin + url.pathname);
  },
  cacheWillUpdate: ({ response }) =>
    Promise.resolve(
      response.ok && response.type === 'basic' && (response.headers.get('content-type') ?? '').includes('text/html') ? response : null,
    ),
  handlerDidError: async ({ request }) => {
    const { pathname } = new URL(request.url);
    return (await matchPrecache(fileOf(pathname))) ?? (await matchPrecache(`${OFFLINE_PAGES[langOf(pathname)]}index.html`));
  },
};

const isPatentPage = ({ request, url }: { request: Request; url: URL }) => request.mode === 'navigate' && patentPage.test(url.pathname);

/** The first of `names` (in order) holding the path, query ignored. */
async function match(path: string, names: readonly string[]): Promise<Response | undefined> {
  for (const cacheName of names) {
    const found = await caches.match(path, { cacheName, ignoreSearch: true });
    if (found) return found;
  }
  return undefined;
}

/**
 * The network's answer; where it fails, or is still silent after the timeout while the fallback has a copy, the
 * fallback's. Rejects only when there is neither.
 */
async function networkFirst(request: Request, fallback: () => Promise<Response | undefined>): Promise<Response> {
  const network = fetch(request);
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, policy.networkTimeoutSeconds * 1000));
  const first = await Promise.race([network.catch(() => undefined), timeout]);
  return first ?? (await fallback()) ?? network;
}

/**
 * The patent bundles. A language's files come from that language's copy saved for offline use
 * (src/scripts/offline-save.ts) for this build, then the precache, then the network. The offline manifest and
 * pagefind-entry.json are network first. Downloads for "save for offline use" (no-store) always go to the network,
 * and so do the files a page of another build asks for (`?ts=<its build id>`): this worker's copies are not its
 * files, and serve only when the network fails.
 */
async function savedBundle({ request, url }: RouteHandlerCallbackOptions): Promise<Response> {
  const lang = PATENT_LANGS.find((candidate) => url.pathname.startsWith(patentBundlePath(candidate)));
  if (!lang) return fetch(request);
  // Offline, the manifest stored with any saved copy (any build's: the page compares the build ids).
  if (url.pathname === manifestUrl(lang)) return networkFirst(request, () => caches.match(url.pathname, { ignoreSearch: true }));
  if (request.cache === 'no-store') return fetch(request);
  const kept = async () => (await match(url.pathname, [offlineCacheName(buildId, lang)])) ?? (await matchPrecache(url.pathname));
  const tag = url.searchParams.get('ts');
  if (tag !== null && tag !== buildId) {
    try {
      return await fetch(request);
    } catch (error) {
      const copy = await kept();
      if (copy) return copy;
      throw error;
    }
  }
  if (url.pathname === `${patentBundlePath(lang)}pagefind-entry.json`) return networkFirst(request, kept);
  return (await kept()) ?? fetch(request);
}

// Routes answer in the order they are registered: the bundles and the pages before the precache's own route, so
// pages are always network first.
registerRoute(({ sameOrigin, url }) => sameOrigin && url.pathname.startsWith(PATENT_BUNDLES_PATH), savedBundle);
const pages = (cacheName: string, maxEntries: number, matchCallback: (options: { request: Request; url: URL }) => boolean) =>
  pageCache({
    cacheName,
    matchCallback,
    networkTimeoutSeconds: policy.networkTimeoutSeconds,
    plugins: [keptPages, new ExpirationPlugin({ maxEntries, purgeOnQuotaError: true })],
  });
pages(patentPagesCache, policy.patentPageLimit, isPatentPage);
pages(pagesCache, policy.pageLimit, ({ request }) => request.mode === 'navigate');
precache(self.__WB_MANIFEST);
addRoute();
