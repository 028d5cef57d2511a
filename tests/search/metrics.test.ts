import { describe, expect, it } from 'vitest';
import { evaluate, firstRank, formatReport, licenseFromHref, mean, precisionAt, recallAt, reciprocalRank, scoreQuery } from './metrics.ts';

describe('recallAt', () => {
  it('is the share of expected records in the top k', () => {
    expect(recallAt(['a', 'b'], ['a', 'x', 'b'], 10)).toBe(1);
    expect(recallAt(['a', 'b'], ['a', 'x', 'b'], 2)).toBe(0.5);
    expect(recallAt(['a', 'b', 'c', 'd'], ['d'], 10)).toBe(0.25);
    expect(recallAt(['a'], [], 10)).toBe(0);
  });

  it('counts an expected record once, even when listed twice', () => {
    expect(recallAt(['a', 'a', 'b'], ['a'], 10)).toBe(0.5);
    expect(recallAt(['a'], ['a', 'a'], 10)).toBe(1);
  });

  it('is 1 when nothing is expected', () => {
    expect(recallAt([], ['x'], 10)).toBe(1);
  });
});

describe('precisionAt', () => {
  it('is the share of the top k that was expected', () => {
    expect(precisionAt(['a'], ['a', 'x', 'y', 'z'], 10)).toBe(0.25);
    expect(precisionAt(['a', 'b'], ['a', 'b'], 10)).toBe(1);
    expect(precisionAt(['a'], ['x', 'y', 'a'], 2)).toBe(0);
    expect(precisionAt(['a'], ['a', 'x', 'a'], 10)).toBe(0.5);
  });

  it('is 1 when nothing was returned', () => {
    expect(precisionAt(['a'], [], 10)).toBe(1);
  });
});

describe('firstRank and reciprocalRank', () => {
  it('rank of the first expected record, 1-based', () => {
    expect(firstRank(['b', 'c'], ['a', 'c', 'b'])).toBe(2);
    expect(firstRank(['z'], ['a', 'b'])).toBeNull();
    expect(reciprocalRank(['b', 'c'], ['a', 'c', 'b'], 10)).toBe(0.5);
    expect(reciprocalRank(['a'], ['a'], 10)).toBe(1);
  });

  it('is 0 when the first expected record is below the top k', () => {
    expect(reciprocalRank(['c'], ['a', 'b', 'c'], 2)).toBe(0);
    expect(reciprocalRank(['c'], [], 10)).toBe(0);
  });
});

describe('evaluate', () => {
  const outcomes = [
    { q: 'one', category: 'x', expect: ['a'], ranked: ['a', 'b'] },
    { q: 'two', category: 'x', expect: ['a', 'b'], ranked: ['c', 'b'] },
    { q: 'three', category: 'y', expect: ['z'], ranked: ['a'] },
  ];

  it('means per query, overall and per category', () => {
    const report = evaluate(outcomes, 10);
    expect(report.overall).toEqual({ queries: 3, recall: (1 + 0.5 + 0) / 3, precision: (0.5 + 0.5 + 0) / 3, mrr: (1 + 0.5 + 0) / 3 });
    expect(report.categories.x).toEqual({ queries: 2, recall: 0.75, precision: 0.5, mrr: 0.75 });
    expect(report.categories.y).toEqual({ queries: 1, recall: 0, precision: 0, mrr: 0 });
    expect(Object.keys(report.categories)).toEqual(['x', 'y']);
  });

  it('lists what each query missed', () => {
    expect(scoreQuery(outcomes[1]!, 10)).toMatchObject({ missing: ['a'], firstRank: 2 });
    expect(scoreQuery(outcomes[2]!, 10)).toMatchObject({ missing: ['z'], firstRank: null, reciprocalRank: 0 });
  });

  it('prints a table and the imperfect queries', () => {
    const text = formatReport(evaluate(outcomes, 10));
    expect(text).toContain('| x | 2 | 0.750 | 0.500 | 0.750 |');
    expect(text).toContain('| **all** | 3 | 0.500 | 0.333 | 0.500 |');
    expect(text).toContain('[y] three: recall 0.000, precision 0.000, first at none, missing z, also a');
    expect(text).toContain('[x] one: recall 1.000, precision 0.500, first at 1, also b');
  });

  it('mean of nothing is 0', () => {
    expect(mean([])).toBe(0);
  });
});

describe('licenseFromHref', () => {
  it.each([
    ['/patents/L2016001200/', 'L2016001200'],
    ['http://127.0.0.1:1234/patents/L20050000633/', 'L20050000633'],
    ['/en/patents/L2016001200/', 'L2016001200'],
    ['/patents/L2016001200', 'L2016001200'],
    ['/patents/search/', null],
    ['/patents/L2016001200/x/', null],
  ])('%s → %s', (href, license) => {
    expect(licenseFromHref(href)).toBe(license);
  });
});
