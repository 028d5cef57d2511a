import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { PatentMeta } from './patent-contract.ts';
import { decodeRecordFile, fromTable, recordShard, shardCount, toTable, RECORDS_PER_SHARD } from './record-table.ts';

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
  it('round-trips records by id, empty fields as undefined', () => {
    const table = toTable([
      ['und_1a', meta(1, { title_en: 'Invention', sample: '1', patent_no: '特許第5946067号' })],
      ['und_2b', meta(2)],
    ]);
    expect(table.ids).toEqual(['und_1a', 'und_2b']);
    expect(table.title_en).toEqual(['Invention', '']);
    const records = fromTable(JSON.parse(JSON.stringify(table)));
    expect(records.get('und_1a')).toMatchObject({ title: '発明1', title_en: 'Invention', sample: '1', patent_no: '特許第5946067号' });
    expect(records.get('und_2b')?.title_en).toBeUndefined();
    expect(records.get('und_2b')?.sample).toBeUndefined();
  });

  it('rejects anything that is not a whole table', () => {
    const table = toTable([['und_1a', meta(1)]]);
    expect(() => fromTable(null)).toThrow(/record table/u);
    expect(() => fromTable({ ...table, title: [] })).toThrow(/record table/u);
    const { holder: _holder, ...withoutHolder } = table;
    expect(() => fromTable(withoutHolder)).toThrow(/record table/u);
  });

  it('reads gzipped files, and files a host has already unzipped', async () => {
    const table = toTable([['und_1a', meta(1)]]);
    const text = JSON.stringify(table);
    const gzipped = gzipSync(text);
    expect(await decodeRecordFile(gzipped.buffer.slice(gzipped.byteOffset, gzipped.byteOffset + gzipped.length))).toEqual(table);
    expect(await decodeRecordFile(new TextEncoder().encode(text).buffer)).toEqual(table);
  });
});

describe('shards', () => {
  it('gives about RECORDS_PER_SHARD records per shard', () => {
    expect(shardCount(0)).toBe(1);
    expect(shardCount(240)).toBe(48);
    expect(shardCount(50_000)).toBe(50_000 / RECORDS_PER_SHARD);
  });

  it('spreads hex ids evenly over the shards, and always lands in range', () => {
    const shards = 1000;
    const counts = new Array<number>(shards).fill(0);
    for (let i = 0; i < 50_000; i += 1) {
      const id = `und_${((i * 2_654_435_761) >>> 0).toString(16).padStart(8, '0').slice(0, 7)}`;
      counts[recordShard(id, shards)]! += 1;
    }
    expect(Math.max(...counts)).toBeLessThan(50 * 2);
    expect(Math.min(...counts)).toBeGreaterThan(50 / 2);
    for (const id of ['und_', 'x', 'und_zz', 'en_ffffffffff']) expect(recordShard(id, 7)).toBeGreaterThanOrEqual(0);
    expect(recordShard('und_ffffffffff', 7)).toBeLessThan(7);
  });
});
