import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, CSV_OPTIONS, csvField, csvText, guardFormula } from './write.ts';

/** What the build writes with csv-stringify (statistics downloads, CSV_OPTIONS): the reference for the browser's writer. */
const reference = (rows: string[][]) => stringify(rows, CSV_OPTIONS);

describe('guardFormula', () => {
  it('guards = + - @, tab and CR, and their full-width forms, at the start only', () => {
    for (const text of ['=SUM(A1:A2)', '+1', '-1+2', '@cmd', '\tx', '\rx', '＝1+1', '＋1', '－1', '＠cmd'])
      expect(guardFormula(text)).toBe(`'${text}`);
    for (const text of ['2011', 'a=b', ' =1', '', '日本＝']) expect(guardFormula(text)).toBe(text);
  });
});

describe('csvField', () => {
  it('quotes commas, quotes and line breaks (RFC 4180), after guarding', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line1\nline2')).toBe('"line1\nline2"');
    expect(csvField('plain 日本語')).toBe('plain 日本語');
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('\rx')).toBe(`"'\rx"`);
  });
});

describe('csvText and csv-stringify', () => {
  it('writes the same bytes for a fixed table', () => {
    const rows = [
      ['番号', '名称'],
      ['=1+1', 'a,"b"\r\nc'],
      ['＠x', ''],
    ];
    expect(csvText(rows)).toBe(reference(rows));
    expect(csvText(rows).startsWith(CSV_BOM)).toBe(true);
  });

  it('writes the same bytes for random rows: formula-leading cells, quotes, commas, line breaks, full-width signs', () => {
    const pieces = ['=', '+', '-', '@', '\t', '\r', '\n', '\r\n', '"', ',', "'", '＝', '＋', '－', '＠', ' ', 'a', '日本', '1', ';'];
    const cell = fc.oneof(
      fc.string(),
      fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((parts) => parts.join('')),
      fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'), fc.string()).map(([a, b]) => a + b),
    );
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(table, (rows) => {
        // csv-stringify writes nothing for a row of one empty cell; a spreadsheet reads both as an empty line.
        fc.pre(rows.every((row) => row.length > 1 || row[0] !== ''));
        expect(csvText(rows)).toBe(reference(rows));
      }),
      { numRuns: 500 },
    );
  });
});
