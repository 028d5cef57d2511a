import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { CRLF, escapeText, foldLine, nextDay, serializeCalendar, utcStamp, type IcsEvent } from './ics.ts';

/** Our output read by ical.js, an independent reader (it throws on malformed content lines and unbalanced components). */
const readCalendar = (text: string) => new ICAL.Component(ICAL.parse(text));
/** A one-property calendar's value, as ical.js unescapes it. */
const readText = (escaped: string) =>
  readCalendar(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nX-TEST;VALUE=TEXT:${escaped}\r\nEND:VCALENDAR\r\n`).getFirstPropertyValue(
    'x-test',
  );

const octets = (text: string) => Buffer.byteLength(text, 'utf8');
/** Physical lines of an iCalendar text; fails on any bare CR or LF. */
function physicalLines(text: string): string[] {
  expect(text.endsWith(CRLF)).toBe(true);
  const lines = text.slice(0, -2).split(CRLF);
  for (const line of lines) expect(line).not.toMatch(/[\r\n]/u);
  return lines;
}
/** Each physical line must be valid UTF-8 on its own: no character split across a fold. */
const decodesAlone = (line: string) => new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(line, 'utf8')) === line;

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d')).toBe('a\\\\b\\;c\\,d');
    expect(escapeText('1行目\r\n2行目\n3行目\r4行目')).toBe('1行目\\n2行目\\n3行目\\n4行目');
    expect(escapeText('東京会場（会場名の記録なし）、講義: 営業秘密')).toBe('東京会場（会場名の記録なし）、講義: 営業秘密');
  });
  it('drops control characters that TEXT may not hold but keeps tabs', () => {
    expect(escapeText('a\u0000b\u0007c\td\u007f')).toBe('abc\td');
  });
  it('round-trips through ical.js', () => {
    const text = 'C:\\path; a, b\nnext \\n literal';
    expect(readText(escapeText(text))).toBe(text);
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds at 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}${CRLF} x`);
  });

  it('folds Japanese text at 75 octets of UTF-8 without splitting a character', () => {
    const line = `SUMMARY:${'営業秘密・知財戦略セミナー'.repeat(8)}`;
    const folded = foldLine(line);
    const lines = folded.split(CRLF);
    expect(lines.length).toBeGreaterThan(4);
    for (const [index, physical] of lines.entries()) {
      expect(octets(physical)).toBeLessThanOrEqual(75);
      expect(decodesAlone(physical)).toBe(true);
      if (index > 0) expect(physical.startsWith(' ')).toBe(true);
    }
    // "SUMMARY:" is 8 octets, then 22 three-octet characters fit (74); the 23rd would make 77.
    expect(octets(lines[0]!)).toBe(74);
    expect(folded.replace(/\r\n /gu, '')).toBe(line);
  });

  it('keeps four-octet characters (surrogate pairs) whole', () => {
    const line = `DESCRIPTION:${'a'}${'𠮷野家🍣'.repeat(20)}`;
    const lines = foldLine(line).split(CRLF);
    for (const physical of lines) {
      expect(octets(physical)).toBeLessThanOrEqual(75);
      expect(decodesAlone(physical)).toBe(true);
    }
    expect(foldLine(line).replace(/\r\n /gu, '')).toBe(line);
  });
});

describe('dates', () => {
  it('writes DTSTAMP in UTC and finds the next day across month and year ends', () => {
    expect(utcStamp(new Date('2026-11-24T10:12:18.345Z'))).toBe('20261124T101218Z');
    expect(nextDay('2015-04-17')).toBe('2015-04-18');
    expect(nextDay('2016-02-28')).toBe('2016-02-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});

describe('serializeCalendar', () => {
  const timed: IcsEvent = {
    uid: 'sample-fy2026-sapporo@seminars.inpit-portal',
    date: '2026-12-08',
    startTime: '13:30',
    endTime: '15:00',
    summary: '【サンプル】令和8年度 営業秘密・知財戦略セミナー（札幌）',
    location: '（サンプル）札幌市内会場, 北海道札幌市',
    description: '営業秘密として「法的保護」を受けるためには（90分）。\n申込: https://www.inpit.go.jp/',
    url: 'https://portal.example.jp/seminars/sample-fy2026-sapporo/',
    status: 'CONFIRMED',
  };
  const allDay: IcsEvent = { uid: 'fy2015-tokyo-1@seminars.inpit-portal', date: '2015-04-17', summary: 'Tokyo; 1, 2', status: 'CANCELLED' };
  const text = serializeCalendar({
    prodId: '-//INPIT IP Support Portal//Seminars//JA',
    method: 'PUBLISH',
    name: 'INPIT セミナー（開催予定）',
    refreshInterval: 'P1D',
    stamp: new Date('2026-11-24T01:02:03Z'),
    events: [timed, allDay],
  });
  const calendar = readCalendar(text);
  const events = calendar.getAllSubcomponents('vevent');
  /** Every value of a property in the events, as ical.js reads it (TEXT unescaped, dates as ISO strings). */
  const values = (name: string) => events.flatMap((event) => event.getAllProperties(name).map((p) => String(p.getFirstValue())));
  /** A property as [name, parameters, value type, value], ical.js's jCal form. */
  const jcal = (property: ICAL.Property | null) => property?.toJSON();

  it('uses CRLF everywhere and no physical line exceeds 75 octets or splits a character', () => {
    for (const line of physicalLines(text)) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(decodesAlone(line)).toBe(true);
    }
  });

  it('has the calendar properties in a valid frame', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(calendar.name).toBe('vcalendar');
    const property = (name: string) => calendar.getAllProperties(name).map((p) => p.getFirstValue());
    expect(property('version')).toEqual(['2.0']);
    expect(property('prodid')).toEqual(['-//INPIT IP Support Portal//Seminars//JA']);
    expect(property('calscale')).toEqual(['GREGORIAN']);
    expect(property('method')).toEqual(['PUBLISH']);
    expect(property('x-wr-calname')).toEqual(['INPIT セミナー（開催予定）']);
    expect(property('name')).toEqual(['INPIT セミナー（開催予定）']);
    expect(calendar.getAllSubcomponents().map((c) => c.name)).toEqual(['vtimezone', 'vevent', 'vevent']);
  });

  it('defines Asia/Tokyo in a VTIMEZONE (JST, +0900, no daylight saving time) before the events', () => {
    const zone = calendar.getFirstSubcomponent('vtimezone')!;
    expect(calendar.getAllSubcomponents()[0]).toBe(zone);
    expect(zone.toJSON()).toEqual([
      'vtimezone',
      [['tzid', {}, 'text', 'Asia/Tokyo']],
      [
        [
          'standard',
          [
            ['dtstart', {}, 'date-time', '1970-01-01T00:00:00'],
            ['tzoffsetfrom', {}, 'utc-offset', '+09:00'],
            ['tzoffsetto', {}, 'utc-offset', '+09:00'],
            ['tzname', {}, 'text', 'JST'],
          ],
          [],
        ],
      ],
    ]);
    // ical.js turns it into a time zone that is +09:00 in summer and winter alike.
    const tokyo = new ICAL.Timezone(zone);
    for (const month of [1, 7]) expect(tokyo.utcOffset(ICAL.Time.fromData({ year: 2026, month, day: 1 }))).toBe(9 * 3600);
  });

  it('writes timed events in Tokyo time and all-day events as dates ending the next day', () => {
    expect(events.map((event) => jcal(event.getFirstProperty('dtstart')))).toEqual([
      ['dtstart', { tzid: 'Asia/Tokyo' }, 'date-time', '2026-12-08T13:30:00'],
      ['dtstart', {}, 'date', '2015-04-17'],
    ]);
    expect(events.map((event) => jcal(event.getFirstProperty('dtend')))).toEqual([
      ['dtend', { tzid: 'Asia/Tokyo' }, 'date-time', '2026-12-08T15:00:00'],
      ['dtend', {}, 'date', '2015-04-18'],
    ]);
    expect(text).toContain('DTSTART;VALUE=DATE:20150417\r\n');
    expect(values('dtstamp')).toEqual(['2026-11-24T01:02:03Z', '2026-11-24T01:02:03Z']);
    // Read as an event: 13:30–15:00 in Tokyo is 04:30–06:00 UTC.
    const tokyo = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
    const timed = new ICAL.Event(events[0]);
    timed.startDate.zone = tokyo;
    timed.endDate.zone = tokyo;
    expect([timed.startDate.toJSDate().toISOString(), timed.endDate.toJSDate().toISOString()]).toEqual([
      '2026-12-08T04:30:00.000Z',
      '2026-12-08T06:00:00.000Z',
    ]);
  });

  it('escapes TEXT values and reads them back unchanged', () => {
    expect(values('summary')).toEqual([timed.summary, allDay.summary]);
    expect(text).toContain('SUMMARY:Tokyo\\; 1\\, 2');
    expect(values('description')).toEqual([timed.description]);
    expect(values('location')).toEqual([timed.location]);
    expect(values('url')).toEqual([timed.url]);
  });

  it('keeps UIDs as given and marks cancelled events', () => {
    expect(values('uid')).toEqual(['sample-fy2026-sapporo@seminars.inpit-portal', 'fy2015-tokyo-1@seminars.inpit-portal']);
    expect(values('status')).toEqual(['CONFIRMED', 'CANCELLED']);
  });

  it('omits DTEND for a start time without an end, and METHOD for a single event file', () => {
    const single = readCalendar(
      serializeCalendar({ prodId: 'x', stamp: new Date(0), events: [{ uid: 'a', date: '2026-12-08', startTime: '09:00', summary: 's' }] }),
    );
    const event = single.getFirstSubcomponent('vevent')!;
    expect(event.hasProperty('dtend')).toBe(false);
    expect(single.hasProperty('method')).toBe(false);
    expect(jcal(event.getFirstProperty('dtstart'))).toEqual(['dtstart', { tzid: 'Asia/Tokyo' }, 'date-time', '2026-12-08T09:00:00']);
  });
});
