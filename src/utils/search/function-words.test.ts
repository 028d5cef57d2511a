import { describe, expect, it } from 'vitest';
import { isContentWord } from './function-words.ts';
import { searchQuery } from './words.ts';

describe('function words', () => {
  it('leaves particles and auxiliaries out, and keeps content words of one kanji or a few kana', () => {
    expect(['ノ', 'ヲ', 'タ', 'ー', 'スル', 'コト', 'オヨビ'].filter(isContentWord)).toEqual([]);
    expect(['水', 'ネジ', 'センサ', 'x', '00', 'オヨビ線'].every(isContentWord)).toBe(true);
  });

  it('drops them from queries', () => {
    expect(searchQuery('織物の加工方法')).toBe('織物 加工 方法');
    expect(searchQuery('の')).toBe('');
  });
});
