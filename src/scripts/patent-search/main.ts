/**
 * The open-patent search page (/patents/search/, /en/patents/search/): wires the form, filters, sort, pagination,
 * "show all", print and CSV to the patent bundle, and keeps the URL in step (pushState on every change, popstate
 * restores). The page renders everything that works without this script; see the page for the markup contract.
 */
import { showActiveFilters } from '../filter-badge.ts';
import { downloadCsv } from '../download-csv.ts';
import { PATENT_FILTERS, patentBundlePath, type PatentFilter, type PatentMeta } from '#src/utils/search/patent-contract.ts';
import { csvFilename, patentCsv } from './csv.ts';
import type { FacetCounts } from '#src/utils/search/facet-count.ts';
import { loadSearch, preloadQuery, searchRequest, startSearch } from './engine.ts';
import { registerServiceWorker } from '../register-sw.ts';
import { browserRecordFiles, RecordStore } from './records.ts';
import { paginationList, resultItem } from './render.ts';
import {
  cleanQuery,
  effectiveSort,
  FIRST_CHUNK_SIZE,
  hasQuery,
  pageCount,
  pageSlice,
  parseState,
  sameState,
  serializeState,
  type AllowedValues,
  type SearchState,
  type Sort,
} from './state.ts';
import { conditionsText, countLabel, progressMessage, resultMessage, TEXT, type SearchLabels } from './text.ts';

function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`patent search: missing ${selector}`);
  return found;
}

export function setUpPatentSearch(root: HTMLElement): void {
  const labels = JSON.parse(required<HTMLScriptElement>(document, '#patent-search-labels').textContent ?? '{}') as SearchLabels;
  const t = TEXT[labels.lang];
  const form = required<HTMLFormElement>(root, 'form[data-search-form]');
  const input = required<HTMLInputElement>(form, 'input[name="q"]');
  const sortSelect = required<HTMLSelectElement>(root, 'select[name="sort"]');
  const status = required<HTMLElement>(root, '#patent-result-count');
  const heading = required<HTMLElement>(root, '#patent-results-heading');
  const list = required<HTMLOListElement>(root, '#patent-results');
  const pagination = required<HTMLElement>(root, '[data-pagination]');
  const showAll = required<HTMLButtonElement>(root, '[data-show-all]');
  const showPaged = required<HTMLButtonElement>(root, '[data-show-paged]');
  const exportCsv = required<HTMLButtonElement>(root, '[data-export-csv]');
  const printButton = required<HTMLButtonElement>(root, '[data-print]');
  const progress = required<HTMLElement>(root, '[data-progress]');
  const progressBar = required<HTMLProgressElement>(progress, 'progress');
  const progressText = required<HTMLElement>(progress, '[data-progress-text]');
  const toolStatus = required<HTMLElement>(root, '[data-tool-status]');
  const printSummary = required<HTMLElement>(root, '[data-print-summary]');
  // Export, print and "show all" mean nothing for no results.
  const resultTools = [...root.querySelectorAll<HTMLElement>('[data-result-tools]')];
  const checkboxes = (name?: PatentFilter) => [
    ...root.querySelectorAll<HTMLInputElement>(
      name ? `input[type="checkbox"][data-filter][name="${name}"]` : 'input[type="checkbox"][data-filter]',
    ),
  ];
  const allowed = Object.fromEntries(
    PATENT_FILTERS.map((name) => [name, checkboxes(name).map((box) => box.value)]),
  ) as unknown as AllowedValues;
  const buildId = root.dataset.buildId && !root.dataset.buildId.startsWith('__') ? root.dataset.buildId : undefined;
  const recordShards = Number(root.dataset.recordShards);
  // The index of the page's language (one per language, over the same records).
  const bundle = { bundle: patentBundlePath(labels.lang), buildId };

  let state: SearchState = parseState(location.search, allowed);
  let sequence = 0;
  /** What each result shows, kept across searches: paging back, "show all" and CSV fetch each record once. */
  const records = new RecordStore(
    Number.isSafeInteger(recordShards) && recordShards > 0 ? recordShards : 1,
    browserRecordFiles(buildId, labels.lang),
    bundle.bundle,
  );
  /** The results on show, for the CSV export. */
  let current: { ids: number[] } | undefined;
  let exporting = false;

  const urlFor = (s: SearchState) => `${location.pathname}${serializeState(s)}`;

  const filterPanel = root.querySelector<HTMLDetailsElement>('[data-filter-details]');
  const writeControls = (s: SearchState) => {
    input.value = s.q;
    for (const box of checkboxes()) box.checked = s.filters[box.name as PatentFilter]?.includes(box.value) ?? false;
    const active = PATENT_FILTERS.reduce((n, name) => n + (s.filters[name]?.length ?? 0), 0);
    showActiveFilters(root, active, labels.lang);
    // Active conditions show; otherwise the filters stay as the person left them.
    if (filterPanel && active > 0) filterPanel.open = true;
    const relevance = sortSelect.querySelector<HTMLOptionElement>('option[value="relevance"]');
    if (relevance) relevance.disabled = !hasQuery(s);
    sortSelect.value = effectiveSort(s);
    showAll.hidden = s.all;
    showPaged.hidden = !s.all;
  };

  const readControls = (base: SearchState): SearchState => {
    const filters = Object.fromEntries(
      PATENT_FILTERS.map((name) => [
        name,
        checkboxes(name)
          .filter((box) => box.checked)
          .map((box) => box.value),
      ]),
    ) as SearchState['filters'];
    return { ...base, q: cleanQuery(input.value), filters, page: 1 };
  };

  /** Counts beside each filter value; unticked values with no results are hidden (never the focused one). */
  const writeCounts = (counts: FacetCounts) => {
    for (const fieldset of root.querySelectorAll<HTMLFieldSetElement>('fieldset[data-filter-group]')) {
      const name = fieldset.dataset.filterGroup as PatentFilter;
      let shown = 0;
      for (const box of checkboxes(name)) {
        const count = counts[name]?.[box.value] ?? 0;
        const item = box.closest('li');
        const label = item?.querySelector('[data-count]');
        if (label) label.textContent = countLabel(count, labels.lang);
        const hide = count === 0 && !box.checked && document.activeElement !== box;
        if (item) item.hidden = hide;
        if (!hide) shown += 1;
      }
      const none = fieldset.querySelector<HTMLElement>('[data-none]');
      if (none) none.hidden = shown > 0;
    }
  };

  const showProgress = (done: number, total: number) => {
    progress.hidden = false;
    progressBar.max = Math.max(total, 1);
    progressBar.value = done;
    progressText.textContent = progressMessage(labels.lang, done, total);
  };

  const renderPagination = (s: SearchState, total: number) => {
    const last = pageCount(total);
    const items = s.all ? undefined : paginationList(document, s.page, last, (page) => urlFor({ ...s, page }), labels);
    pagination.replaceChildren(...(items ? [items] : []));
    pagination.hidden = !items;
  };

  const fail = (error: unknown) => {
    console.error(error);
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    pagination.hidden = true;
    progress.hidden = true;
    status.textContent = t.failed;
    root.dataset.state = 'error';
  };

  /** Searches and renders `s`. The request is sent before anything else (startSearch). */
  const search = async (s: SearchState) => {
    const mine = ++sequence;
    const stale = () => mine !== sequence;
    // An async function, so that a request that cannot be made rejects here rather than throwing at the caller.
    const answer = (async () => startSearch(bundle, searchRequest(s)))();
    root.dataset.state = 'loading';
    // Emptied now and filled once: the live region speaks once per completed search.
    status.textContent = '';
    list.setAttribute('aria-busy', 'true');
    /** Writes the counts, the conditions and the pagination of this search (with the first results, below). */
    let writeSummary: (() => void) | undefined;
    /** Neither results nor the summary written yet. */
    let first = true;
    try {
      root.dataset.results = 'loading';
      const found = await answer;
      if (stale()) return;
      const total = found.rows.length;
      let shown = s;
      if (!s.all && s.page > pageCount(total)) {
        // A page past the end (an old link): show the last page and say so in the URL.
        shown = { ...s, page: pageCount(total) };
        state = shown;
        history.replaceState(history.state, '', urlFor(shown));
      }
      const ids = [...found.rows];
      current = { ids };
      const { start, end } = shown.all ? { start: 0, end: total } : pageSlice(shown.page, total);
      // The first results' record files are requested first; records.each below finds them on the way.
      if (!shown.all) records.get(ids.slice(start, Math.min(end, start + FIRST_CHUNK_SIZE))).catch(() => undefined);
      // The counts (from the same pass over the facet table as the rows) are written with the first results, in the
      // same task: one layout for both. Written before the records were in, they cost the page a layout and a paint
      // while the record files were arriving (docs/search.md).
      writeSummary = () => {
        writeCounts(found.counts);
        printSummary.textContent = conditionsText(shown, labels);
        for (const tools of resultTools) tools.hidden = total === 0;
        renderPagination(shown, total);
      };
      const words = searchRequest(shown).query.split(' ').filter(Boolean);
      const complete = await records.each(
        ids,
        (chunk, done) => {
          if (stale()) return false;
          const items = chunk.map((meta) => resultItem(document, meta, labels, words));
          if (first) {
            writeSummary!();
            list.replaceChildren(...items);
            list.setAttribute('start', String(start + 1));
            first = false;
            // The first results are on screen; the rest of the page's follow (records.each).
            if (done < end - start) root.dataset.results = 'partial';
          } else {
            list.append(...items);
          }
          if (shown.all && total > 0) showProgress(done, total);
          return true;
        },
        start,
        end,
      );
      if (!complete || stale()) return;
      if (first) {
        // No results: no chunk came.
        writeSummary();
        list.replaceChildren();
      }
      list.removeAttribute('aria-busy');
      progress.hidden = true;
      status.textContent = resultMessage(labels.lang, total, shown.all ? 'all' : { start, end });
      root.dataset.results = 'done';
      if (!stale()) root.dataset.state = 'done';
    } catch (error) {
      if (!stale()) {
        // The records failed (offline, say): the counts still describe the results found.
        if (first) writeSummary?.();
        fail(error);
      }
    }
    afterFirstSearch();
  };

  // The service worker's precache (and the offline control, which waits for it) start once the first search has
  // finished and the browser is idle: never competing with the first query (register-sw.ts).
  let swScheduled = false;
  const afterFirstSearch = () => {
    if (swScheduled) return;
    swScheduled = true;
    if (typeof requestIdleCallback === 'function') requestIdleCallback(registerServiceWorker, { timeout: 5000 });
    else setTimeout(registerServiceWorker, 1000);
  };

  /**
   * A change the person made: new history entry, then search. `focusResults` (another page, show all) moves the
   * focus to the results heading at once: the control used may be gone, and the list below is being replaced.
   */
  const navigate = (next: SearchState, focusResults = false) => {
    const changed = !sameState(next, state);
    state = next;
    // The search first: the history entry and the controls are written while the worker searches.
    void search(state);
    writeControls(state);
    if (changed) history.pushState(null, '', urlFor(state));
    if (focusResults) heading.focus();
  };

  // A pause in typing preloads the index chunks for the words so far; not mid-IME-composition, whose text is not
  // settled yet. Failures are left to the search itself to report.
  let preloadTimer: ReturnType<typeof setTimeout> | undefined;
  const schedulePreload = () => {
    clearTimeout(preloadTimer);
    preloadTimer = setTimeout(() => {
      loadSearch(bundle)
        .then((remote) => preloadQuery(remote, input.value))
        .catch(() => undefined);
    }, PRELOAD_DELAY_MS);
  };
  input.addEventListener('input', (event) => {
    const relevance = sortSelect.querySelector<HTMLOptionElement>('option[value="relevance"]');
    if (relevance) relevance.disabled = !hasQuery({ q: input.value });
    if (event.isComposing) clearTimeout(preloadTimer);
    else schedulePreload();
  });
  input.addEventListener('compositionend', schedulePreload);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(preloadTimer);
    navigate(readControls(state));
  });
  for (const box of checkboxes()) box.addEventListener('change', () => navigate(readControls(state)));
  required<HTMLButtonElement>(root, '[data-clear-filters]').addEventListener('click', () => {
    for (const box of checkboxes()) box.checked = false;
    navigate(readControls(state));
  });
  sortSelect.addEventListener('change', () => {
    const next = readControls(state);
    const chosen = sortSelect.value as Sort;
    const fallback: Sort = hasQuery(next) ? 'relevance' : 'newest';
    navigate({ ...next, sort: chosen === fallback ? null : chosen });
  });
  pagination.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-page]');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate({ ...state, page: Number(link.dataset.page), all: false }, true);
  });
  showAll.addEventListener('click', () => navigate({ ...state, all: true, page: 1 }, true));
  showPaged.addEventListener('click', () => navigate({ ...state, all: false, page: 1 }, true));
  root.querySelector<HTMLAnchorElement>('[data-skip-results]')?.addEventListener('click', (event) => {
    event.preventDefault();
    heading.focus();
  });
  printButton.addEventListener('click', () => window.print());
  exportCsv.addEventListener('click', () => {
    if (exporting || !current) return;
    exporting = true;
    const outcome = current;
    const rows: PatentMeta[] = [];
    toolStatus.textContent = t.csvPreparing;
    const total = outcome.ids.length;
    void records
      .each(outcome.ids, (chunk, done) => {
        rows.push(...chunk);
        if (total > 100) showProgress(done, total);
      })
      .then(() => {
        downloadCsv(patentCsv(rows, labels, location.origin), csvFilename(new Date()));
        toolStatus.textContent = t.csvDone;
      })
      .catch((error: unknown) => {
        console.error(error);
        toolStatus.textContent = t.failed;
      })
      .finally(() => {
        exporting = false;
        if (root.dataset.state !== 'loading') progress.hidden = true;
      });
  });
  window.addEventListener('popstate', () => {
    const next = parseState(location.search, allowed);
    if (sameState(next, state)) return;
    state = next;
    writeControls(state);
    void search(state);
  });

  // Beside the results on wide screens; on phones closed, so the first result is on the first screen.
  if (filterPanel && matchMedia(WIDE_LAYOUT).matches) filterPanel.open = true;
  writeControls(state);
  const canonical = urlFor(state);
  if (canonical !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', canonical);
  void search(state);
}

/** Where the filters stand beside the results (the page's .layout grid). */
const WIDE_LAYOUT = '(min-width: 56rem)';

/** How long typing must pause before the words are preloaded: fewer chunks fetched for half-typed words. */
const PRELOAD_DELAY_MS = 150;

const root = document.getElementById('patent-search');
if (root) {
  try {
    setUpPatentSearch(root);
  } catch (error) {
    console.error(error);
    root.dataset.state = 'error';
  }
}
