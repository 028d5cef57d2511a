/**
 * Reads CSV text into rows that remember where each cell sits in the file, so that every error can name
 * its line and column. Accepts what Excel writes: BOM, CRLF, quoted commas and line breaks, blank rows.
 */
import { parse, CsvError } from 'csv-parse/sync';
import { normalizeNewlines, trimCell } from '../utils/normalize.ts';
import { hasUtf16Bom } from './decode.ts';

export interface CsvRow {
  /** Line on which the row starts (1-based). */
  line: number;
  /** Row number as Excel shows it: the line, less the line breaks inside quoted cells of earlier rows. */
  row: number;
  cells: string[];
  /** Line on which each cell starts: differs from `line` after a quoted line break. */
  cellLines: number[];
}

export interface CsvTable {
  header: CsvRow | undefined;
  rows: CsvRow[];
  /** Set when the file could not be read to the end. */
  syntaxError?: { line: number; kind: 'quote_not_closed' | 'other'; detail: string };
}

const encoder = new TextEncoder();

/**
 * Bytes for csv-parse, which would otherwise turn the string into a Buffer itself: in the browser (its bundled Buffer
 * shim) that is JavaScript and took most of the time to check a 50,000-row file. encodeInto is native and, in
 * Chromium, about twice as fast as encode.
 */
export function utf8Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 3);
  return bytes.subarray(0, encoder.encodeInto(text, bytes).written);
}

export function readCsv(text: string): CsvTable {
  const rows: CsvRow[] = [];
  const { syntaxError } = eachCsvRow(text, (row) => rows.push(row));
  const [header, ...rest] = rows;
  return { header, rows: rest, ...(syntaxError ? { syntaxError } : {}) };
}

/**
 * Hands each row to `onRow` as it is read, the header first: a caller that checks rows as they come keeps none of
 * them, which for a 50,000-row file saves the garbage collector about a fifth of the check's time. Rows of bare
 * commas, which Excel leaves below the data, are blank and skipped. Rows read before a syntax error are handed
 * over too, so that they still get checked.
 */
export function eachCsvRow(text: string, onRow: (row: CsvRow) => void): Pick<CsvTable, 'syntaxError'> {
  const source = normalizeNewlines(text.replace(/^\uFEFF/u, ''));
  return readRows(utf8Bytes(source), () => source, onRow, false) ?? {};
}

/**
 * eachCsvRow for the bytes of a UTF-8 file, read as they are: decoding the whole file and encoding it again for
 * csv-parse took a tenth of the browser checker's time for 50,000 rows. Gives up (undefined, possibly after some
 * rows) on a cell that is not UTF-8, which csv-parse reads as U+FFFD, and on a syntax error: the caller then reads
 * the file as text, whose decoder and eachCsvRow say what is wrong.
 */
export function eachCsvRowOfUtf8(bytes: Uint8Array, onRow: (row: CsvRow) => void): Pick<CsvTable, 'syntaxError'> | undefined {
  const body = startsWithUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
  // UTF-16, or a second BOM (which the text path also strips): leave those to it.
  if (startsWithUtf8Bom(body) || hasUtf16Bom(body)) return undefined;
  return readRows(normalizeNewlineBytes(body), undefined, onRow, true);
}

const startsWithUtf8Bom = (bytes: Uint8Array) => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/** normalizeNewlines on UTF-8 bytes (CR never occurs inside a multi-byte character); the same bytes without CR. */
export function normalizeNewlineBytes(bytes: Uint8Array): Uint8Array {
  let index = bytes.indexOf(0x0d);
  if (index === -1) return bytes;
  const out = new Uint8Array(bytes.length);
  out.set(bytes.subarray(0, index));
  let length = index;
  for (; index < bytes.length; index++) {
    const byte = bytes[index]!;
    if (byte !== 0x0d) out[length++] = byte;
    else {
      out[length++] = 0x0a;
      if (bytes[index + 1] === 0x0a) index++;
    }
  }
  return out.subarray(0, length);
}

const NOT_UTF8 = new Error('not UTF-8');
const REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * undefined when `checkUtf8` found a cell that was not UTF-8, or when the bytes path (no `source`) met a syntax
 * error: the reading then stops there and the caller reads the file as text.
 */
function readRows(
  bytes: Uint8Array,
  source: (() => string) | undefined,
  onRow: (row: CsvRow) => void,
  checkUtf8: boolean,
): Pick<CsvTable, 'syntaxError'> | undefined {
  let syntaxError: CsvTable['syntaxError'];
  let breaksBefore = 0;
  let lastLine = 0;
  try {
    parse(bytes as Buffer, {
      // Both readers hand over bytes whose line breaks are already LF (normalizeNewlines): naming it spares
      // csv-parse its per-byte search for CRLF, LF or CR, about a tenth of its time on 50,000 rows.
      record_delimiter: '\n',
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      on_record: (record: string[], context) => {
        if (checkUtf8 && record.some((cell) => cell.includes(REPLACEMENT_CHARACTER))) throw NOT_UTF8;
        const located = locate(record, context.lines, breaksBefore);
        breaksBefore += context.lines - located.line;
        lastLine = context.lines;
        if (located.cells.some((cell) => trimCell(cell) !== '')) onRow(located);
        return null;
      },
    });
  } catch (error) {
    if (error === NOT_UTF8) return undefined;
    if (!(error instanceof CsvError)) throw error;
    if (!source) return undefined;
    const text = source();
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
      const rowLine = firstNonBlankLineAfter(text, lastLine);
      syntaxError = { line: unclosedQuoteLine(text, rowLine) ?? rowLine, kind: 'quote_not_closed', detail: error.message };
    } else {
      const line = (error as unknown as { lines?: number }).lines ?? lastLine + 1;
      syntaxError = { line, kind: 'other', detail: error.message };
    }
  }
  return syntaxError ? { syntaxError } : {};
}

/** csv-parse reports the line a record ends on; walk back over the line breaks inside its cells. */
function locate(cells: string[], endLine: number, breaksBefore: number): CsvRow {
  const cellLines = new Array<number>(cells.length);
  let current = 0;
  for (let index = 0; index < cells.length; index++) {
    cellLines[index] = current;
    current += countNewlines(cells[index]!);
  }
  const line = endLine - current;
  for (let index = 0; index < cells.length; index++) cellLines[index]! += line;
  return { line, row: line - breaksBefore, cells, cellLines };
}

function countNewlines(value: string): number {
  let count = 0;
  for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) count++;
  return count;
}

function firstNonBlankLineAfter(source: string, line: number): number {
  const lines = source.split('\n');
  for (let index = line; index < lines.length; index++) {
    if (trimCell(lines[index]!) !== '') return index + 1;
  }
  return line + 1;
}

/**
 * The line on which the quote that is never closed was opened, scanning from the line where its row starts
 * (a row may span lines through earlier, properly closed quoted cells). Mirrors csv-parse with relax_quotes:
 * a quote opens a quoted cell only at the start of a cell.
 */
function unclosedQuoteLine(source: string, fromLine: number): number | undefined {
  let line = fromLine;
  let index = 0;
  for (let skipped = 1; skipped < fromLine; skipped++) {
    const end = source.indexOf('\n', index);
    if (end === -1) return undefined;
    index = end + 1;
  }
  let inQuotes = false;
  let cellStart = true;
  let openedOn: number | undefined;
  for (; index < source.length; index++) {
    const char = source[index];
    if (inQuotes) {
      if (char === '"') {
        if (source[index + 1] === '"') index++;
        else inQuotes = false;
      } else if (char === '\n') line++;
    } else if (char === '"' && cellStart) {
      inQuotes = true;
      openedOn = line;
      cellStart = false;
    } else {
      cellStart = char === ',' || char === '\n';
      if (char === '\n') line++;
    }
  }
  return inQuotes ? openedOn : undefined;
}
