/**
 * The site search (Pagefind's default index of the built pages, segmented by Pagefind) matches the same spellings
 * as the patent search, with the same normalizer (words.ts, variants.ts): each page is indexed with an extra
 * element of the folded forms of its words that the page does not spell that way (りんご → リンゴ, センサー →
 * センサ, ウェハ → ウエハ) and the other spellings of its variants (漏えい → 漏洩), weighted below the text. The query
 * is folded by searchQuery before Pagefind gets it. The element starts with FORMS_MARK, so that the results page
 * can leave it out of excerpts (excerpt.ts).
 */
import { variantWords, type VariantLookup } from './variants.ts';
import { searchWords } from './words.ts';

/** Starts the forms in a page's indexed text: a symbol, so Pagefind indexes no word for it. */
export const FORMS_MARK = '⁂';
/**
 * Pagefind meta key of a page's variant forms and the page words they stand for (漏洩=漏えい|…), so the results
 * page can mark the page's own spelling when only the variant matched (excerpt.ts). Fold-only forms need none.
 */
export const VARIANT_SOURCES_META = 'variant_sources';
export const FORMS_WEIGHT = 0.5;

// Latin words are left to Pagefind, which stems them in the English index (siteQuery leaves them as typed).
const LATIN_WORD = /^[\p{Script=Latin}\d.-]+$/u;

/** The words a text is searched by that it does not hold as written: folded forms and other spellings. */
export function searchForms(text: string, lookup: VariantLookup): string[] {
  const plain = text.normalize('NFKC').toLowerCase();
  const words = searchWords(text);
  const forms = new Set([...words.filter((word) => !plain.includes(word)), ...variantWords(words, lookup)]);
  // One-character forms (mostly particles read as katakana: の → ノ) would match little but add to every page.
  return [...forms].filter((word) => word.length > 1 && !LATIN_WORD.test(word));
}

// Characters of the meta's own syntax (Pagefind splits meta on , and :) or of the attribute.
const META_UNSAFE = /[|=,:"'&<>]/u;

/** Each variant form with the (folded) page word it stands for: 漏洩 → 漏えい. Forms from folding alone are left out. */
export function variantSources(text: string, forms: readonly string[], lookup: VariantLookup): [string, string][] {
  const wanted = new Set(forms);
  const sources = new Map<string, string>();
  for (const word of new Set(searchWords(text))) {
    for (const form of variantWords([word], lookup)) if (wanted.has(form) && !sources.has(form)) sources.set(form, word);
  }
  return [...sources].filter(([form, word]) => !META_UNSAFE.test(form) && !META_UNSAFE.test(word));
}

/** The meta value read back in the browser: 漏洩=漏えい|センサ=センサー → { 漏洩: '漏えい', … }. */
export function parseVariantSources(value: string | undefined): Record<string, string> {
  const sources: Record<string, string> = {};
  for (const pair of value?.split('|') ?? []) {
    const [form, word] = pair.split('=');
    if (form && word) sources[form] = word;
  }
  return sources;
}

const escapeHtml = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

const decodeEntities = (text: string): string =>
  text
    .replace(/&#(\d+);/gu, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([\da-f]+);/giu, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(
      /&(lt|gt|quot|apos|nbsp|amp);/gu,
      (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', amp: '&' })[name]!,
    );

const BODY = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>([\s\S]*)<\/main>/u;

/** The text of a built page's indexed region (its data-pagefind-body main), without scripts and styles. */
export function indexedText(html: string): string | null {
  const body = BODY.exec(html)?.[1];
  if (body === undefined) return null;
  const text = body
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/giu, ' ')
    .replace(/<[^>]+>/gu, ' ')
    .replace(/\s+/gu, ' ');
  return decodeEntities(text);
}

/**
 * A built page as the site index should read it: the forms element added at the end of its indexed region. A
 * page without one (not searchable) is returned as it is. Only the index sees this; dist/ is not changed.
 */
export function withSearchForms(html: string, lookup: VariantLookup): string {
  const text = indexedText(html);
  if (text === null) return html;
  const forms = searchForms(text, lookup);
  if (forms.length === 0) return html;
  const sources = variantSources(text, forms, lookup).map(([form, word]) => `${form}=${word}`);
  const meta = sources.length > 0 ? `<span data-pagefind-meta="${VARIANT_SOURCES_META}:${sources.join('|')}"></span>` : '';
  const element = `<div data-pagefind-weight="${FORMS_WEIGHT}">${FORMS_MARK} ${escapeHtml(forms.join(' '))}${meta}</div>`;
  const end = html.lastIndexOf('</main>');
  return `${html.slice(0, end)}${element}${html.slice(end)}`;
}
