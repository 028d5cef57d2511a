/** The site's two languages: Japanese at the root, English under /en/. */
export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * getStaticPaths entries for a page that exists in both languages (`src/pages/[...lang]/…`).
 * A new array each call: Astro attaches its lookup table to the returned array.
 */
export function langPaths() {
  return [
    { params: { lang: undefined }, props: { lang: 'ja' as Lang } },
    { params: { lang: 'en' }, props: { lang: 'en' as Lang } },
  ];
}

export function langOfPath(pathname: string): Lang {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'ja';
}

/** '/seminars/' in English is '/en/seminars/'. Paths are site-absolute with a trailing slash. */
export function localizedPath(path: string, lang: Lang): string {
  const bare = stripLang(path);
  return lang === 'en' ? `/en${bare}` : bare;
}

export function stripLang(path: string): string {
  return path.replace(/^\/en(?=\/|$)/u, '') || '/';
}

/** The same page in the other language. */
export function alternatePath(pathname: string): string {
  return localizedPath(pathname, langOfPath(pathname) === 'en' ? 'ja' : 'en');
}

export interface LocalizedText {
  text: string;
  /** Set when the text is not in the page's language (Japanese shown on an English page). */
  lang?: Lang;
}

/** A data field in the page's language: the *_en value on English pages where there is one, else the Japanese. */
export function textIn<Ja extends string | undefined>(lang: Lang, ja: Ja, en?: string): string | Ja {
  return lang === 'en' && en ? en : ja;
}

/** textIn for markup: Japanese shown on an English page is marked, for lang="ja". */
export function pick(lang: Lang, ja: string, en?: string): LocalizedText {
  const text = textIn(lang, ja, en);
  return lang === 'en' && !en ? { text, lang: 'ja' } : { text };
}

/** For UI strings kept beside their component: `tr(lang, { ja: '…', en: '…' })`. */
export function tr(lang: Lang, text: { ja: string; en: string }): string {
  return text[lang];
}
