/**
 * The patent facet table: each record's filter values in a few bytes, row by row in the bundle's page order
 * (newest registration first), so the search worker filters, counts and sorts without Pagefind's filters.
 * Written by the build (src/integration/patent-tables.ts), read by the search worker; row i is Pagefind's page i.
 *
 * File format (gzipped): "INPT", a u32 (little-endian) header length, the header as JSON, then each column's
 * bytes in the header's order, each padded to a multiple of 4.
 */
import { IPC_SECTIONS, PATENT_FILTERS, patentFilterValues, type FilterablePatent, type PatentFilter } from './patent-contract.ts';

/** The facet table in a bundle (patentBundlePath). */
export const facetTableUrl = (bundle: string): string => `${bundle}facets.bin`;
/** The sort orders (ranks per row) in a bundle: fetched only for a sort other than relevance, newest or oldest. */
export const sortTableUrl = (bundle: string): string => `${bundle}sorts.bin`;

/** `one`: a value index per row (u8); `set`: a bit set per row (u8, bit i = value i), for multi-valued filters. */
export type FacetKind = 'one' | 'set';
export const FACET_KINDS: Record<PatentFilter, FacetKind> = { field: 'one', holder_type: 'one', license: 'set', ipc: 'set', year: 'one' };

export interface FacetTable {
  rows: number;
  /** Rows are newest registration first (then "newest" is row order); otherwise the sort table's newest column. */
  newestFirst: boolean;
  /** Each filter's values; a row's column entry points into these. */
  values: Record<PatentFilter, readonly string[]>;
  columns: Record<PatentFilter, Uint8Array>;
}

/** Sorts other than by row order: the rank of each row (0 = first). */
export const TABLE_SORTS = ['newest', 'license_no', 'title'] as const;
export type TableSort = (typeof TABLE_SORTS)[number];
export type SortTable = Record<TableSort, Uint32Array>;

const MAGIC = 'INPT';
/** u32-planes: a Uint32Array as its four byte planes, lowest first (toBytePlanes). */
type Column = { name: string; type: 'u8' | 'u32-planes' };

function pad4(n: number): number {
  return (n + 3) & ~3;
}

/** Header and columns as one binary file (not yet gzipped). */
export function encodeColumns(
  header: Record<string, unknown>,
  columns: readonly (readonly [name: string, data: Uint8Array | Uint32Array])[],
): Uint8Array {
  const head = new TextEncoder().encode(
    JSON.stringify({
      ...header,
      columns: columns.map(([name, data]): Column => ({ name, type: data instanceof Uint32Array ? 'u32-planes' : 'u8' })),
    }),
  );
  let size = pad4(8 + head.length);
  for (const [, data] of columns) size += pad4(data.byteLength);
  const out = new Uint8Array(size);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, head.length, true);
  out.set(head, 8);
  let offset = pad4(8 + head.length);
  for (const [, data] of columns) {
    out.set(data instanceof Uint32Array ? toBytePlanes(data) : data, offset);
    offset += pad4(data.byteLength);
  }
  return out;
}

/**
 * A Uint32Array as four planes: every value's lowest byte, then every value's second byte, and so on. Row numbers
 * and ranks below 65,536 leave two planes all zero, and neighbouring values share their high bytes, so gzip packs the
 * planes far better than the values side by side (docs/search.md).
 */
export function toBytePlanes(values: Uint32Array): Uint8Array {
  const n = values.length;
  const planes = new Uint8Array(n * 4);
  for (let i = 0; i < n; i += 1) {
    const value = values[i]!;
    planes[i] = value & 0xff;
    planes[n + i] = (value >>> 8) & 0xff;
    planes[2 * n + i] = (value >>> 16) & 0xff;
    planes[3 * n + i] = value >>> 24;
  }
  return planes;
}

export function fromBytePlanes(planes: Uint8Array): Uint32Array {
  const n = planes.length >> 2;
  const values = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) {
    values[i] = (planes[i]! | (planes[n + i]! << 8) | (planes[2 * n + i]! << 16) | (planes[3 * n + i]! << 24)) >>> 0;
  }
  return values;
}

export function decodeColumns(bytes: Uint8Array): { header: Record<string, unknown>; columns: Map<string, Uint8Array | Uint32Array> } {
  if (new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) throw new Error('Not a patent facet table');
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as Record<string, unknown> & {
    columns: Column[];
    rows: number;
  };
  // A copy: the columns are views of it, not of the caller's bytes.
  const buffer = bytes.slice().buffer;
  const columns = new Map<string, Uint8Array | Uint32Array>();
  let offset = pad4(8 + length);
  for (const { name, type } of header.columns) {
    // A table of an older form (u32 side by side) would read as nonsense: say so instead.
    if (type !== 'u8' && type !== 'u32-planes') throw new Error(`Patent table column ${name} has an unknown type ${String(type)}`);
    const size = type === 'u8' ? header.rows : header.rows * 4;
    if (offset + size > buffer.byteLength) throw new Error('Patent facet table is cut short');
    const column = new Uint8Array(buffer, offset, size);
    columns.set(name, type === 'u8' ? column : fromBytePlanes(column));
    offset += pad4(size);
  }
  return { header, columns };
}

/** The facet table of patents in row order. Values are listed in first-seen order, IPC sections A–H. */
export function facetTable(patents: readonly FilterablePatent[], newestFirst = true): FacetTable {
  const values = Object.fromEntries(PATENT_FILTERS.map((name) => [name, name === 'ipc' ? [...IPC_SECTIONS] : []])) as unknown as Record<
    PatentFilter,
    string[]
  >;
  const columns = Object.fromEntries(PATENT_FILTERS.map((name) => [name, new Uint8Array(patents.length)])) as Record<
    PatentFilter,
    Uint8Array
  >;
  const indexOf = (name: PatentFilter, value: string): number => {
    let index = values[name].indexOf(value);
    if (index < 0) index = values[name].push(value) - 1;
    const limit = FACET_KINDS[name] === 'one' ? 255 : 8;
    if (index >= limit) throw new Error(`Filter ${name} has more than ${limit} values: the facet table has no room for them`);
    return index;
  };
  patents.forEach((patent, row) => {
    const filters = patentFilterValues(patent);
    for (const name of PATENT_FILTERS) {
      const list = filters[name];
      if (FACET_KINDS[name] === 'one') {
        if (list.length !== 1) throw new Error(`Filter ${name} must have one value per record, not ${list.length}`);
        columns[name][row] = indexOf(name, list[0]!);
      } else {
        columns[name][row] = list.reduce((bits, value) => bits | (1 << indexOf(name, value)), 0);
      }
    }
  });
  return { rows: patents.length, newestFirst, values, columns };
}

export function encodeFacetTable(table: FacetTable): Uint8Array {
  return encodeColumns(
    { rows: table.rows, newestFirst: table.newestFirst, values: table.values },
    PATENT_FILTERS.map((name) => [name, table.columns[name]] as const),
  );
}

export function decodeFacetTable(bytes: Uint8Array): FacetTable {
  const { header, columns } = decodeColumns(bytes);
  const values = header.values as Record<PatentFilter, string[]> | undefined;
  const table = { rows: header.rows as number, newestFirst: header.newestFirst === true, values, columns: {} } as unknown as FacetTable;
  for (const name of PATENT_FILTERS) {
    const column = columns.get(name);
    if (!(column instanceof Uint8Array) || !Array.isArray(values?.[name])) throw new Error(`Patent facet table has no ${name} column`);
    table.columns[name] = column;
  }
  return table;
}

/** Ranks of keys (0 = first), ties broken by row: the sort orders' columns. */
export function ranks<T>(keys: readonly T[], compare: (a: T, b: T) => number): Uint32Array {
  const order = keys.map((_, row) => row).sort((a, b) => compare(keys[a]!, keys[b]!) || a - b);
  const rank = new Uint32Array(keys.length);
  order.forEach((row, i) => (rank[row] = i));
  return rank;
}

export function encodeSortTable(table: SortTable): Uint8Array {
  return encodeColumns(
    { rows: table.newest.length },
    TABLE_SORTS.map((name) => [name, table[name]] as const),
  );
}

export function decodeSortTable(bytes: Uint8Array): SortTable {
  const { columns } = decodeColumns(bytes);
  const table = {} as SortTable;
  for (const name of TABLE_SORTS) {
    const column = columns.get(name);
    if (!(column instanceof Uint32Array)) throw new Error(`Patent sort table has no ${name} column`);
    table[name] = column;
  }
  return table;
}

/** A file's bytes, gunzipped unless a host already undid the gzip in transit (Content-Encoding). */
export async function gunzipped(bytes: ArrayBuffer | Uint8Array): Promise<Uint8Array> {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (view[0] !== 0x1f || view[1] !== 0x8b) return view;
  const body = new Response(view as Uint8Array<ArrayBuffer>).body!.pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(body).arrayBuffer());
}
