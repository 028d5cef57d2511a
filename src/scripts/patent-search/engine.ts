/**
 * The page's side of the patent search: one search worker per page (search-worker.ts), started on the first
 * search, and the requests it gets. The worker runs Pagefind (only for searches with words) and the facet table;
 * only rows and counts come back.
 */
import { queryParts, searchQuery } from '#src/utils/search/words.ts';
import { openRemoteSearch, type RemoteSearch } from './pagefind-remote.ts';
import { effectiveSort, type SearchState } from './state.ts';
import type { BundleRef, SearchRequest } from './types.ts';

let opening: Promise<RemoteSearch> | undefined;

/** The page's search worker, opened on `ref`; a failed start, or a worker that failed later, is replaced next time. */
export function loadSearch(ref: BundleRef): Promise<RemoteSearch> {
  if (!opening) {
    const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'patent-search' });
    const opened = openRemoteSearch(worker, ref);
    const retire = () => {
      worker.terminate();
      if (opening === opened) opening = undefined;
    };
    opened.catch(retire);
    worker.addEventListener('error', retire);
    opening = opened;
  }
  return opening;
}

/**
 * The worker's request for a state: the words folded as the index was (and cut as the index cuts text, for a
 * second try when they find nothing: queryParts), the filters, the sort in effect.
 */
export function searchRequest(state: SearchState): SearchRequest {
  const query = searchQuery(state.q);
  return { query, parts: query ? queryParts(state.q) : null, filters: state.filters, sort: effectiveSort(state) };
}

/**
 * While a query is typed: loads the index chunks its search will need, so the search on Enter does not wait for
 * them (about half of a warm search's time at 50,000 records). The words are folded as the search folds them.
 */
export async function preloadQuery(search: RemoteSearch, typed: string): Promise<void> {
  const query = searchQuery(typed);
  if (query) await search.preload(query);
}
