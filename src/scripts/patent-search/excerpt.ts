/**
 * A one-line excerpt of a record's summary with the query's words marked. The words are index words
 * (searchQuery(): folded), so the summary is folded too, one character at a time, keeping where each folded
 * character came from: ｾﾝｻｰ folds to センサ and marks センサー in the summary. Pure: the page builds the DOM
 * (render.ts) from the ranges, as text and <mark> elements.
 */
import { foldText } from '#src/utils/search/fold.ts';

export interface Excerpt {
  text: string;
  /** [start, end) ranges of `text` to mark, in order, not overlapping. */
  marks: [number, number][];
}

const LONG_VOWEL = /^[ーｰ]$/u;

/** Where folded query words occur in `text`, as [start, end) ranges of `text`, merged. */
export function matchRanges(text: string, words: readonly string[]): [number, number][] {
  // The folded text, and for each of its UTF-16 units the original character's [start, end).
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let offset = 0;
  for (const char of text) {
    const piece = foldText(char);
    folded += piece;
    for (let i = 0; i < piece.length; i += 1) {
      from.push(offset);
      to.push(offset + char.length);
    }
    offset += char.length;
  }
  const ranges: [number, number][] = [];
  for (const word of new Set(words)) {
    if (!word) continue;
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length)) {
      let end = to[at + word.length - 1]!;
      // The index drops a final long vowel (コンピューター = コンピュータ): mark the one the text has.
      if (LONG_VOWEL.test(text[end] ?? '')) end += 1;
      ranges.push([from[at]!, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/**
 * About `length` characters of `text` from a little before the first match (the start when none), with "…" where
 * it was cut, and the marks within it.
 */
export function excerpt(text: string, words: readonly string[], length = 90, before = 12): Excerpt {
  const all = matchRanges(text, words);
  const start = all.length > 0 && all[0]![0] > before ? all[0]![0] - before : 0;
  const end = Math.min(text.length, start + length);
  const lead = start > 0 ? '…' : '';
  const body = text.slice(start, end) + (end < text.length ? '…' : '');
  const marks = all
    .filter(([s]) => s < end)
    .map(([s, e]): [number, number] => [Math.max(s, start) - start + lead.length, Math.min(e, end) - start + lead.length]);
  return { text: lead + body, marks };
}
