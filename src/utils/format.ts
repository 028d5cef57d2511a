/** Display formatting for both languages. */
import type { Lang } from '../i18n/locales.ts';
import { parseIsoDate, weekdayOf } from '../data/utils/dates.ts';

const EN_WEEKDAYS: Record<string, string> = { 日: 'Sun', 月: 'Mon', 火: 'Tue', 水: 'Wed', 木: 'Thu', 金: 'Fri', 土: 'Sat' };
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2015-04-17 → 2015年4月17日（金） / Fri 17 Apr 2015 */
export function formatDate(isoDate: string, lang: Lang, withWeekday = true): string {
  const date = parseIsoDate(isoDate);
  if (!date) return isoDate;
  const weekday = weekdayOf(isoDate)!;
  if (lang === 'en') return `${withWeekday ? `${EN_WEEKDAYS[weekday]} ` : ''}${date.day} ${EN_MONTHS[date.month - 1]} ${date.year}`;
  const text = `${date.year}年${date.month}月${date.day}日`;
  return withWeekday ? `${text}（${weekday}）` : text;
}

/** Shorthand for Japanese-only pages. */
export const formatDateJa = (isoDate: string, withWeekday = true) => formatDate(isoDate, 'ja', withWeekday);

const NUMBER_LOCALES: Record<Lang, string> = { ja: 'ja-JP', en: 'en-GB' };
/** One formatter per language and precision: creating an Intl.NumberFormat costs far more than using one. */
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * 35493 → 35,493; null (an empty cell) → "no data", never 0. With `fractionDigits`, exactly that many digits after
 * the point (12.34 → 12.3 with 1).
 */
export function formatNumber(value: number | null | undefined, lang: Lang = 'ja', fractionDigits?: number): string {
  if (value === null || value === undefined) return lang === 'ja' ? 'データなし' : 'no data';
  const key = `${lang}:${fractionDigits ?? ''}`;
  let format = numberFormats.get(key);
  if (!format) {
    const digits = fractionDigits === undefined ? {} : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
    format = new Intl.NumberFormat(NUMBER_LOCALES[lang], digits);
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/**
 * Opening hours for readers abroad: English hours get the time zone (Weekdays 9:00–17:45 JST); Japanese hours,
 * and hours that already name a zone, stay as written.
 */
export function hoursWithZone(hours: string, lang: Lang): string {
  if (lang === 'ja' || /\b(?:JST|UTC|GMT)\b|Japan (?:Standard )?time/iu.test(hours)) return hours;
  // After the first time range, so "(last reception 17:30)" stays a note about it.
  const range = /\d{1,2}:\d{2}\s*[–〜~-]\s*\d{1,2}:\d{2}/u.exec(hours);
  if (!range) return `${hours} (Japan time, JST)`;
  const end = range.index + range[0].length;
  return `${hours.slice(0, end)} JST${hours.slice(end)}`;
}
