/**
 * What the patent search index holds, shared by the build (which writes it) and the search page (which reads it).
 * Filter values and meta codes are ids; each page shows them with its own language's labels.
 */

import { LANGS, type Lang } from '#src/i18n/locales.ts';

/**
 * The patent bundles: one per page language (/pagefind-patents/ja/, /pagefind-patents/en/), each one index of the
 * same records. An index weights the title in its page's language and holds that language's labels.
 */
export const PATENT_BUNDLES_PATH = '/pagefind-patents/';
export const PATENT_LANGS: readonly Lang[] = LANGS;
export const patentBundlePath = (lang: Lang): string => `${PATENT_BUNDLES_PATH}${lang}/`;

/**
 * Records are indexed as words our own code has already segmented (see words.ts). `und` (undetermined) is a
 * language Pagefind neither segments nor stems, so those words reach the index unchanged.
 */
export const PATENT_LANGUAGE = 'und';

/**
 * Placeholders the search page carries for facts known only after Pagefind has run (the build id and the record
 * table's shard count); src/integration/build-id.ts replaces them in the built pages.
 */
export const BUILD_ID_PLACEHOLDER = '__INPIT_BUILD_ID__';
export const RECORD_SHARDS_PLACEHOLDER = '__INPIT_RECORD_SHARDS__';

/** The offline manifest written into each bundle: what "save for offline use" downloads for that language. */
export const OFFLINE_MANIFEST = 'offline-manifest.json';

export const PATENT_FILTERS = ['field', 'holder_type', 'license', 'year'] as const;
export type PatentFilter = (typeof PATENT_FILTERS)[number];

export const PATENT_SORT_KEY = 'registered';

/** The meta Pagefind keeps per record: enough to list, print and export a result without its detail page. */
export interface PatentMeta {
  title: string;
  title_en?: string | undefined;
  license_no: string;
  field: string;
  holder: string;
  holder_type: string;
  license_terms: string;
  registered: string;
  patent_no?: string | undefined;
  application_no?: string | undefined;
  /** '1' for sample data. */
  sample?: string | undefined;
}

/** ライセンス形態 filter: "either" licences are listed under both 実施許諾 and 譲渡. */
export function licenseFilterValues(terms: string): string[] {
  return terms === 'either' ? ['license', 'assignment'] : [terms];
}

export interface OfflineManifest {
  buildId: string;
  bytes: number;
  files: string[];
}
