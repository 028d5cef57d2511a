/**
 * Client-side filtering of /seminars/ by several facets at once, with a shareable query string
 * (?region=kanto&format=online): restored on load, pushed on every change, followed on back/forward.
 * Without JavaScript the form stays hidden and the pre-rendered filter pages (plain links) do the job.
 */
import { showActiveFilters } from './filter-badge.ts';
import {
  FACETS,
  isEmptyFilter,
  matchesFilter,
  parseFilterQuery,
  serializeFilterQuery,
  type AllowedValues,
  type Facet,
  type FacetKeys,
  type FilterState,
} from '../utils/seminars/filter-query.ts';
import { pageLang, refreshSections } from './seminars-status.ts';

type Control = HTMLInputElement | HTMLSelectElement;

function resultMessage(counts: { upcoming: number; past: number }, filtered: boolean, lang: 'ja' | 'en'): string {
  const total = counts.upcoming + counts.past;
  if (lang === 'ja') {
    return `${filtered ? '条件に合うセミナー' : 'すべてのセミナー'}：${total}件（開催予定 ${counts.upcoming}件・終了 ${counts.past}件）`;
  }
  return `${filtered ? 'Matching seminars' : 'All seminars'}: ${total} (${counts.upcoming} upcoming, ${counts.past} past)`;
}

export function initSeminarFilter(root: Document = document): void {
  const form = root.querySelector<HTMLFormElement>('form[data-seminar-filter]');
  const list = root.querySelector<HTMLElement>('[data-seminar-list]');
  if (!form || !list) return;
  const lang = pageLang();
  const status = form.querySelector<HTMLElement>('[data-filter-status]');
  const rows = [...list.querySelectorAll<HTMLElement>('[data-entry="seminar"]')];
  const controls = (facet: Facet) => [...form.querySelectorAll<Control>(`[name="${facet}"]`)];
  const allowed = Object.fromEntries(
    FACETS.map((facet) => [
      facet,
      controls(facet).flatMap((c) => (c instanceof HTMLSelectElement ? [...c.options].map((o) => o.value).filter(Boolean) : [c.value])),
    ]),
  ) as unknown as AllowedValues;
  const keysOf = (row: HTMLElement) => Object.fromEntries(FACETS.map((f) => [f, row.getAttribute(`data-facet-${f}`) ?? ''])) as FacetKeys;

  const read = (): FilterState => {
    const state: FilterState = {};
    for (const facet of FACETS) {
      const values = controls(facet).flatMap((c) =>
        c instanceof HTMLSelectElement ? (c.value ? [c.value] : []) : c.checked ? [c.value] : [],
      );
      if (values.length > 0) state[facet] = values;
    }
    return state;
  };
  const write = (state: FilterState) => {
    for (const facet of FACETS) {
      for (const control of controls(facet)) {
        if (control instanceof HTMLSelectElement) control.value = state[facet]?.[0] ?? '';
        else control.checked = state[facet]?.includes(control.value) ?? false;
      }
    }
  };
  const apply = (state: FilterState) => {
    for (const row of rows) row.hidden = !matchesFilter(keysOf(row), state);
    const counts = refreshSections(list, lang);
    if (status) status.textContent = resultMessage(counts, !isEmptyFilter(state), lang);
    // The collapsed filter's button says how many conditions are active.
    const active = Object.values(state).reduce((n, values) => n + (values?.length ?? 0), 0);
    showActiveFilters(root, active, lang);
  };
  const urlFor = (state: FilterState) => `${location.pathname}${serializeFilterQuery(state, allowed)}${location.hash}`;
  const update = (state: FilterState) => {
    history.pushState(null, '', urlFor(state));
    apply(state);
  };

  const initial = parseFilterQuery(location.search, allowed);
  write(initial);
  apply(initial);
  // A pasted URL with unknown or repeated values is tidied up without adding a history entry.
  if (urlFor(initial) !== `${location.pathname}${location.search}${location.hash}`)
    history.replaceState(history.state, '', urlFor(initial));
  form.hidden = false;
  // A shared link with a filter opens the collapsed filter, so the active conditions show.
  const details = form.closest('details');
  if (details && !isEmptyFilter(initial)) details.open = true;

  form.addEventListener('change', () => update(read()));
  form.addEventListener('submit', (event) => event.preventDefault());
  form.querySelector('[data-filter-clear]')?.addEventListener('click', () => {
    write({});
    update({});
  });
  window.addEventListener('popstate', () => {
    const state = parseFilterQuery(location.search, allowed);
    write(state);
    apply(state);
  });
}
