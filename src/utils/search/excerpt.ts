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

/**
 * About `length` characters of a page's text, starting a little before its first match (a few words of
 * context), in whole words; the matched words marked. Matches in the forms (a variant spelling) mark nothing:
 * the excerpt then starts at the top of the page.
 */
export function buildExcerpt(content: string, locations: readonly number[], length = 110): Excerpt {
  const { words: all, joiner } = contentWords(content);
  const formsAt = all.findIndex((word) => word.trim() === FORMS_MARK);
  const words = formsAt === -1 ? all : all.slice(0, formsAt);
  const marked = new Set(locations.filter((at) => at < words.length));
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
    else {
      // Pagefind's words carry spaces and punctuation ("Trade, secret?); only the word itself is marked.
      const [, lead = '', core = '', trail = ''] = /^([\s\p{P}]*)(.*?)([\s\p{P}]*)$/su.exec(word) ?? [];
      segments.push({ text: lead, mark: false }, { text: core, mark: true }, { text: trail, mark: false });
    }
  }
  return { segments: tidy(segments), before: start > 0, after: end < words.length };
}

/** Trims the ends, merges neighbours of one kind and drops empty segments. */
function tidy(segments: ExcerptSegment[]): ExcerptSegment[] {
  const out: ExcerptSegment[] = [];
  for (const segment of segments) {
    const last = out.at(-1);
    if (segment.text === '') continue;
    if (last && last.mark === segment.mark) last.text += segment.text;
    else out.push({ ...segment });
  }
  if (out[0] && !out[0].mark) out[0].text = out[0].text.trimStart();
  const last = out.at(-1);
  if (last && !last.mark) last.text = last.text.trimEnd();
  return out.filter((segment) => segment.text !== '');
}
