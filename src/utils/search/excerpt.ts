/**
 * Excerpts for site search results, made from a result's indexed text and the positions of its matched words
 * (Pagefind's `content` and `locations`) instead of Pagefind's `excerpt` HTML: they end on word boundaries, leave
 * out the forms each page is indexed with (site-forms.ts), and come as plain-text segments that the page renders
 * as text nodes, never as HTML.
 */
import { FORMS_MARK } from './site-forms.ts';

export interface ExcerptSegment {
  text: string;
  mark: boolean;
  /** Marked because a spelling variant of it matched (センサー for センサ, 漏えい for 漏洩), not as written. */
  variant?: boolean;
}

export interface Excerpt {
  segments: ExcerptSegment[];
  /** Text was left out before or after the excerpt (the page shows an ellipsis). */
  before: boolean;
  after: boolean;
}

// As pagefind.js splits content: by U+200B where Pagefind segmented (Japanese), by white space otherwise.
const ZWSP = '\u200B';
const SPACES = /[^\S\uFEFF]+/gu;

/** Pagefind's content as its words, in the order `locations` count them. */
export function contentWords(content: string): { words: string[]; joiner: string } {
  return content.includes(ZWSP) ? { words: content.split(ZWSP), joiner: '' } : { words: content.split(SPACES), joiner: ' ' };
}

const toHiragana = (text: string): string => text.replace(/[\u30A1-\u30F6]/gu, (kana) => String.fromCharCode(kana.charCodeAt(0) - 0x60));

/**
 * Where only the forms matched (a folded or variant spelling): the spans of the page text that spell them as the
 * page does. The page's spelling is the matched form itself (センサ in センサー), the page word a variant form came
 * from (`sources`, from the page's meta: 漏洩 → 漏えい), or either in hiragana (リンゴ → りんご).
 */
function variantSpans(text: string, forms: readonly string[], sources: Readonly<Record<string, string>>): [number, number][] {
  const spellings = new Set(
    forms.flatMap((form) => [form, sources[form]].filter((s): s is string => Boolean(s))).flatMap((s) => [s, toHiragana(s)]),
  );
  const spans: [number, number][] = [];
  for (const spelling of spellings) {
    for (let at = text.indexOf(spelling); at !== -1; at = text.indexOf(spelling, at + spelling.length)) {
      // The long vowel folding dropped (センサ in センサー) belongs to the word.
      let to = at + spelling.length;
      while (text[to] === 'ー') to++;
      spans.push([at, to]);
    }
  }
  return spans;
}

/**
 * About `length` characters of a page's text, starting a little before its first match (a few words of
 * context), in whole words; the matched words marked. Where only the forms matched (a variant spelling), the
 * page's own spelling of it is marked as a variant match; failing that, the excerpt starts at the top of the page.
 */
export function buildExcerpt(
  content: string,
  locations: readonly number[],
  length = 110,
  sources: Readonly<Record<string, string>> = {},
  /**
   * The folded query words (siteQuery): Pagefind counts locations in its own segmentation of Japanese, which its
   * content does not always show, so a location may not name the form that matched; a query word among the
   * page's forms does.
   */
  queryWords: readonly string[] = [],
): Excerpt {
  const { words: all, joiner } = contentWords(content);
  const formsAt = all.findIndex((word) => word.trim() === FORMS_MARK);
  const words = formsAt === -1 ? all : all.slice(0, formsAt);
  const direct = new Set(locations.filter((at) => at < words.length));
  // Only the forms matched: find the page's own spelling in its text, as character spans.
  const offsets: number[] = [];
  let text = '';
  words.forEach((word, i) => {
    if (i > 0) text += joiner;
    offsets.push(text.length);
    text += word;
  });
  const formWords = formsAt === -1 ? [] : all.slice(formsAt + 1).map((word) => word.trim().replace(/\p{P}+$/u, ''));
  const forms =
    direct.size > 0 || formsAt === -1
      ? []
      : [
          ...locations.filter((at) => at > formsAt).map((at) => all[at]?.trim() ?? ''),
          ...queryWords.filter((word) => formWords.includes(word) || sources[word] !== undefined),
        ].filter(Boolean);
  const spans = variantSpans(text, forms, sources);
  const variant = new Set(
    words.flatMap((word, at) => (spans.some(([from, to]) => from < offsets[at]! + word.length && to > offsets[at]!) ? [at] : [])),
  );
  const marked = direct.size > 0 ? direct : variant;
  const first = Math.min(...marked);
  let start = Number.isFinite(first) ? first : 0;
  // A few words of context before the match, up to a fifth of the length.
  for (let context = 0; start > 0 && context + words[start - 1]!.length <= length / 5; start--) context += words[start - 1]!.length;
  let end = start;
  for (let size = 0; end < words.length && (end === start || size + words[end]!.length <= length); end++)
    size += words[end]!.length + joiner.length;

  const segments: ExcerptSegment[] = [];
  for (let at = start; at < end; at++) {
    if (at > start && joiner) segments.push({ text: joiner, mark: false });
    const word = words[at]!;
    if (!marked.has(at)) segments.push({ text: word, mark: false });
    else if (variant.has(at) && direct.size === 0) segments.push(...spanSegments(word, offsets[at]!, spans));
    else {
      // Pagefind's words carry spaces and punctuation ("Trade, secret?); only the word itself is marked.
      const [, lead = '', core = '', trail = ''] = /^([\s\p{P}]*)(.*?)([\s\p{P}]*)$/su.exec(word) ?? [];
      segments.push({ text: lead, mark: false }, { text: core, mark: true }, { text: trail, mark: false });
    }
  }
  return { segments: tidy(segments), before: start > 0, after: end < words.length };
}

/** A word cut at the variant spans that fall in it (at `offset` of the page text): the spans marked as variants. */
function spanSegments(word: string, offset: number, spans: readonly [number, number][]): ExcerptSegment[] {
  const marks = new Array<boolean>(word.length).fill(false);
  for (const [from, to] of spans) for (let i = Math.max(from - offset, 0); i < Math.min(to - offset, word.length); i++) marks[i] = true;
  const out: ExcerptSegment[] = [];
  for (let i = 0; i < word.length; i++) {
    const last = out.at(-1);
    if (last && (last.variant ?? false) === marks[i]) last.text += word[i];
    else out.push(marks[i] ? { text: word[i]!, mark: true, variant: true } : { text: word[i]!, mark: false });
  }
  return out;
}

/** Trims the ends, merges neighbours of one kind and drops empty segments. */
function tidy(segments: ExcerptSegment[]): ExcerptSegment[] {
  const out: ExcerptSegment[] = [];
  for (const segment of segments) {
    const last = out.at(-1);
    if (segment.text === '') continue;
    if (last && last.mark === segment.mark && last.variant === segment.variant) last.text += segment.text;
    else out.push({ ...segment });
  }
  if (out[0] && !out[0].mark) out[0].text = out[0].text.trimStart();
  const last = out.at(-1);
  if (last && !last.mark) last.text = last.text.trimEnd();
  return out.filter((segment) => segment.text !== '');
}
