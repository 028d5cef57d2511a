/**
 * OpenSearch 1.1 descriptions, so that browsers offer the portal's searches from their address bar: one for the
 * site search (/search/) and one for the open-patent search (/patents/search/), in each language. Both search
 * pages read their query from `?q=`.
 */
import { escapeXml } from '../feed/atom.ts';
import { localizedPath, type Lang } from '#src/i18n/locales.ts';

export const OPENSEARCH_TYPE = 'application/opensearchdescription+xml';
export const OPENSEARCH_KINDS = ['site', 'patents'] as const;
export type OpenSearchKind = (typeof OPENSEARCH_KINDS)[number];

interface Description {
  /** At most 16 characters (OpenSearch 1.1). */
  shortName: string;
  /** The title browsers show for the <link>. */
  title: string;
  /** At most 1024 characters. */
  description: string;
}

const TEXT: Record<OpenSearchKind, Record<Lang, Description>> = {
  site: {
    ja: {
      shortName: 'INPIT 知財支援',
      title: 'INPIT 知財支援ポータル サイト内検索',
      description: 'INPIT 知財支援ポータルのページ（セミナー、相談窓口、よくある質問、統計など）を検索します。',
    },
    en: {
      shortName: 'INPIT portal',
      title: 'INPIT IP Support Portal: site search',
      description: "Search the pages of INPIT's IP Support Portal (seminars, consultation windows, FAQ, statistics).",
    },
  },
  patents: {
    ja: {
      shortName: 'INPIT 開放特許',
      title: 'INPIT 開放特許検索',
      description: 'ライセンス可能な開放特許を、技術分野や権利者とともに検索します。',
    },
    en: {
      shortName: 'INPIT patents',
      title: 'INPIT open patent search',
      description: 'Search open patents available for licensing, with their fields and holders.',
    },
  },
};

const SEARCH_PAGE: Record<OpenSearchKind, string> = { site: '/search/', patents: '/patents/search/' };
const DESCRIPTION_FILE: Record<OpenSearchKind, string> = { site: '/opensearch.xml', patents: '/patents/opensearch.xml' };

/** Site-absolute path of a description: /opensearch.xml, /en/opensearch.xml, /patents/opensearch.xml, … */
export function openSearchPath(kind: OpenSearchKind, lang: Lang): string {
  return lang === 'en' ? `/en${DESCRIPTION_FILE[kind]}` : DESCRIPTION_FILE[kind];
}

/** What a page's <link rel="search"> elements say: every description in the page's language. */
export function openSearchLinks(lang: Lang): { href: string; title: string }[] {
  return OPENSEARCH_KINDS.map((kind) => ({ href: openSearchPath(kind, lang), title: TEXT[kind][lang].title }));
}

/** The search page URL a browser fills in: `{searchTerms}` is replaced by the (percent-encoded) query. */
export function searchTemplate(kind: OpenSearchKind, lang: Lang, site: URL): string {
  return `${new URL(localizedPath(SEARCH_PAGE[kind], lang), site).href}?q={searchTerms}`;
}

export function openSearchXml(kind: OpenSearchKind, lang: Lang, site: URL): string {
  const text = TEXT[kind][lang];
  const attr = escapeXml;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">',
    `  <ShortName>${escapeXml(text.shortName)}</ShortName>`,
    `  <Description>${escapeXml(text.description)}</Description>`,
    `  <Url type="text/html" method="get" template="${attr(searchTemplate(kind, lang, site))}"/>`,
    `  <Url type="${OPENSEARCH_TYPE}" rel="self" template="${attr(new URL(openSearchPath(kind, lang), site).href)}"/>`,
    `  <Image width="192" height="192" type="image/png">${escapeXml(new URL('/icon-192.png', site).href)}</Image>`,
    `  <Image type="image/svg+xml">${escapeXml(new URL('/favicon.svg', site).href)}</Image>`,
    `  <Language>${lang}</Language>`,
    '  <InputEncoding>UTF-8</InputEncoding>',
    '  <OutputEncoding>UTF-8</OutputEncoding>',
    '</OpenSearchDescription>',
    '',
  ].join('\n');
}
