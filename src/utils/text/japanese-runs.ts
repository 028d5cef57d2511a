/**
 * Splits text into its Japanese and other runs, so that an English page can mark the Japanese in a hint or an
 * example (「e.g. sensor, センサ」) with lang="ja" and screen readers switch voice for it.
 */
export interface TextRun {
  text: string;
  japanese: boolean;
}

// Han, kana, the long-vowel mark and 々; Latin letters, digits and ASCII punctuation end a run.
const JAPANESE_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\u3005]+/gu;

export function japaneseRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(JAPANESE_RUN)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), japanese: false });
    runs.push({ text: match[0], japanese: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), japanese: false });
  return runs;
}
