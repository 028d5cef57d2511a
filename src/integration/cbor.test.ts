import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CborError, decodeCbor, encodeCbor, type CborItem } from './cbor.ts';

const itemArb: fc.Arbitrary<CborItem> = fc.letrec<{ item: CborItem }>((tie) => ({
  item: fc.oneof(
    { depthSize: 'small' },
    fc.integer({ min: -(2 ** 32), max: 2 ** 32 - 1 }),
    fc.string({ unit: 'grapheme' }),
    fc.uint8Array({ maxLength: 40 }),
    fc.array(tie('item'), { maxLength: 5 }),
  ),
})).item;

describe('CBOR', () => {
  it('gives back what it encoded', () => {
    fc.assert(
      fc.property(itemArb, (item) => {
        expect(decodeCbor(encodeCbor(item))).toEqual(item);
      }),
    );
  });

  it('writes each integer and length in its shortest form, as Pagefind does', () => {
    expect([...encodeCbor(23)]).toEqual([0x17]);
    expect([...encodeCbor(24)]).toEqual([0x18, 24]);
    expect([...encodeCbor(-25)]).toEqual([0x38, 24]);
    expect([...encodeCbor(256)]).toEqual([0x19, 1, 0]);
    expect([...encodeCbor(70000)]).toEqual([0x1a, 0, 1, 0x11, 0x70]);
    expect([...encodeCbor(['a', [1]])]).toEqual([0x82, 0x61, 0x61, 0x81, 1]);
  });

  it('refuses what Pagefind does not write, and bytes cut short or left over', () => {
    expect(() => decodeCbor(Uint8Array.of(0xa1, 1, 2))).toThrow(CborError); // a map
    expect(() => decodeCbor(Uint8Array.of(0xf5))).toThrow(/unexpected CBOR type 7/u); // true
    expect(() => decodeCbor(Uint8Array.of(0x82, 1))).toThrow(/cut short/u);
    expect(() => decodeCbor(Uint8Array.of(0x63, 0x61))).toThrow(/cut short/u);
    expect(() => decodeCbor(Uint8Array.of(1, 2))).toThrow(/1 bytes after/u);
  });
});
