import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { PatentMeta } from './patent-contract.ts';
import fc from 'fast-check';
import {
  codeColumn,
  PLAIN_COLUMNS,
  decodeRecordFile,
  fromTable,
  packTable,
  recordShard,
  shardCount,
  toTable,
  RECORDS_PER_SHARD,
} from './record-table.ts';

const meta = (i: number, extra: Partial<PatentMeta> = {}): PatentMeta => ({
  title: `発明${i}`,
  license_no: `L${i}`,
  field: 'ict',
  holder: '大学',
  holder_type: 'university',
  license_terms: 'license',
  registered: '2016-01-01',
  ...extra,
});

describe('record tables', () => {
  it('round-trips records by row, empty fields as undefined', () => {
    const table = toTable([meta(1, { title_en: 'Invention', sample: '1', patent_no: '特許第5946067号' }), meta(2)], 10);
    expect(table.start).toBe(10);
    expect(table.title_en).toEqual(['Invention', '']);
    const records = fromTable(JSON.parse(JSON.stringify(table)));
    expect(records.get(10)).toMatchObject({ title: '発明1', title_en: 'Invention', sample: '1', patent_no: '特許第5946067号' });
    expect(records.get(11)?.title_en).toBeUndefined();
    expect(records.get(11)?.sample).toBeUndefined();
  });

  it('rejects anything that is not a whole table', () => {
    const table = toTable([meta(1)]);
    expect(() => fromTable(null)).toThrow(/record table/u);
    expect(() => fromTable({ ...table, title: [] })).toThrow(/record table/u);
    const { holder: _holder, ...withoutHolder } = table;
    expect(() => fromTable(withoutHolder)).toThrow(/record table/u);
  });

  it('reads gzipped files, and files a host has already unzipped', async () => {
    const table = toTable([meta(1)]);
    const text = JSON.stringify(table);
    const gzipped = gzipSync(text);
    expect(await decodeRecordFile(gzipped.buffer.slice(gzipped.byteOffset, gzipped.byteOffset + gzipped.length))).toEqual(table);
    expect(await decodeRecordFile(new TextEncoder().encode(text).buffer)).toEqual(table);
  });
});

describe('the whole table, its text columns coded', () => {
  it('codes a column as its distinct values, most rows first then by code units, and an index per row', () => {
    expect(codeColumn(['b', 'a', 'c', 'a', ''])).toEqual({ values: ['a', '', 'b', 'c'], rows: [2, 0, 3, 0, 1] });
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 30 }), (cells) => {
        const { values, rows } = codeColumn(cells);
        expect(rows.map((index) => values[index])).toEqual(cells);
        expect(new Set(values).size).toBe(values.length);
      }),
    );
  });

  it('reads back the same records as the plain table', () => {
    const metas = [meta(1, { summary: '概要', contact: '窓口' }), meta(2, { title_en: 'Invention', summary: '概要' }), meta(3)];
    const packed = packTable(toTable(metas, 4));
    expect(packed.license_no).toEqual(['L1', 'L2', 'L3']);
    expect(packed.summary).toEqual({ values: ['概要', ''], rows: [0, 0, 1] });
    expect(fromTable(JSON.parse(JSON.stringify(packed)))).toEqual(fromTable(toTable(metas, 4)));
    expect(packed.registered).toEqual(['2016-01-01', '2016-01-01', '2016-01-01']);
    expect(PLAIN_COLUMNS.has('summary')).toBe(false);
  });

  it('rejects a coded column that does not fit the table', () => {
    const packed = packTable(toTable([meta(1), meta(2)]));
    expect(() => fromTable({ ...packed, holder: { values: ['大学'], rows: [0, 1] } })).toThrow(/record table/u);
    expect(() => fromTable({ ...packed, holder: { values: ['大学'], rows: [0] } })).toThrow(/record table/u);
    expect(() => fromTable({ ...packed, holder: { values: ['大学'], rows: [0, 0.5] } })).toThrow(/record table/u);
    expect(() => fromTable({ ...packed, holder: { rows: [0, 0] } })).toThrow(/record table/u);
  });
});

describe('shards', () => {
  it('gives about RECORDS_PER_SHARD records per shard', () => {
    expect(shardCount(0)).toBe(1);
    expect(shardCount(240)).toBe(240 / RECORDS_PER_SHARD);
    expect(shardCount(241)).toBe(Math.ceil(241 / RECORDS_PER_SHARD));
    expect(shardCount(50_000)).toBe(50_000 / RECORDS_PER_SHARD);
  });

  it('puts rows in shards of RECORDS_PER_SHARD consecutive rows', () => {
    expect(recordShard(0)).toBe(0);
    expect(recordShard(RECORDS_PER_SHARD - 1)).toBe(0);
    expect(recordShard(RECORDS_PER_SHARD)).toBe(1);
  });
});
