import { describe, expect, it } from 'vitest';
import { buildExcerpt } from './excerpt.ts';

const Z = '\u200B';
const render = (excerpt: ReturnType<typeof buildExcerpt>) =>
  `${excerpt.before ? '…' : ''}${excerpt.segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('')}${excerpt.after ? '…' : ''}`;

describe('buildExcerpt', () => {
  it('marks the matched words of Japanese content (words split by U+200B)', () => {
    const content = ['ガス', '配管', '. ', 'ガス', 'の', '漏えい', 'を', '検知', 'する', '。'].join(Z);
    expect(render(buildExcerpt(content, [5]))).toBe('ガス配管. ガスの[漏えい]を検知する。');
  });

  it('marks English words between spaces, and keeps the spaces unmarked', () => {
    expect(render(buildExcerpt('Report a trade secret leak to the police', [4]))).toBe('Report a trade secret [leak] to the police');
  });

  it('marks the word without the punctuation Pagefind keeps on it', () => {
    expect(render(buildExcerpt('What is "Trade Secret 110"?', [2, 3]))).toBe('What is "[Trade] [Secret] 110"?');
  });

  it('ends on whole words, with an ellipsis where text was left out', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`);
    const excerpt = buildExcerpt(words.join(' '), [30], 60);
    const text = render(excerpt);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text).toContain('[word30]');
    for (const piece of text.replace(/…/gu, '').split(' ')) expect(piece).toMatch(/^\[?word\d+\]?$/u);
  });

  it('leaves out the forms the page is indexed with, and starts at the top when only they matched and nothing maps back', () => {
    const content = ['ガス', 'の', '漏えい', '。', ' ⁂ ', '漏洩 ', 'センサ'].join(Z);
    expect(render(buildExcerpt(content, [5]))).toBe('ガスの漏えい。');
    expect(render(buildExcerpt(content, [2, 5]))).toBe('ガスの[漏えい]。');
  });

  it('marks the page spelling of a word that matched only through a variant, as a variant match', () => {
    const content = ['ガス', 'の', '漏えい', 'を', '検知', 'する', '温度', 'センサー', '。', ' ⁂ ', '漏洩 ', 'センサ'].join(Z);
    // 漏洩 (a variant form) maps back through the page's meta to 漏えい.
    const leak = buildExcerpt(content, [10], 110, { 漏洩: '漏えい' });
    expect(render(leak)).toBe('ガスの[漏えい]を検知する温度センサー。');
    expect(leak.segments.find((s) => s.mark)).toEqual({ text: '漏えい', mark: true, variant: true });
    // センサ (a folded form) needs no meta: センサー folds to it.
    const sensor = buildExcerpt(content, [11]);
    expect(render(sensor)).toBe('ガスの漏えいを検知する温度[センサー]。');
    expect(sensor.segments.find((s) => s.mark)?.variant).toBe(true);
    // A direct match wins: the variant is not marked then.
    expect(buildExcerpt(content, [7, 10], 110, { 漏洩: '漏えい' }).segments.filter((s) => s.mark)).toEqual([
      { text: 'センサー', mark: true },
    ]);
  });

  it('gives text only: markup in the content stays text', () => {
    expect(buildExcerpt('<i>x</i> leak', [1]).segments).toEqual([
      { text: '<i>x</i> ', mark: false },
      { text: 'leak', mark: true },
    ]);
  });
});

describe('buildExcerpt: variant matches across Pagefind word pieces', () => {
  it('marks every piece of a page spelling Pagefind cut up (漏|えい), and only those', () => {
    const content = ['情報', '漏', 'えい', 'の', '被害', '。', ' ⁂ ', '漏洩 '].join(Z);
    const excerpt = buildExcerpt(content, [7], 110, { 漏洩: '漏えい' });
    expect(render(excerpt)).toBe('情報[漏えい]の被害。');
    expect(excerpt.segments.filter((s) => s.mark)).toEqual([{ text: '漏えい', mark: true, variant: true }]);
  });
});

describe('buildExcerpt: variant matches inside long words', () => {
  it('marks only the spelling, not the whole run, where Pagefind kept Japanese text unsegmented', () => {
    const content = 'カテゴリ: 相談. 情報漏えいの被害を受けたかもしれません。 ⁂ アル 漏洩 知的.';
    const excerpt = buildExcerpt(content, [5], 110, { 漏洩: '漏えい' });
    expect(render(excerpt)).toBe('カテゴリ: 相談. 情報[漏えい]の被害を受けたかもしれません。');
    expect(excerpt.segments.filter((s) => s.mark)).toEqual([{ text: '漏えい', mark: true, variant: true }]);
  });

  it('finds a folded form in its hiragana spelling (リンゴ → りんご)', () => {
    expect(render(buildExcerpt('青森の りんご 農家 ⁂ リンゴ', [4]))).toBe('青森の [りんご] 農家');
  });
});

describe('buildExcerpt: locations in Pagefind segmentation', () => {
  it('takes the matched form from the query where the location does not name one', () => {
    const content = '相談. 情報漏えいの被害。 ⁂ アル 漏洩 知的.';
    // 40: a location in Pagefind's own word count, beyond the words its content shows.
    expect(render(buildExcerpt(content, [40], 110, { 漏洩: '漏えい' }, ['漏洩']))).toBe('相談. 情報[漏えい]の被害。');
    // A query word that is not among the page's forms marks nothing.
    expect(render(buildExcerpt(content, [40], 110, {}, ['特許']))).toBe('相談. 情報漏えいの被害。');
  });
});
