/**
 * New open patents (新着): the records registered in the last NEW_DAYS days of the data, counted back from the newest
 * registration date in it (not from the build's date, so a data set that is not updated daily still has a list),
 * grouped by week; and the Atom feeds of the newest registrations, all fields and one per field.
 */
import { compareNewestFirst, type ListedPatent } from './listings.ts';

export const NEW_DAYS = 90;
/** Entries in a feed at most: readers keep what they have seen, so the newest are enough. */
export const FEED_LIMIT = 100;

const DAY_MS = 86_400_000;
const toDay = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;
const fromDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The newest registration date in the data; undefined without records. */
export function newestRegistration(patents: readonly Pick<ListedPatent, 'registered'>[]): string | undefined {
  let newest: string | undefined;
  for (const patent of patents) if (!newest || patent.registered > newest) newest = patent.registered;
  return newest;
}

/** The first day of the window: the newest date is day 1 of NEW_DAYS. */
export function windowStart(newest: string, days = NEW_DAYS): string {
  return fromDay(toDay(newest) - (days - 1));
}

/** Records registered in the window that ends on the newest date in the data, newest first. */
export function newPatents<P extends ListedPatent>(patents: readonly P[], days = NEW_DAYS): P[] {
  const newest = newestRegistration(patents);
  if (!newest) return [];
  const start = windowStart(newest, days);
  return patents.filter((patent) => patent.registered >= start).sort(compareNewestFirst);
}

/** The Monday (ISO week start) of a date's week. */
export function weekStart(isoDate: string): string {
  const day = toDay(isoDate);
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counting from Monday.
  const weekday = (((day + 3) % 7) + 7) % 7;
  return fromDay(day - weekday);
}

export interface WeekGroup<P> {
  /** Monday of the week, YYYY-MM-DD. */
  week: string;
  patents: P[];
}

/** Newest-first records grouped by the week of their registration, newest week first (order kept inside). */
export function groupByWeek<P extends ListedPatent>(newestFirst: readonly P[]): WeekGroup<P>[] {
  const groups: WeekGroup<P>[] = [];
  for (const patent of newestFirst) {
    const week = weekStart(patent.registered);
    const last = groups.at(-1);
    if (last?.week === week) last.patents.push(patent);
    else groups.push({ week, patents: [patent] });
  }
  return groups;
}

/** The feed's entries: the newest FEED_LIMIT registrations (of one field, or of all). */
export function feedPatents<P extends ListedPatent>(patents: readonly P[], field?: string, limit = FEED_LIMIT): P[] {
  return patents
    .filter((patent) => !field || patent.field === field)
    .sort(compareNewestFirst)
    .slice(0, limit);
}
