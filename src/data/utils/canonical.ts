/**
 * The canonical form of a data file (npm run data:format, the checker's download): LF line ends, ISO dates,
 * HH:MM times, true/false, CSV columns in contract order. Nothing else changes: every cell keeps its text, so
 * every value reads back the same (tested as a property). Pure: no file access.
 */
import { z } from 'astro/zod';
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { errorKeys } from '../docs/json-schema.ts';
import { readCsv, utf8Bytes } from '../parse/csv.ts';
import { unwrap } from '../validate/schema-issues.ts';
import { excelDate, excelFlag, excelTime } from './excel.ts';
import { normalizeCode, normalizeNewlines } from './normalize.ts';

export type CellKind = 'date' | 'time' | 'boolean';

/** Which columns hold dates, times or booleans: read from the schema, the single source of truth. */
export function cellKinds(schema: z.ZodObject): Map<string, CellKind> {
  const kinds = new Map<string, CellKind>();
  for (const [column, field] of Object.entries(schema.shape)) {
    const inner = unwrap(field) as z.core.$ZodType;
    if (inner instanceof z.ZodBoolean) kinds.set(column, 'boolean');
    else {
      const keys = errorKeys(inner);
      if (keys.has('date')) kinds.set(column, 'date');
      else if (keys.has('time')) kinds.set(column, 'time');
    }
  }
  return kinds;
}

/** One cell in canonical form; a cell that is not in an accepted Excel form is left exactly as it is. */
export function canonicalCell(cell: string, kind: CellKind | undefined): string {
  if (!kind || cell.trim() === '') return cell;
  const code = normalizeCode(cell);
  if (kind === 'date') return excelDate(code) ?? cell;
  if (kind === 'time') return excelTime(code) ?? cell;
  const flag = excelFlag(code);
  return flag === undefined ? cell : String(flag);
}

/** The file cannot be read to the end as CSV, so it has no canonical form until that is fixed. */
export class CsvSyntaxError extends Error {
  readonly line: number;
  readonly quoteNotClosed: boolean;
  constructor(line: number, quoteNotClosed: boolean) {
    super(`CSV syntax error at line ${line}`);
    this.name = 'CsvSyntaxError';
    this.line = line;
    this.quoteNotClosed = quoteNotClosed;
  }
}

export interface CanonicalResult {
  text: string;
  /** Why the columns were left in file order, when they were. */
  note?: 'header_not_usable';
}

/**
 * A CSV text in canonical form. `schema` gives the contract order and the kinds of cells; without it (statistics,
 * whose columns the YAML names) only the line ends and quoting change. Unknown columns stay, after the known ones.
 */
export function canonicalCsv(text: string, schema?: z.ZodObject): CanonicalResult {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  let rows: string[][];
  try {
    rows = parse(utf8Bytes(normalizeNewlines(text.slice(bom.length))) as Buffer, {
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // Where the validator places it (an unclosed quote: the line it opened on).
    throw new CsvSyntaxError(readCsv(text).syntaxError?.line ?? 1, error.code === 'CSV_QUOTE_NOT_CLOSED');
  }
  const meaningful = rows.filter((row) => row.some((cell) => cell.trim() !== ''));
  if (meaningful.length === 0) return { text };
  const [header, ...body] = meaningful as [string[], ...string[][]];
  const names = header.map((cell) => normalizeCode(cell).toLowerCase());
  const known = schema ? Object.keys(schema.shape) : [];
  const usable = names.every((name) => name !== '') && new Set(names).size === names.length && body.every((row) => row.length === header.length);
  let order = header.map((_, index) => index);
  if (schema && usable) {
    const rank = (name: string) => (known.includes(name) ? known.indexOf(name) : known.length);
    order = [...order].sort((a, b) => rank(names[a]!) - rank(names[b]!) || a - b);
  }
  const kinds = schema ? cellKinds(schema) : new Map<string, CellKind>();
  const out = [order.map((index) => header[index]!), ...body.map((row) => order.map((index) => canonicalCell(row[index] ?? '', kinds.get(names[index]!))))];
  // A row with too few or too many cells keeps its cells: the validator reports it, nothing is dropped here.
  const lines = usable ? out : [out[0]!, ...body.map((row, r) => (row.length === header.length ? out[r + 1]! : row))];
  const written = stringify(lines, { record_delimiter: '\n', quoted_match: /[\r\n]/u });
  return { text: `${bom}${written}`, ...(schema && !usable ? { note: 'header_not_usable' as const } : {}) };
}

/** A YAML file in canonical form: only its line ends (rewriting YAML would lose comments and layout). */
export function canonicalYaml(text: string): CanonicalResult {
  return { text: normalizeNewlines(text) };
}
