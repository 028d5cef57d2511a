import { describe, expect, it } from 'vitest';
import { readCsv } from './csv.ts';

/** Row start lines, for compact assertions. */
const lines = (text: string) => readCsv(text).rows.map((row) => row.line);

describe('readCsv: line numbers', () => {
  it('numbers the header and each row by the line it starts on', () => {
    const table = readCsv('id,title\na,A\nb,B\n');
    expect(table.header).toEqual({ line: 1, row: 1, cells: ['id', 'title'], cellLines: [1, 1] });
    expect(table.rows).toEqual([
      { line: 2, row: 2, cells: ['a', 'A'], cellLines: [2, 2] },
      { line: 3, row: 3, cells: ['b', 'B'], cellLines: [3, 3] },
    ]);
    expect(table.syntaxError).toBeUndefined();
  });

  it('keeps counting lines after a quoted line break, and gives each cell its own line', () => {
    const table = readCsv('a,b,c\n1,"x\ny",z\n"p\nq\nr","s\nt",u\n5,6,7\n');
    expect(table.rows).toEqual([
      { line: 2, row: 2, cells: ['1', 'x\ny', 'z'], cellLines: [2, 2, 3] },
      { line: 4, row: 3, cells: ['p\nq\nr', 's\nt', 'u'], cellLines: [4, 6, 7] },
      { line: 8, row: 4, cells: ['5', '6', '7'], cellLines: [8, 8, 8] },
    ]);
  });

  it('gives each row the number Excel shows: line breaks inside quoted cells do not start a new row', () => {
    const table = readCsv('a,b\n1,"x\ny"\n\n2,"p\nq\nr"\n3,4\n');
    expect(table.rows.map((row) => [row.line, row.row])).toEqual([
      [2, 2],
      [5, 4],
      [8, 5],
    ]);
  });

  it('counts a blank line inside a quoted cell', () => {
    const table = readCsv('a,b\n1,"x\n\ny"\n2,3\n');
    expect(table.rows[0]).toEqual({ line: 2, row: 2, cells: ['1', 'x\n\ny'], cellLines: [2, 2] });
    expect(table.rows[1]!.line).toBe(5);
  });

  it('reads a last row that has no line break after it', () => {
    expect(lines('a,b\n1,2\n3,4')).toEqual([2, 3]);
  });
});

describe('readCsv: what Excel writes', () => {
  it('reads CRLF line ends (and turns CRLF inside quoted cells into LF)', () => {
    const table = readCsv('a,b\r\n1,"x\r\ny"\r\n3,4\r\n');
    expect(table.header?.cells).toEqual(['a', 'b']);
    expect(table.rows).toEqual([
      { line: 2, row: 2, cells: ['1', 'x\ny'], cellLines: [2, 2] },
      { line: 4, row: 3, cells: ['3', '4'], cellLines: [4, 4] },
    ]);
  });

  it('reads lone CR line ends (old Mac tools)', () => {
    const table = readCsv('a,b\r1,2\r3,"x\ry"\r5,6');
    expect(table.rows.map((row) => [row.line, row.cells])).toEqual([
      [2, ['1', '2']],
      [3, ['3', 'x\ny']],
      [5, ['5', '6']],
    ]);
  });

  it('reads mixed CRLF, LF and CR in one file', () => {
    expect(lines('a,b\r\n1,2\n3,4\r5,6\r\n')).toEqual([2, 3, 4]);
  });

  it('drops the UTF-8 BOM so the first column name is clean', () => {
    const table = readCsv('\uFEFFid,title\r\na,A\r\n');
    expect(table.header?.cells).toEqual(['id', 'title']);
    expect(table.header?.cells[0]!.charCodeAt(0)).toBe(0x69);
    expect(table.rows[0]!.line).toBe(2);
  });

  it('keeps quoted commas inside one cell', () => {
    expect(readCsv('a,b\n"x, y",2\n').rows[0]!.cells).toEqual(['x, y', '2']);
  });

  it('skips blank lines but keeps the line numbers of the rows after them', () => {
    expect(lines('a,b\n\n1,2\n\n\n3,4\n')).toEqual([3, 6]);
  });

  it('skips rows of bare commas (Excel leaves ",,,," below the data) and whitespace-only rows', () => {
    const table = readCsv('a,b,c,d,e\r\n1,2,3,4,5\r\n,,,,\r\n , ,\u3000, ,\r\n\r\n');
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]!.line).toBe(2);
    expect(table.syntaxError).toBeUndefined();
  });

  it('skips ",,,," rows between data rows without renumbering', () => {
    expect(lines('a,b\n1,2\n,\n3,4\n')).toEqual([2, 4]);
  });

  it('keeps a quote in the middle of an unquoted cell as a character', () => {
    const table = readCsv('a,b\n1,12" screen\n');
    expect(table.rows[0]!.cells).toEqual(['1', '12" screen']);
    expect(table.syntaxError).toBeUndefined();
  });

  it('returns no header for an empty file or a BOM alone', () => {
    expect(readCsv('')).toEqual({ header: undefined, rows: [] });
    expect(readCsv('\uFEFF')).toEqual({ header: undefined, rows: [] });
    expect(readCsv('\r\n\r\n,,,\r\n')).toEqual({ header: undefined, rows: [] });
  });
});

describe('readCsv: a quote that is never closed', () => {
  it('reports the line where the quote opened, not the end of the file', () => {
    const table = readCsv('a,b\n1,2\n3,"oops\n4,5\n6,7\n8,9\n');
    expect(table.syntaxError).toMatchObject({ line: 3, kind: 'quote_not_closed' });
    expect(table.syntaxError!.detail).toMatch(/Quote Not Closed/u);
  });

  it('returns the rows read before the error', () => {
    const table = readCsv('a,b\n1,2\n3,4\n5,"oops\n6,7\n');
    expect(table.header?.cells).toEqual(['a', 'b']);
    expect(table.rows.map((row) => [row.line, row.cells])).toEqual([
      [2, ['1', '2']],
      [3, ['3', '4']],
    ]);
    expect(table.syntaxError?.line).toBe(4);
  });

  it('skips blank lines and ",,,," rows before the broken row', () => {
    expect(readCsv('a,b\n1,2\n\n\n3,"oops\n4,5\n').syntaxError?.line).toBe(5);
    expect(readCsv('a,b\n1,2\n,\n\n3,"oops\n').syntaxError?.line).toBe(5);
  });

  it('counts the line breaks of a properly quoted cell in the row before', () => {
    const table = readCsv('a,b\n1,"x\ny"\n3,"oops\n4,5\n');
    expect(table.rows).toEqual([{ line: 2, row: 2, cells: ['1', 'x\ny'], cellLines: [2, 2] }]);
    expect(table.syntaxError?.line).toBe(4);
  });

  it('names the line of the open quote when its row began on an earlier line', () => {
    // Row 3 starts with a closed multi-line cell on lines 3–4; the stray quote opens on line 4.
    const table = readCsv('a,b,c\n1,2,3\n4,"x\ny","oops\n5,6,7\n8,9,10\n');
    expect(table.rows.map((row) => row.line)).toEqual([2]);
    expect(table.syntaxError).toMatchObject({ line: 4, kind: 'quote_not_closed' });
  });

  it('treats "" inside a quoted cell as an escaped quote, not a closing one', () => {
    const table = readCsv('a,b\n1,"say ""hi""\n2,3\n');
    expect(table.syntaxError).toMatchObject({ line: 2, kind: 'quote_not_closed' });
  });

  it('reports line 1 when the header itself has the open quote', () => {
    const table = readCsv('a,"b\n1,2\n');
    expect(table.header).toBeUndefined();
    expect(table.syntaxError).toMatchObject({ line: 1, kind: 'quote_not_closed' });
  });

  it('counts CRLF line ends when locating the open quote', () => {
    const table = readCsv('\uFEFFa,b\r\n1,2\r\n\r\n3,"oops\r\n4,5\r\n');
    expect(table.rows.map((row) => row.line)).toEqual([2]);
    expect(table.syntaxError?.line).toBe(4);
  });
});
