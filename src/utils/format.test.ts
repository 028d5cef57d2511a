import { describe, expect, it } from 'vitest';
import { formatDate, formatDateJa, formatNumber, hoursWithZone } from './format.ts';

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

  it('writes exactly the digits after the point it is asked for, in either language', () => {
    expect(formatNumber(12.345, 'ja', 1)).toBe('12.3');
    expect(formatNumber(12, 'en', 1)).toBe('12.0');
    expect(formatNumber(1234.56, 'en', 1)).toBe('1,234.6');
    // The same language without digits is unaffected by the cached one-digit formatter.
    expect(formatNumber(1234.56, 'en')).toBe('1,234.56');
  });
});

describe('hoursWithZone', () => {
  it('adds JST after the first time range in English, keeping the rest as written', () => {
    expect(hoursWithZone('Weekdays 9:00–17:45 (last reception 17:30)', 'en')).toBe('Weekdays 9:00–17:45 JST (last reception 17:30)');
    expect(hoursWithZone('Mon–Fri 10:00-16:00', 'en')).toBe('Mon–Fri 10:00-16:00 JST');
  });

  it('names Japan time where there is no time range, and leaves Japanese or zoned hours alone', () => {
    expect(hoursWithZone('Weekdays, office hours', 'en')).toBe('Weekdays, office hours (Japan time, JST)');
    expect(hoursWithZone('平日 午前9時～午後5時45分', 'ja')).toBe('平日 午前9時～午後5時45分');
    expect(hoursWithZone('Weekdays 9:00–17:00 JST', 'en')).toBe('Weekdays 9:00–17:00 JST');
    expect(hoursWithZone('9:00–17:00 Japan time', 'en')).toBe('9:00–17:00 Japan time');
  });
});
