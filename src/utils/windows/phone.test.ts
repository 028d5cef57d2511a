import { describe, expect, it } from 'vitest';
import { extensionLabel, parsePhone, toHalfWidth } from './phone.ts';

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
