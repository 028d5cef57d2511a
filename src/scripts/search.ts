/**
 * The site search page (/search/): our own form and results over Pagefind's JS API (the site bundle, /pagefind/;
 * Pagefind picks the index of the page's language). The query is folded as the index's forms are (siteQuery,
 * site-forms.ts); ?q= runs a search on load and follows the query as it is typed (history.replaceState). Results
 * are built as DOM text, never as HTML. The only page that loads Pagefind's site bundle besides the FAQ search.
 */
import type { Lang } from '#src/i18n/locales.ts';
import { buildExcerpt } from '#src/utils/search/excerpt.ts';
import { queryFromUrl, searchStatus, urlWithQuery } from '#src/utils/search/site-search.ts';
import { siteQuery } from '#src/utils/search/words.ts';
import { parseVariantSources, VARIANT_SOURCES_META } from '#src/utils/search/site-forms.ts';
import { excerptParagraph } from './excerpt-text.ts';

interface PagefindData {
  url: string;
  content: string;
  locations: number[];
  meta: { title?: string; [VARIANT_SOURCES_META]?: string };
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 300;
// A variable keeps Vite from bundling the index: it exists only after the build, in /pagefind/.
const PAGEFIND_URL = '/pagefind/pagefind.js';
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (module) => {
    await module.init();
    return module;
  });
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/** Same-site paths only: a result never links to another scheme or host. */
const safePath = (url: string): string | undefined => (/^\/(?!\/)/u.test(url) ? url : undefined);

function renderResult(data: PagefindData, queryWords: readonly string[]): HTMLLIElement | undefined {
  const href = safePath(data.url);
  if (!href) return undefined;
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = href;
  link.textContent = data.meta.title?.trim() || href;
  heading.append(link);
  const sources = parseVariantSources(data.meta[VARIANT_SOURCES_META]);
  const text = excerptParagraph(buildExcerpt(data.content, data.locations, 110, sources, queryWords));
  item.append(heading, text);
  return item;
}

export function mountSiteSearch(root: HTMLElement): void {
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('[data-status]');
  const list = root.querySelector<HTMLOListElement>('[data-results]');
  const more = root.querySelector<HTMLButtonElement>('[data-more]');
  if (!form || !input || !status || !list || !more) return;
  const lang: Lang = document.documentElement.lang === 'en' ? 'en' : 'ja';
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let results: PagefindResult[] = [];
  let typed = '';

  const setState = (state: 'idle' | 'searching' | 'done' | 'error') => (root.dataset.state = state);

  const showMore = async (mine: number): Promise<HTMLLIElement[]> => {
    const next = results.slice(list.children.length, list.children.length + PAGE_SIZE);
    const data = await Promise.all(next.map((result) => result.data()));
    if (mine !== sequence) return [];
    const queryWords = siteQuery(typed).split(' ');
    const items = data.map((result) => renderResult(result, queryWords)).filter((item): item is HTMLLIElement => item !== undefined);
    list.append(...items);
    more.hidden = list.children.length >= results.length;
    status.textContent = searchStatus(lang, 'done', typed, results.length, list.children.length);
    return items;
  };

  const run = async () => {
    typed = input.value.trim();
    history.replaceState(history.state, '', urlWithQuery(location.href, typed));
    const query = siteQuery(typed);
    const mine = ++sequence;
    results = [];
    more.hidden = true;
    if (query === '') {
      list.replaceChildren();
      status.textContent = '';
      setState('idle');
      return;
    }
    setState('searching');
    status.textContent = searchStatus(lang, 'searching', typed);
    try {
      const api = await loadPagefind();
      const search = await api.search(query);
      if (mine !== sequence) return;
      results = search?.results ?? [];
      list.replaceChildren();
      await showMore(mine);
      if (mine === sequence) setState('done');
    } catch (error) {
      if (mine !== sequence) return;
      console.error(error);
      list.replaceChildren();
      status.textContent = searchStatus(lang, 'error', typed);
      setState('error');
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), TYPING_PAUSE_MS);
  });
  // Fetch the index when the box gets focus, so the first search is quick.
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  more.addEventListener('click', () => {
    void showMore(sequence).then((items) => items[0]?.querySelector('a')?.focus());
  });

  const initial = queryFromUrl(location.href);
  if (initial) {
    input.value = initial;
    void run();
  }
}
