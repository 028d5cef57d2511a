import { describe, expect, it } from 'vitest';
import { foldSmallKana, foldText } from './fold.ts';
import { queryParts, searchQuery, searchWords } from './words.ts';

describe('foldText', () => {
  it.each([
    ['ＵＳＢ', 'usb'],
    ['ｶﾀｶﾅ', 'カタカナ'],
    ['１２３', '123'],
    ['りんご', 'リンゴ'],
    ['コンピューター', 'コンピュータ'],
    ['ｺﾝﾋﾟｭｰﾀｰ', 'コンピュータ'],
    ['サーバー', 'サーバ'],
    ['キー', 'キー'], // two morae: the long vowel stays
    ['2012ー123456', '2012-123456'],
  ])('%s → %s', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });
});

describe('foldSmallKana', () => {
  it.each([
    ['ウェハ', 'ウエハ'],
    ['ァィゥェォッャュョヮヵヶ', 'アイウエオツヤユヨワカケ'],
    ['カタカナ', 'カタカナ'],
    ['ゃっ', 'ゃっ'], // hiragana are read as katakana first where a word is all kana (searchWords)
  ])('%s → %s', (input, folded) => {
    expect(foldSmallKana(input)).toBe(folded);
  });
});

describe('searchWords', () => {
  it('segments Japanese into words and folds each', () => {
    expect(searchWords('有機ELを用いたコンピューター')).toEqual(expect.arrayContaining(['有機', 'el', 'コンピユータ']));
  });

  it('gives the same words for the spellings a person may type', () => {
    const pairs = [
      ['ＵＳＢメモリ', 'USBメモリ'],
      ['りんご', 'リンゴ'],
      ['コンピューター', 'コンピュータ'],
      ['ﾓｰﾀｰ', 'モーター'],
      ['ウェハ', 'ウエハ'],
      ['ｳｪﾊｰ', 'ウエハー'],
      ['フィルター', 'フイルタ'],
    ] as const;
    for (const [a, b] of pairs) expect(searchWords(a)).toEqual(searchWords(b));
  });
});

describe('searchQuery', () => {
  it.each([
    ['特許第5946067号', '5946067'],
    ['特許5946067', '5946067'],
    ['５９４６０６７', '5946067'],
    ['特願2012-123456', '2012123456'],
    ['特願２０１２－１２３４５６', '2012123456'],
    ['2012-123456', '2012123456'],
    ['特願2012123456', '2012123456'],
    ['L2016001200', 'l2016001200'],
  ])('%s → %s', (typed, query) => {
    expect(searchQuery(typed)).toBe(query);
  });

  it.each(['ウェハ', 'ウエハ', 'ｳｪﾊ', 'ウェハー', 'うぇは'])('reads %s as ウエハ, small kana full size', (typed) => {
    expect(searchQuery(typed)).toBe('ウエハ');
  });

  it.each(['せんさー', 'センサー', 'ｾﾝｻｰ', 'センサ'])('reads the loanword %s as one word', (typed) => {
    expect(searchQuery(typed)).toBe('センサ');
  });

  it('keeps the rest of the query', () => {
    expect(searchQuery('特許第5946067号 センサー')).toBe('5946067 センサ');
  });

  // A quoted query is a phrase search in Pagefind, which reads word positions; the patent index renumbers them
  // (src/integration/word-positions.ts), so no query may reach Pagefind quoted.
  it.each(['"ガス センサ"', '“半導体”', '「電池」', "'sensor'", 'ガス"センサ'])('drops the quotes of %s', (typed) => {
    for (const query of [searchQuery(typed), queryParts(typed) ?? '']) expect(query).not.toMatch(/["'“”「」]/u);
    expect(searchQuery(typed)).not.toBe('');
  });
});

describe('words as Pagefind receives them', () => {
  it('do not change when Pagefind segments the query once more', () => {
    const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
    for (const word of searchWords('りんごを回転させながら刃を当てて皮をむく装置。ＵＳＢ給電のｺﾝﾋﾟｭｰﾀｰ')) {
      const again = [...segmenter.segment(word)].filter((s) => s.isWordLike).map((s) => s.segment);
      expect(again, word).toEqual([word]);
    }
  });
});

describe('searchWords on repeated text', () => {
  it('gives the same words every time, whatever a caller does with an earlier answer', () => {
    const text = 'ながらセンサーを使うコンピューター';
    const first = searchWords(text);
    first.splice(0, first.length, 'x');
    expect(searchWords(text)).toEqual(searchWords(`${text}`));
    expect(searchWords(text)).toEqual(['ナ', 'ガラ', 'センサ', 'ヲ', '使う', 'コンピユータ']);
  });
});

describe('English words', () => {
  it('are searched by their stem, so plurals and endings find each other', () => {
    expect(searchQuery('apples')).toBe(searchQuery('apple'));
    expect(searchQuery('Sensors')).toBe(searchQuery('sensor'));
    expect(searchQuery('measuring')).toBe(searchQuery('measurement'));
    expect(searchWords('Batteries and USB LED')).toEqual(['batteri', 'and', 'usb', 'led']);
  });

  it('leave numbers, codes and Japanese alone', () => {
    expect(searchWords('L2016001200 a61h センサー')).toEqual(['l2016001200', 'a61h', 'センサ']);
  });
});
