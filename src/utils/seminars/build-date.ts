/** The build's "today" (Tokyo). Server side only: reads the environment. */
import { parseIsoDate } from '#src/data/utils/dates.ts';
import { tokyoDate } from './status.ts';

/**
 * BUILD_DATE=YYYY-MM-DD pins the date for reproducible builds and tests; otherwise the clock decides.
 * Anything else in BUILD_DATE is ignored rather than guessed at.
 */
export function buildToday(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const pinned = env.BUILD_DATE?.trim();
  if (pinned && parseIsoDate(pinned)) return pinned;
  return tokyoDate(now);
}

/**
 * The time the build's files say they were made (DTSTAMP of the calendars): midnight in Tokyo of the build's
 * "today", never the clock time, so two builds of the same data on the same BUILD_DATE are byte-identical.
 */
export function buildStamp(env: Record<string, string | undefined> = process.env, now: Date = new Date()): Date {
  return new Date(`${buildToday(env, now)}T00:00:00+09:00`);
}
