import { describe, expect, it } from 'vitest';
import { japaneseRuns } from './japanese-runs.ts';

describe('japaneseRuns', () => {
  it('separates the Japanese words of an English hint', () => {
    expect(japaneseRuns('e.g. sensor, センサ, patent 3783419.')).toEqual([
      { text: 'e.g. sensor, ', japanese: false },
      { text: 'センサ', japanese: true },
      { text: ', patent 3783419.', japanese: false },
    ]);
  });

  it('keeps kanji, kana, ー and 々 in one run', () => {
    expect(japaneseRuns('人々のセンサー車いす')).toEqual([{ text: '人々のセンサー車いす', japanese: true }]);
  });

  it('returns English alone as one run, and nothing for empty text', () => {
    expect(japaneseRuns('Many records have Japanese titles only.')).toEqual([
      { text: 'Many records have Japanese titles only.', japanese: false },
    ]);
    expect(japaneseRuns('')).toEqual([]);
  });

  it('loses no character', () => {
    const text = 'a漢字bかなcカナ d';
    expect(
      japaneseRuns(text)
        .map((run) => run.text)
        .join(''),
    ).toBe(text);
  });
});
