/** Display formatting for Japanese pages. */
import { parseIsoDate, weekdayOf } from '../data/utils/dates.ts';

/** 2015-04-17 → 2015年4月17日（金） */
export function formatDateJa(isoDate: string, withWeekday = true): string {
  const date = parseIsoDate(isoDate);
  if (!date) return isoDate;
  const text = `${date.year}年${date.month}月${date.day}日`;
  return withWeekday ? `${text}（${weekdayOf(isoDate)}）` : text;
}

const numberFormat = new Intl.NumberFormat('ja-JP');

/** 35493 → 35,493; null (no data) → — with a text alternative. */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? 'データなし' : numberFormat.format(value);
}
