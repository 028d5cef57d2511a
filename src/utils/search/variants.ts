/**
 * Spelling variants (表記ゆれ) for search: インキ = インク, 漏洩 = 漏えい, スマホ = スマートフォン, and compounds of them
 * (車椅子 = 車いす = 車イス). Small kana and final long vowels are folded before this (ウェハー = ウエハ, fold.ts). The
 * classes come from SudachiDict's synonym groups, restricted to notation variants and abbreviations
 * (src/integration/search-variants.ts compiles them at build time).
 *
 * Variants are applied when indexing, in both directions: a text that holds one spelling is indexed with the
 * words of the others as well, in an element weighted below the text, so the exact spelling ranks first. The
 * query side then needs no table: it folds the query as always (words.ts), and the browser gets nothing more.
 */
import { foldSmallKana, foldText } from './fold.ts';
import { searchWords } from './words.ts';

/** Variant classes: each the spellings of one word, as written (NFKC, not folded). */
export type VariantTable = readonly (readonly string[])[];

const HAN_ONLY = /^\p{Script=Han}+$/u;
const KANA_ONLY = /^[\p{Script=Hiragana}\p{Script=Katakana}\u30FC]+$/u;
const NOT_LETTER = /[^\p{L}\p{N}\u30FC]/gu;
/** Parts of compounds shorter than this are not replaced inside words: one character matches too much. */
const MIN_PART = 2;
const MAX_PART = 8;
/** A spelling written as several words (スマート|フオン) is matched over at most this many. */
const MAX_SPAN = 4;

/**
 * The form spellings and words are compared in, without segmenting (segmenting every spelling of the dictionary
 * took seconds): folded as words.ts folds, all kana as katakana, small kana full size, no punctuation.
 */
export const compareForm = (text: string): string => foldSmallKana(foldText(text)).replace(NOT_LETTER, '');

// Indexed words repeat from record to record: each is put in compareForm once. Bounded like words.ts's memo.
const WORD_FORM_LIMIT = 200_000;
const wordForms = new Map<string, string>();
function wordForm(word: string): string {
  let form = wordForms.get(word);
  if (form === undefined) {
    if (wordForms.size >= WORD_FORM_LIMIT) wordForms.clear();
    wordForms.set(word, (form = compareForm(word)));
  }
  return form;
}

const toHiragana = (text: string): string => text.replace(/[\u30A1-\u30F6]/gu, (kana) => String.fromCharCode(kana.charCodeAt(0) - 0x60));

/**
 * Which spellings bring in their class when a text holds them. Not one character (薄 is also a spelling of 芒,
 * すすき), and not kana of two characters or fewer: in running text those are mostly grammar (用いた holds いた, a
 * spelling of 板). The other spellings of their class still bring them in.
 */
const triggers = (spelling: string): boolean => spelling.length > (KANA_ONLY.test(spelling) ? 2 : 1);

const HAS_KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

export interface VariantLookup {
  table: VariantTable;
  /** compareForm of each triggering spelling → its classes. */
  classes: Map<string, number[]>;
  /** Every prefix of those keys, so that a run of words stops growing as soon as no spelling starts so. */
  prefixes: Set<string>;
  /**
   * compareForm of every spelling of MIN_PART to MAX_PART characters → its classes, for parts of compounds; only
   * classes that mix kanji and kana spellings (椅子, いす), the variants compounds are written with (車いす).
   */
  parts: Map<string, number[]>;
  /** Per class, the raw spellings substituted into compounds; kana spellings also in the other kana. */
  spellings: string[][];
  /** Per class, the folded words of all its spellings (filled on first use). */
  words: Map<number, string[]>;
}

/** Indexes a variant table for variantWords. Cheap: nothing is segmented until a class is met in a text. */
export function variantLookup(table: VariantTable): VariantLookup {
  const lookup: VariantLookup = { table, classes: new Map(), prefixes: new Set(), parts: new Map(), spellings: [], words: new Map() };
  const add = (map: Map<string, number[]>, key: string, cls: number) => {
    const list = map.get(key) ?? [];
    if (!list.includes(cls)) list.push(cls);
    map.set(key, list);
  };
  table.forEach((spellings, cls) => {
    for (const spelling of spellings) {
      const key = compareForm(spelling);
      if (triggers(spelling)) {
        add(lookup.classes, key, cls);
        for (let end = 1; end <= key.length; end++) lookup.prefixes.add(key.slice(0, end));
      }
      if (key.length >= MIN_PART && key.length <= MAX_PART && spellings.some((other) => HAS_KANA.test(other))) add(lookup.parts, key, cls);
    }
    // In a compound, kana stays as written (車いす) while a kana-only word is read as katakana (イス): both kinds.
    const written = new Set<string>();
    for (const spelling of spellings) {
      written.add(spelling);
      if (KANA_ONLY.test(spelling)) written.add(toHiragana(spelling)).add(foldText(spelling));
    }
    lookup.spellings.push([...written]);
  });
  return lookup;
}

/** The words of every spelling of a class, as the index and queries have them. */
function classWords(cls: number, lookup: VariantLookup): string[] {
  let words = lookup.words.get(cls);
  if (!words) {
    const spellings = lookup.table[cls]!;
    words = [...new Set(spellings.flatMap((spelling) => searchWords(KANA_ONLY.test(spelling) ? foldText(spelling) : spelling)))];
    lookup.words.set(cls, words);
  }
  return words;
}

// Compounds repeat from record to record; each word is looked at once. Bounded like words.ts's memo.
const COMPOUND_LIMIT = 100_000;
const compoundMemo = new WeakMap<VariantLookup, Map<string, string[]>>();

/**
 * Spellings of a compound word that starts or ends with a variant: 車いす → 車椅子, 車イス; 漏洩検知 → 漏えい検知.
 * Only where the rest of the word is kanji (a modifier such as 車 or 電動), so that イス in イスラム is not taken
 * for a chair, and not in the middle (国[立大]学 is not 国立教大学).
 */
function compoundVariants(word: string, lookup: VariantLookup): string[] {
  let memo = compoundMemo.get(lookup);
  if (!memo) compoundMemo.set(lookup, (memo = new Map<string, string[]>()));
  const known = memo.get(word);
  if (known) return known;
  const found: string[] = [];
  const form = wordForm(word);
  if (form.length > MIN_PART) {
    for (let start = 0; start < form.length; start++) {
      for (let end = start + MIN_PART; end <= Math.min(form.length, start + MAX_PART); end++) {
        if (start > 0 && end < form.length) continue;
        const before = form.slice(0, start);
        const after = form.slice(end);
        if (before + after === '' || !HAN_ONLY.test(before + after)) continue;
        for (const cls of lookup.parts.get(form.slice(start, end)) ?? [])
          for (const spelling of lookup.spellings[cls]!) found.push(...searchWords(before + spelling + after));
      }
    }
  }
  if (memo.size >= COMPOUND_LIMIT) memo.clear();
  memo.set(word, found);
  return found;
}

/**
 * The words to index beside `words` (a text's search words, in order) so that every other spelling of its
 * variants finds it: the words of each other spelling, each once, none of them already in `words`.
 */
export function variantWords(words: readonly string[], lookup: VariantLookup): string[] {
  const extra = new Set<string>();
  for (let at = 0; at < words.length; at++) {
    let joined = '';
    for (let span = 0; span < MAX_SPAN && at + span < words.length; span++) {
      joined += wordForm(words[at + span]!);
      if (!lookup.prefixes.has(joined)) break;
      const classes = lookup.classes.get(joined);
      if (classes) for (const cls of classes) for (const word of classWords(cls, lookup)) extra.add(word);
    }
    const compounds = compoundVariants(words[at]!, lookup);
    for (const word of compounds) extra.add(word);
  }
  for (const word of words) extra.delete(word);
  return [...extra];
}
