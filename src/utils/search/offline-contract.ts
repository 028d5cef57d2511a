/**
 * What the service worker and the pages agree on: the names its caches are stored under and the messages it
 * understands. Shared by the worker's source (src/scripts/service-worker/), the build that bundles it
 * (src/integration/service-worker.ts), the page that saves the patent search (src/scripts/offline-save.ts), the
 * search that reads the saved copy (src/scripts/patent-search/records.ts) and the update prompt
 * (src/scripts/register-sw.ts).
 */
import type { Lang } from '#src/i18n/locales.ts';
import { OFFLINE_MANIFEST, patentBundlePath } from './patent-contract.ts';

/** Where the built worker is served; its scope is the whole site. */
export const SERVICE_WORKER_URL = '/sw.js';

/** Every saved copy of a patent bundle lives in a cache whose name starts with this, then the language and build id. */
export const OFFLINE_CACHE_PREFIX = 'inpit-patents-offline-';
export const offlineCachePrefix = (lang: Lang): string => `${OFFLINE_CACHE_PREFIX}${lang}-`;
export const offlineCacheName = (buildId: string, lang: Lang): string => `${offlineCachePrefix(lang)}${buildId}`;
export const manifestUrl = (lang: Lang): string => `${patentBundlePath(lang)}${OFFLINE_MANIFEST}`;

/** Workbox's cache prefix: its precache is `inpit-precache-v2-<scope>`. */
export const CACHE_ID = 'inpit';
/** Pages kept from online visits, in caches named after the worker's version (patent detail pages apart). */
export const PAGES_CACHE_PREFIX = 'inpit-pages-';
export const PATENT_PAGES_CACHE_PREFIX = 'inpit-patent-pages-';
/** Patent detail pages the service worker keeps from online visits (about 8 KB each). */
export const PATENT_PAGE_LIMIT = 500;

/** How much the worker keeps and how long it waits: the build hands these to it (tests of the rules pass smaller ones). */
export interface KeptPagePolicy {
  /** Pages other than patent details kept from online visits. */
  pageLimit: number;
  patentPageLimit: number;
  /** How long a page waits for the network before a kept copy is shown instead (a network that hangs, not one that is off). */
  networkTimeoutSeconds: number;
}
export const KEPT_PAGE_POLICY: KeptPagePolicy = { pageLimit: 100, patentPageLimit: PATENT_PAGE_LIMIT, networkTimeoutSeconds: 4 };

/** The page shown for a page that is neither kept nor precached while offline, per page language. */
export const OFFLINE_PAGES: Readonly<Record<Lang, string>> = { ja: '/offline/', en: '/en/offline/' };

/** The message a page sends a waiting worker when the reader chose to load the new version (Workbox's convention). */
export const SKIP_WAITING_MESSAGE = 'SKIP_WAITING';
