import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampPage,
  cleanQuery,
  dateStamp,
  effectiveSort,
  emptyFilters,
  initialState,
  MAX_QUERY_LENGTH,
  pageCount,
  pageItems,
  pageSlice,
  parseState,
  serializeState,
  type AllowedValues,
  type SearchState,
  SORTS,
} from './state.ts';

const allowed: AllowedValues = {
  field: ['machinery', 'electronics', 'ict'],
  holder_type: ['company', 'university', 'public_research', 'individual', 'other'],
  license: ['license', 'assignment'],
  ipc: ['A', 'G', 'H'],
  year: ['2017', '2016', '2015'],
};

const state = (overrides: Partial<SearchState> = {}): SearchState => ({
  ...initialState(),
  ...overrides,
  filters: { ...emptyFilters(), ...overrides.filters },
});

describe('parseState / serializeState', () => {
  it('reads the documented example URL', () => {
    const parsed = parseState(
      '?q=センサ&field=ict&field=electronics&holder_type=university&license=assignment&year=2016&sort=newest&page=2',
      allowed,
    );
    expect(parsed).toEqual({
      q: 'センサ',
      // Kept in the page's order, not the URL's.
      filters: { field: ['electronics', 'ict'], holder_type: ['university'], license: ['assignment'], ipc: [], year: ['2016'] },
      sort: 'newest',
      page: 2,
      all: false,
    });
    expect(serializeState(parsed)).toBe(
      `?${new URLSearchParams('q=センサ&field=electronics&field=ict&holder_type=university&license=assignment&year=2016&sort=newest&page=2')}`,
    );
  });

  it('gives the empty string for the initial state and back', () => {
    expect(serializeState(initialState())).toBe('');
    expect(parseState('', allowed)).toEqual(initialState());
  });

  it('reads all=1 instead of a page', () => {
    expect(parseState('?all=1&page=3', allowed)).toMatchObject({ all: true, page: 1 });
    expect(serializeState(state({ all: true, page: 4 }))).toBe('?all=1');
    expect(parseState('?all=yes', allowed).all).toBe(false);
  });

  it('ignores unknown parameters and values, repeats and malformed numbers', () => {
    const parsed = parseState(
      '?field=atlantis&field=ict&field=ict&holder_type=%3Cscript%3E&license=either&year=1999&sort=random&page=-2&utm_source=x&constructor=1',
      allowed,
    );
    expect(parsed).toEqual(state({ filters: { ...emptyFilters(), field: ['ict'] } }));
    for (const page of ['0', '1.5', 'abc', '', '2e3', ' 2'])
      expect(parseState(`?page=${encodeURIComponent(page)}`, allowed).page, page).toBe(1);
    expect(parseState('?page=99999999999', allowed).page).toBe(1_000_000);
    expect(parseState('?q=__proto__&field=__proto__&field=toString', allowed)).toEqual(state({ q: '__proto__' }));
  });

  it('cleans the query: trimmed, spaces folded, cut to the maximum length', () => {
    expect(parseState('?q=++%E3%82%BB%E3%83%B3%E3%82%B5%E3%80%80%E5%85%89++', allowed).q).toBe('センサ 光');
    expect(parseState(`?q=${'a'.repeat(500)}`, allowed).q).toHaveLength(MAX_QUERY_LENGTH);
    expect(cleanQuery('  a \n\t b ')).toBe('a b');
    expect(serializeState(state({ q: '   ' }))).toBe('');
  });

  it('round-trips any state made of allowed values', () => {
    const values = (list: readonly string[]) => fc.subarray([...list]);
    const arbitrary = fc
      .record({
        q: fc.string({ maxLength: 40 }).map(cleanQuery),
        filters: fc.record({
          field: values(allowed.field),
          holder_type: values(allowed.holder_type),
          license: values(allowed.license),
          ipc: values(allowed.ipc),
          year: values(allowed.year),
        }),
        sort: fc.constantFrom(...SORTS, null),
        all: fc.boolean(),
        page: fc.integer({ min: 1, max: 5000 }),
      })
      .map((s) => ({ ...s, page: s.all ? 1 : s.page }));
    fc.assert(
      fc.property(arbitrary, (s) => {
        const text = serializeState(s);
        expect(parseState(text, allowed)).toEqual(s);
        expect(serializeState(parseState(text, allowed))).toBe(text);
      }),
    );
  });

  it('never throws on arbitrary query strings and always returns allowed values', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseState(text, allowed);
        for (const name of Object.keys(allowed) as (keyof AllowedValues)[])
          for (const value of parsed.filters[name]) expect(allowed[name]).toContain(value);
        expect(Number.isInteger(parsed.page) && parsed.page >= 1).toBe(true);
        expect(parseState(serializeState(parsed), allowed)).toEqual(parsed);
      }),
    );
  });
});

describe('sort', () => {
  it('defaults to relevance with words and to newest without', () => {
    expect(effectiveSort(state({ q: 'センサ' }))).toBe('relevance');
    expect(effectiveSort(state())).toBe('newest');
    expect(effectiveSort(state({ q: 'センサ', sort: 'newest' }))).toBe('newest');
    // Relevance means nothing without words; punctuation is not words.
    expect(effectiveSort(state({ sort: 'relevance' }))).toBe('newest');
    expect(effectiveSort(state({ q: '、。！', sort: 'relevance' }))).toBe('newest');
  });

  it('keeps a table sort without words, where relevance falls back to newest', () => {
    expect(effectiveSort(state({ sort: 'oldest' }))).toBe('oldest');
    expect(effectiveSort(state({ sort: 'title' }))).toBe('title');
    expect(effectiveSort(state({ q: 'センサ', sort: 'license_no' }))).toBe('license_no');
  });
});

describe('pages', () => {
  it('counts and clamps pages of 20', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(20)).toBe(1);
    expect(pageCount(21)).toBe(2);
    expect(clampPage(9, 45)).toBe(3);
    expect(clampPage(0, 45)).toBe(1);
    expect(pageSlice(1, 45)).toEqual({ start: 0, end: 20 });
    expect(pageSlice(3, 45)).toEqual({ start: 40, end: 45 });
    expect(pageSlice(7, 45)).toEqual({ start: 40, end: 45 });
    expect(pageSlice(1, 0)).toEqual({ start: 0, end: 0 });
  });

  it('lists the first, last and nearby pages with gaps', () => {
    expect(pageItems(1, 1)).toEqual([]);
    expect(pageItems(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageItems(1, 12)).toEqual([1, 2, 3, 'gap', 12]);
    expect(pageItems(6, 12)).toEqual([1, 'gap', 4, 5, 6, 7, 8, 'gap', 12]);
    // A gap of one page shows that page instead.
    expect(pageItems(4, 12)).toEqual([1, 2, 3, 4, 5, 6, 'gap', 12]);
    expect(pageItems(12, 12)).toEqual([1, 'gap', 10, 11, 12]);
  });

  it('always includes the current, first and last page, in order, without repeats', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3000 }).chain((last) => fc.tuple(fc.integer({ min: 1, max: last }), fc.constant(last))),
        ([current, last]) => {
          const items = pageItems(current, last);
          const numbers = items.filter((item): item is number => item !== 'gap');
          expect(numbers).toContain(current);
          expect(numbers[0]).toBe(1);
          expect(numbers.at(-1)).toBe(last);
          expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
          expect(new Set(numbers).size).toBe(numbers.length);
          expect(items.length).toBeLessThanOrEqual(9);
        },
      ),
    );
  });
});

describe('dateStamp', () => {
  it('writes the local date as YYYYMMDD', () => {
    expect(dateStamp(new Date(2026, 3, 5, 23, 59))).toBe('20260405');
  });
});
