/**
 * What staff see next to a problem: for a CSV, the row as Excel shows it (row number, cells under column letters);
 * for a YAML file, the line itself.
 */
import { readCsv, type CsvRow } from '../parse/csv.ts';

export interface ExcelCell {
  /** A, B, … AA as Excel labels columns. */
  letter: string;
  header: string;
  value: string;
}
export interface RowContext {
  kind: 'csv';
  /** The row number Excel shows (differs from the file line after a cell with a line break). */
  excelRow: number;
  cells: ExcelCell[];
}
export interface LineContext {
  kind: 'yaml';
  line: number;
  text: string;
}

/** 1 → A, 27 → AA */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Looks up rows by any file line they cover; built once per file. */
export function csvContexts(text: string): (line: number) => RowContext | undefined {
  const table = readCsv(text);
  const rows = [table.header, ...table.rows].filter((row): row is CsvRow => row !== undefined);
  const header = table.header?.cells ?? [];
  const byLine = new Map<number, RowContext>();
  // Excel counts a record as one row however many lines its cells span.
  let extraLines = 0;
  for (const row of rows) {
    const last = row.cellLines.at(-1)! + (row.cells.at(-1)?.split('\n').length ?? 1) - 1;
    const context: RowContext = {
      kind: 'csv',
      excelRow: row.line - extraLines,
      cells: row.cells.map((value, index) => ({ letter: columnLetter(index + 1), header: header[index] ?? '', value })),
    };
    for (let line = row.line; line <= last; line++) byLine.set(line, context);
    extraLines += last - row.line;
  }
  return (line) => byLine.get(line);
}

export function yamlContexts(text: string): (line: number) => LineContext | undefined {
  const lines = text.replace(/^\uFEFF/u, '').split(/\r\n|\n|\r/u);
  return (line) => (line >= 1 && line <= lines.length ? { kind: 'yaml', line, text: lines[line - 1]! } : undefined);
}
