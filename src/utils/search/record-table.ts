/**
 * The patent record table: what the results list, print view and CSV export show for each record, by row: row i
 * is Pagefind's page i and the facet table's row i (facet-table.ts), newest registration first. It replaces Pagefind's fragment files for the patent bundle, which repeat
 * every record's indexed words and made up most of the offline download (see docs/search.md).
 *
 * The build writes it twice (src/integration/patent-tables.ts), as columnar JSON, gzipped:
 * - records/<n>.rec (in each language's bundle): rows [n × RECORDS_PER_SHARD, (n + 1) × RECORDS_PER_SHARD), fetched
 *   for the results on show (browsing newest first, a page of 20 is 10 shards; see docs/search.md for the size);
 * - records/all.rec: every record, which "save for offline use" downloads instead of the shards, with its text
 *   columns coded (packTable), a third smaller (docs/search.md).
 * Shared by the build (Node) and the search page (browser).
 */
import type { PatentMeta } from './patent-contract.ts';

export const RECORDS_PER_SHARD = 2;

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
  'summary',
  'ipc',
  'keywords',
  'applied_products',
  'contact',
] as const satisfies readonly (keyof PatentMeta)[];
export type RecordColumn = (typeof RECORD_COLUMNS)[number];

/** Columns rather than rows: gzip finds far more repetition down a column (about 1.4 MB against 2.2 MB at 50,000). */
export type RecordTable = { start: number } & Record<RecordColumn, string[]>;

/**
 * A column as its distinct values and, for each row, the index of its value. The values are sorted, most rows
 * first and then by code units, so that like texts (a holder's contact, summaries that open alike) sit within
 * gzip's 32 kB window of each other: it only finds repeats that close.
 */
export interface CodedColumn {
  values: string[];
  rows: number[];
}

/**
 * The columns the whole table leaves as they are (packTable codes the others, texts that repeat or resemble each
 * other): numbers and dates, each a patent's own or already in row order, compress better plain (docs/search.md).
 */
export const PLAIN_COLUMNS: ReadonlySet<RecordColumn> = new Set([
  'license_no',
  'registered',
  'patent_no',
  'application_no',
] satisfies RecordColumn[]);

/** A table as written to a file: records/all.rec has its columns coded but PLAIN_COLUMNS, the shards have none. */
export type PackedTable = { start: number } & Record<RecordColumn, string[] | CodedColumn>;

/** The table's folder in a bundle (patentBundlePath): each bundle's result ids are its own. */
export const recordsPath = (bundle: string): string => `${bundle}records/`;
export const fullTableUrl = (bundle: string): string => `${recordsPath(bundle)}all.rec`;
export const shardUrl = (bundle: string, shard: number): string => `${recordsPath(bundle)}${shard}.rec`;

/** How many shards n records get. */
export const shardCount = (records: number): number => Math.max(1, Math.ceil(records / RECORDS_PER_SHARD));

/** The shard of a row. */
export const recordShard = (row: number): number => Math.floor(row / RECORDS_PER_SHARD);

/** The table of `metas`, the first of them row `start`. */
export function toTable(metas: readonly PatentMeta[], start = 0): RecordTable {
  const table = { start } as RecordTable;
  for (const column of RECORD_COLUMNS) table[column] = metas.map((meta) => meta[column] ?? '');
  return table;
}

/** `cells` as a CodedColumn. */
export function codeColumn(cells: readonly string[]): CodedColumn {
  const counts = new Map<string, number>();
  for (const cell of cells) counts.set(cell, (counts.get(cell) ?? 0) + 1);
  const values = [...counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0)).map(([value]) => value);
  const index = new Map(values.map((value, i) => [value, i]));
  return { values, rows: cells.map((cell) => index.get(cell)!) };
}

/** The whole table as records/all.rec holds it: every column but PLAIN_COLUMNS coded. */
export function packTable(table: RecordTable): PackedTable {
  const packed: PackedTable = { ...table };
  for (const column of RECORD_COLUMNS) if (!PLAIN_COLUMNS.has(column)) packed[column] = codeColumn(table[column]);
  return packed;
}

const isCoded = (column: unknown): column is CodedColumn =>
  typeof column === 'object' &&
  column !== null &&
  Array.isArray((column as CodedColumn).values) &&
  Array.isArray((column as CodedColumn).rows);

/** A column's cell getter and length, or undefined if it is neither a list of cells nor a sound CodedColumn. */
function readColumn(column: unknown): { length: number; cell: (row: number) => string } | undefined {
  if (Array.isArray(column)) return { length: column.length, cell: (row) => column[row] as string };
  if (!isCoded(column)) return undefined;
  const { values, rows } = column;
  if (!rows.every((index) => Number.isInteger(index) && index >= 0 && index < values.length)) return undefined;
  return { length: rows.length, cell: (row) => values[rows[row]!]! };
}

/** A table's records by row. Throws on anything that is not a table, so a broken file is an error, not no results. */
export function fromTable(value: unknown): Map<number, PatentMeta> {
  const table = (value ?? {}) as Partial<Record<RecordColumn | 'start', unknown>>;
  const start = table.start;
  const columns = RECORD_COLUMNS.map((column) => [column, readColumn(table[column])] as const);
  const length = columns[0]![1]?.length;
  if (typeof start !== 'number' || length === undefined || columns.some(([, column]) => column?.length !== length)) {
    throw new Error('Not a patent record table');
  }
  const records = new Map<number, PatentMeta>();
  for (let i = 0; i < length; i += 1) {
    const meta = {} as Record<RecordColumn, string | undefined>;
    for (const [name, column] of columns) meta[name] = column!.cell(i) || undefined;
    records.set(start + i, meta as PatentMeta);
  }
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
