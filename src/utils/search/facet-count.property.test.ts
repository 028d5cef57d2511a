import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterAndCount, type Selection } from './facet-count.ts';
import { decodeFacetTable, encodeFacetTable, facetTable } from './facet-table.ts';
import { IPC_SECTIONS, PATENT_FILTERS, patentFilterValues, type FilterablePatent } from './patent-contract.ts';

const patentArb: fc.Arbitrary<FilterablePatent> = fc.record({
  field: fc.constantFrom('ict', 'electronics', 'machinery', 'bio'),
  holder_type: fc.constantFrom('company', 'university', 'individual'),
  license_terms: fc.constantFrom('license', 'assignment', 'either'),
  registered: fc.constantFrom('2016-01-02', '2017-05-06', '2019-12-31', '2024-03-01'),
  ipc: fc.option(fc.array(fc.constantFrom(...IPC_SECTIONS.map((s) => `${s}01B 1/00`)), { maxLength: 3 }), { nil: undefined }),
});

const ALL_VALUES: Selection = {
  field: ['ict', 'electronics', 'machinery', 'bio', 'unknown'],
  holder_type: ['company', 'university', 'individual'],
  license: ['license', 'assignment'],
  ipc: [...IPC_SECTIONS],
  year: ['2016', '2017', '2019', '2024'],
};
const selectionArb: fc.Arbitrary<Selection> = fc.record(
  Object.fromEntries(PATENT_FILTERS.map((name) => [name, fc.subarray([...ALL_VALUES[name]])])) as Record<
    keyof Selection,
    fc.Arbitrary<string[]>
  >,
);

/** The brute force: each row's values straight from patentFilterValues, each count by its own filter pass. */
function bruteForce(patents: readonly FilterablePatent[], candidates: readonly number[], selection: Selection) {
  const passes = (row: number, except?: string) =>
    PATENT_FILTERS.every((name) => {
      if (name === except || selection[name].length === 0) return true;
      return patentFilterValues(patents[row]!)[name].some((value) => selection[name].includes(value));
    });
  const rows = candidates.filter((row) => passes(row));
  const counts = Object.fromEntries(
    PATENT_FILTERS.map((name) => {
      const tally: Record<string, number> = {};
      for (const row of candidates) {
        if (!passes(row, name)) continue;
        for (const value of patentFilterValues(patents[row]!)[name]) tally[value] = (tally[value] ?? 0) + 1;
      }
      return [name, tally];
    }),
  );
  return { rows, counts };
}

const nonZero = (counts: Record<string, Record<string, number>>) =>
  Object.fromEntries(
    Object.entries(counts).map(([name, values]) => [name, Object.fromEntries(Object.entries(values).filter(([, n]) => n > 0))]),
  );

describe('filterAndCount', () => {
  it('equals a brute-force count over random tables, result sets and selections', () => {
    fc.assert(
      fc.property(
        fc
          .array(patentArb, { maxLength: 60 })
          .chain((patents) =>
            fc.tuple(fc.constant(patents), fc.option(fc.shuffledSubarray(patents.map((_, row) => row)), { nil: null }), selectionArb),
          ),
        ([patents, candidates, selection]) => {
          // Through the file format too, as the worker reads it.
          const table = decodeFacetTable(encodeFacetTable(facetTable(patents)));
          const got = filterAndCount(table, candidates, selection);
          const expected = bruteForce(patents, candidates ?? patents.map((_, row) => row), selection);
          expect([...got.rows]).toEqual(expected.rows);
          expect(nonZero(got.counts)).toEqual(nonZero(expected.counts));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('with nothing chosen counts every value over the candidates and keeps them all, in order', () => {
    const patents: FilterablePatent[] = [
      { field: 'ict', holder_type: 'company', license_terms: 'either', registered: '2020-01-01', ipc: ['G06F 3/00', 'H04L 9/00'] },
      { field: 'bio', holder_type: 'company', license_terms: 'license', registered: '2019-01-01' },
    ];
    const none = Object.fromEntries(PATENT_FILTERS.map((name) => [name, []])) as unknown as Selection;
    const got = filterAndCount(facetTable(patents), [1, 0], none);
    expect([...got.rows]).toEqual([1, 0]);
    expect(got.counts.license).toEqual({ license: 2, assignment: 1 });
    expect(got.counts.ipc).toMatchObject({ G: 1, H: 1, A: 0 });
    expect(got.counts.year).toEqual({ '2020': 1, '2019': 1 });
  });
});
