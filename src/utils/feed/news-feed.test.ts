import { describe, expect, it } from 'vitest';
import type { NewsItem } from '#src/data/load.ts';
import { feedPath, feedTitle, newsEntryId, newsFeed, newsFeedXml } from './news-feed.ts';
import { readXml } from '../../../tests/helpers/xml.ts';

const site = new URL('https://portal.example.jp');
const options = { site, fallbackDate: '2026-11-24' };

const news: NewsItem[] = [
  {
    id: '2015-02-02-opened',
    date: '2015-02-02',
    title: '窓口を開設 <速報> & "ご案内"',
    body: '**太字** と [リンク](https://www.inpit.go.jp/?a=1&b=2)',
    sample: false,
  },
  {
    id: '2026-11-24-sample',
    date: '2026-11-24',
    title: '【サンプル】ポータルを公開しました',
    title_en: '[Sample] Portal launched',
    body: 'これはサンプルです。',
    body_en: 'This is a sample.',
    url: 'https://www.inpit.go.jp/',
    sample: true,
  },
  { id: '2015-07-08-briefing', date: '2015-07-08', title: '資料の公開 ]]>', sample: false },
];

describe('feedTitle', () => {
  it('starts every sample title with [サンプル] / [Sample], exactly once', () => {
    expect(feedTitle('【サンプル】ポータルを公開', true, 'ja')).toBe('[サンプル] ポータルを公開');
    expect(feedTitle('[Sample] Portal launched', true, 'en')).toBe('[Sample] Portal launched');
    expect(feedTitle('Portal launched', true, 'en')).toBe('[Sample] Portal launched');
    expect(feedTitle('ポータルを公開', true, 'ja')).toBe('[サンプル] ポータルを公開');
  });
  it('leaves real items alone', () => {
    expect(feedTitle('窓口を開設', false, 'ja')).toBe('窓口を開設');
  });
});

describe('entry ids', () => {
  it('are tag: URIs independent of the deployment origin, distinct per language', () => {
    expect(newsEntryId('x', 'ja')).toBe('tag:inpit.go.jp,2026:portal/news/x');
    expect(newsEntryId('x', 'en')).toBe('tag:inpit.go.jp,2026:portal/en/news/x');
    const other = newsFeed(news, 'ja', { site: new URL('https://other.example'), fallbackDate: '2026-11-24' });
    expect(other.entries.map((e) => e.id)).toEqual(newsFeed(news, 'ja', options).entries.map((e) => e.id));
  });
});

describe('newsFeed', () => {
  it('has one entry per news item, newest first, with absolute links', () => {
    const feed = newsFeed(news, 'ja', options);
    expect(feed.entries.map((e) => e.id.split('/').at(-1))).toEqual(['2026-11-24-sample', '2015-07-08-briefing', '2015-02-02-opened']);
    expect(feed.entries[0]!.link).toBe('https://portal.example.jp/news/#2026-11-24-sample');
    expect(feed.self).toBe('https://portal.example.jp/news/feed.xml');
    expect(newsFeed(news, 'en', options).self).toBe('https://portal.example.jp/en/news/feed.xml');
    expect(feedPath('en')).toBe('/en/news/feed.xml');
  });

  it('is updated at the newest item (not the build time), so rebuilding does not change it', () => {
    expect(newsFeed(news, 'ja', options).updated).toBe('2026-11-24T00:00:00+09:00');
    expect(newsFeed([], 'ja', { site, fallbackDate: '2026-12-01' }).updated).toBe('2026-12-01T00:00:00+09:00');
  });

  it('uses English where there is English and marks Japanese fallbacks', () => {
    const feed = newsFeed(news, 'en', options);
    const [sample, briefing, opened] = feed.entries;
    expect(sample!.title).toEqual({ text: '[Sample] Portal launched', lang: undefined });
    expect(briefing!.title.lang).toBe('ja');
    expect(opened!.contentHtml?.text).toContain('<div lang="ja">');
    expect(sample!.contentHtml?.text).toContain('This is a sample for demonstration');
    expect(sample!.related).toBe('https://www.inpit.go.jp/');
  });

  it('serializes to well-formed XML that keeps every title intact', () => {
    const xml = newsFeedXml(news, 'ja', options);
    const root = readXml(xml);
    const entries = root.children('entry');
    expect(entries).toHaveLength(news.length);
    expect(entries.map((e) => e.child('title')?.text)).toEqual([
      '[サンプル] ポータルを公開しました',
      '資料の公開 ]]>',
      '窓口を開設 <速報> & "ご案内"',
    ]);
    for (const entry of entries) {
      expect(entry.child('updated')?.text).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+09:00$/u);
      expect(entry.child('link')?.attributes.href).toMatch(/^https:\/\/portal\.example\.jp\/news\/#/u);
    }
    const body = entries[2]!.child('content')?.text;
    expect(body).toContain('<strong>太字</strong>');
    expect(body).toContain('href="https://www.inpit.go.jp/?a=1&amp;b=2"');
    expect(root.child('title')?.text).toBe('お知らせ | INPIT 知財支援ポータル');
  });
});
