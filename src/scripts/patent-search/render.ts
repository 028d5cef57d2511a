/**
 * DOM for search results and pagination. Data reaches the page only as text (textContent) and checked attribute
 * values, never as markup: a title like `<img onerror=…>` shows as those characters. Only createElement,
 * setAttribute, textContent and append are used, so the unit tests run these functions on a small fake document.
 */
import { formatDate } from '#src/utils/format.ts';
import type { PatentMeta } from '#src/utils/search/patent-contract.ts';
import { excerpt } from './excerpt.ts';
import { pageItems } from './state.ts';
import { TEXT, type SearchLabels } from './text.ts';

/** License numbers as the data schema allows them; anything else gets no link. */
const LICENSE_NO = /^[A-Za-z0-9][A-Za-z0-9_-]*$/u;

/** The detail page's path, or undefined for a license number that could not be a path segment. */
export function patentPath(licenseNo: string): string | undefined {
  return LICENSE_NO.test(licenseNo) ? `/patents/${licenseNo}/` : undefined;
}

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Text marked lang="ja" on an English page (holders and untranslated titles are Japanese). */
function japanese(doc: Document, labels: SearchLabels, text: string): Node | string {
  return labels.lang === 'en' ? element(doc, 'span', { lang: 'ja' }, text) : text;
}

/** The summary's excerpt, the query's words in <mark>: text nodes only, so data never becomes markup. */
function excerptLine(doc: Document, labels: SearchLabels, summary: string, words: readonly string[]): HTMLParagraphElement {
  const { text, marks } = excerpt(summary, words);
  const line = element(doc, 'p', { class: 'result-excerpt', lang: labels.lang === 'en' ? 'ja' : undefined });
  let at = 0;
  for (const [start, end] of marks) {
    if (start > at) line.append(text.slice(at, start));
    line.append(element(doc, 'mark', {}, text.slice(start, end)));
    at = end;
  }
  if (at < text.length) line.append(text.slice(at));
  return line;
}

/**
 * One result: title (linked to the Japanese detail page), sample badge, a line of the summary with the query's
 * `words` (index words, searchQuery()) marked, and the record's facts.
 */
export function resultItem(doc: Document, meta: PatentMeta, labels: SearchLabels, words: readonly string[] = []): HTMLLIElement {
  const t = TEXT[labels.lang];
  const href = patentPath(meta.license_no);
  const english = labels.lang === 'en' && meta.title_en ? meta.title_en : undefined;
  const titleText = english ? english : japanese(doc, labels, meta.title);
  const title = href
    ? element(doc, 'a', { href, hreflang: labels.lang === 'en' ? 'ja' : undefined, 'data-result-link': '' }, titleText)
    : element(doc, 'span', {}, titleText);
  const heading = element(doc, 'h3', { class: 'result-title' }, title);
  if (meta.sample === '1')
    heading.append(
      ' ',
      element(
        doc,
        'span',
        { class: 'badge badge-sample' },
        labels.sample,
        element(doc, 'span', { class: 'visually-hidden' }, labels.sampleHidden),
      ),
    );

  const facts: [string, Node | string][] = [
    [t.columns.license_no, meta.license_no],
    [t.columns.field, labels.fields[meta.field] ?? meta.field],
    [t.columns.holder, japanese(doc, labels, meta.holder)],
    [t.columns.holder_type, labels.holderTypes[meta.holder_type] ?? meta.holder_type],
    [t.columns.license_terms, labels.licenseTerms[meta.license_terms] ?? meta.license_terms],
    [t.columns.registered, element(doc, 'time', { datetime: meta.registered }, formatDate(meta.registered, labels.lang, false))],
  ];
  const list = element(
    doc,
    'dl',
    { class: 'result-facts' },
    ...facts.map(([term, value]) => element(doc, 'div', {}, element(doc, 'dt', {}, term), element(doc, 'dd', {}, value))),
  );
  const item = element(doc, 'li', { class: 'result', 'data-license-no': meta.license_no }, heading);
  if (meta.summary) item.append(excerptLine(doc, labels, meta.summary, words));
  item.append(list);
  return item;
}

/**
 * The pagination: previous, numbered pages (the current one aria-current="page") with gaps, next. Links are real
 * URLs (`hrefFor`), so they open in a new tab too; the page script handles plain clicks. Empty for one page.
 */
export function paginationList(
  doc: Document,
  current: number,
  last: number,
  hrefFor: (page: number) => string,
  labels: SearchLabels,
): HTMLUListElement | undefined {
  const items = pageItems(current, last);
  if (items.length === 0) return undefined;
  const t = TEXT[labels.lang];
  const link = (page: number, text: string, attributes: Record<string, string | undefined> = {}, hidden?: string) => {
    const a = element(doc, 'a', { href: hrefFor(page), 'data-page': String(page), ...attributes }, text);
    if (hidden) a.append(element(doc, 'span', { class: 'visually-hidden' }, hidden));
    return element(doc, 'li', {}, a);
  };
  const list = element(doc, 'ul', { class: 'pagination' });
  if (current > 1) list.append(link(current - 1, t.previous, { rel: 'prev', class: 'step' }));
  for (const item of items) {
    if (item === 'gap') list.append(element(doc, 'li', { class: 'gap', 'aria-hidden': 'true' }, '…'));
    else list.append(link(item, String(item), { 'aria-current': item === current ? 'page' : undefined }, t.pageSuffix || undefined));
  }
  if (current < last) list.append(link(current + 1, t.next, { rel: 'next', class: 'step' }));
  return list;
}
