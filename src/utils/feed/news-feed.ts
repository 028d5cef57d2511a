/** The news list as an Atom feed, one per language: /news/feed.xml and /en/news/feed.xml. */
import type { NewsItem } from '#src/data/load.ts';
import { localizedPath, pick, type Lang } from '#src/i18n/locales.ts';
import { UI } from '#src/i18n/ui.ts';
import { renderMarkdown } from '../markdown.ts';
import { atomDate, buildAtomFeed, TAG_AUTHORITY, type AtomEntry, type AtomFeed } from './atom.ts';

// Ids are tag: URIs (TAG_AUTHORITY); the two languages are distinct entries.

export const FEED_PATH = '/news/feed.xml';

export function feedPath(lang: Lang): string {
  return localizedPath(FEED_PATH, lang);
}

export function newsFeedId(lang: Lang): string {
  return `${TAG_AUTHORITY}${localizedPath('/news/', lang)}`;
}

export function newsEntryId(id: string, lang: Lang): string {
  return `${newsFeedId(lang)}${id}`;
}

const SAMPLE_MARK: Record<Lang, string> = { ja: '[サンプル]', en: '[Sample]' };
// Markers staff already put in titles: replaced by the feed's own, so a title never says "sample" twice.
const EXISTING_MARK = /^\s*(?:【サンプル】|\[サンプル\]|［サンプル］|\(サンプル\)|（サンプル）|\[sample\])\s*/iu;

/** Sample items always start with [サンプル] / [Sample] in the feed, since readers show no badges. */
export function feedTitle(title: string, sample: boolean, lang: Lang): string {
  if (!sample) return title;
  return `${SAMPLE_MARK[lang]} ${title.replace(EXISTING_MARK, '')}`;
}

const TEXT = {
  title: { ja: 'お知らせ', en: 'News' },
  subtitle: { ja: 'INPIT 知財支援ポータルのお知らせ', en: 'News from the INPIT IP Support Portal' },
  sampleNote: {
    ja: 'これは動作確認用のサンプルで、実在の情報ではありません。',
    en: 'This is a sample for demonstration, not a real record.',
  },
};

export interface NewsFeedOptions {
  /** The site origin (Astro's `site`). */
  site: URL;
  /** `updated` of a feed with no items: the build date (YYYY-MM-DD). */
  fallbackDate: string;
}

export function newsFeed(news: readonly NewsItem[], lang: Lang, { site, fallbackDate }: NewsFeedOptions): AtomFeed {
  const newsPage = new URL(localizedPath('/news/', lang), site).href;
  const entries = [...news]
    // Stable: items of the same day keep the data file's order, as on the news page.
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((item): AtomEntry => {
      const title = pick(lang, item.title, item.title_en);
      const body = item.body === undefined ? undefined : pick(lang, item.body, item.body_en);
      const sampleNote = item.sample ? `<p><strong>${TEXT.sampleNote[lang]}</strong></p>\n` : '';
      // Japanese text in the English feed is marked inside the HTML, so the feed's own note keeps its language.
      const bodyHtml =
        body === undefined ? '' : body.lang ? `<div lang="${body.lang}">\n${renderMarkdown(body.text)}</div>\n` : renderMarkdown(body.text);
      return {
        id: newsEntryId(item.id, lang),
        title: { text: feedTitle(title.text, item.sample, lang), lang: title.lang },
        link: `${newsPage}#${encodeURIComponent(item.id)}`,
        published: atomDate(item.date),
        updated: atomDate(item.date),
        ...(sampleNote || bodyHtml ? { contentHtml: { text: sampleNote + bodyHtml } } : {}),
        ...(item.url ? { related: item.url } : {}),
        ...(item.sample ? { categories: [{ term: 'sample', label: SAMPLE_MARK[lang] }] } : {}),
      };
    });
  const latest = news.reduce((max, item) => (item.date > max ? item.date : max), '');
  return {
    id: newsFeedId(lang),
    lang,
    title: `${TEXT.title[lang]} | ${UI.siteName[lang]}`,
    subtitle: TEXT.subtitle[lang],
    self: new URL(feedPath(lang), site).href,
    alternate: newsPage,
    base: new URL('/', site).href,
    updated: atomDate(latest || fallbackDate),
    author: { name: UI.agency[lang], uri: new URL(localizedPath('/', lang), site).href },
    entries,
  };
}

export function newsFeedXml(news: readonly NewsItem[], lang: Lang, options: NewsFeedOptions): string {
  return buildAtomFeed(newsFeed(news, lang, options));
}
