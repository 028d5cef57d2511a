import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPagefind, preloadQuery, runSearch, searchResults, type Pagefind, type PagefindSearch } from './engine.ts';
import { emptyFilters, initialState, type PagefindFilters, type SearchState } from './state.ts';

type Call = { query: string | null; filters: PagefindFilters; sort?: Record<string, string> };

/** Records on a field and a year; counts like Pagefind: per value, among the results of that search. */
function fakePagefind(records: { id: string; words: string[]; field: string; year: string }[]) {
  const calls: Call[] = [];
  const matches = (record: (typeof records)[number], query: string | null, filters: PagefindFilters) =>
    (query === null || query.split(' ').every((word) => record.words.includes(word))) &&
    (!filters.field || filters.field.any.includes(record.field)) &&
    (!filters.year || filters.year.any.includes(record.year));
  const countsOf = (list: typeof records) => {
    const counts: Record<string, Record<string, number>> = { field: {}, holder_type: {}, license: {}, year: {} };
    for (const r of records) {
      counts.field![r.field] ??= 0;
      counts.year![r.year] ??= 0;
    }
    for (const r of list) {
      counts.field![r.field]! += 1;
      counts.year![r.year]! += 1;
    }
    return counts;
  };
  const pagefind: Pagefind = {
    options: async () => {},
    filters: async () => countsOf(records),
    search: async (query, options = {}) => {
      calls.push({ query, filters: options.filters ?? {}, ...(options.sort ? { sort: options.sort } : {}) });
      const found = records.filter((r) => matches(r, query, options.filters ?? {}));
      const result: PagefindSearch = {
        results: found.map((r) => ({ id: r.id })),
        // Like Pagefind: no counts at all for a search with neither words nor filters.
        filters: query === null && Object.keys(options.filters ?? {}).length === 0 ? {} : countsOf(found),
      };
      return result;
    },
  };
  return { pagefind, calls };
}

const records = [
  { id: 'a', words: ['センサ'], field: 'ict', year: '2016' },
  { id: 'b', words: ['センサ'], field: 'electronics', year: '2016' },
  { id: 'c', words: ['モータ'], field: 'electronics', year: '2017' },
  { id: 'd', words: ['センサ'], field: 'machinery', year: '2017' },
];
const state = (overrides: Partial<SearchState>): SearchState => ({
  ...initialState(),
  ...overrides,
  filters: { ...emptyFilters(), ...overrides.filters },
});

describe('preloadQuery', () => {
  it('preloads the folded words of what is typed, and nothing for blank input', async () => {
    const { pagefind } = fakePagefind(records);
    const preloaded: string[] = [];
    pagefind.preload = async (query) => void preloaded.push(query);
    await preloadQuery(pagefind, 'ｾﾝｻｰ');
    await preloadQuery(pagefind, ' 　 ');
    expect(preloaded).toEqual(['センサ']);
  });

  it('does nothing with a Pagefind that cannot preload', async () => {
    const { pagefind, calls } = fakePagefind(records);
    await expect(preloadQuery(pagefind, 'センサー')).resolves.toBeUndefined();
    expect(calls).toEqual([]);
  });
});

describe('searchResults', () => {
  it('runs one search with the folded words, filters and sort, and asks for no counts', async () => {
    const { pagefind, calls } = fakePagefind(records);
    const results = await searchResults(
      pagefind,
      state({ q: 'ｾﾝｻｰ', sort: 'newest', filters: { ...emptyFilters(), field: ['ict', 'electronics'] } }),
    );
    expect(results.map((r) => r.id)).toEqual(['a', 'b']);
    expect(calls).toEqual([{ query: 'センサ', filters: { field: { any: ['ict', 'electronics'] } }, sort: { registered: 'desc' } }]);
  });

  it('lists everything when there is nothing to search for', async () => {
    const { pagefind, calls } = fakePagefind(records);
    expect(await searchResults(pagefind, state({ q: ' 、 ' }))).toHaveLength(records.length);
    expect(calls[0]?.query).toBeNull();
  });
});

describe('a query that finds nothing', () => {
  const gas = [...records, { id: 'e', words: ['ガス', 'センサ'], field: 'ict', year: '2018' }];

  it('is tried again with its words cut as the index cuts them (ガスセンサー → ガス センサ)', async () => {
    const { pagefind, calls } = fakePagefind(gas);
    expect(await searchResults(pagefind, state({ q: 'ガスセンサー' }))).toEqual([{ id: 'e' }]);
    expect(calls.map((call) => call.query)).toEqual(['ガスセンサ', 'ガス センサ']);
    const outcome = await runSearch(pagefind, state({ q: 'がすせんさー' }), {});
    expect(outcome.results).toEqual([{ id: 'e' }]);
  });

  it('is not tried again when it finds something or its parts are the same', async () => {
    const { pagefind, calls } = fakePagefind(gas);
    await searchResults(pagefind, state({ q: 'センサ' }));
    await searchResults(pagefind, state({ q: 'ミシン' }));
    expect(calls.map((call) => call.query)).toEqual(['センサ', 'ミシン']);
  });
});

describe('runSearch', () => {
  it('searches folded words with the chosen filters and sort', async () => {
    const { pagefind, calls } = fakePagefind(records);
    const totals = await pagefind.filters();
    const outcome = await runSearch(pagefind, state({ q: 'ｾﾝｻｰ' }), totals);
    expect(outcome.results.map((r) => r.id)).toEqual(['a', 'b', 'd']);
    expect(calls).toEqual([{ query: 'センサ', filters: {} }]);
    expect(outcome.counts.field).toEqual({ ict: 1, electronics: 1, machinery: 1 });

    await runSearch(pagefind, state({ q: 'センサ', sort: 'newest' }), totals);
    expect(calls.at(-1)).toEqual({ query: 'センサ', filters: {}, sort: { registered: 'desc' } });
  });

  it('lists everything newest first with the totals as counts when there is nothing to search for', async () => {
    const { pagefind, calls } = fakePagefind(records);
    const totals = await pagefind.filters();
    const outcome = await runSearch(pagefind, state({ q: ' 、 ' }), totals);
    expect(outcome.results).toHaveLength(4);
    expect(calls).toEqual([{ query: null, filters: {}, sort: { registered: 'desc' } }]);
    expect(outcome.counts.year).toEqual({ 2016: 2, 2017: 2 });
  });

  it('counts a chosen filter without itself (OR within a filter) and the others with every filter', async () => {
    const { pagefind, calls } = fakePagefind(records);
    const totals = await pagefind.filters();
    const outcome = await runSearch(pagefind, state({ q: 'センサ', filters: { ...emptyFilters(), field: ['ict'] } }), totals);
    expect(outcome.results.map((r) => r.id)).toEqual(['a']);
    // Other fields keep their counts, so a second one can be added.
    expect(outcome.counts.field).toEqual({ ict: 1, electronics: 1, machinery: 1 });
    expect(outcome.counts.year).toEqual({ 2016: 1, 2017: 0 });
    expect(calls).toContainEqual({ query: 'センサ', filters: {} });

    const both = await runSearch(pagefind, state({ filters: { ...emptyFilters(), field: ['electronics'], year: ['2017'] } }), totals);
    expect(both.results.map((r) => r.id)).toEqual(['c']);
    expect(both.counts.field).toEqual({ ict: 0, electronics: 1, machinery: 1 });
    expect(both.counts.year).toEqual({ 2016: 1, 2017: 1 });

    const onlyField = await runSearch(pagefind, state({ filters: { ...emptyFilters(), field: ['ict'] } }), totals);
    // The field counts are the totals: without words and other filters there is nothing to narrow them.
    expect(onlyField.counts.field).toEqual({ ict: 1, electronics: 2, machinery: 1 });
  });
});

describe('loadPagefind', () => {
  /** Workers that never answer; the test fails them by hand. */
  const started: (EventTarget & { terminated: boolean; url: string; messages: unknown[] })[] = [];
  class FakeWorker extends EventTarget {
    terminated = false;
    messages: unknown[] = [];
    url: string;
    constructor(url: URL | string) {
      super();
      this.url = String(url);
      started.push(this);
    }
    postMessage(message: unknown) {
      this.messages.push(message);
    }
    terminate() {
      this.terminated = true;
    }
  }
  afterEach(() => vi.unstubAllGlobals());

  it('opens the bundle in one search worker, and starts a new one after the worker fails', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const ref = { bundle: '/pagefind-patents/ja/', buildId: 'b1' };
    const first = loadPagefind(ref);
    void loadPagefind(ref).catch(() => undefined);
    expect(started).toHaveLength(1);
    expect(started[0]!.url).toMatch(/search-worker/u);
    expect(started[0]!.messages).toEqual([
      {
        method: 'open',
        url: '/pagefind-patents/ja/pagefind.js',
        options: { basePath: '/pagefind-patents/ja/', metaCacheTag: 'b1' },
        id: 0,
      },
    ]);
    started[0]!.dispatchEvent(new Event('error'));
    await expect(first).rejects.toThrow(/search worker failed/u);
    expect(started[0]!.terminated).toBe(true);
    // A worker that opened the bundle and fails later is replaced too.
    const second = loadPagefind(ref);
    expect(started).toHaveLength(2);
    started[1]!.dispatchEvent(new MessageEvent('message', { data: { id: 0, value: true } }));
    await second;
    started[1]!.dispatchEvent(new Event('error'));
    expect(started[1]!.terminated).toBe(true);
    void loadPagefind(ref).catch(() => undefined);
    expect(started).toHaveLength(3);
    started[2]!.dispatchEvent(new Event('error'));
  });
});
