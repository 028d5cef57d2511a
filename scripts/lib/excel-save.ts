/**
 * What one Excel open-and-save does to a CSV file, for the before/after figures of issue 13 and tests:
 * ISO dates become 2027/5/14, times 9:30, booleans TRUE/FALSE, line ends CRLF, cells are re-quoted only where
 * needed, and "CSV UTF-8" adds a BOM. The "CSV (コンマ区切り)" variant is CP932 instead (see cp932.ts).
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { encodeCp932 } from '#src/data/parse/cp932.ts';

/** One cell as Excel shows and saves it (General format). */
export function excelCell(cell: string): string {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(cell);
  if (date) return `${date[1]}/${Number(date[2])}/${Number(date[3])}`;
  const time = /^(\d{2}):(\d{2})$/u.exec(cell);
  if (time) return `${Number(time[1])}:${time[2]}`;
  if (/^(?:true|false)$/iu.test(cell)) return cell.toUpperCase();
  return cell;
}

export type ExcelVariant = 'utf8' | 'cp932';

export function excelSaveText(text: string): string {
  const rows = parse(text.replace(/^\uFEFF/u, ''), { relax_column_count: true });
  return stringify(
    rows.map((row, index) => (index === 0 ? row : row.map(excelCell))),
    // A line break inside a cell (Excel keeps it as LF) must be quoted even though rows end in CRLF.
    { record_delimiter: '\r\n', quoted_match: /[\r\n]/u },
  );
}

export function excelSave(text: string, variant: ExcelVariant): Uint8Array {
  const saved = excelSaveText(text);
  return variant === 'cp932' ? encodeCp932(saved) : new TextEncoder().encode(`\uFEFF${saved}`);
}
