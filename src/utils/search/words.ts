/**
 * Search words for the patent index, made the same way from indexed text (Node, at build time) and from queries
 * (the browser), so that both sides agree: ICU word segmentation (Intl.Segmenter), then each word folded
 * (NFKC, lower case, hiragana as katakana, final long vowel dropped). The index and queries leave function words
 * out (function-words.ts) after that: spelling variants still see them (スマ|ホ is スマホ).
 *
 * Why not leave segmentation to Pagefind: it segments indexed Japanese with Lindera but queries with the
 * browser's Intl.Segmenter, and where the two cut a compound differently a query misses. Records are indexed
 * as already-segmented words in a language Pagefind does not segment again, so the segmenter is the same on
 * both sides.
 */
import { stemmer } from 'stemmer';
import { foldSmallKana, foldText, foldWidth } from './fold.ts';
import { isContentWord } from './function-words.ts';
import { rewriteNumberForms } from './patent-numbers.ts';

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

const KANA_ONLY = /^[\p{Script=Hiragana}\p{Script=Katakana}\u30FC]+$/u;

function segmentWords(text: string): string[] {
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * Pagefind segments the query it is given once more (ICU again, word by word), and ICU may cut a word it made
 * itself after folding: ながら → ナガラ → ナ|ガラ. So a word is segmented until that changes nothing, on both
 * sides; Pagefind's second pass then leaves it whole.
 */
function stableWords(word: string): string[] {
  const parts = segmentWords(word);
  return parts.length === 1 && parts[0] === word ? [word] : parts.flatMap(stableWords);
}

/**
 * Folded words of a text, in order; punctuation and spaces are dropped. Only words written wholly in kana
 * become katakana (りんご = リンゴ); a mixed word such as 当て keeps its kana.
 */
export function searchWords(text: string): string[] {
  return segmentWords(text.normalize('NFKC')).flatMap(foldedWords);
}

// Segments repeat from record to record; folding and re-segmenting each once takes the build's 50,000 records
// from about 30 s to a few. Bounded, so a long-lived page or process cannot grow it without end.
const FOLDED_LIMIT = 200_000;
const folded = new Map<string, string[]>();

const ENGLISH_WORD = /^[a-z]{3,}$/u;

/**
 * English words by their Porter stem, so apples = apple and sensors = sensor on both pages: the one patent
 * index serves both languages, so Pagefind's own English stemming (per-language indexes) does not apply.
 */
function stemEnglish(word: string): string {
  return ENGLISH_WORD.test(word) ? stemmer(word) : word;
}

function foldedWords(segment: string): string[] {
  let words = folded.get(segment);
  if (!words) {
    // Small kana last, on whole words: Pagefind does not segment the patent index's words or queries again
    // (language und), and the segmenter would cut full-size spellings it does not know (ベツド → ベツ|ド).
    words = stableWords(KANA_ONLY.test(segment) ? foldText(segment) : foldWidth(segment)).map((word) => stemEnglish(foldSmallKana(word)));
    if (folded.size >= FOLDED_LIMIT) folded.clear();
    folded.set(segment, words);
  }
  return words;
}

/**
 * The query Pagefind gets for what a person typed: number forms made words, then the same words as the index.
 * A part typed in kana alone is read as katakana first: a loanword typed without conversion (せんさー) is not
 * in the segmenter's dictionary and would fall apart into syllables, while センサー stays one word.
 */
export function searchQuery(typed: string): string {
  const parts = rewriteNumberForms(typed.normalize('NFKC').toLowerCase()).split(/\s+/u).filter(Boolean);
  return parts
    .flatMap((part) => searchWords(KANA_ONLY.test(part) ? foldText(part) : part))
    .filter(isContentWord)
    .join(' ');
}

/**
 * The query cut as the index cuts text, for a second try when the query finds nothing: a part typed in kana alone
 * is read as one katakana word first (searchQuery), but the index segments the text as written, so ガスセンサー
 * (one word, ガスセンサ) is ガス and センサ there. null when that gives the same query.
 */
export function queryParts(typed: string): string | null {
  const parts = rewriteNumberForms(typed.normalize('NFKC').toLowerCase()).split(/\s+/u).filter(Boolean);
  const query = parts
    .flatMap((part) => searchWords(part))
    .filter(isContentWord)
    .join(' ');
  return query !== '' && query !== searchQuery(typed) ? query : null;
}

/**
 * The query to run for what was typed: searchQuery(typed), or its parts (queryParts) when that finds nothing and
 * the parts differ. `found` runs a query and says whether it found anything.
 */
export async function queryWithRetry(typed: string, found: (query: string) => Promise<boolean>): Promise<string> {
  const query = searchQuery(typed);
  const parts = query ? queryParts(typed) : null;
  return parts !== null && !(await found(query)) ? parts : query;
}

const LATIN_PART = /^[\p{Script=Latin}\d\p{P}]+$/u;

/**
 * The query for the site index (Pagefind's own, per page language): Japanese folded as searchQuery folds it, so
 * it meets the forms each page is indexed with (site-forms.ts); Latin words as typed, since Pagefind stems those
 * itself in the English index.
 */
export function siteQuery(typed: string): string {
  const parts = typed.normalize('NFKC').split(/\s+/u).filter(Boolean);
  return parts
    .map((part) => (LATIN_PART.test(part) ? part.toLowerCase() : searchQuery(part)))
    .filter(Boolean)
    .join(' ');
}
