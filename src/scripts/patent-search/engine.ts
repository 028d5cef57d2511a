/**
 * The page's side of the patent search: one search worker per page (search-worker.ts), started on the first
 * search, and the requests it gets. The worker runs Pagefind (only for searches with words) and the facet table;
 * only rows and counts come back.
 */
import { queryParts, searchQuery } from '#src/utils/search/words.ts';
import { openRemoteSearch, type RemoteSearch } from './pagefind-remote.ts';
import { effectiveSort, type SearchState } from './state.ts';
import type { BundleRef, SearchAnswer, SearchRequest } from './types.ts';

let opening: Promise<RemoteSearch> | undefined;
/** The worker of `opening` once it has opened: searches are then sent at once (startSearch). */
let opened: RemoteSearch | undefined;

/** The page's search worker, opened on `ref`; a failed start, or a worker that failed later, is replaced next time. */
export function loadSearch(ref: BundleRef): Promise<RemoteSearch> {
  if (!opening) {
    const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'patent-search' });
    const remote = openRemoteSearch(worker, ref);
    const retire = () => {
      worker.terminate();
      if (opening === remote) {
        opening = undefined;
        opened = undefined;
      }
    };
    remote.then((value) => {
      if (opening === remote) opened = value;
    }, retire);
    worker.addEventListener('error', retire);
    opening = remote;
  }
  return opening;
}

/**
 * Sends `request` to the page's search worker, opening it first if need be. Once it is open the message goes out
 * before this returns, so a search starts ahead of the page's own updates (the URL, the controls; docs/search.md).
 */
export function startSearch(ref: BundleRef, request: SearchRequest): Promise<SearchAnswer> {
  return opened ? opened.search(request) : loadSearch(ref).then((remote) => remote.search(request));
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
