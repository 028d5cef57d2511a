/**
 * The patent record table: what the results list, print view and CSV export show for each Pagefind result,
 * keyed by Pagefind's result id. It replaces Pagefind's fragment files for the patent bundle, which repeat
 * every record's indexed words and made up most of the offline download (see docs/search.md).
 *
 * The build writes it twice (src/integration/record-table.ts), in the same columnar JSON, gzipped:
 * - records/<n>.rec (in each language's bundle): shards of about RECORDS_PER_SHARD records, chosen by the id, fetched for the results on show;
 * - records/all.rec: every record, which "save for offline use" downloads instead of the shards.
 * Shared by the build (Node) and the search page (browser).
 */
import type { PatentMeta } from './patent-contract.ts';

export const RECORDS_PER_SHARD = 5;

/** The columns of a table, in PatentMeta's terms; "" stands for an empty field. */
export const RECORD_COLUMNS = [
  'title',
  'title_en',
  'license_no',
  'field',
  'holder',
  'holder_type',
  'license_terms',
  'registered',
  'patent_no',
  'application_no',
  'sample',
] as const satisfies readonly (keyof PatentMeta)[];
export type RecordColumn = (typeof RECORD_COLUMNS)[number];

/** Columns rather than rows: gzip finds far more repetition down a column (about 1.4 MB against 2.2 MB at 50,000). */
export type RecordTable = { ids: string[] } & Record<RecordColumn, string[]>;

/** The table's folder in a bundle (patentBundlePath): each bundle's result ids are its own. */
export const recordsPath = (bundle: string): string => `${bundle}records/`;
export const fullTableUrl = (bundle: string): string => `${recordsPath(bundle)}all.rec`;
export const shardUrl = (bundle: string, shard: number): string => `${recordsPath(bundle)}${shard}.rec`;

/** How many shards n records get. */
export const shardCount = (records: number): number => Math.max(1, Math.ceil(records / RECORDS_PER_SHARD));

/**
 * The shard of a result id. Pagefind's ids are a language and a hex hash ("und_129af32"); the hash spreads the
 * records evenly, so no table of ids is needed to find a shard.
 */
export function recordShard(id: string, shards: number): number {
  const hex = /[0-9a-f]{1,8}/iu.exec(id.slice(id.lastIndexOf('_') + 1))?.[0];
  return hex ? Number.parseInt(hex, 16) % shards : 0;
}

export function toTable(entries: readonly (readonly [id: string, meta: PatentMeta])[]): RecordTable {
  const table = { ids: entries.map(([id]) => id) } as RecordTable;
  for (const column of RECORD_COLUMNS) table[column] = entries.map(([, meta]) => meta[column] ?? '');
  return table;
}

/** A table's records by id. Throws on anything that is not a table, so a broken file is an error, not no results. */
export function fromTable(value: unknown): Map<string, PatentMeta> {
  const table = (value ?? {}) as Partial<RecordTable>;
  const ids = table.ids;
  if (!Array.isArray(ids) || RECORD_COLUMNS.some((column) => !Array.isArray(table[column]) || table[column].length !== ids.length)) {
    throw new Error('Not a patent record table');
  }
  const records = new Map<string, PatentMeta>();
  ids.forEach((id, i) => {
    const meta = {} as Record<RecordColumn, string | undefined>;
    for (const column of RECORD_COLUMNS) meta[column] = table[column]![i] || undefined;
    records.set(id, meta as PatentMeta);
  });
  return records;
}

/**
 * The bytes of a .rec file as JSON text. They are gzip, unless a host already undid that in transit
 * (Content-Encoding), so both are accepted, as Pagefind does for its own files.
 */
export async function decodeRecordFile(bytes: ArrayBuffer): Promise<unknown> {
  const view = new Uint8Array(bytes);
  const gzipped = view[0] === 0x1f && view[1] === 0x8b;
  if (!gzipped) return JSON.parse(new TextDecoder().decode(view));
  // A Response's body, not a Blob's stream: in Chromium each Blob is registered with the browser process, which
  // cost about 0.6 ms per shard, a sixth of a results page's time at 50,000 records (docs/search.md).
  return new Response(new Response(view).body!.pipeThrough(new DecompressionStream('gzip'))).json();
}
