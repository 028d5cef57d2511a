/**
 * Whether a seminar is upcoming or past, and the status shown for it. Shared by the build (status at build time)
 * and the browser script (re-checked against the visitor's clock), so it must not touch Node or the DOM.
 */
export type SeminarState = 'scheduled' | 'full' | 'cancelled' | 'postponed';
export type Timing = 'upcoming' | 'past';
/** What a visitor sees: the data's status adjusted for time (a past session is never "open"). */
export type LiveStatus = 'open' | 'scheduled' | 'full' | 'cancelled' | 'postponed' | 'ended';

export interface StatusInput {
  date: string;
  status: SeminarState;
  /** True when the seminar has a registration link. */
  registration: boolean;
}

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** The calendar date in Tokyo. Japan has no daylight saving time, so a fixed +9 h needs no time zone data. */
export function tokyoDate(now: Date | number): string {
  return new Date(Number(now) + JST_OFFSET_MS).toISOString().slice(0, 10);
}

/** A seminar on `today` is still upcoming; only earlier dates are past, whatever the status column says. */
export function timingOf(date: string, today: string): Timing {
  return date < today ? 'past' : 'upcoming';
}

export function liveStatus(seminar: StatusInput, today: string): LiveStatus {
  // A cancelled or postponed session keeps that label even after its date: it did not take place.
  if (seminar.status === 'cancelled' || seminar.status === 'postponed') return seminar.status;
  if (timingOf(seminar.date, today) === 'past') return 'ended';
  if (seminar.status === 'full') return 'full';
  return seminar.registration ? 'open' : 'scheduled';
}

/** The registration link is offered only for an upcoming session that is not cancelled. */
export function canRegister(seminar: StatusInput, today: string): boolean {
  return seminar.registration && seminar.status !== 'cancelled' && timingOf(seminar.date, today) === 'upcoming';
}

export const LIVE_STATUS_LABELS: Record<LiveStatus, { ja: string; en: string }> = {
  open: { ja: '受付中', en: 'Open for registration' },
  scheduled: { ja: '開催予定', en: 'Scheduled' },
  full: { ja: '満席', en: 'Full' },
  cancelled: { ja: '中止', en: 'Cancelled' },
  postponed: { ja: '延期', en: 'Postponed' },
  ended: { ja: '終了', en: 'Ended' },
};

/** Upcoming soonest first, past most recent first; the input order breaks ties (it is already date + time + id). */
export function splitByTiming<T extends { date: string }>(seminars: readonly T[], today: string): { upcoming: T[]; past: T[] } {
  const upcoming = seminars.filter((s) => timingOf(s.date, today) === 'upcoming').sort((a, b) => a.date.localeCompare(b.date));
  const past = seminars.filter((s) => timingOf(s.date, today) === 'past').sort((a, b) => b.date.localeCompare(a.date));
  return { upcoming, past };
}

/** How many of `dates` are upcoming / past on `today` (for counts that the browser re-checks). */
export function countByTiming(dates: readonly string[], today: string): Record<Timing, number> {
  let past = 0;
  for (const date of dates) if (timingOf(date, today) === 'past') past += 1;
  return { upcoming: dates.length - past, past };
}
