/**
 * Japanese function words, left out of the patent index and of queries alike: particles and auxiliaries (の, を,
 * する, こと…) stand in almost every summary, so they match nearly every record and rank nothing, yet they were a
 * quarter of the index's word entries. Checked on folded words (katakana, see words.ts).
 */

/** Function words of more than one kana, as searchWords folds them. */
const FUNCTION_WORDS = new Set([
  'アル',
  'イル',
  'オヨビ',
  'カラ',
  'コト',
  'コノ',
  'コレ',
  'サレル',
  'スル',
  'セル',
  'ソノ',
  'ソレ',
  'タメ',
  'デキル',
  'トシテ',
  'ナイ',
  'ナド',
  'ナラビニ',
  'ナル',
  'ニオイテ',
  'ニツイテ',
  'ニヨリ',
  'ニヨル',
  'マタ',
  'マデ',
  'モノ',
  'ヨウ',
  'ヨリ',
  'ラレル',
  'レル',
]);

// One kana alone is a particle, an inflection or a stray syllable (ヲ, ノ, タ, シ): never a word worth finding.
const SINGLE_KANA = /^[\p{Script=Hiragana}\p{Script=Katakana}\u30FC]$/u;

/** Whether a folded word carries meaning for search (not a particle or an auxiliary). */
export function isContentWord(word: string): boolean {
  return !SINGLE_KANA.test(word) && !FUNCTION_WORDS.has(word);
}
