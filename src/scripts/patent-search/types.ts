/**
 * Types shared by the patent search page and its search worker (engine.ts, pagefind-remote.ts, search-core.ts):
 * their own module, so neither side imports the other's code.
 */
import type { FacetCounts, Selection } from '#src/utils/search/facet-count.ts';

/** The part of Pagefind's JS API the worker uses: matching and ranking only (no filters, no sorts). */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init?(): Promise<void>;
  search(query: string | null): Promise<{ results: { id: string }[] } | null>;
  /** Loads the index chunks a search for `query` needs, without searching. */
  preload?(query: string): Promise<void>;
}

export const SORTS = ['relevance', 'newest', 'oldest', 'license_no', 'title'] as const;
export type Sort = (typeof SORTS)[number];

/** What the page asks the worker for. */
export interface SearchRequest {
  /** Index words (searchQuery()), '' for none: browsing, newest first, from the facet table alone. */
  query: string;
  /** The query cut as the index cuts text (queryParts in words.ts), searched when `query` finds nothing; null: none. */
  parts: string | null;
  filters: Selection;
  /** The effective sort; relevance only with words. */
  sort: Sort;
}

/** The worker's answer: every matching row in order (rows of the record table), and the filter counts. */
export interface SearchAnswer {
  rows: Int32Array;
  counts: FacetCounts;
}

/** Where the worker finds its bundle. */
export interface BundleRef {
  /** The bundle's path (patentBundlePath). */
  bundle: string;
  buildId: string | undefined;
}
