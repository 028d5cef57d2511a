/**
 * Cell normalizers for what Excel and Japanese IMEs produce.
 * Text keeps its characters (only trimmed); code-like values (dates, numbers, ids…) are NFKC-folded.
 */

const EDGE_SPACE = /^[\s\uFEFF]+|[\s\uFEFF]+$/gu;

/** Whether a UTF-16 code unit is white space for trimCell: JavaScript's \s, plus the BOM. */
function isSpace(code: number): boolean {
  if (code > 0x20 && code < 0x7f) return false;
  return code <= 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Trims all Unicode white space, including the ideographic space U+3000 and a stray BOM. */
export function trimCell(value: string): string {
  // Most cells have nothing to trim: skip the regular expression (a 50,000-row file has a million cells).
  if (value === '' || (!isSpace(value.charCodeAt(0)) && !isSpace(value.charCodeAt(value.length - 1)))) return value;
  return value.replace(EDGE_SPACE, '');
}

// Dashes an IME may type where a hyphen-minus was meant (NFKC leaves these alone).
const DASHES = /[\u2010-\u2015\u2212\u30FC\uFF70\uFE63]/gu;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** NFKC plus dash folding: ＵＳＢ→USB, ２０１５－０４－１７→2015-04-17, １３：３０→13:30. */
export function normalizeCode(value: string): string {
  // Printable ASCII is its own NFKC form and holds no dash to fold.
  if (PRINTABLE_ASCII.test(value)) return trimCell(value);
  return trimCell(value.normalize('NFKC').replace(DASHES, '-'));
}

/** Line ends as LF; Excel writes CRLF, old Mac tools CR. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
