import { describe, expect, it } from 'vitest';
import type { PatentMeta } from '../../utils/search/patent-contract.ts';
import { ResultData, runSearch, searchResults, toMeta, type Pagefind, type PagefindResult, type PagefindSearch } from './engine.ts';
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
        results: found.map((r) => ({ id: r.id, data: async () => ({ url: `/patents/${r.id}/`, meta: {} }) })),
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
const state = (overrides: Partial<SearchState>): SearchState => ({ ...initialState(), ...overrides, filters: { ...emptyFilters(), ...overrides.filters } });

describe('searchResults', () => {
  it('runs one search with the folded words, filters and sort, and asks for no counts', async () => {
    const { pagefind, calls } = fakePagefind(records);
    const results = await searchResults(pagefind, state({ q: 'ｾﾝｻｰ', sort: 'newest', filters: { ...emptyFilters(), field: ['ict', 'electronics'] } }));
    expect(results.map((r) => r.id)).toEqual(['a', 'b']);
    expect(calls).toEqual([{ query: 'センサ', filters: { field: { any: ['ict', 'electronics'] } }, sort: { registered: 'desc' } }]);
  });

  it('lists everything when there is nothing to search for', async () => {
    const { pagefind, calls } = fakePagefind(records);
    expect(await searchResults(pagefind, state({ q: ' 、 ' }))).toHaveLength(records.length);
    expect(calls[0]?.query).toBeNull();
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

describe('ResultData', () => {
  const result = (i: number, loads: number[]): PagefindResult => ({
    id: `r${i}`,
    data: async () => {
      loads.push(i);
      return {
        url: `/patents/L${i}/`,
        meta: { title: `t${i}`, license_no: `L${i}`, field: 'ict', holder: 'h', holder_type: 'company', license_terms: 'license', registered: '2016-01-01' },
      };
    },
  });

  it('fetches in chunks, in order, each record once', async () => {
    const loads: number[] = [];
    const results = Array.from({ length: 250 }, (_, i) => result(i, loads));
    const data = new ResultData();
    const chunks: [number, number][] = [];
    expect(await data.each(results, (chunk, done) => void chunks.push([chunk.length, done]))).toBe(true);
    expect(chunks).toEqual([
      [100, 100],
      [100, 200],
      [50, 250],
    ]);
    const again: PatentMeta[] = [];
    await data.each(results, (chunk) => void again.push(...chunk), 20, 40);
    expect(again.map((m) => m.license_no)).toEqual(Array.from({ length: 20 }, (_, i) => `L${i + 20}`));
    expect(loads).toHaveLength(250);
  });

  it('stops when told to', async () => {
    const loads: number[] = [];
    const results = Array.from({ length: 250 }, (_, i) => result(i, loads));
    let calls = 0;
    expect(await new ResultData().each(results, () => (calls += 1) < 1 && undefined)).toBe(false);
    expect(calls).toBe(1);
    expect(loads).toHaveLength(100);
  });

  it('fetches a record again after a failure', async () => {
    let attempts = 0;
    const flaky: PagefindResult = {
      id: 'x',
      data: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('offline');
        return { url: '/patents/L1/', meta: { title: 't', license_no: 'L1', field: 'ict', holder: 'h', holder_type: 'company', license_terms: 'license', registered: '2016-01-01' } };
      },
    };
    const data = new ResultData();
    await expect(data.get(flaky)).rejects.toThrow('offline');
    expect((await data.get(flaky))?.license_no).toBe('L1');
    expect((await data.get(flaky))?.license_no).toBe('L1');
    expect(attempts).toBe(2);
  });

  it('drops records without the fields every row needs', () => {
    expect(toMeta({ title: 't', license_no: 'L1', field: 'ict', holder: 'h', holder_type: 'company', license_terms: 'license' })).toBeUndefined();
    expect(toMeta({ title: 't', license_no: 'L1', field: 'ict', holder: 'h', holder_type: 'company', license_terms: 'license', registered: '2016-01-01', extra: 'x' })).toEqual({
      title: 't',
      title_en: undefined,
      license_no: 'L1',
      field: 'ict',
      holder: 'h',
      holder_type: 'company',
      license_terms: 'license',
      registered: '2016-01-01',
      patent_no: undefined,
      application_no: undefined,
      sample: undefined,
    });
  });
});
