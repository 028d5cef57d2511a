/**
 * Characters Excel turned into "?" when it saved as Shift_JIS (CP932 cannot hold –, —, 𠮷 …): found by comparing a
 * file with its committed version. Pure; the CLI reads the committed text from git.
 */
import { parse } from 'csv-parse/sync';
import { encodeCp932 } from '../parse/cp932.ts';
import { normalizeNewlines } from './normalize.ts';

export interface LostCharacter {
  /** 1-based line of the row in the current text, and the column number of the cell. */
  line: number;
  column: number;
  field: string;
  original: string;
  /** The committed cell, to copy back. */
  committed: string;
}

const cp932Holds = (char: string) => encodeCp932(char)[0] !== 0x3f || char === '?';

function table(text: string): { header: string[]; rows: { line: number; cells: string[] }[] } {
  const rows: { line: number; cells: string[] }[] = [];
  parse(normalizeNewlines(text.replace(/^\uFEFF/u, '')), {
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    on_record: (cells: string[], context) => {
      rows.push({ line: context.lines - cells.reduce((n, cell) => n + (cell.match(/\n/gu)?.length ?? 0), 0), cells });
      return null;
    },
  });
  const [header, ...body] = rows;
  return { header: header?.cells ?? [], rows: body };
}

/**
 * Each "?" in `current` that stands where the committed version of the same row and column has a character CP932
 * cannot hold. Rows are matched by their id; cells are compared when they have the same length,
 * as a "?" replaces exactly one character.
 */
export function lostCharacters(committed: string, current: string): LostCharacter[] {
  if (!current.includes('?')) return [];
  const before = table(committed);
  const after = table(current);
  // Rows are matched by their key column (id, license_no, else the first), found by name in both versions.
  const key = ['id', 'license_no'].find((name) => before.header.includes(name) && after.header.includes(name)) ?? before.header[0] ?? '';
  const byId = new Map(before.rows.map((row) => [row.cells[before.header.indexOf(key)], row.cells]));
  const lost: LostCharacter[] = [];
  for (const row of after.rows) {
    const old = byId.get(row.cells[after.header.indexOf(key)]);
    if (!old) continue;
    row.cells.forEach((cell, index) => {
      const field = after.header[index] ?? '';
      const oldCell = old[before.header.indexOf(field)];
      if (!cell.includes('?') || oldCell === undefined) return;
      const now = [...cell];
      const then = [...oldCell];
      if (now.length !== then.length) return;
      for (const [position, char] of now.entries()) {
        if (char === '?' && then[position] !== '?' && !cp932Holds(then[position]!)) {
          lost.push({ line: row.line, column: index + 1, field, original: then[position]!, committed: oldCell });
        }
      }
    });
  }
  return lost;
}
