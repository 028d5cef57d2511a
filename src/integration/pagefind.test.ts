import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Each test imports pagefind.ts afresh, so that a mock of 'pagefind' applies even where another file of the same
// worker imported the real one first (the unit project shares modules between files: vitest.config.ts).
beforeEach(() => vi.resetModules());
afterEach(() => {
  vi.doUnmock('pagefind');
  vi.resetModules();
});

describe('buildSearchIndex', () => {
  it('fails when Pagefind reports an error', async () => {
    vi.doMock('pagefind', () => ({
      createIndex: async () => ({
        errors: [],
        index: {
          addHTMLFile: async () => ({ errors: ['Failed to parse foo.html'] }),
          writeFiles: async () => ({ errors: [] }),
          deleteIndex: async () => null,
        },
      }),
      close: async () => null,
    }));
    const { buildSearchIndex } = await import('./pagefind.ts');
    const site = mkdtempSync(join(tmpdir(), 'pagefind-mock-'));
    try {
      writeFileSync(join(site, 'foo.html'), '<html lang="ja"><body>x</body></html>');
      await expect(buildSearchIndex(site)).rejects.toThrow(/addHTMLFile foo\.html failed:\nFailed to parse foo\.html/u);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('fails when there is nothing to index', async () => {
    const { buildSearchIndex } = await import('./pagefind.ts');
    const empty = mkdtempSync(join(tmpdir(), 'pagefind-empty-'));
    try {
      await expect(buildSearchIndex(empty)).rejects.toThrow(/found no pages/u);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('indexes a directory of HTML', async () => {
    const { buildSearchIndex } = await import('./pagefind.ts');
    const site = mkdtempSync(join(tmpdir(), 'pagefind-site-'));
    try {
      writeFileSync(
        join(site, 'index.html'),
        '<html lang="ja"><body><main data-pagefind-body><h1>営業秘密</h1><p>秘密管理</p></main></body></html>',
      );
      await expect(buildSearchIndex(site)).resolves.toMatchObject({ pages: 1, patents: 0 });
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});

describe('scratchParent', () => {
  it('takes the first folder with room for the pages, else the temporary folder', async () => {
    const { scratchParent } = await import('./pagefind.ts');
    const here = mkdtempSync(join(tmpdir(), 'scratch-'));
    try {
      expect(scratchParent(10, ['/no/such/folder', here])).toBe(here);
      // No file system has room for 10^12 pages.
      expect(scratchParent(1e12, [here])).toBe(tmpdir());
    } finally {
      rmSync(here, { recursive: true, force: true });
    }
  });
});

describe('patentWorkerEnv', () => {
  it('gives the patent indexer jemalloc settings, keeping the rest of the environment', async () => {
    const { patentWorkerEnv, PATENT_PAGEFIND_MALLOC_CONF } = await import('./pagefind.ts');
    expect(patentWorkerEnv({ PATH: '/usr/bin', DATA_DIR: 'data' })).toEqual({
      PATH: '/usr/bin',
      DATA_DIR: 'data',
      _RJEM_MALLOC_CONF: PATENT_PAGEFIND_MALLOC_CONF,
    });
    expect(PATENT_PAGEFIND_MALLOC_CONF).toBe('dirty_decay_ms:3000');
  });

  it('keeps a setting the caller gave', async () => {
    const { patentWorkerEnv } = await import('./pagefind.ts');
    expect(patentWorkerEnv({ _RJEM_MALLOC_CONF: 'dirty_decay_ms:0' })._RJEM_MALLOC_CONF).toBe('dirty_decay_ms:0');
  });
});

describe('bundleHash', () => {
  it('changes with any table, not with a shard or the offline manifest', async () => {
    const { bundleHash } = await import('./pagefind.ts');
    const site = mkdtempSync(join(tmpdir(), 'inpit-bundle-hash-'));
    try {
      const bundle = join(site, 'pagefind-patents', 'ja');
      const write = (file: string, text: string) => {
        mkdirSync(dirname(join(bundle, file)), { recursive: true });
        writeFileSync(join(bundle, file), text);
      };
      for (const file of ['pagefind-entry.json', 'sorts.bin', 'facets.bin', 'index/und_1.pf_index', 'records/0.rec', 'records/all.rec'])
        write(file, 'a');
      const first = bundleHash(site);
      expect(bundleHash(site)).toBe(first);
      write('records/0.rec', 'b');
      write('offline-manifest.json', '{}');
      expect(bundleHash(site)).toBe(first);
      for (const file of ['sorts.bin', 'facets.bin', 'records/all.rec']) {
        const before = bundleHash(site);
        write(file, `${file} changed`);
        expect(bundleHash(site), file).not.toBe(before);
      }
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
