import { describe, expect, it } from 'vitest';
import { CRLF, escapeText, foldLine, nextDay, parseContentLines, serializeCalendar, unescapeText, utcStamp, type IcsEvent } from './ics.ts';

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
  it('round-trips through unescapeText', () => {
    const text = 'C:\\path; a, b\nnext \\n literal';
    expect(unescapeText(escapeText(text))).toBe(text);
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
  const lines = parseContentLines(text);
  const values = (name: string) => lines.filter((l) => l.name === name).map((l) => l.value);

  it('uses CRLF everywhere and no physical line exceeds 75 octets or splits a character', () => {
    for (const line of physicalLines(text)) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(decodesAlone(line)).toBe(true);
    }
  });

  it('has the calendar properties in a valid frame', () => {
    expect(lines[0]).toEqual({ name: 'BEGIN', params: {}, value: 'VCALENDAR' });
    expect(lines.at(-1)).toEqual({ name: 'END', params: {}, value: 'VCALENDAR' });
    expect(values('VERSION')).toEqual(['2.0']);
    expect(values('PRODID')).toEqual(['-//INPIT IP Support Portal//Seminars//JA']);
    expect(values('CALSCALE')).toEqual(['GREGORIAN']);
    expect(values('METHOD')).toEqual(['PUBLISH']);
    expect(values('X-WR-CALNAME')).toEqual(['INPIT セミナー（開催予定）']);
    expect(values('BEGIN').filter((v) => v === 'VEVENT')).toHaveLength(2);
    expect(values('END').filter((v) => v === 'VEVENT')).toHaveLength(2);
  });

  it('defines Asia/Tokyo in a VTIMEZONE (JST, +0900, no daylight saving time) before the events', () => {
    const begin = lines.findIndex((l) => l.name === 'BEGIN' && l.value === 'VTIMEZONE');
    const end = lines.findIndex((l) => l.name === 'END' && l.value === 'VTIMEZONE');
    expect(begin).toBeGreaterThan(0);
    expect(begin).toBeLessThan(lines.findIndex((l) => l.value === 'VEVENT'));
    const zone = lines.slice(begin, end + 1).map((l) => `${l.name}:${l.value}`);
    expect(zone).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Tokyo',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0900',
      'TZOFFSETTO:+0900',
      'TZNAME:JST',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
    expect(values('BEGIN')).not.toContain('DAYLIGHT');
  });

  it('writes timed events in Tokyo time and all-day events as dates ending the next day', () => {
    // The VTIMEZONE's own DTSTART has no parameters; the events' have TZID or VALUE.
    const starts = lines.filter((l) => l.name === 'DTSTART' && Object.keys(l.params).length > 0);
    expect(starts).toEqual([
      { name: 'DTSTART', params: { TZID: 'Asia/Tokyo' }, value: '20261208T133000' },
      { name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20150417' },
    ]);
    expect(lines.filter((l) => l.name === 'DTEND')).toEqual([
      { name: 'DTEND', params: { TZID: 'Asia/Tokyo' }, value: '20261208T150000' },
      { name: 'DTEND', params: { VALUE: 'DATE' }, value: '20150418' },
    ]);
    expect(values('DTSTAMP')).toEqual(['20261124T010203Z', '20261124T010203Z']);
  });

  it('escapes TEXT values and reads them back unchanged', () => {
    expect(values('SUMMARY').map(unescapeText)).toEqual([timed.summary, allDay.summary]);
    expect(text).toContain('SUMMARY:Tokyo\\; 1\\, 2');
    expect(unescapeText(values('DESCRIPTION')[0]!)).toBe(timed.description);
    expect(unescapeText(values('LOCATION')[0]!)).toBe(timed.location);
    expect(values('URL')).toEqual([timed.url]);
  });

  it('keeps UIDs as given and marks cancelled events', () => {
    expect(values('UID')).toEqual(['sample-fy2026-sapporo@seminars.inpit-portal', 'fy2015-tokyo-1@seminars.inpit-portal']);
    expect(values('STATUS')).toEqual(['CONFIRMED', 'CANCELLED']);
  });

  it('omits DTEND for a start time without an end, and METHOD for a single event file', () => {
    const single = parseContentLines(
      serializeCalendar({ prodId: 'x', stamp: new Date(0), events: [{ uid: 'a', date: '2026-12-08', startTime: '09:00', summary: 's' }] }),
    );
    expect(single.some((l) => l.name === 'DTEND')).toBe(false);
    expect(single.some((l) => l.name === 'METHOD')).toBe(false);
    expect(single.find((l) => l.name === 'DTSTART' && l.params.TZID === 'Asia/Tokyo')?.value).toBe('20261208T090000');
  });
});
