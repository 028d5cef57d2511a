/** Pure helpers of the site search page (/search/): its messages in both languages and its URL. */
import type { Lang } from '#src/i18n/locales.ts';

export const SITE_SEARCH_TEXT = {
  title: { ja: 'サイト内検索', en: 'Search' },
  label: { ja: 'サイト内を検索', en: 'Search this site' },
  button: { ja: '検索', en: 'Search' },
  hint: {
    ja: '表記の違い（漏洩と漏えい、センサとセンサー、全角と半角など）は同じ言葉として探します。',
    en: 'Japanese spelling variants (漏洩 and 漏えい, センサ and センサー, full- and half-width) are found as one word.',
  },
  noscript: {
    ja: 'サイト内検索には JavaScript が必要です。上のメニューや各ページの一覧からもお探しいただけます。',
    en: 'Search needs JavaScript. You can also browse each section from the menu above.',
  },
  more: { ja: 'さらに表示', en: 'Show more results' },
  results: { ja: '検索結果', en: 'Results' },
} as const;

/** What the live region says about a search: in progress, how many results, none, or failed. */
export function searchStatus(lang: Lang, state: 'searching' | 'done' | 'error', query: string, count = 0, shown = 0): string {
  if (state === 'searching') return lang === 'ja' ? '検索しています…' : 'Searching…';
  if (state === 'error')
    return lang === 'ja'
      ? '検索を読み込めませんでした。ページを再読み込みしてください。'
      : 'Search could not be loaded. Please reload the page.';
  if (count === 0)
    return lang === 'ja'
      ? `「${query}」に一致するページは見つかりませんでした。短い言葉や別の言い方でお試しください。`
      : `No pages match “${query}”. Try a shorter or different word.`;
  if (lang === 'ja') return shown < count ? `「${query}」の検索結果：${count}件（${shown}件を表示）` : `「${query}」の検索結果：${count}件`;
  const results = count === 1 ? '1 result' : `${count} results`;
  return shown < count ? `${results} for “${query}” (showing ${shown})` : `${results} for “${query}”`;
}

/** The query in a search page URL (?q=), trimmed. */
export function queryFromUrl(href: string): string {
  return (new URL(href).searchParams.get('q') ?? '').trim();
}

/** The page URL for a query: ?q= set, or removed when the query is blank; the rest of the URL kept. */
export function urlWithQuery(href: string, query: string): string {
  const url = new URL(href);
  if (query.trim()) url.searchParams.set('q', query.trim());
  else url.searchParams.delete('q');
  return `${url.pathname}${url.search}${url.hash}`;
}
