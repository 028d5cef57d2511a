/** The one order seminars are listed in: by date, then start time (none first), then id. */
export interface SeminarOrderFields {
  id: string;
  date: string;
  start_time?: string | undefined;
}

export function compareSeminars(a: SeminarOrderFields, b: SeminarOrderFields): number {
  return a.date.localeCompare(b.date) || (a.start_time ?? '').localeCompare(b.start_time ?? '') || a.id.localeCompare(b.id);
}
