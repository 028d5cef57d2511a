import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../parse/csv.ts';
import { withRulesAsUsual } from '../schemas/fields.ts';
import { patentSchema } from '../schemas/patent.ts';
import { seminarSchema } from '../schemas/seminar.ts';
import { windowSchema } from '../schemas/window.ts';
import { compiledRowParser, FAST_PATH_TRIAL_ROWS, fastFirst } from './compiled-rows.ts';

const SCHEMAS = { 'patents.csv': patentSchema, 'seminars.csv': seminarSchema, 'windows.csv': windowSchema } as const;

/**
 * The rows of the shipped data's file and the test fixture's, as the validator hands them to a schema: column name
 * to cell, empty cells left out.
 */
function fixtureRows(name: keyof typeof SCHEMAS): Record<string, string>[] {
  return ['../../../data/', '../../../tests/fixtures/data/'].flatMap((dir) => {
    const table = readCsv(readFileSync(fileURLToPath(new URL(`${dir}${name}`, import.meta.url)), 'utf8'));
    const header = table.header!.cells;
    return table.rows.map((row) => Object.fromEntries(row.cells.flatMap((cell, index) => (cell.trim() === '' ? [] : [[header[index]!, cell]]))));
  });
}

/** The parts of a safeParse result that the validator reads. */
const outcome = (result: z.ZodSafeParseResult<unknown>) => (result.success ? { data: result.data } : { issues: result.error.issues });

// What staff type by mistake, and what Excel writes: wrong in one column, right in another.
const CELLS = [
  '',
  ' ',
  'x',
  'TRUE',
  'いいえ',
  '2027/5/14',
  '２０２７－０５－１４',
  '2016-02-30',
  '2000-01-01',
  '2099-12-31',
  '9:30',
  '25:00',
  '18:00',
  '１２，０００',
  '-1',
  'L2016001200',
  '特願2012-123456',
  '特許第5946067号',
  'G06F 16/30;H04L 9/00',
  'G06F;;',
  'a;；b',
  'company',
  ' License ',
  'in_person',
  'online',
  'prefectural',
  'javascript:alert(1)',
  'https://www.inpit.go.jp/',
  'ip@example.jp',
  '東京',
  'tokyo',
];

describe('compiledRowParser', () => {
  it('compiles every CSV row schema (with its rules run as usual), so rows that pass take the fast path', () => {
    for (const schema of Object.values(SCHEMAS)) {
      const passing = withRulesAsUsual(schema);
      expect(passing).toBeDefined();
      expect(() => z.compile(passing!, { strict: true })).not.toThrow();
    }
  });

  it('gives what schema.safeParse gives for every row of the shipped data and the fixture', () => {
    for (const [name, schema] of Object.entries(SCHEMAS)) {
      const parse = compiledRowParser(schema);
      const rows = fixtureRows(name as keyof typeof SCHEMAS);
      expect(rows.length, name).toBeGreaterThan(20);
      for (const row of rows) expect(outcome(parse(row)), `${name} ${row.id ?? row.license_no}`).toEqual(outcome(schema.safeParse(row)));
    }
  });

  it('gives what schema.safeParse gives for fixture rows with cells replaced, dropped or added at random', () => {
    let failed = 0;
    let passed = 0;
    for (const [name, schema] of Object.entries(SCHEMAS)) {
      const rows = fixtureRows(name as keyof typeof SCHEMAS);
      const columns = Object.keys(schema.shape);
      const change = fc.tuple(fc.constantFrom(...columns), fc.option(fc.constantFrom(...CELLS), { nil: undefined }));
      fc.assert(
        fc.property(fc.constantFrom(...rows), fc.array(change, { maxLength: 3 }), (row, changes) => {
          const input: Record<string, string> = { ...row };
          for (const [column, cell] of changes) {
            if (cell === undefined) delete input[column];
            else input[column] = cell;
          }
          const expected = schema.safeParse(input);
          if (expected.success) passed++;
          else failed++;
          // A parser of its own: each row takes the compiled parser first (see fastFirst).
          expect(outcome(compiledRowParser(schema)(input))).toEqual(outcome(expected));
        }),
        { seed: 11, numRuns: 800 },
      );
    }
    // Both kinds of row are met: the property holds for rows that pass and for rows that fail.
    expect(passed).toBeGreaterThan(100);
    expect(failed).toBeGreaterThan(100);
  });
});

describe('fastFirst', () => {
  const schema = z.object({ n: z.number() });
  type Result = z.ZodSafeParseResult<z.output<typeof schema>>;
  /** A fake parser that counts its calls and passes the rows whose n is even. */
  const counting = (label: string) => {
    const parse = (input: unknown): Result => {
      parse.calls++;
      const n = (input as { n: number }).n;
      return n % 2 === 0 ? { success: true, data: { n: label === 'fast' ? n : -n } } : schema.safeParse({ n: String(n) });
    };
    parse.calls = 0;
    return parse;
  };

  it("gives fast's result for a row it passes, without slow, and slow's for a row it rejects", () => {
    const fast = counting('fast');
    const slow = counting('slow');
    const parse = fastFirst(fast, slow);
    expect(parse({ n: 2 })).toEqual({ success: true, data: { n: 2 } });
    expect(slow.calls).toBe(0);
    expect(parse({ n: 3 }).success).toBe(false);
    expect([fast.calls, slow.calls]).toEqual([2, 1]);
  });

  it('keeps trying fast while at most one row in eight fails', () => {
    const fast = counting('fast');
    const parse = fastFirst(fast, counting('slow'));
    // One failing row in eight, over ten times the trial.
    for (let i = 0; i < FAST_PATH_TRIAL_ROWS * 10; i++) parse({ n: i % 8 === 7 ? 1 : 2 });
    expect(fast.calls).toBe(FAST_PATH_TRIAL_ROWS * 10);
  });

  it('leaves fast for the rest of the file once more rows fail, after the trial rows', () => {
    const fast = counting('fast');
    const slow = counting('slow');
    const parse = fastFirst(fast, slow);
    for (let i = 0; i < 1000; i++) parse({ n: 1 });
    expect(fast.calls).toBe(FAST_PATH_TRIAL_ROWS);
    expect(slow.calls).toBe(1000);
    // Even rows that would pass now go to slow: its result is the one given.
    expect(parse({ n: 4 })).toEqual({ success: true, data: { n: -4 } });
  });
});
