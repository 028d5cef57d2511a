/**
 * The patent search's worker: Pagefind runs here, in place, for matching and ranking; the facet table filters,
 * counts and sorts (search-core.ts). Result ids become rows through the page list of the pf_meta file that
 * Pagefind fetches itself: its response is read as it passes (a clone), so nothing is fetched twice.
 * The bundle's URL comes with the first message: a variable keeps Vite from bundling the index, which exists only
 * after the build.
 */
import { decodeFacetTable, decodeSortTable, facetTableUrl, gunzipped, sortTableUrl } from '#src/utils/search/facet-table.ts';
import { readPagefindMeta } from '#src/utils/search/pagefind-meta.ts';
import { serveSearch } from './pagefind-remote.ts';
import { createSearcher } from './search-core.ts';
import type { BundleRef, Pagefind } from './types.ts';

/** The bytes of the pf_meta response Pagefind fetched last (a clone, read alongside Pagefind's own read). */
let lastMeta: Promise<ArrayBuffer> | undefined;
const pageFetch = self.fetch.bind(self);
self.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const response = pageFetch(input, init);
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (/\.pf_meta(?:\?|$)/u.test(url)) {
    // Registered before Pagefind's own reaction to the same promise, so the clone is made before it reads the body.
    lastMeta = response.then((answer) => {
      if (!answer.ok) throw new Error(`${url}: HTTP ${answer.status}`);
      return answer.clone().arrayBuffer();
    });
    lastMeta.catch(() => undefined);
  }
  return response;
};

async function file(url: string, buildId: string | undefined): Promise<Uint8Array> {
  // The build id keeps an old build's table (same name, other rows) out of the HTTP cache.
  const response = await pageFetch(buildId ? `${url}?ts=${encodeURIComponent(buildId)}` : url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return gunzipped(await response.arrayBuffer());
}

/** A loader tried again after a failure (offline, say). */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load();
    loading.catch(() => (loading = undefined));
    return loading;
  };
}

serveSearch(self, ({ bundle, buildId }: BundleRef) =>
  createSearcher({
    facets: once(async () => decodeFacetTable(await file(facetTableUrl(bundle), buildId))),
    sorts: once(async () => decodeSortTable(await file(sortTableUrl(bundle), buildId))),
    pagefind: async () => {
      const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      await pagefind.options({ basePath: bundle, ...(buildId ? { metaCacheTag: buildId } : {}) });
      await pagefind.init?.();
      return pagefind;
    },
    rowsById: once(async () => {
      if (!lastMeta) throw new Error('Pagefind has fetched no metadata');
      return new Map(readPagefindMeta(await gunzipped(await lastMeta)).pages.map((id, row) => [id, row]));
    }),
  }),
);
