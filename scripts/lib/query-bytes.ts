/**
 * What a search costs in bytes, for `npm run bench`: which kind of Pagefind file each fetched path is, totals per
 * kind (the record table counts as the search's: it replaces Pagefind's fragments), and a log of what a local http.Server actually sent (response body bytes, counted as they are written).
 * Pagefind's index files are already gzip-compressed on disk, so the files served as they are give the real
 * transfer size of the index; pagefind.js and pagefind-worker.js are plain JavaScript that a web server may
 * compress further (see gzipBytes).
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

export const BUNDLE_KINDS = [
  'runtime',
  'wasm',
  'entry',
  'pf_meta',
  'filter',
  'index',
  'fragment',
  'record_shard',
  'record_table',
  'facet_table',
  'manifest',
  'other',
] as const;
export type BundleKind = (typeof BUNDLE_KINDS)[number];

/** The kind of a Pagefind bundle file, from its path (a URL path or a path inside the bundle). */
export function bundleFileKind(path: string): BundleKind {
  const name = path.split('?')[0]!.split('/').at(-1) ?? '';
  if (/^pagefind(?:-worker)?\.js$/u.test(name)) return 'runtime';
  if (/^wasm\.[\w-]+\.pagefind$/u.test(name)) return 'wasm';
  if (name === 'pagefind-entry.json') return 'entry';
  if (name.endsWith('.pf_meta')) return 'pf_meta';
  if (name.endsWith('.pf_filter')) return 'filter';
  if (name.endsWith('.pf_index')) return 'index';
  if (name.endsWith('.pf_fragment')) return 'fragment';
  // The record table (src/utils/search/record-table.ts): what results show, in place of fragments.
  if (name === 'all.rec') return 'record_table';
  if (/^\d+\.rec$/u.test(name)) return 'record_shard';
  // The facet and sort tables (src/utils/search/facet-table.ts): filters, counts and sorts in place of Pagefind's.
  if (name === 'facets.bin' || name === 'sorts.bin') return 'facet_table';
  if (name === 'offline-manifest.json') return 'manifest';
  return 'other';
}

export interface SizedFile {
  path: string;
  bytes: number;
}

export interface KindTotals {
  files: number;
  bytes: number;
}

/** Files and bytes per kind (every kind present, zero when absent), and the grand total. */
export function totalsByKind(files: readonly SizedFile[]): { kinds: Record<BundleKind, KindTotals>; total: KindTotals } {
  const kinds = Object.fromEntries(BUNDLE_KINDS.map((kind) => [kind, { files: 0, bytes: 0 }])) as Record<BundleKind, KindTotals>;
  for (const file of files) {
    const entry = kinds[bundleFileKind(file.path)];
    entry.files += 1;
    entry.bytes += file.bytes;
  }
  return { kinds, total: { files: files.length, bytes: files.reduce((sum, file) => sum + file.bytes, 0) } };
}

/** Only the files under a URL prefix such as /pagefind-patents/. */
export function underPrefix<T extends SizedFile>(files: readonly T[], prefix: string): T[] {
  return files.filter((file) => file.path.startsWith(prefix));
}

/** Size after gzip -6: what a web server that compresses text on the fly would send for an uncompressed file. */
export function gzipBytes(content: Uint8Array): number {
  return gzipSync(content, { level: 6 }).length;
}

/** 1234567 → "1.23 MB", 4096 → "4.1 kB": decimal units, as browsers' developer tools show transfer sizes. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(2)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${bytes} B`;
}

export interface Served extends SizedFile {
  status: number;
  /** Order in which responses finished. */
  seq: number;
}

/**
 * Logs every response a server sends: URL path, status and body bytes. Counting happens in a listener that runs
 * before the server's own handler, by wrapping write() and end(), so it sees exactly what was sent.
 * `mark()` returns a position; `since(mark)` the responses finished after it.
 */
export function logResponses(server: Server): {
  all: () => Served[];
  mark: () => number;
  since: (mark: number) => Served[];
  detach: () => void;
} {
  const served: Served[] = [];
  const listener = (request: IncomingMessage, response: ServerResponse) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let bytes = 0;
    const count = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
      bytes +=
        typeof chunk === 'string'
          ? Buffer.byteLength(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
          : (chunk as Uint8Array).byteLength;
    };
    const write = response.write.bind(response) as (...args: unknown[]) => boolean;
    const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
    (response as unknown as { write: (...args: unknown[]) => boolean }).write = (...args: unknown[]) => {
      count(args[0], args[1]);
      return write(...args);
    };
    (response as unknown as { end: (...args: unknown[]) => ServerResponse }).end = (...args: unknown[]) => {
      count(args[0], args[1]);
      return end(...args);
    };
    response.on('finish', () => served.push({ path, status: response.statusCode, bytes, seq: served.length }));
  };
  server.prependListener('request', listener);
  return {
    all: () => [...served],
    mark: () => served.length,
    since: (mark) => served.slice(mark),
    detach: () => server.off('request', listener),
  };
}

/** The median of numbers (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
