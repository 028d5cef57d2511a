/**
 * A small CSV writer for the browser (the patent search's export), with the same rules as csv-stringify, which
 * writes the build's CSV files (statistics downloads) and is too large to ship to the page: UTF-8 byte order
 * mark (so Excel reads the Japanese), CRLF lines, RFC 4180 quoting, and text a spreadsheet would run as a
 * formula neutralized with a leading apostrophe, as csv-stringify's escape_formulas does (OWASP "CSV injection").
 * write.test.ts compares the two on random rows.
 */

/**
 * csv-stringify's options for the same rules. quote_record_delimiter: with CRLF as the record delimiter it would
 * otherwise leave a bare LF or CR in a field unquoted, which spreadsheets read as a new row.
 */
export const CSV_OPTIONS = { bom: true, record_delimiter: 'windows', quote_record_delimiter: true, escape_formulas: true } as const;

/** Excel on Windows reads UTF-8 CSV correctly only with a byte order mark. */
export const CSV_BOM = '\uFEFF';

/**
 * First characters that make a spreadsheet read a cell as a formula: = + - @, tab and CR, and the full-width
 * ＝ ＋ － ＠ that some spreadsheets normalize to them.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;

/** Text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One RFC 4180 field of text: guarded, then quoted when it holds a quote, comma or line break. */
export function csvField(value: string): string {
  const text = guardFormula(value);
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file of text cells: BOM, one CRLF-terminated line per row. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return CSV_BOM + rows.map((cells) => cells.map(csvField).join(',') + '\r\n').join('');
}
