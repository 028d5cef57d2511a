/**
 * The state of the open-patent search page and its shareable URL:
 * ?q=センサ&field=ict&field=electronics&holder_type=university&license=assignment&year=2016&sort=newest&page=2
 * (or &all=1 instead of page). Pure: no DOM, no Pagefind, so it is unit-tested and the page can trust it with any
 * URL someone pastes (unknown values are dropped, numbers clamped).
 */
import { PATENT_FILTERS, type PatentFilter } from '#src/utils/search/patent-contract.ts';
import { searchQuery } from '#src/utils/search/words.ts';
import { SORTS, type Sort } from './types.ts';

export { SORTS, type Sort };

export const PAGE_SIZE = 20;
/** Result data is fetched this many records at a time when listing or exporting everything. */
export const CHUNK_SIZE = 100;
/** The first results are shown once this many are in; the rest of the page (or of the list) follows. */
export const FIRST_CHUNK_SIZE = 10;
/** Longer queries are cut: nobody types more, and a pasted URL should not make the engine work for nothing. */
export const MAX_QUERY_LENGTH = 200;
const MAX_PAGE = 1_000_000;

export type Filters = Record<PatentFilter, string[]>;
/** The values each filter may take, in display order (the page's checkboxes). */
export type AllowedValues = Record<PatentFilter, readonly string[]>;

export interface SearchState {
  /** The query as typed (trimmed); searchQuery() turns it into index words. */
  q: string;
  /** Selected filter values, in the order of AllowedValues. */
  filters: Filters;
  /** The sort the person chose; null = the default for the query (see effectiveSort). */
  sort: Sort | null;
  /** 1-based page of PAGE_SIZE results; 1 when `all`. */
  page: number;
  /** Every result on one page, rendered in batches. */
  all: boolean;
}

export function emptyFilters(): Filters {
  return { field: [], holder_type: [], license: [], ipc: [], year: [] };
}

export function initialState(): SearchState {
  return { q: '', filters: emptyFilters(), sort: null, page: 1, all: false };
}

/** The text a query starts from: trimmed, whitespace runs made one space, cut at MAX_QUERY_LENGTH. */
export function cleanQuery(typed: string): string {
  return typed.replace(/\s+/gu, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/** Whether the state has words to search for (a query of only punctuation has none). */
export function hasQuery(state: Pick<SearchState, 'q'>): boolean {
  return searchQuery(state.q) !== '';
}

export function hasFilters(filters: Filters): boolean {
  return PATENT_FILTERS.some((name) => filters[name].length > 0);
}

/** The default is relevance with words and newest first without; relevance has no meaning without words. */
export function effectiveSort(state: Pick<SearchState, 'q' | 'sort'>): Sort {
  if (!hasQuery(state)) return state.sort && state.sort !== 'relevance' ? state.sort : 'newest';
  return state.sort ?? 'relevance';
}

/** Selected values kept in the allowed order, unknown ones and repeats dropped. */
export function cleanFilterValues(values: readonly string[], allowed: readonly string[]): string[] {
  const chosen = new Set(values);
  return allowed.filter((value) => chosen.has(value));
}

function parsePage(value: string | null): number {
  if (value === null || !/^[1-9]\d*$/u.test(value)) return 1;
  return Math.min(Number(value), MAX_PAGE);
}

/** The state a URL query string describes; anything unknown or malformed is ignored. */
export function parseState(search: string | URLSearchParams, allowed: AllowedValues): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = emptyFilters();
  for (const name of PATENT_FILTERS) filters[name] = cleanFilterValues(params.getAll(name), allowed[name]);
  const sort = params.get('sort');
  const all = params.get('all') === '1';
  return {
    q: cleanQuery(params.get('q') ?? ''),
    filters,
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as Sort) : null,
    page: all ? 1 : parsePage(params.get('page')),
    all,
  };
}

/** The query string for a state ('' for the initial state), in a fixed order so equal states give equal URLs. */
export function serializeState(state: SearchState): string {
  const params = new URLSearchParams();
  const q = cleanQuery(state.q);
  if (q) params.append('q', q);
  for (const name of PATENT_FILTERS) for (const value of state.filters[name]) params.append(name, value);
  if (state.sort) params.append('sort', state.sort);
  if (state.all) params.append('all', '1');
  else if (state.page > 1) params.append('page', String(state.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return serializeState(a) === serializeState(b);
}

export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The page actually shown: a page past the end (an old link, fewer results now) shows the last one. */
export function clampPage(page: number, total: number, pageSize = PAGE_SIZE): number {
  return Math.min(Math.max(1, Math.floor(page)), pageCount(total, pageSize));
}

/** Indexes [start, end) of the results on a page. */
export function pageSlice(page: number, total: number, pageSize = PAGE_SIZE): { start: number; end: number } {
  const start = Math.min((clampPage(page, total, pageSize) - 1) * pageSize, total);
  return { start, end: Math.min(start + pageSize, total) };
}

export type PageItem = number | 'gap';

/**
 * Page numbers for the pagination: the first and last page, and `around` pages on each side of the current one,
 * with gaps between; a gap never stands for a single page (that page is listed instead).
 */
export function pageItems(current: number, last: number, around = 2): PageItem[] {
  if (last <= 1) return [];
  const pages = new Set([1, last]);
  for (let page = current - around; page <= current + around; page += 1) if (page >= 1 && page <= last) pages.add(page);
  const sorted = [...pages].sort((a, b) => a - b);
  const items: PageItem[] = [];
  sorted.forEach((page, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && page - previous === 2) items.push(previous + 1);
    else if (previous !== undefined && page - previous > 2) items.push('gap');
    items.push(page);
  });
  return items;
}

/** Date stamp for file names: 20260405. Local date, as the person downloading sees it. */
export function dateStamp(date: Date): string {
  return `${date.getFullYear()}${String(date.getMonth() + 1).padStart(2, '0')}${String(date.getDate()).padStart(2, '0')}`;
}
