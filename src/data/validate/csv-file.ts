/** Validates one CSV file against a row schema: header first, then every row, collecting every problem. */
import { z } from 'astro/zod';
import { readCsv } from '../parse/csv.ts';
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

export function validateCsvText<S extends z.ZodObject>(file: string, text: string, schema: S): CsvFileResult<z.output<S>> {
  const table = readCsv(text);
  const issues: DataIssue[] = [];
  if (table.syntaxError) {
    const { line, kind, detail } = table.syntaxError;
    issues.push({ file, line, row: line, message: kind === 'quote_not_closed' ? fileMessages.quoteNotClosed() : fileMessages.csvSyntax(detail) });
  }
  if (!table.header) {
    if (!table.syntaxError) issues.push({ file, line: 1, row: 1, message: fileMessages.emptyFile() });
    return { rows: [], issues, rowCount: 0, header: [] };
  }

  const { known, required } = columnsOf(schema);
  const header = table.header.cells.map((cell) => normalizeCode(cell).toLowerCase());
  const headerLine = table.header.line;
  const headerRow = table.header.row;
  let headerUsable = true;
  const firstIndex = new Map<string, number>();
  header.forEach((name, index) => {
    const column = index + 1;
    if (name === '') {
      issues.push({ file, line: headerLine, row: headerRow, column, message: fileMessages.emptyHeader(column) });
      headerUsable = false;
    } else if (firstIndex.has(name)) {
      issues.push({ file, line: headerLine, row: headerRow, column, field: name, message: fileMessages.duplicateHeader(name, firstIndex.get(name)!) });
      headerUsable = false;
    } else if (!known.includes(name)) {
      issues.push({ file, line: headerLine, row: headerRow, column, field: name, message: fileMessages.unknownColumn(name, nearest(name, known)) });
      headerUsable = false;
    }
    if (!firstIndex.has(name)) firstIndex.set(name, column);
  });
  const missing = required.filter((column) => !firstIndex.has(column));
  for (const column of missing) {
    issues.push({ file, line: headerLine, row: headerRow, field: column, message: fileMessages.missingColumn(column) });
  }

  const rows: AcceptedRow<z.output<S>>[] = [];
  const knownAt = header.map((name) => known.includes(name));
  for (const row of table.rows) {
    if (row.cells.length !== header.length) {
      issues.push({ file, line: row.line, row: row.row, message: fileMessages.fieldCount(row.cells.length, header.length) });
      continue;
    }
    const input: Record<string, string> = {};
    for (let index = 0; index < header.length; index++) {
      const cell = row.cells[index]!;
      if (knownAt[index] && trimCell(cell) !== '') input[header[index]!] = cell;
    }
    const result = schema.safeParse(input);
    if (result.success) {
      if (headerUsable) rows.push({ line: row.line, row: row.row, value: result.data });
      continue;
    }
    for (const { path, message } of explainIssues(schema, input, result.error.issues)) {
      const field = String(path[0] ?? '');
      // Already reported once for the header; do not repeat it on every row.
      if (missing.includes(field)) continue;
      const index = header.indexOf(field);
      issues.push({
        file,
        line: index >= 0 ? row.cellLines[index]! : row.line,
        row: row.row,
        ...(index >= 0 ? { column: index + 1 } : {}),
        field,
        message,
      });
    }
  }
  return { rows, issues, rowCount: table.rows.length, header };
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
