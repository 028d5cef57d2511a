/**
 * The collapsed filter's summary says how many conditions are active (/seminars/, /patents/search/): a badge for
 * the eye and a sentence for screen readers, hidden when none is active.
 */
import type { Lang } from '#src/i18n/locales.ts';

export function activeFilterText(active: number, lang: Lang): string {
  return lang === 'ja' ? `（${active}件の条件を選択中）` : ` (${active} active)`;
}

export function showActiveFilters(root: ParentNode, active: number, lang: Lang): void {
  for (const badge of root.querySelectorAll<HTMLElement>('[data-filter-count]')) {
    badge.hidden = active === 0;
    for (const number of badge.querySelectorAll('[data-count-number]')) number.textContent = String(active);
    for (const text of badge.querySelectorAll('[data-count-text]')) text.textContent = activeFilterText(active, lang);
  }
}
