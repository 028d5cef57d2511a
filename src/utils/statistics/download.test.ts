import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, byteSize, csvHeading, toCsv, toJson, toJsonText } from './download.ts';
import { makeStat, openPatents, plannedSeminars } from './fixtures.ts';

describe('csvHeading', () => {
  it('gives both languages and the unit', () => {
    expect(csvHeading('新規登録件数', 'New registrations', '件', 'records')).toBe('新規登録件数（件） / New registrations (records)');
    expect(csvHeading('年度', 'Fiscal year')).toBe('年度 / Fiscal year');
    expect(csvHeading('割合', undefined, '%')).toBe('割合（%）');
    expect(csvHeading('人数', 'People', '人')).toBe('人数（人） / People (人)');
  });
});

describe('toCsv', () => {
  it('starts with the UTF-8 BOM and has a header row and one line per row, CRLF-separated', () => {
    const csv = toCsv(openPatents);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe(
      '年度 / Fiscal year,新規登録件数（件） / New registrations (records),削除件数（件） / Deletions (records),データベース掲載件数（件） / Listed records (records)',
    );
    expect(lines[1]).toBe('2011,5601,6584,43358');
    expect(lines[5]).toBe('');
  });

  it('round-trips through a CSV parser: numbers equal, empty stays empty, 0 stays 0, text is guarded', () => {
    const stat = makeStat(
      {
        category: { column: 'name', kind: 'category', label: '区分', label_en: 'Category' },
        series: [
          { column: 'a', label: 'A, "quoted"', label_en: 'A' },
          { column: 'b', label: 'B', unit: '人' },
        ],
      },
      [
        ['=cmd|calc', 0, null],
        ['line\nbreak', 1234567, 3.5],
        ['-negative', -2, 0],
        ['＝full-width', Number.NaN, -0.5],
        ['＠', 12.5, null],
      ],
    );
    const rows = parse(toCsv(stat), { bom: true });
    expect(rows[0]).toEqual(['区分 / Category', 'A, "quoted"（件） / A (records)', 'B（人）']);
    expect(rows.slice(1)).toEqual([
      ["'=cmd|calc", '0', ''],
      ['line\nbreak', '1234567', '3.5'],
      ["'-negative", '-2', '0'],
      ["'＝full-width", '', '-0.5'],
      ["'＠", '12.5', ''],
    ]);
  });
});

describe('planned figures in the downloads', () => {
  it('CSV: the planned cell is marked as staff write it (20以上（計画）), not a bare number', () => {
    const rows = parse(toCsv(plannedSeminars), { bom: true });
    expect(rows.slice(1)).toEqual([
      ['2014', '10', '9'],
      ['2015', '', '20以上（計画）'],
    ]);
  });

  it('JSON: rows hold results only; the plan is listed apart with its row, column and word', () => {
    const json = toJson(plannedSeminars);
    expect(json.rows[1]).toEqual({ fiscal_year: '2015', sessions: null, locations: null });
    expect(json.planned).toEqual([{ row: '2015', column: 'locations', value: 20, at_least: true, word: '計画' }]);
  });
});

describe('toJson', () => {
  it('has the documented fields, with null for no data and numbers as numbers', () => {
    const stat = makeStat({ as_of: '2015-06-30' }, [
      ['2014', 712],
      ['2015', null],
      ['2016', 0],
    ]);
    const json = toJson(stat);
    expect(Object.keys(json)).toEqual([
      'id',
      'title',
      'title_en',
      'unit',
      'unit_en',
      'source',
      'source_en',
      'as_of',
      'columns',
      'rows',
      'planned',
    ]);
    expect(json.planned).toEqual([]);
    expect(json.as_of).toBe('2015-06-30');
    expect(json.columns).toEqual([
      { key: 'fiscal_year', label: '年度', label_en: 'Fiscal year', unit: null, unit_en: null },
      { key: 'listings', label: 'データベース掲載件数', label_en: 'Listed records', unit: '件', unit_en: 'records' },
    ]);
    expect(json.rows).toEqual([
      { fiscal_year: '2014', listings: 712 },
      { fiscal_year: '2015', listings: null },
      { fiscal_year: '2016', listings: 0 },
    ]);
    expect(JSON.parse(toJsonText(stat))).toEqual(json);
    expect(toJson(makeStat({ as_of: undefined, unit_en: undefined }, [])).as_of).toBeNull();
  });
});

describe('byteSize', () => {
  it('counts UTF-8 bytes, including the BOM', () => {
    expect(byteSize(CSV_BOM)).toBe(3);
    expect(byteSize('件')).toBe(3);
    expect(byteSize('a')).toBe(1);
  });
});
