import { describe, expect, it } from 'vitest';
import { formatDate, formatDateJa, formatNumber } from './format.ts';

describe('formatDate', () => {
  it('writes the Japanese date with its weekday', () => {
    expect(formatDateJa('2015-04-17')).toBe('2015年4月17日（金）');
    expect(formatDate('2015-06-24', 'ja', false)).toBe('2015年6月24日');
  });
  it('writes the English date with its weekday', () => {
    expect(formatDate('2015-04-17', 'en')).toBe('Fri 17 Apr 2015');
    expect(formatDate('2015-04-17', 'en', false)).toBe('17 Apr 2015');
  });
});

describe('formatNumber', () => {
  it('groups thousands and keeps no-data distinct from zero', () => {
    expect(formatNumber(35493)).toBe('35,493');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(null)).toBe('データなし');
    expect(formatNumber(null, 'en')).toBe('no data');
    expect(formatNumber(2147, 'en')).toBe('2,147');
  });
});
