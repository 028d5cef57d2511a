/**
 * Names the offline copy of the patent search is stored under, shared by the page that saves it
 * (src/scripts/offline-save.ts), the search that reads it (src/scripts/patent-search/records.ts) and the service
 * worker the build writes (src/integration/service-worker.ts).
 */
import type { Lang } from '#src/i18n/locales.ts';
import { OFFLINE_MANIFEST, patentBundlePath } from './patent-contract.ts';

/** Every saved copy of a patent bundle lives in a cache whose name starts with this, then the language and build id. */
export const OFFLINE_CACHE_PREFIX = 'inpit-patents-offline-';
export const offlineCachePrefix = (lang: Lang): string => `${OFFLINE_CACHE_PREFIX}${lang}-`;
export const offlineCacheName = (buildId: string, lang: Lang): string => `${offlineCachePrefix(lang)}${buildId}`;
export const manifestUrl = (lang: Lang): string => `${patentBundlePath(lang)}${OFFLINE_MANIFEST}`;
/** Patent detail pages the service worker keeps from online visits (about 8 KB each). */
export const PATENT_PAGE_LIMIT = 500;
