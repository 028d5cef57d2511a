/**
 * Filtering and facet counts over the facet table (facet-table.ts), in one pass over the candidate rows.
 * OR within a filter, AND across filters; each value's count is the number of results it would give with the
 * other filters as chosen (so a chosen filter's other values keep their counts and OR stays possible).
 */
import { PATENT_FILTERS, type PatentFilter } from './patent-contract.ts';
import { FACET_KINDS, type FacetTable } from './facet-table.ts';

export type Selection = Record<PatentFilter, readonly string[]>;
export type FacetCounts = Record<PatentFilter, Record<string, number>>;

export interface Filtered {
  /** The candidate rows that pass every filter, in the candidates' order. */
  rows: Int32Array;
  counts: FacetCounts;
}

/**
 * `candidates`: rows to consider, in result order (Pagefind's matches), or null for every row in table order
 * (browsing with no words: newest first).
 */
export function filterAndCount(table: FacetTable, candidates: ArrayLike<number> | null, selection: Selection): Filtered {
  const names = PATENT_FILTERS;
  const n = names.length;
  const columns = names.map((name) => table.columns[name]);
  const sets = names.map((name) => FACET_KINDS[name] === 'set');
  const sizes = names.map((name) => table.values[name].length);
  // Per filter: for `one`, a lookup by value index (1 = chosen); for `set`, the chosen bits.
  const active = names.map((name) => selection[name].length > 0);
  const chosen = names.map((name, f) => {
    const indexes = selection[name].map((value) => table.values[name].indexOf(value)).filter((i) => i >= 0);
    if (sets[f]) return indexes.reduce((bits, i) => bits | (1 << i), 0);
    const lookup = new Uint8Array(Math.max(sizes[f]!, 1));
    for (const i of indexes) lookup[i] = 1;
    return lookup;
  });
  const tallies = sizes.map((size) => new Float64Array(size));

  const total = candidates ? candidates.length : table.rows;
  const rows = new Int32Array(total);
  let kept = 0;
  const tally = (f: number, row: number) => {
    const value = columns[f]![row]!;
    const counts = tallies[f]!;
    if (!sets[f]) counts[value]! += 1;
    else for (let bits = value, i = 0; bits !== 0; bits >>>= 1, i += 1) if (bits & 1) counts[i]! += 1;
  };
  for (let k = 0; k < total; k += 1) {
    const row = candidates ? candidates[k]! : k;
    let misses = 0;
    let missed = -1;
    for (let f = 0; f < n && misses < 2; f += 1) {
      if (!active[f]) continue;
      const value = columns[f]![row]!;
      const pass = sets[f] ? (value & (chosen[f] as number)) !== 0 : (chosen[f] as Uint8Array)[value] === 1;
      if (!pass) {
        misses += 1;
        missed = f;
      }
    }
    if (misses === 0) {
      rows[kept++] = row;
      for (let f = 0; f < n; f += 1) tally(f, row);
    } else if (misses === 1) {
      tally(missed, row);
    }
  }
  const counts = Object.fromEntries(
    names.map((name, f) => [name, Object.fromEntries(table.values[name].map((value, i) => [value, tallies[f]![i]!]))]),
  ) as FacetCounts;
  return { rows: rows.slice(0, kept), counts };
}
