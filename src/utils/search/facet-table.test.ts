import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSortTable, encodeSortTable, fromBytePlanes, toBytePlanes } from './facet-table.ts';

describe('byte planes', () => {
  it('give back the same values, high bytes included', () => {
    expect(Array.from(toBytePlanes(Uint32Array.of(0x04030201, 0xffffffff)))).toEqual([1, 0xff, 2, 0xff, 3, 0xff, 4, 0xff]);
    fc.assert(
      fc.property(fc.uint32Array({ maxLength: 40 }), (values) => {
        expect(fromBytePlanes(toBytePlanes(values))).toEqual(values);
      }),
    );
  });

  it('make a table of ranks much smaller once gzipped', () => {
    const ranks = Uint32Array.from({ length: 50_000 }, (_, i) => i);
    const side = gzipSync(new Uint8Array(ranks.buffer)).length;
    expect(gzipSync(toBytePlanes(ranks)).length).toBeLessThan(side / 10);
  });
});

describe('sort table', () => {
  it('round-trips every sort', () => {
    const table = { newest: Uint32Array.of(0, 1, 2), license_no: Uint32Array.of(2, 0, 1), title: Uint32Array.of(1, 2, 0x01000000) };
    expect(decodeSortTable(encodeSortTable(table))).toEqual(table);
  });

  it('refuses a column of a type it does not know, such as the older u32 side by side', () => {
    const bytes = encodeSortTable({ newest: Uint32Array.of(0), license_no: Uint32Array.of(0), title: Uint32Array.of(0) });
    // The header is JSON in ASCII: rename the first column's type in place, padded with spaces to the same length.
    const from = new TextEncoder().encode('"u32-planes"');
    const at = bytes.findIndex((_, i) => from.every((byte, j) => bytes[i + j] === byte));
    bytes.set(new TextEncoder().encode('"u32"       '), at);
    expect(() => decodeSortTable(bytes)).toThrow(/unknown type u32/u);
  });
});
