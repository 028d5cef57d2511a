import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeCode, normalizeNewlines, trimCell } from './normalize.ts';
import { isSafeUrl } from './safe-url.ts';
import { nearest } from './distance.ts';
import { findPrefecture, PREFECTURES } from './prefectures.ts';

describe('normalizers', () => {
  it('trims ideographic spaces, tabs and a stray BOM but keeps inner text', () => {
    expect(trimCell('\u3000 東京 都\t\uFEFF')).toBe('東京 都');
  });

  it('folds full-width digits and separators in code-like values', () => {
    expect(normalizeCode('２０１５－０４－１７')).toBe('2015-04-17');
    expect(normalizeCode('１３：３０')).toBe('13:30');
    expect(normalizeCode('２０１５ー０４ー１７')).toBe('2015-04-17');
    expect(normalizeCode('ＵＳＢ')).toBe('USB');
  });

  it('turns CRLF and CR into LF', () => {
    expect(normalizeNewlines('a\r\nb\rc\n')).toBe('a\nb\nc\n');
  });
});

describe('safe URLs', () => {
  it.each(['https://www.inpit.go.jp/', 'http://example.jp/a?b=c', 'mailto:trade-secret@inpit.jp.go.jp'])('allows %s', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });
  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'vbscript:x', '/relative', 'https://', 'mailto:', 'https://a.jp/"onmouseover="x'])(
    'rejects %s',
    (url) => {
      expect(isSafeUrl(url)).toBe(false);
    },
  );
});

describe('prefectures', () => {
  it('has the 47 prefectures with JIS X 0401 codes', () => {
    expect(PREFECTURES).toHaveLength(47);
    expect(findPrefecture('東京')).toMatchObject({ name: '東京都', code: '13', region: 'kanto' });
    expect(findPrefecture('大阪')).toMatchObject({ name: '大阪府', code: '27' });
    expect(findPrefecture('北海道')).toMatchObject({ code: '01' });
    expect(findPrefecture('沖縄県')).toMatchObject({ code: '47', region: 'kyushu-okinawa' });
    expect(findPrefecture('tokyo')?.name).toBe('東京都');
    expect(findPrefecture('東亰')).toBeUndefined();
  });
});

describe('nearest', () => {
  it('suggests a close name and nothing for a distant one', () => {
    expect(nearest('titel', ['title', 'title_en', 'date'])).toBe('title');
    expect(nearest('zzzzzz', ['title', 'date'])).toBeUndefined();
  });
});

describe('normalizer fast paths', () => {
  // The characters around the fast paths' edges: white space of every kind, ASCII, dashes, full-width forms.
  const alphabet = [' ', '\t', '\n', '\u000b', '\u0000', '\u0085', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u2028', '\u202f', '\u205f', '\u3000', '\ufeff', 'a', 'Z', '0', '-', '~', '\u007f', 'ー', '－', '１', 'Ａ', '東', '\ud842\udfb7'];
  const cells = fc.array(fc.constantFrom(...alphabet), { maxLength: 8 }).map((chars) => chars.join(''));
  const slowTrim = (value: string) => value.replace(/^[\s\uFEFF]+|[\s\uFEFF]+$/gu, '');

  it('trimCell trims as the regular expression does', () => {
    fc.assert(fc.property(cells, (cell) => trimCell(cell) === slowTrim(cell)));
  });

  it('normalizeCode folds as NFKC plus dash folding does', () => {
    const slow = (value: string) => slowTrim(value.normalize('NFKC').replace(/[\u2010-\u2015\u2212\u30FC\uFF70\uFE63]/gu, '-'));
    fc.assert(fc.property(cells, (cell) => normalizeCode(cell) === slow(cell)));
  });
});
