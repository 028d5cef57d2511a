import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { bundleFileKind, formatBytes, gzipBytes, logResponses, median, totalsByKind, underPrefix } from './query-bytes.ts';

describe('bundleFileKind', () => {
  it.each([
    ['/pagefind-patents/pagefind.js', 'runtime'],
    ['/pagefind-patents/pagefind-worker.js', 'runtime'],
    ['/pagefind-patents/wasm.unknown.pagefind', 'wasm'],
    ['/pagefind-patents/wasm.ja.pagefind', 'wasm'],
    ['/pagefind-patents/pagefind-entry.json?ts=1', 'entry'],
    ['/pagefind-patents/pagefind.und_52558f7e919.pf_meta', 'pf_meta'],
    ['filter/und_2b4bfb3.pf_filter', 'filter'],
    ['index/und_1a2b3c4.pf_index', 'index'],
    ['fragment/und_065d27d.pf_fragment', 'fragment'],
    ['/pagefind-patents/records/17.rec?ts=abc', 'record_shard'],
    ['records/all.rec', 'record_table'],
    ['/pagefind-patents/ja/facets.bin?ts=abc', 'facet_table'],
    ['sorts.bin', 'facet_table'],
    ['offline-manifest.json', 'manifest'],
    ['/pagefind-patents/pagefind-ui.css', 'other'],
  ])('%s → %s', (path, kind) => {
    expect(bundleFileKind(path)).toBe(kind);
  });
});

describe('totalsByKind', () => {
  it('sums files and bytes per kind and overall', () => {
    const { kinds, total } = totalsByKind([
      { path: 'index/a.pf_index', bytes: 100 },
      { path: 'index/b.pf_index', bytes: 50 },
      { path: 'pagefind.js', bytes: 7 },
    ]);
    expect(kinds.index).toEqual({ files: 2, bytes: 150 });
    expect(kinds.runtime).toEqual({ files: 1, bytes: 7 });
    expect(kinds.fragment).toEqual({ files: 0, bytes: 0 });
    expect(total).toEqual({ files: 3, bytes: 157 });
  });

  it('filters by URL prefix', () => {
    expect(
      underPrefix(
        [
          { path: '/pagefind-patents/x', bytes: 1 },
          { path: '/pagefind/x', bytes: 2 },
        ],
        '/pagefind-patents/',
      ),
    ).toEqual([{ path: '/pagefind-patents/x', bytes: 1 }]);
  });
});

describe('formatBytes, gzipBytes and median', () => {
  it('formats decimal units', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(4096)).toBe('4.1 kB');
    expect(formatBytes(1_234_567)).toBe('1.23 MB');
    expect(formatBytes(2_500_000_000)).toBe('2.50 GB');
  });

  it('gzips repetitive text to far less', () => {
    expect(gzipBytes(new TextEncoder().encode('a'.repeat(10_000)))).toBeLessThan(100);
  });

  it('takes the middle value', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('logResponses', () => {
  it('records path, status and the body bytes sent, in order', async () => {
    const server = createServer((request, response) => {
      if (request.url === '/missing') {
        response.writeHead(404).end('nope');
        return;
      }
      response.writeHead(200);
      response.write(Buffer.alloc(1000));
      response.end('日本'); // 6 bytes in UTF-8
    });
    const log = logResponses(server);
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    const { port } = server.address() as AddressInfo;
    try {
      await (await fetch(`http://127.0.0.1:${port}/a%20b?x=1`)).arrayBuffer();
      const mark = log.mark();
      await (await fetch(`http://127.0.0.1:${port}/missing`)).arrayBuffer();
      expect(log.all()[0]).toEqual({ path: '/a b', status: 200, bytes: 1006, seq: 0 });
      expect(log.since(mark)).toEqual([{ path: '/missing', status: 404, bytes: 4, seq: 1 }]);
    } finally {
      log.detach();
      await new Promise((closed) => server.close(closed));
    }
  });
});
