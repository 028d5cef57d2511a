import { describe, expect, it } from 'vitest';
import { fiscalYearLabel, fiscalYearOf, parseIsoDate, suggestIsoDate, suggestIsoTime, warekiYear, weekdayOf, isIsoTime, yearLastDates, isCalendarDate } from './dates.ts';

describe('calendar dates', () => {
  it('accepts real dates and rejects impossible ones', () => {
    expect(parseIsoDate('2016-02-29')).toEqual({ year: 2016, month: 2, day: 29 });
    expect(parseIsoDate('2015-02-29')).toBeUndefined();
    expect(parseIsoDate('2015-04-31')).toBeUndefined();
    expect(parseIsoDate('2015-13-01')).toBeUndefined();
    expect(parseIsoDate('2015-4-17')).toBeUndefined();
  });

  it('knows the weekday of the seed schedule dates', () => {
    expect(weekdayOf('2015-04-17')).toBe('金');
    expect(weekdayOf('2015-06-24')).toBe('水');
    expect(weekdayOf('2015-06-25')).toBe('木');
  });

  it('suggests ISO dates for the forms people type', () => {
    expect(suggestIsoDate('2015/4/17')).toBe('2015-04-17');
    expect(suggestIsoDate('2015.4.17')).toBe('2015-04-17');
    expect(suggestIsoDate('2015年4月17日')).toBe('2015-04-17');
    expect(suggestIsoDate('平成27年4月17日')).toBe('2015-04-17');
    expect(suggestIsoDate('H27.4.17')).toBe('2015-04-17');
    expect(suggestIsoDate('令和元年5月1日')).toBe('2019-05-01');
    expect(suggestIsoDate('20150417')).toBe('2015-04-17');
    expect(suggestIsoDate('2015/2/30')).toBeUndefined();
    expect(suggestIsoDate('next friday')).toBeUndefined();
  });

  it('checks and suggests times', () => {
    expect(isIsoTime('09:00')).toBe(true);
    expect(isIsoTime('24:00')).toBe(false);
    expect(isIsoTime('9:00')).toBe(false);
    expect(suggestIsoTime('9:00')).toBe('09:00');
    expect(suggestIsoTime('13時30分')).toBe('13:30');
    expect(suggestIsoTime('1330')).toBe('13:30');
    expect(suggestIsoTime('25:00')).toBeUndefined();
  });
});

describe('fiscal years', () => {
  it('starts the Japanese fiscal year in April', () => {
    expect(fiscalYearOf('2015-04-01')).toBe(2015);
    expect(fiscalYearOf('2016-03-31')).toBe(2015);
  });

  it('names fiscal years in 西暦 and 和暦', () => {
    expect(warekiYear(2011)).toBe('平成23');
    expect(warekiYear(2019)).toBe('令和元');
    expect(warekiYear(2026)).toBe('令和8');
    expect(fiscalYearLabel(2015)).toBe('2015年度（平成27年度）');
  });
});

describe('yearLastDates', () => {
  it('gives both readings of an ambiguous day and month, and one when only one is a date', () => {
    expect(yearLastDates('5/6/2027')).toEqual(['2027-05-06', '2027-06-05']);
    expect(yearLastDates('5/14/2027')).toEqual(['2027-05-14']);
    expect(yearLastDates('14/5/2027')).toEqual(['2027-05-14']);
    expect(yearLastDates('5/5/2027')).toEqual(['2027-05-05']);
    expect(yearLastDates('2027/5/14')).toEqual([]);
  });
});

describe('isCalendarDate', () => {
  it('agrees with the calendar for every day of every month, leap years included', () => {
    for (const year of [1900, 2000, 2015, 2016, 2027]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const date = new Date(Date.UTC(year, month - 1, day));
          const real = month >= 1 && month <= 12 && day >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
          expect(isCalendarDate(year, month, day), `${year}-${month}-${day}`).toBe(real);
        }
      }
    }
  });
});
