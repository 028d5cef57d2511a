/**
 * What the results list shows for each result row, from the patent record table
 * (src/utils/search/record-table.ts) rather than Pagefind's fragments:
 * - with an offline copy of this build saved, everything comes from its full table, without the network;
 * - otherwise from the shards holding the results on show (a page of 20 is 10 to 20 files of 2 records),
 *   or from the full table when so many shards are needed that one file is cheaper (show all, CSV export).
 * Records are cached by row for the life of the page: paging back, show all and CSV fetch each once.
 */
import type { Lang } from '#src/i18n/locales.ts';
import type { PatentMeta } from '#src/utils/search/patent-contract.ts';
import { decodeRecordFile, fromTable, fullTableUrl, recordShard, shardUrl } from '#src/utils/search/record-table.ts';
import { offlineCacheName } from '#src/utils/search/offline-contract.ts';
import { CHUNK_SIZE, FIRST_CHUNK_SIZE } from './state.ts';

type Records = Map<number, PatentMeta>;

/** Where record files come from; the browser's is below, tests pass their own. */
export interface RecordFiles {
  /** A file from the network (or the HTTP cache). */
  fetch(url: string): Promise<ArrayBuffer>;
  /** The file from this build's saved offline copy, if there is one. */
  saved(url: string): Promise<ArrayBuffer | undefined>;
}

/** Record files of the `lang` bundle's table, saved copies from that language's offline cache. */
export function browserRecordFiles(buildId: string | undefined, lang: Lang): RecordFiles {
  return {
    async fetch(url) {
      // The build id keeps an old build's shard (other records under the same name) out of the HTTP cache.
      const response = await fetch(buildId ? `${url}?ts=${encodeURIComponent(buildId)}` : url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.arrayBuffer();
    },
    async saved(url) {
      if (!buildId || typeof caches === 'undefined' || !(await caches.has(offlineCacheName(buildId, lang)))) return undefined;
      const response = await (await caches.open(offlineCacheName(buildId, lang))).match(url);
      return response?.arrayBuffer();
    },
  };
}

export class RecordStore {
  private readonly shardFiles = new Map<number, Promise<Records>>();
  private full: Promise<Records | undefined> | undefined;
  private network: Promise<Records> | undefined;

  private readonly shards: number;
  private readonly files: RecordFiles;
  private readonly bundle: string;

  /** `bundle`: the bundle's path (patentBundlePath), whose records/ folder holds the table. */
  constructor(shards: number, files: RecordFiles, bundle: string) {
    this.shards = shards;
    this.files = files;
    this.bundle = bundle;
  }

  /** The records of `ids` (rows), in order; undefined for a row no table holds. */
  async get(ids: readonly number[]): Promise<(PatentMeta | undefined)[]> {
    const full = await this.savedTable();
    if (full) return ids.map((id) => full.get(id));
    const needed = [...new Set(ids.map((id) => recordShard(id)))];
    try {
      const loaded = this.network ? [await this.network] : await Promise.all(needed.map((shard) => this.shard(shard)));
      return ids.map((id) => loaded.find((records) => records.has(id))?.get(id));
    } catch (error) {
      // Offline, say: a copy saved since the last look serves the records.
      this.full = undefined;
      const saved = await this.savedTable();
      if (saved) return ids.map((id) => saved.get(id));
      throw error;
    }
  }

  /**
   * Records for results [start, end) in order: the first FIRST_CHUNK_SIZE, then CHUNK_SIZE at a time. `onChunk`
   * gets each chunk as it arrives and may return false to stop (a newer search started). The first chunk's files
   * are requested alone, so that the first results show as soon as theirs are in; from then on the next chunk is
   * requested before the current one is shown, so its files load meanwhile. Waits for a frame between full
   * chunks, so the page stays usable.
   */
  async each(
    ids: readonly number[],
    onChunk: (chunk: PatentMeta[], done: number) => boolean | void,
    start = 0,
    end = ids.length,
    chunkSize = CHUNK_SIZE,
    firstChunkSize = FIRST_CHUNK_SIZE,
  ): Promise<boolean> {
    if (!(await this.savedTable()) && this.wantsFullTable(ids.slice(start, end))) {
      // If it fails, get() tries the shards, then a copy saved meanwhile, and reports the failure.
      await this.networkTable().catch(() => undefined);
    }
    const bounds: [number, number][] = [];
    for (let from = start, size = Math.min(firstChunkSize, chunkSize); from < end; from += size, size = chunkSize) {
      bounds.push([from, Math.min(from + size, end)]);
    }
    const load = ([from, to]: [number, number]) => {
      const chunk = this.get(ids.slice(from, to));
      // Awaited in turn below; this keeps a chunk that is never reached (stopped) from an unhandled rejection.
      chunk.catch(() => undefined);
      return chunk;
    };
    let next = bounds.length > 0 ? load(bounds[0]!) : undefined;
    for (const [index, [, to]] of bounds.entries()) {
      const current = next!;
      // The first chunk's files go out alone: the next chunk's would share the browser's few connections with them.
      if (index === 0) await current.catch(() => undefined);
      next = index + 1 < bounds.length ? load(bounds[index + 1]!) : undefined;
      const chunk = await current;
      if (
        onChunk(
          chunk.filter((meta): meta is PatentMeta => meta !== undefined),
          to - start,
        ) === false
      )
        return false;
      // Between full chunks (show all, CSV) the page gets a frame. Not after the first, short one: the rest of a
      // page's results follow at once, and a page in a background tab (no frames) would stall half-rendered.
      if (next && index > 0) await nextFrame();
    }
    return true;
  }

  /** One file beats many once a quarter of the shards are needed: the full table compresses several times better. */
  private wantsFullTable(ids: readonly number[]): boolean {
    if (this.network) return false;
    const needed = new Set(ids.map((id) => recordShard(id)).filter((shard) => !this.shardFiles.has(shard)));
    return needed.size > Math.max(8, this.shards / 4);
  }

  /** The saved copy's table, looked for once (Cache Storage is slow to ask on every search) and after a failed fetch. */
  private savedTable(): Promise<Records | undefined> {
    this.full ??= this.files
      .saved(fullTableUrl(this.bundle))
      .then(async (bytes) => (bytes ? fromTable(await decodeRecordFile(bytes)) : undefined))
      .catch(() => undefined);
    return this.full;
  }

  private networkTable(): Promise<Records> {
    this.network ??= this.load(fullTableUrl(this.bundle));
    this.network.catch(() => (this.network = undefined));
    return this.network;
  }

  private shard(shard: number): Promise<Records> {
    let records = this.shardFiles.get(shard);
    if (!records) {
      records = this.load(shardUrl(this.bundle, shard));
      this.shardFiles.set(shard, records);
      // A failed fetch (offline, say) is tried again next time.
      records.catch(() => this.shardFiles.delete(shard));
    }
    return records;
  }

  private async load(url: string): Promise<Records> {
    return fromTable(await decodeRecordFile(await this.files.fetch(url)));
  }
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}
