import { describe, expect, it } from 'vitest';
import { extensionLabel, fromAbroad, fromAbroadNote, parsePhone, toHalfWidth } from './phone.ts';

describe('parsePhone', () => {
  it('splits the extension off and dials the number digits', () => {
    expect(parsePhone('03-3581-1101（内線3844）')).toEqual({
      display: '03-3581-1101',
      digits: '0335811101',
      href: 'tel:0335811101',
      extension: '3844',
    });
  });

  it('accepts full-width digits, hyphens and brackets from Excel', () => {
    expect(parsePhone('０３－３５８１－１１０１（内線３８４４）')).toEqual({
      display: '03-3581-1101',
      digits: '0335811101',
      href: 'tel:0335811101',
      extension: '3844',
    });
  });

  it('reads a number without an extension, including navi-dial numbers', () => {
    expect(parsePhone('0570-082100')).toEqual({ display: '0570-082100', digits: '0570082100', href: 'tel:0570082100' });
  });

  it('reads area codes in brackets and a half-width extension', () => {
    expect(parsePhone('03 (3581) 1101 内線 3844')).toEqual({
      display: '03 (3581) 1101',
      digits: '0335811101',
      href: 'tel:0335811101',
      extension: '3844',
    });
  });

  it('gives nothing to dial when there are no digits', () => {
    expect(parsePhone('（内線）')).toBeUndefined();
    expect(parsePhone('')).toBeUndefined();
  });
});

describe('extensionLabel', () => {
  it('writes the extension in each language', () => {
    expect(extensionLabel('3844', 'ja')).toBe('内線3844');
    expect(extensionLabel('3844', 'en')).toBe('ext. 3844');
  });
});

describe('toHalfWidth', () => {
  it('converts only the characters the schema allows in full width', () => {
    expect(toHalfWidth('０１２３４５６７８９－（）　内線')).toBe('0123456789-() 内線');
  });
});

describe('fromAbroad', () => {
  const abroad = (raw: string) => fromAbroad(parsePhone(raw)!);
  it('gives the +81 form: trunk 0 dropped, grouping kept, extension left out of the dialled digits', () => {
    expect(abroad('03-3581-1101（内線3844）')).toEqual({ kind: 'international', display: '+81 3-3581-1101', href: 'tel:+81335811101' });
    expect(abroad('011-123-4567')).toEqual({ kind: 'international', display: '+81 11-123-4567', href: 'tel:+81111234567' });
    expect(abroad('090-1234-5678')).toEqual({ kind: 'international', display: '+81 90-1234-5678', href: 'tel:+819012345678' });
    expect(abroad('(03) 3581-1101')).toEqual({ kind: 'international', display: '+81 3-3581-1101', href: 'tel:+81335811101' });
  });

  it('says Navi Dial and toll-free numbers cannot be called from abroad, rather than inventing a +81 form', () => {
    expect(abroad('0570-082100')).toEqual({ kind: 'domestic-only', service: 'navi-dial' });
    expect(abroad('0120-123-456')).toEqual({ kind: 'domestic-only', service: 'toll-free' });
    expect(abroad('0800-123-4567')).toEqual({ kind: 'domestic-only', service: 'toll-free' });
    expect(fromAbroadNote(abroad('0570-082100')!)).toBe('Navi Dial: cannot be called from outside Japan');
    expect(fromAbroadNote(abroad('0120-123-456')!)).toBe('toll-free: cannot be called from outside Japan');
    expect(fromAbroadNote(abroad('03-3581-1101')!)).toBe('from outside Japan:');
  });

  it('leaves numbers that are not Japanese domestic numbers alone', () => {
    expect(abroad('+81 3-3581-1101')).toBeUndefined();
    expect(abroad('110')).toBeUndefined();
    expect(abroad('1234567890')).toBeUndefined();
  });
});
