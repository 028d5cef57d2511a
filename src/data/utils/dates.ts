/** Calendar helpers on plain YYYY-MM-DD strings (no time zones involved). */

export const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'] as const;
export type WeekdayJa = (typeof WEEKDAYS_JA)[number];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIME = /^(\d{2}):(\d{2})$/;

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Every month has 28 days: most dates need no Date object (50,000 rows check three dates each).
  if (day <= 28) return true;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Splits a strict YYYY-MM-DD string; undefined when the form or the calendar date is wrong. */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isCalendarDate(year, month, day) ? { year, month, day } : undefined;
}

export function isIsoDateForm(value: string): boolean {
  return ISO_DATE.test(value);
}

export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function weekdayOf(isoDate: string): WeekdayJa | undefined {
  const date = parseIsoDate(isoDate);
  if (!date) return undefined;
  return WEEKDAYS_JA[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()];
}

const ERAS = [
  { names: ['令和', 'R'], start: 2019 },
  { names: ['平成', 'H'], start: 1989 },
  { names: ['昭和', 'S'], start: 1926 },
] as const;

/**
 * Guesses the YYYY-MM-DD a person meant: 2015/4/17, 2015.4.17, 2015年4月17日, 平成27年4月17日, H27.4.17.
 * Returns undefined when no real calendar date can be read.
 */
export function suggestIsoDate(value: string): string | undefined {
  const western = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/u.exec(value);
  if (western) return toIso(Number(western[1]), Number(western[2]), Number(western[3]));
  const japanese = /^(令和|平成|昭和|[RHS])\s*(\d{1,2}|元)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/iu.exec(value);
  if (japanese) {
    const era = ERAS.find((e) => (e.names as readonly string[]).includes(japanese[1]!.toUpperCase()));
    const eraYear = japanese[2] === '元' ? 1 : Number(japanese[2]);
    if (era) return toIso(era.start + eraYear - 1, Number(japanese[3]), Number(japanese[4]));
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (compact) return toIso(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return undefined;
}

/**
 * 5/14/2027 and 14/5/2027 (a year written last, as US and UK settings of Excel do): every reading that is a real
 * date, month-first before day-first. Two readings mean the value is ambiguous; the validator names both.
 */
export function yearLastDates(value: string): string[] {
  const match = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/u.exec(value);
  if (!match) return [];
  const [first, second, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const readings = [toIso(year, first, second), toIso(year, second, first)].filter((date): date is string => date !== undefined);
  return [...new Set(readings)];
}

function toIso(year: number, month: number, day: number): string | undefined {
  return isCalendarDate(year, month, day) ? formatIsoDate(year, month, day) : undefined;
}

export function isIsoTime(value: string): boolean {
  const match = ISO_TIME.exec(value);
  return match !== null && Number(match[1]) <= 23 && Number(match[2]) <= 59;
}

/** 9:00 → 09:00, 13時30分 → 13:30, 1330 → 13:30. */
export function suggestIsoTime(value: string): string | undefined {
  const match = /^(\d{1,2})\s*[:時.]\s*(\d{1,2})?\s*分?$/u.exec(value) ?? /^(\d{2})(\d{2})$/.exec(value);
  if (!match) return undefined;
  const candidate = `${match[1]!.padStart(2, '0')}:${(match[2] ?? '00').padStart(2, '0')}`;
  return isIsoTime(candidate) ? candidate : undefined;
}

/** Japanese fiscal years start in April: 2016-03-31 is FY2015. */
export function fiscalYearOf(isoDate: string): number | undefined {
  const date = parseIsoDate(isoDate);
  if (!date) return undefined;
  return date.month >= 4 ? date.year : date.year - 1;
}

/** 2015 → 平成27, 2019 → 令和元 (for fiscal years the era of April 1 is used, as government documents do). */
export function warekiYear(year: number): string {
  const era = ERAS.find((e) => year >= e.start) ?? ERAS[ERAS.length - 1]!;
  const eraYear = year - era.start + 1;
  return `${era.names[0]}${eraYear === 1 ? '元' : eraYear}`;
}

/** 2015 → 2015年度（平成27年度） */
export function fiscalYearLabel(year: number): string {
  return `${year}年度（${warekiYear(year)}年度）`;
}
