/**
 * The open-patent search records: one small HTML page per patent, built from the validated data, that Pagefind
 * indexes with addDirectory. The record contract (filter names and values, sort key) is shared with the search
 * page through src/utils/search/patent-contract.ts.
 *
 * Why pages on disk rather than addCustomRecord: Pagefind's service looks for an earlier record with the same URL
 * in a list of every record so far on each addCustomRecord, so adding 50,000 records took 29–41 s; addDirectory
 * reads the same records in about 3 s.
 */
import type { Patent, PatentField } from '../data/load.ts';
import type { Lang } from '../i18n/locales.ts';
import { HOLDER_TYPE_LABELS, LICENSE_TERMS_LABELS } from '../utils/labels.ts';
import { applicationNumberText, applicationWord, patentNumberText, patentWord } from '../utils/search/patent-numbers.ts';
import { searchWords } from '../utils/search/words.ts';
import { isContentWord } from '../utils/search/function-words.ts';
import { variantWords } from '../utils/search/variants.ts';
import { searchVariants } from './search-variants.ts';
import { PATENT_LANGUAGE, type PatentMeta } from '../utils/search/patent-contract.ts';

/** A patent's words in one language's index: the title in that language, then everything else. */
export interface PatentWords {
  /** Weighted above the rest (Pagefind weights an h1 7 to 1), so title matches rank first. */
  title: string[];
  /** Each word once, none of them a title word: results show no excerpts, so repeats would only add size. */
  rest: string[];
  /** The other spellings of its words (src/utils/search/variants.ts), none of them in title or rest. */
  variants: string[];
}

/**
 * A patent's words that do not depend on the page language, segmented and folded once: both languages' indexes
 * are written from them (segmentation is most of the cost of writing the pages).
 */
export interface PatentWordParts {
  title: string[];
  titleEn: string[];
  /** Summary, keywords, applied products and holder, in that order. */
  text: string[];
  ipc: string[];
  /** The licence, patent and application numbers as single words. */
  numbers: string[];
  /** Other spellings of the words of the titles and text (インク for インキ). */
  variants: string[];
}

export function patentWordParts(patent: Patent): PatentWordParts {
  const text = [patent.summary, patent.keywords?.join(' '), patent.applied_products, patent.holder];
  const numbers = [
    patent.license_no.toLowerCase(),
    patent.patent_no && patentWord(patent.patent_no),
    patent.application_no && applicationWord(patent.application_no),
  ];
  const title = searchWords(patent.title);
  const body = searchWords(text.filter(Boolean).join('\n'));
  // Variants from the words as segmented: a spelling may span a function word (スマ|ホ is スマホ).
  const variants = new Set([title, body].flatMap((words) => variantWords(words, searchVariants())));
  return {
    title: title.filter(isContentWord),
    titleEn: patent.title_en ? searchWords(patent.title_en).filter(isContentWord) : [],
    text: body.filter(isContentWord),
    ipc: patent.ipc ? searchWords(patent.ipc.join(' ')) : [],
    numbers: numbers.filter((word): word is string => Boolean(word)),
    variants: [...variants].filter(isContentWord),
  };
}

// A few dozen label combinations in all, each segmented once.
const labelWords = new Map<string, string[]>();
function wordsOfLabels(labels: string): string[] {
  let words = labelWords.get(labels);
  if (!words) labelWords.set(labels, (words = searchWords(labels).filter(isContentWord)));
  return words;
}

/**
 * Everything a person might search for on the `lang` search page, as folded words: the record in both of its
 * languages (most records are Japanese only) and the field, holder-type and licence labels in `lang`.
 * `parts` is patentWordParts(patent), when the caller already has it.
 */
export function patentSearchWords(
  patent: Patent,
  field: PatentField | undefined,
  lang: Lang,
  parts = patentWordParts(patent),
): PatentWords {
  const [titleWords, otherTitle] = lang === 'en' && patent.title_en ? [parts.titleEn, parts.title] : [parts.title, parts.titleEn];
  const labels = [field?.[lang], HOLDER_TYPE_LABELS[patent.holder_type][lang], LICENSE_TERMS_LABELS[patent.license_terms][lang]];
  const title = [...new Set(titleWords)];
  const inTitle = new Set(title);
  // Numbers first: Pagefind stores each word's position on the page, and a number is on one page only, so a small
  // position, the same on every page, packs better (word order does not count in ranking here).
  const rest = new Set([...parts.numbers, ...otherTitle, ...parts.text, ...wordsOfLabels(labels.filter(Boolean).join('\n')), ...parts.ipc]);
  const variants = parts.variants.filter((word) => !inTitle.has(word) && !rest.has(word));
  return { title, rest: [...rest].filter((word) => !inTitle.has(word)), variants };
}

/** Every word of a patent in `lang`'s index, space-separated. */
export const patentSearchText = (patent: Patent, field: PatentField | undefined, lang: Lang): string => {
  const { title, rest, variants } = patentSearchWords(patent, field, lang);
  return [...title, ...rest, ...variants].join(' ');
};

/** What the results list shows of a patent: the record table's row (src/utils/search/record-table.ts). */
export function patentMeta(patent: Patent): PatentMeta {
  return {
    title: patent.title,
    title_en: patent.title_en,
    license_no: patent.license_no,
    field: patent.field,
    holder: patent.holder,
    holder_type: patent.holder_type,
    license_terms: patent.license_terms,
    registered: patent.registered,
    patent_no: patent.patent_no && patentNumberText(patent.patent_no),
    application_no: patent.application_no && applicationNumberText(patent.application_no),
    sample: patent.sample ? '1' : undefined,
    summary: patent.summary,
    ipc: patent.ipc?.join('; '),
    keywords: patent.keywords?.join('; '),
    applied_products: patent.applied_products,
    contact: patent.contact,
  };
}

/** The file a patent's page is written to for indexing. */
export const indexedPageFile = (patent: Pick<Patent, 'license_no'>): string => `${patent.license_no}.html`;
/** The URL Pagefind gives that page: it only ties the patent to its result id in the record table. */
export const indexedPageUrl = (patent: Pick<Patent, 'license_no'>): string => `/${indexedPageFile(patent)}`;

const escapeHtml = (text: string): string =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/** Other spellings weigh less than the words as written (1) and the title (7): the exact spelling ranks first. */
export const VARIANT_WEIGHT = 0.5;

/**
 * The page `lang`'s index holds for a patent: its words only. No filters, sort, meta or excerpts: the search worker
 * filters, counts and sorts with the facet table, and the results list reads the record table. The page's own
 * lang is PATENT_LANGUAGE: the words are already segmented.
 */
export function patentIndexPage(patent: Patent, field: PatentField | undefined, lang: Lang, parts?: PatentWordParts): string {
  const { title, rest, variants } = patentSearchWords(patent, field, lang, parts);
  const text = (words: string[]) => escapeHtml(endOnWholeWord(words).join(' '));
  const variantElement = variants.length > 0 ? `<div data-pagefind-weight="${VARIANT_WEIGHT}">${text(variants)}</div>` : '';
  return `<!doctype html><html lang="${PATENT_LANGUAGE}"><head><meta charset="utf-8"></head><body><h1>${text(title)}</h1><p>${text(rest)}</p>${variantElement}</body></html>\n`;
}

/** A letter next to a digit: where Pagefind cuts a word that has punctuation in it (h02m. gives h02m and 02). */
const LETTER_DIGIT_BOUNDARY = /\p{L}\p{N}|\p{N}\p{L}/u;

/**
 * `words` with a word that Pagefind will not cut last, where there is one. Pagefind ends a block's text with a full
 * stop, and indexes a word with punctuation in it in parts too, cut at letter–digit boundaries: a licence number
 * last in a block (l20050000325.) added its digits as a word of its own, one for every patent.
 */
export function endOnWholeWord(words: string[]): string[] {
  const whole = words.findLastIndex((word) => !LETTER_DIGIT_BOUNDARY.test(word));
  if (whole === -1 || whole === words.length - 1) return words;
  return [...words.slice(0, whole), ...words.slice(whole + 1), words[whole]!];
}
