import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptSegments, normalizeQuery, resultMessage, safeResultUrl } from './search.ts';

describe('excerptSegments', () => {
  it('splits a Pagefind excerpt into plain and marked text', () => {
    expect(excerptSegments('営業秘密の<mark>管理</mark>方法と<mark>漏えい</mark>')).toEqual([
      { text: '営業秘密の', mark: false },
      { text: '管理', mark: true },
      { text: '方法と', mark: false },
      { text: '漏えい', mark: true },
    ]);
  });

  it('decodes entities into text and drops any other markup, so nothing is rendered as HTML', () => {
    const segments = excerptSegments('&lt;script&gt;alert(1)&lt;/script&gt; <img src=x onerror=alert(1)><mark>a&amp;b</mark>');
    expect(segments).toEqual([
      { text: '<script>alert(1)</script> ', mark: false },
      { text: 'a&b', mark: true },
    ]);
  });

  it('decodes numeric entities and leaves unknown ones', () => {
    expect(decodeEntities('&#39;&#x27;&quot;&unknown;&#x110000;')).toBe(`''"&unknown;&#x110000;`);
  });
});

describe('search messages', () => {
  it('normalizes spaces, including the full-width space', () => {
    expect(normalizeQuery('  営業秘密\u3000 管理 ')).toBe('営業秘密 管理');
  });

  it('announces the number of matches in both languages', () => {
    expect(resultMessage('ja', '営業秘密', 5, 5)).toBe('「営業秘密」に一致する質問：5件');
    expect(resultMessage('ja', '営業秘密', 25, 20)).toBe('「営業秘密」に一致する質問：25件（上位20件を表示）');
    expect(resultMessage('ja', 'xyz', 0, 0)).toBe('「xyz」に一致する質問は見つかりませんでした。');
    expect(resultMessage('en', 'fee', 1, 1)).toBe('1 question matches “fee”.');
    expect(resultMessage('en', 'fee', 3, 3)).toBe('3 questions match “fee”.');
    expect(resultMessage('en', 'x', 0, 0)).toBe('No questions match “x”.');
    expect(resultMessage('en', '', 0, 0)).toBe('');
  });

  it('keeps only same-site result URLs', () => {
    expect(safeResultUrl('/faq/ts-a/')).toBe('/faq/ts-a/');
    expect(safeResultUrl('//evil.example/')).toBeUndefined();
    expect(safeResultUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeResultUrl('https://example.com/')).toBeUndefined();
  });
});
