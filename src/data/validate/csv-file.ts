/** Validates one CSV file against a row schema: header first, then every row, collecting every problem. */
import { z } from 'astro/zod';
import { eachCsvRow, eachCsvRowOfUtf8, type CsvRow, type CsvTable } from '../parse/csv.ts';
import type { DataIssue } from './issues.ts';
import { fileMessages } from './messages.ts';
import { explainIssues } from './schema-issues.ts';
import { nearest } from '../utils/distance.ts';
import { normalizeCode, trimCell } from '../utils/normalize.ts';

export interface AcceptedRow<T> {
  line: number;
  /** Row number as Excel shows it (see CsvRow.row). */
  row: number;
  value: T;
}

export interface CsvFileResult<T> {
  rows: AcceptedRow<T>[];
  issues: DataIssue[];
  /** Rows read from the file, accepted or not (rows in = rows out is checked against this). */
  rowCount: number;
  /** Normalized column names in file order (empty when the file has no header). */
  header: string[];
}

/** Columns a row schema knows, and those it cannot do without. */
export function columnsOf(schema: z.ZodObject): { known: string[]; required: string[] } {
  const known = Object.keys(schema.shape);
  const required = known.filter((column) => !(schema.shape[column] as z.ZodType).safeParse(undefined).success);
  return { known, required };
}

/**
 * What an accepted row's value is kept as (the whole value when not given). A caller that only checks the file keeps
 * what its checks across rows need: every row kept whole is copied again and again by the garbage collector
 * (docs/search.md, "Validate").
 */
export type KeepValue<S extends z.ZodObject, K> = (value: z.output<S>) => K;

/** How a row is parsed: schema.safeParse, or what gives the same result faster (compiled-rows.ts, in Node). */
export type ParseRow<S extends z.ZodObject> = (input: unknown) => z.ZodSafeParseResult<z.output<S>>;

export function validateCsvText<S extends z.ZodObject, K = z.output<S>>(file: string, text: string, schema: S, keep?: KeepValue<S, K>, parseRow?: ParseRow<S>): CsvFileResult<K> {
  return validateRows(file, schema, (onRow) => eachCsvRow(text, onRow), keep, parseRow)!;
}

/**
 * validateCsvText for the bytes of a UTF-8 file, without decoding it whole first (eachCsvRowOfUtf8). undefined when
 * they are not all UTF-8 or the file does not read to the end: validate its text then, for the right message.
 */
export function validateCsvBytes<S extends z.ZodObject, K = z.output<S>>(
  file: string,
  bytes: Uint8Array,
  schema: S,
  keep?: KeepValue<S, K>,
  parseRow?: ParseRow<S>,
): CsvFileResult<K> | undefined {
  return validateRows(file, schema, (onRow) => eachCsvRowOfUtf8(bytes, onRow), keep, parseRow);
}

type RowReader = (onRow: (row: CsvRow) => void) => Pick<CsvTable, 'syntaxError'> | undefined;

function validateRows<S extends z.ZodObject, K>(file: string, schema: S, readRows: RowReader, keep?: KeepValue<S, K>, parseRow?: ParseRow<S>): CsvFileResult<K> | undefined {
  const { known, required } = columnsOf(schema);
  const parse = parseRow ?? ((input: unknown) => schema.safeParse(input));
  const issues: DataIssue[] = [];
  const rows: AcceptedRow<K>[] = [];
  const kept = keep ?? ((value: z.output<S>) => value as K);
  let header = undefined as string[] | undefined;
  let knownAt: boolean[] = [];
  let missing: string[] = [];
  let headerUsable = true;
  let rowCount = 0;

  const checkHeader = (row: CsvRow): string[] => {
    const names = row.cells.map((cell) => normalizeCode(cell).toLowerCase());
    const firstIndex = new Map<string, number>();
    names.forEach((name, index) => {
      const column = index + 1;
      const at = { file, line: row.line, row: row.row, column };
      if (name === '') {
        issues.push({ ...at, message: fileMessages.emptyHeader(column) });
        headerUsable = false;
      } else if (firstIndex.has(name)) {
        issues.push({ ...at, field: name, message: fileMessages.duplicateHeader(name, firstIndex.get(name)!) });
        headerUsable = false;
      } else if (!known.includes(name)) {
        issues.push({ ...at, field: name, message: fileMessages.unknownColumn(name, nearest(name, known)) });
        headerUsable = false;
      }
      if (!firstIndex.has(name)) firstIndex.set(name, column);
    });
    missing = required.filter((column) => !firstIndex.has(column));
    for (const column of missing) {
      issues.push({ file, line: row.line, row: row.row, field: column, message: fileMessages.missingColumn(column) });
    }
    knownAt = names.map((name) => known.includes(name));
    return names;
  };

  const checkRow = (row: CsvRow, names: string[]) => {
    if (row.cells.length !== names.length) {
      issues.push({ file, line: row.line, row: row.row, message: fileMessages.fieldCount(row.cells.length, names.length) });
      return;
    }
    const input: Record<string, string> = {};
    for (let index = 0; index < names.length; index++) {
      const cell = row.cells[index]!;
      if (knownAt[index] && trimCell(cell) !== '') input[names[index]!] = cell;
    }
    const result = parse(input);
    if (result.success) {
      if (headerUsable) rows.push({ line: row.line, row: row.row, value: kept(result.data) });
      return;
    }
    for (const { path, message } of explainIssues(schema, input, result.error.issues)) {
      const field = String(path[0] ?? '');
      // Already reported once for the header; do not repeat it on every row.
      if (missing.includes(field)) continue;
      const index = names.indexOf(field);
      issues.push({
        file,
        line: index >= 0 ? row.cellLines[index]! : row.line,
        row: row.row,
        ...(index >= 0 ? { column: index + 1 } : {}),
        field,
        message,
      });
    }
  };

  // Rows are checked as they are read and not kept: see eachCsvRow.
  const read = readRows((row) => {
    if (header === undefined) header = checkHeader(row);
    else {
      rowCount++;
      checkRow(row, header);
    }
  });
  if (!read) return undefined;
  const { syntaxError } = read;
  if (syntaxError) {
    const { line, kind, detail } = syntaxError;
    issues.unshift({ file, line, row: line, message: kind === 'quote_not_closed' ? fileMessages.quoteNotClosed() : fileMessages.csvSyntax(detail) });
  }
  if (header === undefined) {
    if (!syntaxError) issues.push({ file, line: 1, row: 1, message: fileMessages.emptyFile() });
    return { rows: [], issues, rowCount: 0, header: [] };
  }
  return { rows, issues, rowCount, header };
}

/** Reports every value of `key` used more than once, naming both lines. */
export function findDuplicates<T>(file: string, result: CsvFileResult<T>, field: string, key: (value: T) => string): DataIssue[] {
  const column = result.header.indexOf(field) + 1;
  const first = new Map<string, number>();
  const issues: DataIssue[] = [];
  for (const row of result.rows) {
    const value = key(row.value);
    const earlier = first.get(value);
    if (earlier === undefined) first.set(value, row.line);
    else issues.push({ file, line: row.line, row: row.row, ...(column ? { column } : {}), field, message: fileMessages.duplicateId(value, `${file}:${earlier}`) });
  }
  return issues;
}
