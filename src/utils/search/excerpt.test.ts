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

  it('leaves out the forms the page is indexed with, and starts at the top when only they matched', () => {
    const content = ['ガス', 'の', '漏えい', '。', ' ⁂ ', '漏洩 ', 'センサ'].join(Z);
    expect(render(buildExcerpt(content, [5]))).toBe('ガスの漏えい。');
    expect(render(buildExcerpt(content, [2, 5]))).toBe('ガスの[漏えい]。');
  });

  it('gives text only: markup in the content stays text', () => {
    expect(buildExcerpt('<i>x</i> leak', [1]).segments).toEqual([
      { text: '<i>x</i> ', mark: false },
      { text: 'leak', mark: true },
    ]);
  });
});
