/**
 * The search worker's work, without the worker: Pagefind matches and ranks the words; the facet table
 * (src/utils/search/facet-table.ts) filters, counts and sorts. A search with no words never touches Pagefind.
 * Every dependency is passed in, so this is unit-tested with fakes.
 */
import { filterAndCount } from '#src/utils/search/facet-count.ts';
import type { FacetTable, SortTable, TableSort } from '#src/utils/search/facet-table.ts';
import type { Pagefind, SearchAnswer, SearchRequest } from './types.ts';

export interface SearchSources {
  facets(): Promise<FacetTable>;
  sorts(): Promise<SortTable>;
  /** Pagefind, opened; loaded on the first search with words. */
  pagefind(): Promise<Pagefind>;
  /** Result id → row: Pagefind's page list, read from the pf_meta file Pagefind fetched (pagefind-meta.ts). */
  rowsById(): Promise<ReadonlyMap<string, number>>;
}

export function createSearcher(sources: SearchSources) {
  let pagefind: Promise<Pagefind> | undefined;
  const openPagefind = () => {
    pagefind ??= sources.pagefind();
    pagefind.catch(() => (pagefind = undefined));
    return pagefind;
  };

  /** Pagefind's matches as rows, best first; `parts` searched instead when `query` finds nothing. */
  const matches = async (query: string, parts: string | null): Promise<Int32Array> => {
    const pagefind = await openPagefind();
    let ids = (await pagefind.search(query))?.results ?? [];
    if (ids.length === 0 && parts) ids = (await pagefind.search(parts))?.results ?? [];
    const rowsById = await sources.rowsById();
    const rows = new Int32Array(ids.length);
    ids.forEach(({ id }, i) => {
      const row = rowsById.get(id);
      if (row === undefined) throw new Error(`Pagefind result ${id} is not in the page list`);
      rows[i] = row;
    });
    return rows;
  };

  return {
    async search(request: SearchRequest): Promise<SearchAnswer> {
      const words = request.query.trim();
      const [table, candidates] = await Promise.all([sources.facets(), words ? matches(words, request.parts) : null]);
      const { rows, counts } = filterAndCount(table, candidates, request.filters);
      const byRank = async (name: TableSort, reverse = false) => {
        const rank = (await sources.sorts())[name];
        rows.sort(reverse ? (a, b) => rank[b]! - rank[a]! : (a, b) => rank[a]! - rank[b]!);
      };
      const sort = request.sort === 'relevance' && !words ? 'newest' : request.sort;
      if (sort === 'newest' || sort === 'oldest') {
        // Rows are newest first where the build could write them so (facet-table.ts): then no sort table is needed.
        if (!table.newestFirst) await byRank('newest', sort === 'oldest');
        else if (sort === 'oldest') rows.sort().reverse();
        else if (words) rows.sort();
      } else if (sort !== 'relevance') {
        await byRank(sort);
      }
      return { rows, counts };
    },
    async preload(query: string): Promise<void> {
      if (query.trim()) await (await openPagefind()).preload?.(query);
    },
  };
}
export type Searcher = ReturnType<typeof createSearcher>;
