/**
 * Cell normalizers for what Excel and Japanese IMEs produce.
 * Text keeps its characters (only trimmed); code-like values (dates, numbers, ids…) are NFKC-folded.
 */

/** Trims all Unicode white space, including the ideographic space U+3000 and a stray BOM. */
export function trimCell(value: string): string {
  return value.replace(/^[\s\uFEFF]+|[\s\uFEFF]+$/gu, '');
}

// Dashes an IME may type where a hyphen-minus was meant (NFKC leaves these alone).
const DASHES = /[\u2010-\u2015\u2212\u30FC\uFF70\uFE63]/gu;

/** NFKC plus dash folding: ＵＳＢ→USB, ２０１５－０４－１７→2015-04-17, １３：３０→13:30. */
export function normalizeCode(value: string): string {
  return trimCell(value.normalize('NFKC').replace(DASHES, '-'));
}

/** Line ends as LF; Excel writes CRLF, old Mac tools CR. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
