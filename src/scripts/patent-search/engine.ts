/**
 * The page language's patent bundle (/pagefind-patents/<lang>/) through Pagefind's JS API, run in the page's search
 * worker (pagefind-remote.ts): loading it, one search with the counts each filter value would have. What each
 * result shows comes from the record table (records.ts). Pagefind itself is passed in, so the logic here is
 * unit-tested with a fake.
 */
import { PATENT_FILTERS, type PatentFilter } from '#src/utils/search/patent-contract.ts';
import { queryWithRetry, searchQuery } from '#src/utils/search/words.ts';
import { openRemotePagefind, type RemotePagefind } from './pagefind-remote.ts';
import { pagefindFilters, pagefindSort, type PagefindFilters, type SearchState } from './state.ts';

export type FilterCounts = Partial<Record<string, Record<string, number>>>;

/** A result: its id is the key of its record in the record table (records.ts); the page never loads Pagefind's data. */
export interface PagefindResult {
  id: string;
}
export interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
  totalFilters?: FilterCounts;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init?(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(
    query: string | null,
    options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindSearch | null>;
  /** Loads the index chunks a search for `query` needs, without searching. */
  preload?(query: string): Promise<void>;
  createInstance?(options: Record<string, unknown>): Pagefind;
}

let opening: Promise<RemotePagefind> | undefined;
let counting: Promise<Pagefind> | undefined;

/** Which bundle (patentBundlePath) and which build: a page loads one bundle. */
export interface BundleRef {
  bundle: string;
  buildId: string | undefined;
}

function pagefindOptions({ bundle, buildId }: BundleRef): Record<string, unknown> {
  return { basePath: bundle, ...(buildId ? { metaCacheTag: buildId } : {}) };
}

/** The page's search worker with Pagefind open in it (pagefind-remote.ts); a failed start is tried again next time. */
function openWorker(ref: BundleRef): Promise<RemotePagefind> {
  if (!opening) {
    const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'patent-search' });
    const opened = openRemotePagefind(worker, `${ref.bundle}pagefind.js`, pagefindOptions(ref));
    // Offline before the index was saved, say, or a worker that failed later: a new worker on the next search.
    const retire = () => {
      worker.terminate();
      if (opening === opened) opening = counting = undefined;
    };
    opened.catch(retire);
    worker.addEventListener('error', retire);
    opening = opened;
  }
  return opening;
}

/**
 * Pagefind for the results, configured for the page's patent bundle. The build id becomes metaCacheTag, so a new build's
 * metadata is not mixed with a cached old one. It loads no filter index until a search filters: Pagefind counts
 * every filter it has loaded on every search, which at 50,000 records costs far more than the search itself.
 */
export function loadPagefind(ref: BundleRef): Promise<Pagefind> {
  return openWorker(ref).then((remote) => remote.results);
}

/**
 * A second Pagefind instance for the filter counts, with every filter index loaded (it counts only filters it has
 * loaded). Its searches are slow at scale, so the page shows results from loadPagefind first and counts after.
 */
export function loadCounter(ref: BundleRef): Promise<Pagefind> {
  counting ??= openWorker(ref).then(async (remote) => {
    await remote.counter.filters();
    return remote.counter;
  });
  counting.catch(() => (counting = undefined));
  return counting;
}

/**
 * While a query is typed: loads the index chunks its search will need, so the search on Enter does not wait for
 * them (about half of a warm search's time at 50,000 records). The words are folded as the search folds them.
 */
export async function preloadQuery(pagefind: Pagefind, typed: string): Promise<void> {
  const query = searchQuery(typed);
  if (query && pagefind.preload) await pagefind.preload(query);
}

/** The words to search for: the query's, or its parts when those find nothing (queryWithRetry). */
async function queryOf(pagefind: Pagefind, typed: string): Promise<string | null> {
  const query = await queryWithRetry(typed, async (words) => ((await pagefind.search(words))?.results.length ?? 0) > 0);
  return query || null;
}

/** The results of a search, in order: relevance, or the chosen sort. */
export async function searchResults(pagefind: Pagefind, state: SearchState): Promise<PagefindResult[]> {
  const sort = pagefindSort(state);
  const found = await pagefind.search(await queryOf(pagefind, state.q), {
    filters: pagefindFilters(state.filters),
    ...(sort ? { sort } : {}),
  });
  return found?.results ?? [];
}

export interface Outcome {
  results: PagefindResult[];
  /** Per filter, how many results each value would give with the other filters as chosen (OR within a filter). */
  counts: Record<PatentFilter, Record<string, number>>;
}

/**
 * The search for a state, and its filter counts. A filter with values chosen gets its counts from a search
 * without that filter (otherwise choosing 情報・通信 would show every other field at 0 and make OR impossible);
 * the others from the main search. Pagefind returns no counts for a search with neither words nor filters, so
 * those come from `totals` (all records).
 */
export async function runSearch(pagefind: Pagefind, state: SearchState, totals: FilterCounts): Promise<Outcome> {
  const query = await queryOf(pagefind, state.q);
  const sort = pagefindSort(state);
  const filters = pagefindFilters(state.filters);
  const main = await pagefind.search(query, { filters, ...(sort ? { sort } : {}) });
  const chosen = PATENT_FILTERS.filter((name) => state.filters[name].length > 0);
  const others = await Promise.all(
    chosen.map(async (name) => {
      const rest = pagefindFilters(state.filters, name);
      if (query === null && Object.keys(rest).length === 0) return [name, totals[name] ?? {}] as const;
      return [name, (await pagefind.search(query, { filters: rest }))?.filters[name] ?? {}] as const;
    }),
  );
  const unfiltered = query === null && chosen.length === 0;
  const counts = Object.fromEntries(
    PATENT_FILTERS.map((name) => [name, (unfiltered ? totals[name] : main?.filters[name]) ?? {}]),
  ) as Outcome['counts'];
  for (const [name, values] of others) counts[name] = values;
  return { results: main?.results ?? [], counts };
}
