import { describe, expect, it } from 'vitest';
import { compareForm, variantLookup, variantWords } from './variants.ts';
import { searchQuery, searchWords } from './words.ts';

const lookup = variantLookup([
  ['インキ', 'インク'],
  ['漏洩', '漏えい'],
  ['スマートフォン', 'スマートホン', 'スマホ'],
  ['椅子', 'いす'],
  ['板', 'いた'],
  ['薄', '芒'],
]);

/** The words a text is indexed with: its own, then the other spellings'. */
const indexed = (text: string) => new Set([...searchWords(text), ...variantWords(searchWords(text), lookup)]);
/** Whether a query finds a text the way Pagefind matches: every query word is a prefix of an indexed word. */
const finds = (typed: string, text: string) => {
  const words = [...indexed(text)];
  return searchQuery(typed)
    .split(' ')
    .every((word) => words.some((w) => w.startsWith(word)));
};

describe('variantWords', () => {
  it.each([
    ['インキ', '印刷用インクの組成'],
    ['インク', '速乾性の印刷用インキ'],
    ['漏洩', 'ガスの漏えいを検知'],
    ['漏えい', '水道管の漏洩位置'],
    ['スマホ', 'スマートフォン用のケース'],
    ['スマートフォン', 'スマホ用スタンド'],
    ['スマートホン', 'スマホ用スタンド'],
    ['車いす', '装着型車椅子'],
    ['車椅子', '電動車いす'],
    ['車イス', '電動車いす'],
  ])('lets %s find 「%s」', (typed, text) => {
    expect(finds(typed, text)).toBe(true);
  });

  it('adds only words the text does not have, each once', () => {
    const words = searchWords('インキとインキとインク');
    expect(variantWords(words, lookup)).toEqual([]);
    expect(variantWords(searchWords('インキとインキ'), lookup)).toEqual(['インク']);
  });

  it.each([
    ['板', '試料を用いた測定'], // いた is grammar here: short kana spellings do not trigger
    ['芒', '薄く均一にむく'], // one-character spellings do not trigger
    ['椅子', 'イスラム'], // a compound part only beside kanji
    ['漏洩', '漏電'],
  ])('does not let %s find 「%s」', (typed, text) => {
    expect(finds(typed, text)).toBe(false);
  });

  it('replaces a part of a compound only at its start or end', () => {
    const middle = variantLookup([['立教大学', '立大']]);
    expect(variantWords(searchWords('国立大学法人'), middle)).toEqual([]);
  });
});

describe('compareForm', () => {
  it('folds as the words are folded, kana as katakana, without punctuation', () => {
    expect(compareForm('ウェハー')).toBe(compareForm('うえは'));
    expect(compareForm('漏えい')).toBe('漏エイ');
    expect(compareForm('ファクシミリ・装置')).toBe('フアクシミリ装置');
  });
});
