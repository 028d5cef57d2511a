/**
 * Writes the patent record table (src/utils/search/record-table.ts), the facet table and the sort table
 * (src/utils/search/facet-table.ts) into a patent bundle, in place of Pagefind's fragment files, filters and sorts.
 *
 * All three are by row, and row i must be Pagefind's page i, because the search worker maps Pagefind's result ids
 * to rows through the page list of the pf_meta file Pagefind itself fetches (src/utils/search/pagefind-meta.ts).
 * So this checks, against the bundle Pagefind wrote, that the pf_meta reading gives every patent's id (read back
 * from the fragments, each of which holds its record's URL) in the order the pages were written, newest
 * registration first; a Pagefind version that changed either fails the build here. Then the fragments are
 * removed: nothing fetches them.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Patent } from '../data/load.ts';
import type { Lang } from '../i18n/locales.ts';
import { compareNewestFirst } from '../utils/patents/listings.ts';
import { indexedPageUrl, patentMeta } from './patent-records.ts';
import { encodeFacetTable, encodeSortTable, facetTable, facetTableUrl, ranks, sortTableUrl } from '../utils/search/facet-table.ts';
import { PAGEFIND_META_VERSION, readPagefindMeta } from '../utils/search/pagefind-meta.ts';
import {
  fullTableUrl,
  packTable,
  RECORDS_PER_SHARD,
  shardCount,
  shardUrl,
  toTable,
  type PackedTable,
} from '../utils/search/record-table.ts';

// Pagefind's gzipped files start, once unzipped, with this signature.
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * URL → result id, from a bundle's fragment directory. A fragment file is one record (named by its id) or, when
 * maxFragments groups them, an object of records by id.
 */
export function readResultIds(fragmentDir: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const file of readdirSync(fragmentDir)) {
    if (!file.endsWith('.pf_fragment')) continue;
    let text = gunzipSync(readFileSync(join(fragmentDir, file))).toString('utf8');
    if (text.startsWith(FRAGMENT_SIGNATURE)) text = text.slice(FRAGMENT_SIGNATURE.length);
    const value = JSON.parse(text) as Record<string, unknown>;
    const entries: [string, unknown][] = typeof value.url === 'string' ? [[basename(file, '.pf_fragment'), value]] : Object.entries(value);
    for (const [id, fragment] of entries) {
      const url = (fragment as { url?: unknown } | null)?.url;
      if (typeof url === 'string') ids.set(url, id);
    }
  }
  return ids;
}

/** The page hashes of the bundle's one index, from its pf_meta file. */
export function readBundlePages(bundleDir: string): string[] {
  const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages?: Record<string, { hash?: string }>;
  };
  const indexes = Object.values(entry.languages ?? {});
  if (indexes.length !== 1 || !indexes[0]?.hash)
    throw new PatentTablesError(`${bundleDir}: expected one Pagefind index, found ${indexes.length}`);
  const meta = readPagefindMeta(gunzipSync(readFileSync(join(bundleDir, `pagefind.${indexes[0].hash}.pf_meta`))));
  if (meta.version !== PAGEFIND_META_VERSION) {
    throw new PatentTablesError(
      `Pagefind ${meta.version} wrote this bundle, but the search reads pf_meta as Pagefind ${PAGEFIND_META_VERSION} writes it ` +
        `(src/utils/search/pagefind-meta.ts): check the format, then update PAGEFIND_META_VERSION and the exact version in package.json`,
    );
  }
  return meta.pages;
}

export class PatentTablesError extends Error {
  override name = 'PatentTablesError';
}

/**
 * Writes records/all.rec, records/<n>.rec, facets.bin and sorts.bin for the patents, in Pagefind's page order, then
 * removes the fragments. Every patent must be one of Pagefind's pages and every page a patent: anything else would
 * show another patent's record for a result, so it fails the build.
 */
export function writePatentTables(
  bundleDir: string,
  lang: Lang,
  given: readonly Patent[],
): { shards: number; bytes: number; newestFirst: boolean } {
  const fragmentDir = join(bundleDir, 'fragment');
  const urlById = new Map([...readResultIds(fragmentDir)].map(([url, id]) => [id, url]));
  const byUrl = new Map(given.map((patent) => [indexedPageUrl(patent), patent]));
  const pages = readBundlePages(bundleDir);
  const patents = pages.map((id) => byUrl.get(urlById.get(id) ?? ''));
  const unknown = pages.findIndex((_, i) => !patents[i]);
  const problem =
    pages.length !== given.length
      ? `Pagefind indexed ${pages.length} pages for ${given.length} patents`
      : unknown >= 0
        ? `page ${unknown} of pf_meta (${pages[unknown]}) is no patent's page`
        : new Set(patents).size !== given.length
          ? 'pf_meta lists a patent twice'
          : undefined;
  if (problem) {
    throw new PatentTablesError(
      `${problem}: the patent search maps Pagefind's result ids to records through pf_meta's page list (src/integration/patent-tables.ts)`,
    );
  }
  return writeTables(bundleDir, lang, patents as Patent[]);
}

/** The tables for patents in row order. */
function writeTables(bundleDir: string, lang: Lang, patents: readonly Patent[]): { shards: number; bytes: number; newestFirst: boolean } {
  const fragmentDir = join(bundleDir, 'fragment');
  const metas = patents.map(patentMeta);
  const shards = shardCount(metas.length);

  // Paths relative to the bundle: a bundle path of ''.
  const pathOf = (file: string) => join(bundleDir, file);
  rmSync(dirname(pathOf(fullTableUrl(''))), { recursive: true, force: true });
  mkdirSync(dirname(pathOf(fullTableUrl(''))), { recursive: true });
  let bytes = 0;
  const write = (url: string, data: Buffer) => {
    writeFileSync(pathOf(url), data);
    bytes += data.length;
  };
  // A plain table (the shards) is a PackedTable with no column coded.
  const json = (table: PackedTable) => gzipSync(JSON.stringify(table), { level: 9 });
  write(fullTableUrl(''), json(packTable(toTable(metas))));
  for (let shard = 0; shard < shards; shard += 1) {
    const start = shard * RECORDS_PER_SHARD;
    write(shardUrl('', shard), json(toTable(metas.slice(start, start + RECORDS_PER_SHARD), start)));
  }
  // Pagefind numbers pages in the order it finds them in the folder (pagefind.ts writes them so that this is
  // newest first where it can); otherwise the worker sorts by the newest column.
  const newestFirst = patents.every((patent, i) => i === 0 || compareNewestFirst(patents[i - 1]!, patent) <= 0);
  write(facetTableUrl(''), gzipSync(encodeFacetTable(facetTable(patents, newestFirst)), { level: 9 }));
  const collator = new Intl.Collator(lang);
  const sorts = {
    newest: ranks(
      patents.map((_, row) => row),
      (a, b) => compareNewestFirst(patents[a]!, patents[b]!),
    ),
    license_no: ranks(
      patents.map((patent) => patent.license_no),
      (a, b) => (a < b ? -1 : a > b ? 1 : 0),
    ),
    title: ranks(
      patents.map((patent) => (lang === 'en' && patent.title_en) || patent.title),
      collator.compare,
    ),
  };
  write(sortTableUrl(''), gzipSync(encodeSortTable(sorts), { level: 9 }));
  rmSync(fragmentDir, { recursive: true, force: true });
  return { shards, bytes, newestFirst };
}
