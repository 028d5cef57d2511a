/**
 * FAQ list enhancements: /faq/#<id> opens that answer (on load and on hashchange), and the FAQ search box,
 * which loads Pagefind only once someone starts to use it.
 */
import { idFromHash } from '../utils/faq/faq.ts';
import { normalizeQuery, resultMessage, safeResultUrl } from '../utils/faq/search.ts';
import { buildExcerpt } from '../utils/search/excerpt.ts';
import { excerptParagraph } from './excerpt-text.ts';
import { siteQuery } from '../utils/search/words.ts';

export function openFromHash(moveFocus = true): void {
  const id = idFromHash(location.hash);
  if (!id) return;
  const target = document.getElementById(id);
  if (!(target instanceof HTMLDetailsElement)) return;
  target.open = true;
  if (!moveFocus) return;
  target.scrollIntoView({ block: 'start' });
  target.querySelector('summary')?.focus({ preventScroll: true });
}

interface PagefindData {
  url: string;
  meta: { title?: string };
  content: string;
  locations: number[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindData> }[] } | null>;
}

const MAX_RESULTS = 20;
// A variable keeps Vite from bundling the index: it exists only after the build, in /pagefind/.
const PAGEFIND_URL = '/pagefind/pagefind.js';
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (module) => {
    await module.options({ excerptLength: 24 });
    await module.init();
    return module;
  });
  // A failed load (offline, say) is tried again on the next search.
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

function renderResult(data: PagefindData): HTMLLIElement | undefined {
  const href = safeResultUrl(data.url);
  if (!href) return undefined;
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = href;
  link.textContent = data.meta.title ?? href;
  // Made from the content, as on /search/: whole words, and never the spelling forms the page is indexed with.
  const excerpt = excerptParagraph(buildExcerpt(data.content, data.locations, 60), 'small');
  item.append(link, excerpt);
  return item;
}

export function setUpSearch(root: HTMLElement): void {
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const status = root.querySelector<HTMLElement>('[data-faq-search-status]');
  const list = root.querySelector<HTMLElement>('[data-faq-search-results]');
  if (!form || !input || !status || !list) return;
  const lang = document.documentElement.lang === 'en' ? 'en' : 'ja';
  root.hidden = false;
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = async () => {
    const query = normalizeQuery(input.value);
    const mine = ++sequence;
    if (query === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      const api = await loadPagefind();
      // Folded as the site index's forms are (site-forms.ts), so 漏洩 finds 漏えい here too.
      const search = await api.search(siteQuery(query), { filters: { section: 'faq' } });
      if (!search || mine !== sequence) return;
      const shown = search.results.slice(0, MAX_RESULTS);
      const data = await Promise.all(shown.map((result) => result.data()));
      if (mine !== sequence) return;
      list.replaceChildren(...data.map(renderResult).filter((item): item is HTMLLIElement => item !== undefined));
      status.textContent = resultMessage(lang, query, search.results.length, shown.length);
    } catch (error) {
      if (mine !== sequence) return;
      console.error(error);
      list.replaceChildren();
      status.textContent =
        lang === 'ja'
          ? '検索を利用できませんでした。質問の一覧からお探しください。'
          : 'Search is not available right now. Please browse the list of questions.';
    }
  };

  // Fetch the index when the box gets focus, so the first search is quick.
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 300);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
}

// Open at once; move the focus after load, since the browser's own jump to the fragment would take it away again.
openFromHash(false);
if (document.readyState === 'complete') openFromHash();
else window.addEventListener('load', () => requestAnimationFrame(() => openFromHash()), { once: true });
window.addEventListener('hashchange', () => openFromHash());
const searchRoot = document.querySelector<HTMLElement>('[data-faq-search]');
if (searchRoot) setUpSearch(searchRoot);
