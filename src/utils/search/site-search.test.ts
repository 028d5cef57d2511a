import { describe, expect, it } from 'vitest';
import { queryFromUrl, searchStatus, urlWithQuery } from './site-search.ts';

describe('searchStatus', () => {
  it.each([
    ['ja', 'done', '漏洩', 3, 3, '「漏洩」の検索結果：3件'],
    ['ja', 'done', '漏洩', 25, 10, '「漏洩」の検索結果：25件（10件を表示）'],
    ['ja', 'done', 'xyz', 0, 0, '「xyz」に一致するページは見つかりませんでした。短い言葉や別の言い方でお試しください。'],
    ['en', 'done', 'leak', 1, 1, '1 result for “leak”'],
    ['en', 'done', 'leak', 25, 10, '25 results for “leak” (showing 10)'],
    ['en', 'done', 'xyz', 0, 0, 'No pages match “xyz”. Try a shorter or different word.'],
    ['en', 'searching', 'leak', 0, 0, 'Searching…'],
  ] as const)('%s %s %s %i/%i', (lang, state, query, count, shown, text) => {
    expect(searchStatus(lang, state, query, count, shown)).toBe(text);
  });
});

describe('the URL', () => {
  it('reads ?q=', () => {
    expect(queryFromUrl('https://x.jp/search/?q=%E6%BC%8F%E6%B4%A9')).toBe('漏洩');
    expect(queryFromUrl('https://x.jp/search/')).toBe('');
  });

  it('sets or removes ?q=, keeping the rest', () => {
    expect(urlWithQuery('https://x.jp/en/search/?a=1', 'trade secret')).toBe('/en/search/?a=1&q=trade+secret');
    expect(urlWithQuery('https://x.jp/search/?q=x#top', ' ')).toBe('/search/#top');
  });
});
