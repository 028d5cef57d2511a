/**
 * A small iCalendar (RFC 5545) writer. The `ics` npm package was considered but writes only UTC or floating
 * times (no TZID parameter, no VTIMEZONE component), and Japanese seminars need local Tokyo times that every
 * client reads the same way. This module covers what the seminar calendars need: CRLF line ends, folding at
 * 75 octets of UTF-8 without splitting a character, TEXT escaping, TZID=Asia/Tokyo with its VTIMEZONE,
 * all-day events and stable UIDs.
 */

export const CRLF = '\r\n';
export const TZID = 'Asia/Tokyo';
const MAX_OCTETS = 75;

/** Japan Standard Time: +09:00 all year (no daylight saving time since 1951). */
export const VTIMEZONE_TOKYO = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0900',
  'TZOFFSETTO:+0900',
  'TZNAME:JST',
  'END:STANDARD',
  'END:VTIMEZONE',
] as const;

/** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped; other control characters dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/gu, '\n')
    .replace(/[\\;,]/gu, (ch) => `\\${ch}`)
    .replace(/\n/gu, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/gu, '');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * RFC 5545 3.1: lines longer than 75 octets are split with CRLF followed by one space (which counts toward the
 * next line's 75). Iterating by code point keeps every multi-byte UTF-8 sequence, and every surrogate pair, whole.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0)!);
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** 2026-11-24T10:12:18.345Z → 20261124T101218Z (DTSTAMP must be UTC). */
export function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/u, 'Z')
    .replace(/[-:]/gu, '');
}

const compactDate = (isoDate: string) => isoDate.replace(/-/gu, '');

/** The day after a YYYY-MM-DD date (DTEND of an all-day event is exclusive). */
export function nextDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

export interface IcsEvent {
  /** Globally unique and stable across builds, e.g. fy2015-tokyo-1@seminars.inpit-portal. */
  uid: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM in Tokyo time; without it the event is all-day. */
  startTime?: string | undefined;
  /** HH:MM; only with startTime. */
  endTime?: string | undefined;
  summary: string;
  location?: string | undefined;
  description?: string | undefined;
  url?: string | undefined;
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED' | undefined;
}

export interface IcsCalendar {
  /** e.g. -//INPIT IP Support Portal//Seminars//JA */
  prodId: string;
  /** PUBLISH for subscribable feeds; left out for a single downloadable event. */
  method?: 'PUBLISH' | undefined;
  /** Calendar name shown by clients (NAME, RFC 7986, and the widely read X-WR-CALNAME). */
  name?: string | undefined;
  /** How often subscribers should refresh, as an RFC 5545 duration (e.g. P1D). */
  refreshInterval?: string | undefined;
  events: readonly IcsEvent[];
  /** When the file was generated (DTSTAMP of every event). */
  stamp: Date;
}

const property = (name: string, value: string) => foldLine(`${name}:${value}`);

function eventLines(event: IcsEvent, stamp: string): string[] {
  const lines = [property('BEGIN', 'VEVENT'), property('UID', escapeText(event.uid)), property('DTSTAMP', stamp)];
  if (event.startTime) {
    const time = (hhmm: string) => `${compactDate(event.date)}T${hhmm.replace(':', '')}00`;
    lines.push(foldLine(`DTSTART;TZID=${TZID}:${time(event.startTime)}`));
    // Without an end time DTEND is left out: RFC 5545 then reads the event as ending when it starts.
    if (event.endTime) lines.push(foldLine(`DTEND;TZID=${TZID}:${time(event.endTime)}`));
  } else {
    lines.push(foldLine(`DTSTART;VALUE=DATE:${compactDate(event.date)}`), foldLine(`DTEND;VALUE=DATE:${compactDate(nextDay(event.date))}`));
  }
  lines.push(property('SUMMARY', escapeText(event.summary)));
  if (event.location) lines.push(property('LOCATION', escapeText(event.location)));
  if (event.description) lines.push(property('DESCRIPTION', escapeText(event.description)));
  // URL is of type URI, not TEXT: it is not escaped (our URLs never hold line breaks).
  if (event.url) lines.push(property('URL', event.url));
  if (event.status) lines.push(property('STATUS', event.status));
  lines.push(property('END', 'VEVENT'));
  return lines;
}

/** The whole VCALENDAR object, every line (including the last) ending in CRLF. */
export function serializeCalendar(calendar: IcsCalendar): string {
  const stamp = utcStamp(calendar.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    property('PRODID', calendar.prodId),
    'CALSCALE:GREGORIAN',
    ...(calendar.method ? [`METHOD:${calendar.method}`] : []),
    ...(calendar.name ? [property('NAME', escapeText(calendar.name)), property('X-WR-CALNAME', escapeText(calendar.name))] : []),
    `X-WR-TIMEZONE:${TZID}`,
    ...(calendar.refreshInterval
      ? [`REFRESH-INTERVAL;VALUE=DURATION:${calendar.refreshInterval}`, `X-PUBLISHED-TTL:${calendar.refreshInterval}`]
      : []),
    ...VTIMEZONE_TOKYO,
    ...calendar.events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.join(CRLF) + CRLF;
}
