import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { PatentMeta } from '#src/utils/search/patent-contract.ts';
import { fullTableUrl, recordShard, shardUrl, toTable } from '#src/utils/search/record-table.ts';

const BUNDLE = '/pagefind-patents/en/';
const FULL_TABLE_URL = fullTableUrl(BUNDLE);
import { RecordStore, type RecordFiles } from './records.ts';

const meta = (id: number): PatentMeta => ({
  title: `t-${id}`,
  license_no: `L-${id}`,
  field: 'ict',
  holder: 'h',
  holder_type: 'company',
  license_terms: 'license',
  registered: '2016-01-01',
});
/** Rows 0 … n − 1 in a scrambled order, as relevance gives them. */
const ids = (n: number) => Array.from({ length: n }, (_, i) => (i * 7919) % n);

/** Record files for rows `all` (0 … n − 1), as the build writes them; counts what is fetched. */
function files(all: readonly number[], _shards: number, options: { saved?: boolean; failFirst?: boolean; offline?: boolean } = {}) {
  const encode = (list: readonly number[], start = 0) => {
    const bytes = gzipSync(
      JSON.stringify(
        toTable(
          list.map((id) => meta(id)),
          start,
        ),
      ),
    );
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
  };
  const fetched: string[] = [];
  let failures = options.failFirst ? 1 : 0;
  let savedLookups = 0;
  const source: RecordFiles = {
    fetch: async (url) => {
      if (options.offline) throw new Error('offline');
      if (failures > 0) {
        failures -= 1;
        throw new Error('offline');
      }
      fetched.push(url);
      const sorted = [...all].sort((a, b) => a - b);
      if (url === FULL_TABLE_URL) return encode(sorted);
      const shard = Number(/(\d+)\.rec$/u.exec(url)?.[1]);
      const rows = sorted.filter((id) => recordShard(id) === shard);
      return encode(rows, rows[0] ?? 0);
    },
    saved: async (url) => {
      savedLookups += 1;
      return options.saved && url === FULL_TABLE_URL ? encode([...all].sort((a, b) => a - b)) : undefined;
    },
  };
  return { source, fetched, options, lookups: () => savedLookups };
}

describe('RecordStore', () => {
  it('fetches only the shards of the results asked for, each once, in result order', async () => {
    const all = ids(500);
    const { source, fetched } = files(all, 100);
    const store = new RecordStore(100, source, BUNDLE);
    const page = all.slice(40, 60);
    expect((await store.get(page)).map((record) => record?.license_no)).toEqual(page.map((id) => `L-${id}`));
    const shardsOfPage = new Set(page.map((id) => shardUrl(BUNDLE, recordShard(id))));
    expect(new Set(fetched)).toEqual(shardsOfPage);
    expect(fetched).toHaveLength(shardsOfPage.size);
    await store.get(page);
    expect(fetched).toHaveLength(shardsOfPage.size);
  });

  it('says undefined for an id no table holds', async () => {
    const { source } = files(ids(10), 2);
    expect(await new RecordStore(2, source, BUNDLE).get([999_999])).toEqual([undefined]);
  });

  it('loads the full table once when most shards would be needed, then fetches nothing more', async () => {
    const all = ids(1000);
    const { source, fetched } = files(all, 200);
    const store = new RecordStore(200, source, BUNDLE);
    const chunks: [number, number][] = [];
    expect(await store.each(all, (chunk, done) => void chunks.push([chunk.length, done]))).toBe(true);
    // The first 10 show at once; then 100 at a time.
    expect(chunks).toEqual([[10, 10], ...Array.from({ length: 9 }, (_, i) => [100, 110 + i * 100]), [90, 1000]]);
    expect(fetched).toEqual([FULL_TABLE_URL]);
    await store.each(all.slice(0, 20), () => {});
    expect(fetched).toEqual([FULL_TABLE_URL]);
  });

  it('uses a saved offline copy without the network', async () => {
    const all = ids(300);
    const { source, fetched } = files(all, 60, { saved: true });
    const got: PatentMeta[] = [];
    await new RecordStore(60, source, BUNDLE).each(all, (chunk) => void got.push(...chunk), 10, 30);
    expect(got.map((record) => record.license_no)).toEqual(all.slice(10, 30).map((id) => `L-${id}`));
    expect(fetched).toEqual([]);
  });

  it('looks for a saved copy once, and again when the network fails: one saved meanwhile then serves', async () => {
    const all = ids(40);
    const { source, options, lookups } = files(all, 8);
    const store = new RecordStore(8, source, BUNDLE);
    await store.get([all[0]!]);
    await store.get([all[0]!]);
    expect(lookups()).toBe(1);
    // Saved, then offline: a shard not fetched yet fails, and the saved table answers.
    options.saved = true;
    options.offline = true;
    const elsewhere = all.find((id) => recordShard(id) !== recordShard(all[0]!))!;
    expect((await store.get([elsewhere]))[0]?.license_no).toBe(`L-${elsewhere}`);
    expect(lookups()).toBe(2);
  });

  it('shows the first 10 results first, with the next chunk already requested', async () => {
    const all = ids(2000);
    const { source, fetched } = files(all, 1000);
    const store = new RecordStore(1000, source, BUNDLE);
    const seen: { shown: number; fetchedBefore: number }[] = [];
    await store.each(all, (chunk) => void seen.push({ shown: chunk.length, fetchedBefore: fetched.length }), 0, 20);
    expect(seen.map((s) => s.shown)).toEqual([10, 10]);
    const shardsOf = (rows: readonly number[]) => new Set(rows.map((id) => recordShard(id))).size;
    // When the first 10 were shown, the next 10's shards had been asked for too.
    expect(seen[0]!.fetchedBefore).toBe(shardsOf(all.slice(0, 20)));
  });

  it("asks for the next chunk's files only once the first chunk's have all arrived", async () => {
    const all = ids(2000);
    const { source } = files(all, 1000);
    const firstFiles = new Set(all.slice(0, 10).map((id) => shardUrl(BUNDLE, recordShard(id))));
    let firstPending = 0;
    const early: string[] = [];
    const watched: RecordFiles = {
      saved: (url) => source.saved(url),
      fetch: async (url) => {
        const first = firstFiles.has(url);
        if (!first && firstPending > 0) early.push(url);
        if (first) firstPending += 1;
        // A network answer comes in a later task, so the other requests could go out meanwhile.
        await new Promise((resolve) => setTimeout(resolve, 1));
        if (first) firstPending -= 1;
        return source.fetch(url);
      },
    };
    const shown: number[] = [];
    await new RecordStore(1000, watched, BUNDLE).each(all, (chunk) => void shown.push(chunk.length), 0, 20);
    expect(shown).toEqual([10, 10]);
    expect(early).toEqual([]);
  });

  it('stops when told to', async () => {
    const all = ids(250);
    const { source } = files(all, 50);
    let calls = 0;
    expect(await new RecordStore(50, source, BUNDLE).each(all, () => (calls += 1) < 1 && undefined)).toBe(false);
    expect(calls).toBe(1);
  });

  it('fetches a shard again after a failure', async () => {
    const all = ids(20);
    const { source, fetched } = files(all, 4, { failFirst: true });
    const store = new RecordStore(4, source, BUNDLE);
    await expect(store.get([all[0]!])).rejects.toThrow('offline');
    expect((await store.get([all[0]!]))[0]?.license_no).toBe(`L-${all[0]}`);
    expect(fetched).toHaveLength(1);
  });
});
