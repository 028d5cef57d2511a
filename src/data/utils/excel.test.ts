import { describe, expect, it } from 'vitest';
import { excelDate, excelFlag, excelSerialDate, excelSerialTime, excelTime } from './excel.ts';

describe('excelDate', () => {
  it('reads 2027/5/14 and 2027/05/14 as 2027-05-14', () => {
    expect(excelDate('2027/5/14')).toBe('2027-05-14');
    expect(excelDate('2027/05/14')).toBe('2027-05-14');
    expect(excelDate('2028/2/29')).toBe('2028-02-29');
  });

  it('leaves impossible dates and other forms alone', () => {
    expect(excelDate('2027/2/30')).toBeUndefined();
    expect(excelDate('2027/13/1')).toBeUndefined();
    expect(excelDate('5/14/2027')).toBeUndefined();
    expect(excelDate('27/5/14')).toBeUndefined();
    expect(excelDate('2027-05-14')).toBeUndefined();
  });
});

describe('excelTime', () => {
  it('reads 9:30, 09:30 and 9:30:00 as 09:30', () => {
    expect(excelTime('9:30')).toBe('09:30');
    expect(excelTime('09:30')).toBe('09:30');
    expect(excelTime('9:30:00')).toBe('09:30');
    expect(excelTime('0:05')).toBe('00:05');
  });

  it('leaves out-of-range times, seconds and other forms alone', () => {
    expect(excelTime('24:00')).toBeUndefined();
    expect(excelTime('9:60')).toBeUndefined();
    expect(excelTime('9:30:15')).toBeUndefined();
    expect(excelTime('9:5')).toBeUndefined();
    expect(excelTime('930')).toBeUndefined();
  });
});

describe('excelFlag', () => {
  it('reads TRUE and FALSE in any case', () => {
    for (const word of ['TRUE', 'true', 'True', 'tRUE']) expect(excelFlag(word)).toBe(true);
    for (const word of ['FALSE', 'false', 'False']) expect(excelFlag(word)).toBe(false);
    expect(excelFlag('maybe')).toBeUndefined();
  });
});

describe('Excel serial numbers', () => {
  it('names the date a serial stands for (the 1900 leap-year slip included)', () => {
    expect(excelSerialDate('46521')).toBe('2027-05-14');
    expect(excelSerialDate('42111')).toBe('2015-04-17');
    expect(excelSerialDate('45658')).toBe('2025-01-01');
    expect(excelSerialDate('712')).toBeUndefined();
    expect(excelSerialDate('2015')).toBeUndefined();
  });

  it('names the time a day fraction stands for', () => {
    expect(excelSerialTime('0.5625')).toBe('13:30');
    expect(excelSerialTime('.375')).toBe('09:00');
    expect(excelSerialTime('0.999')).toBe('23:59');
    expect(excelSerialTime('1.5')).toBeUndefined();
  });
});
