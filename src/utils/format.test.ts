import { describe, expect, it } from 'vitest';
import { formatDateJa, formatNumber } from './format.ts';

describe('formatDateJa', () => {
  it('writes the Japanese date with its weekday', () => {
    expect(formatDateJa('2015-04-17')).toBe('2015年4月17日（金）');
    expect(formatDateJa('2015-06-24', false)).toBe('2015年6月24日');
  });
});

describe('formatNumber', () => {
  it('groups thousands and keeps no-data distinct from zero', () => {
    expect(formatNumber(35493)).toBe('35,493');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(null)).toBe('データなし');
  });
});
