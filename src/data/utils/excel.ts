/**
 * The forms Excel writes when it saves a CSV file, read back into the contract's forms. This is the one place
 * that decides what is accepted as "the same value" (the schemas normalize through it, data:format rewrites with
 * it); anything that could mean two things is left for the validator to report with a suggestion.
 */
import { formatIsoDate, isCalendarDate, isIsoTime, parseIsoDate, suggestIsoDate, yearLastDates } from './dates.ts';

/** 2027/5/14 and 2027/05/14 (Excel's 日付 display) → 2027-05-14; undefined for anything else. */
export function excelDate(value: string): string | undefined {
  const match = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/u.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isCalendarDate(year, month, day) ? formatIsoDate(year, month, day) : undefined;
}

/** 9:30 (Excel's h:mm) and 9:30:00 (h:mm:ss with no seconds) → 09:30; undefined for anything else. */
export function excelTime(value: string): string | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::00)?$/u.exec(value);
  if (!match) return undefined;
  const time = `${match[1]!.padStart(2, '0')}:${match[2]}`;
  return isIsoTime(time) ? time : undefined;
}

const TRUE_WORDS = new Set(['true', 'yes', '1', 'はい', 'y']);
const FALSE_WORDS = new Set(['false', 'no', '0', 'いいえ', 'n']);

/** TRUE / True / true (Excel writes TRUE and FALSE), yes/no, 1/0, はい/いいえ → a boolean; undefined otherwise. */
export function excelFlag(value: string): boolean | undefined {
  const word = value.toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

// Excel counts days from 1900-01-00 and treats 1900 as a leap year, so from serial 61 on day 0 is 1899-12-30.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/**
 * The date an Excel serial number stands for (46521 → 2027-05-14): what a date cell becomes when the column is
 * formatted as 標準 or 数値. Only 5-digit serials (1927…2173) are read this way; others are not dates people mean.
 */
export function excelSerialDate(value: string): string | undefined {
  if (!/^\d{5}$/u.test(value)) return undefined;
  const date = new Date(EXCEL_EPOCH + Number(value) * DAY);
  return formatIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The time an Excel day fraction stands for (0.5625 → 13:30): a time cell formatted as 標準. */
export function excelSerialTime(value: string): string | undefined {
  if (!/^0?\.\d+$/u.test(value)) return undefined;
  const minutes = Math.round(Number(value) * 24 * 60);
  if (minutes >= 24 * 60) return undefined;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The date a cell most likely means, for checks between columns while the date itself is still wrong
 * (2015.6.24 → 2015-06-24): the cell itself when valid, else the one suggestion the messages would make.
 */
export function intendedDate(value: string): { date: string; assumed: boolean } | undefined {
  if (parseIsoDate(value)) return { date: value, assumed: false };
  const readings = yearLastDates(value);
  const guess = suggestIsoDate(value) ?? excelSerialDate(value) ?? (readings.length === 1 ? readings[0] : undefined);
  return guess ? { date: guess, assumed: true } : undefined;
}
