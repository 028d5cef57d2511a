/**
 * Writes the patent record table (src/utils/search/record-table.ts) into the patent bundle, in place of
 * Pagefind's fragment files.
 *
 * The table is keyed by Pagefind's result ids, which Pagefind chooses; they are read back from the fragments it
 * wrote (each holds its record's URL), and then the fragments are removed: nothing fetches them.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Patent } from '../data/load.ts';
import { indexedPageUrl, patentMeta } from './patent-records.ts';
import { fullTableUrl, recordShard, shardCount, shardUrl, toTable, type RecordTable } from '../utils/search/record-table.ts';
import type { PatentMeta } from '../utils/search/patent-contract.ts';

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

const gzipJson = (table: RecordTable): Buffer => gzipSync(JSON.stringify(table), { level: 9 });

export class RecordTableError extends Error {
  override name = 'RecordTableError';
}

/**
 * Writes records/all.rec and records/<n>.rec for the patents, then removes the fragments. Every patent must have
 * a result id: one missing would be a search result that cannot be shown, so it fails the build.
 */
export function writeRecordTable(bundleDir: string, patents: readonly Patent[]): { shards: number; bytes: number } {
  const fragmentDir = join(bundleDir, 'fragment');
  const ids = readResultIds(fragmentDir);
  const missing = patents.filter((patent) => !ids.has(indexedPageUrl(patent)));
  if (missing.length > 0) {
    throw new RecordTableError(
      `Pagefind wrote no record for ${missing.length} patents: ${missing
        .slice(0, 5)
        .map((patent) => patent.license_no)
        .join(', ')}`,
    );
  }
  const entries = patents.map((patent) => [ids.get(indexedPageUrl(patent))!, patentMeta(patent)] as const);
  const shards = shardCount(entries.length);
  const byShard = Array.from({ length: shards }, (): (readonly [string, PatentMeta])[] => []);
  for (const entry of entries) byShard[recordShard(entry[0], shards)]!.push(entry);

  // Paths relative to the bundle: a bundle path of ''.
  const pathOf = (file: string) => join(bundleDir, file);
  rmSync(dirname(pathOf(fullTableUrl(''))), { recursive: true, force: true });
  mkdirSync(dirname(pathOf(fullTableUrl(''))), { recursive: true });
  let bytes = 0;
  const write = (url: string, table: RecordTable) => {
    const data = gzipJson(table);
    writeFileSync(pathOf(url), data);
    bytes += data.length;
  };
  write(fullTableUrl(''), toTable(entries));
  byShard.forEach((shard, i) => write(shardUrl('', i), toTable(shard)));
  rmSync(fragmentDir, { recursive: true, force: true });
  return { shards, bytes };
}
