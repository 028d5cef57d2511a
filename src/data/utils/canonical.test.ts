import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { seminarSchema } from '../schemas/seminar.ts';
import { canonicalCell, canonicalCsv, canonicalYaml, cellKinds, CsvSyntaxError } from './canonical.ts';
import { validateCsvText } from '../validate/csv-file.ts';

const rows = (text: string): string[][] => parse(text.replace(/^\uFEFF/u, ''), { relax_column_count: true });

describe('cellKinds', () => {
  it('reads the date, time and boolean columns from the schema', () => {
    expect(Object.fromEntries(cellKinds(seminarSchema))).toEqual({ date: 'date', start_time: 'time', end_time: 'time', sample: 'boolean' });
  });
});

describe('canonicalCell', () => {
  it('rewrites only the accepted Excel forms', () => {
    expect(canonicalCell('2027/5/14', 'date')).toBe('2027-05-14');
    expect(canonicalCell('9:30', 'time')).toBe('09:30');
    expect(canonicalCell('TRUE', 'boolean')).toBe('true');
    expect(canonicalCell('はい', 'boolean')).toBe('true');
    expect(canonicalCell('46521', 'date')).toBe('46521');
    expect(canonicalCell('5/6/2027', 'date')).toBe('5/6/2027');
    expect(canonicalCell('2027/5/14', undefined)).toBe('2027/5/14');
    expect(canonicalCell('', 'date')).toBe('');
  });
});

describe('canonicalCsv', () => {
  it('puts the columns in contract order, keeps unknown ones after them, and ends lines with LF', () => {
    const text = 'title,id,memo,date\r\nT,fy-1,"a\r\nb",2027/5/14\r\n,,,\r\n';
    expect(canonicalCsv(text, seminarSchema).text).toBe('id,title,date,memo\nfy-1,T,2027-05-14,"a\nb"\n');
  });

  it('keeps the columns in file order when the header is not usable, and keeps every cell', () => {
    const result = canonicalCsv('id,id,date\nfy-1,x,2027/5/14\n', seminarSchema);
    expect(result.note).toBe('header_not_usable');
    expect(rows(result.text)).toEqual([
      ['id', 'id', 'date'],
      ['fy-1', 'x', '2027-05-14'],
    ]);
  });

  it('keeps a row with too many cells as it is', () => {
    expect(rows(canonicalCsv('id,date\nfy-1,2027/5/14,extra\n', seminarSchema).text)).toEqual([
      ['id', 'date'],
      ['fy-1', '2027/5/14', 'extra'],
    ]);
  });

  it('keeps a BOM', () => {
    expect(canonicalCsv('\uFEFFid\nx\n').text).toBe('\uFEFFid\nx\n');
  });

  const cell = fc.oneof(
    fc.string(),
    fc.constantFrom('2027/5/14', '2027/05/14', '9:30', 'TRUE', 'False', '46521', '=1+1', '"', ',', '\n', '\r\n', ' 　'),
  );
  const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
    fc.tuple(fc.uniqueArray(fc.constantFrom('id', 'title', 'date', 'start_time', 'sample', 'memo', 'venue'), { minLength: width, maxLength: width }), fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 })),
  );
  const csv = (header: string[], body: string[][]) =>
    [header, ...body].map((row) => row.map((value) => `"${value.replaceAll('"', '""')}"`).join(',')).join('\r\n') + '\r\n';

  it('is idempotent', () => {
    fc.assert(
      fc.property(table, ([header, body]) => {
        const once = canonicalCsv(csv(header, body), seminarSchema).text;
        expect(canonicalCsv(once, seminarSchema).text).toBe(once);
      }),
      { seed: 13, numRuns: 200 },
    );
  });

  it('is lossless: every cell survives, by column, and reads back as the same value', () => {
    fc.assert(
      fc.property(table, ([header, body]) => {
        const source = csv(header, body);
        const out = canonicalCsv(source, seminarSchema).text;
        const [outHeader = [], ...outBody] = rows(out);
        const kept = body.filter((row) => row.some((value) => value.trim() !== ''));
        expect(outBody).toHaveLength(kept.length);
        kept.forEach((row, r) => {
          header.forEach((name, c) => {
            const value = outBody[r]![outHeader.indexOf(name)]!;
            const kind = cellKinds(seminarSchema).get(name);
            expect(value).toBe(canonicalCell(row[c]!.replace(/\r\n/gu, '\n'), kind));
          });
        });
        // What the validator reads is the same before and after.
        const before = validateCsvText('x.csv', source, seminarSchema);
        const after = validateCsvText('x.csv', out, seminarSchema);
        expect(after.rows.map((row) => row.value)).toEqual(before.rows.map((row) => row.value));
        expect(after.issues.map((issue) => [issue.field, issue.message])).toEqual(expect.arrayContaining([]));
        expect(after.issues.length).toBe(before.issues.length);
      }),
      { seed: 13, numRuns: 200 },
    );
  });
});

describe('canonicalYaml', () => {
  it('changes only the line ends', () => {
    expect(canonicalYaml('a: 1 # note\r\nb: "x"\r\n').text).toBe('a: 1 # note\nb: "x"\n');
  });
});

describe('canonicalCsv on a file that cannot be read to the end', () => {
  it('throws CsvSyntaxError with the line where the unclosed quote opens', () => {
    let caught: unknown;
    try {
      canonicalCsv('id,title\nfy-1,ok\nfy-2,"never closed\nfy-3,x\n');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CsvSyntaxError);
    expect(caught).toMatchObject({ line: 3, quoteNotClosed: true });
  });
});
