/**
 * Text folding for search, run on indexed text at build time (Node) and on queries in the browser, so that
 * both sides agree: ＵＳＢ = USB, ｶﾀｶﾅ = カタカナ, りんご = リンゴ, コンピューター = コンピュータ, ウェハ = ウエハ.
 * Pure and dependency-free: it ships to the browser.
 */

// Katakana, including the long vowel mark, iteration marks and small ヵヶ.
const KATAKANA_RUN = /[\u30A1-\u30FA\u30FC-\u30FE]+/gu;
const HIRAGANA = /[\u3041-\u3096\u309D\u309E]/gu;
// A dash an IME typed between digits (2012ー123456, 2012－123456) means a hyphen.
const DIGIT_DASH = /(?<=\d)[\u2010-\u2015\u2212\u30FC\uFF70\uFE63](?=\d)/gu;

/**
 * JIS Z 8301 drops the final long vowel mark of katakana words of three or more morae (コンピューター →
 * コンピュータ), and writers follow it inconsistently, so both spellings fold to the short one.
 */
function dropFinalLongVowel(run: string): string {
  return run.length >= 4 && run.endsWith('ー') ? run.slice(0, -1) : run;
}

// Small katakana and their full-size letters, as Elasticsearch's katakana_uppercase filter maps them.
const SMALL_KATAKANA = 'ァィゥェォッャュョヮヵヶ';
const FULL_KATAKANA = 'アイウエオツヤユヨワカケ';
const SMALL_KATAKANA_CHAR = new RegExp(`[${SMALL_KATAKANA}]`, 'gu');

/**
 * Small katakana written full size, because writers (and patent offices) use both for the same word: ウェハ =
 * ウエハ, フィルタ = フイルタ. The pairs are rarely different words, and search treats them as one, as the
 * katakana_uppercase filter does for Japanese patent search in Elasticsearch. Applied to whole words after
 * segmenting (words.ts): the segmenter cuts full-size spellings it does not know (ベツド → ベツ|ド).
 */
export function foldSmallKana(text: string): string {
  return text.replace(SMALL_KATAKANA_CHAR, (kana) => FULL_KATAKANA[SMALL_KATAKANA.indexOf(kana)]!);
}

/** NFKC, lower case, final long vowels dropped: ＵＳＢ → usb, ｺﾝﾋﾟｭｰﾀｰ → コンピュータ. */
export function foldWidth(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(DIGIT_DASH, '-').replace(KATAKANA_RUN, dropFinalLongVowel);
}

/** foldWidth, then hiragana as katakana: りんご → リンゴ. */
export function foldText(text: string): string {
  return foldWidth(text).replace(HIRAGANA, (kana) => String.fromCharCode(kana.charCodeAt(0) + 0x60));
}
