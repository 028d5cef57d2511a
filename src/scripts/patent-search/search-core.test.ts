import { describe, expect, it } from 'vitest';
import { facetTable, ranks, type SortTable } from '#src/utils/search/facet-table.ts';
import type { FilterablePatent } from '#src/utils/search/patent-contract.ts';
import { searchRequest } from './engine.ts';
import { emptyFilters, initialState } from './state.ts';
import { createSearcher } from './search-core.ts';
import type { Pagefind, SearchRequest } from './types.ts';

// Rows newest first, as the build writes them.
const patents: (FilterablePatent & { id: string; words: string[]; license_no: string; title: string })[] = [
  {
    id: 'und_a',
    words: ['センサ', 'ガス'],
    license_no: 'L3',
    title: 'い',
    field: 'ict',
    holder_type: 'company',
    license_terms: 'license',
    registered: '2017-02-01',
  },
  {
    id: 'und_b',
    words: ['センサ', 'モータ'],
    license_no: 'L1',
    title: 'あ',
    field: 'electronics',
    holder_type: 'university',
    license_terms: 'either',
    registered: '2016-05-01',
    ipc: ['H01L 21/02'],
  },
  {
    id: 'und_c',
    words: ['モータ'],
    license_no: 'L2',
    title: 'う',
    field: 'electronics',
    holder_type: 'company',
    license_terms: 'assignment',
    registered: '2016-01-01',
  },
];

function sources(log: string[]) {
  const pagefind: Pagefind = {
    options: async () => {},
    // Relevance: the last record first, to tell it from row order.
    search: async (query) => {
      log.push(`search ${query}`);
      return {
        results: patents
          .filter((p) => query!.split(' ').every((word) => p.words.includes(word)))
          .reverse()
          .map(({ id }) => ({ id })),
      };
    },
    preload: async (query) => void log.push(`preload ${query}`),
  };
  const sorts: SortTable = {
    newest: ranks(
      patents.map((p) => p.registered),
      (a, b) => b.localeCompare(a),
    ),
    license_no: ranks(
      patents.map((p) => p.license_no),
      (a, b) => a.localeCompare(b),
    ),
    title: ranks(
      patents.map((p) => p.title),
      (a, b) => a.localeCompare(b, 'ja'),
    ),
  };
  return {
    facets: async () => facetTable(patents),
    sorts: async () => (log.push('sorts'), sorts),
    pagefind: async () => (log.push('open pagefind'), pagefind),
    rowsById: async () => new Map(patents.map(({ id }, row) => [id, row])),
  };
}
const request = (overrides: Partial<SearchRequest>): SearchRequest => ({
  query: '',
  parts: null,
  filters: emptyFilters(),
  sort: 'newest',
  ...overrides,
});

describe('the search worker', () => {
  it('browses with no words from the facet table alone, newest first, with counts', async () => {
    const log: string[] = [];
    const found = await createSearcher(sources(log)).search(request({ filters: { ...emptyFilters(), field: ['electronics'] } }));
    expect([...found.rows]).toEqual([1, 2]);
    expect(found.counts.field).toEqual({ ict: 1, electronics: 2 });
    expect(found.counts.license).toEqual({ license: 1, assignment: 2 });
    expect(found.counts.ipc.H).toBe(1);
    expect(log).toEqual([]);
  });

  it('maps Pagefind results to rows, keeps relevance order, and sorts on request', async () => {
    const log: string[] = [];
    const searcher = createSearcher(sources(log));
    expect([...(await searcher.search(request({ query: 'センサ', sort: 'relevance' }))).rows]).toEqual([1, 0]);
    expect([...(await searcher.search(request({ query: 'センサ', sort: 'newest' }))).rows]).toEqual([0, 1]);
    expect([...(await searcher.search(request({ sort: 'oldest' }))).rows]).toEqual([2, 1, 0]);
    expect([...(await searcher.search(request({ sort: 'license_no' }))).rows]).toEqual([1, 2, 0]);
    expect([...(await searcher.search(request({ sort: 'title' }))).rows]).toEqual([1, 0, 2]);
    // One Pagefind, opened once, only for the searches with words.
    expect(log.filter((line) => line === 'open pagefind')).toHaveLength(1);
    expect(log.filter((line) => line.startsWith('search'))).toEqual(['search センサ', 'search センサ']);
  });

  it('sorts by the newest column where the rows are not newest first', async () => {
    const log: string[] = [];
    const base = sources(log);
    const searcher = createSearcher({ ...base, facets: async () => ({ ...facetTable(patents), newestFirst: false }) });
    // The same rows and dates: the newest column gives the same order, read from the sort table.
    expect([...(await searcher.search(request({}))).rows]).toEqual([0, 1, 2]);
    expect([...(await searcher.search(request({ sort: 'oldest' }))).rows]).toEqual([2, 1, 0]);
    expect(log).toContain('sorts');
  });

  it('searches the query cut as the index cuts it when the query finds nothing (ガスセンサー → ガス センサ)', async () => {
    const log: string[] = [];
    const searcher = createSearcher(sources(log));
    const typed = 'ガスセンサー';
    const found = await searcher.search(request({ ...searchRequest({ ...initialState(), q: typed }), sort: 'relevance' }));
    expect(log.filter((line) => line.startsWith('search'))).toEqual(['search ガスセンサ', 'search ガス センサ']);
    expect([...found.rows]).toEqual([0]);
    log.length = 0;
    await searcher.search(request({ ...searchRequest({ ...initialState(), q: 'センサ' }), sort: 'relevance' }));
    expect(log.filter((line) => line.startsWith('search'))).toEqual(['search センサ']);
  });

  it('fails on a result id outside the page list rather than show another record', async () => {
    const base = sources([]);
    const searcher = createSearcher({ ...base, rowsById: async () => new Map([['und_a', 0]]) });
    await expect(searcher.search(request({ query: 'モータ' }))).rejects.toThrow('und_c');
  });

  it('preloads words only', async () => {
    const log: string[] = [];
    const searcher = createSearcher(sources(log));
    await searcher.preload(' ');
    expect(log).toEqual([]);
    await searcher.preload('モータ');
    expect(log).toEqual(['open pagefind', 'preload モータ']);
  });
});
