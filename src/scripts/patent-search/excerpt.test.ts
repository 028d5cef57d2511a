import { describe, expect, it } from 'vitest';
import { searchQuery } from '#src/utils/search/words.ts';
import { excerpt, matchRanges } from './excerpt.ts';

const marked = (text: string, ranges: [number, number][]) => ranges.map(([s, e]) => text.slice(s, e));
const words = (typed: string) => searchQuery(typed).split(' ');

describe('matchRanges', () => {
  it('marks the folded forms: half-width kana, long vowels, hiragana, full-width letters', () => {
    const text = '高感度のセンサーとＵＳＢ接続のせんさ';
    expect(marked(text, matchRanges(text, words('ｾﾝｻｰ')))).toEqual(['センサー', 'せんさ']);
    expect(marked(text, matchRanges(text, words('usb')))).toEqual(['ＵＳＢ']);
  });

  it('merges overlapping matches and finds nothing for absent words', () => {
    const text = '半導体素子の半導体';
    expect(matchRanges(text, ['半導体', '導体素子'])).toEqual([
      [0, 5],
      [6, 9],
    ]);
    expect(matchRanges(text, ['モータ', ''])).toEqual([]);
  });
});

describe('excerpt', () => {
  it('starts a little before the first match, cuts with an ellipsis, and shifts the marks', () => {
    const text = `${'前置き'.repeat(10)}センサーを用いた測定${'後'.repeat(100)}`;
    const { text: shown, marks } = excerpt(text, ['センサ'], 40, 4);
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(marked(shown, marks)).toEqual(['センサー']);
    expect(shown.length).toBe(42);
  });

  it('shows the start when nothing matches', () => {
    expect(excerpt('短い要約', ['x'])).toEqual({ text: '短い要約', marks: [] });
  });
});
