import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventLocation, eventSummary, seminarCalendar, seminarEvent, seminarUid, upcomingFeed, type CalendarSeminar } from './calendar.ts';
import { SAPPORO_SEMINAR as base } from './fixtures.ts';
import { CRLF } from './ics.ts';

/** Our output read by ical.js, an independent reader. */
const readCalendar = (text: string) => new ICAL.Component(ICAL.parse(text));
/** Every event's value of a property (TEXT unescaped). */
const eventValues = (calendar: ICAL.Component, name: string) =>
  calendar.getAllSubcomponents('vevent').flatMap((event) => event.getAllProperties(name).map((p) => String(p.getFirstValue())));
/** The names of a component and everything inside it, depth first. */
const componentNames = (component: ICAL.Component): string[] => [
  component.name,
  ...component.getAllSubcomponents().flatMap(componentNames),
];

const past: CalendarSeminar = {
  id: 'fy2015-tokyo-1',
  title: '平成27年度 営業秘密・知財戦略セミナー（東京①）',
  date: '2015-04-17',
  prefecture: '東京都',
  venue: '東京会場',
  format: 'in_person',
  status: 'scheduled',
  sample: false,
};
const cancelled: CalendarSeminar = {
  ...base,
  id: 'sample-fy2026-kanazawa',
  title: '金沢, 中止の回',
  title_en: undefined,
  date: '2027-02-04',
  status: 'cancelled',
  registration_url: undefined,
  prefecture: '石川県',
  city: '金沢市',
};
const online: CalendarSeminar = {
  ...base,
  id: 'online-1',
  title: 'オンライン',
  sample: false,
  format: 'online',
  venue: undefined,
  city: undefined,
  prefecture: '東京都',
};
const options = {
  today: '2026-11-24',
  stamp: new Date('2026-11-24T00:00:00Z'),
  urlFor: (id: string) => `https://portal.example.jp/seminars/${id}/`,
};

describe('seminar events', () => {
  it('uses a stable UID per seminar, the same in both languages', () => {
    const ja = seminarEvent(base, 'ja', 'https://x/', '2026-11-24');
    const en = seminarEvent(base, 'en', 'https://x/en/', '2026-11-24');
    expect(ja.uid).toBe('sample-fy2026-sapporo@seminars.inpit-portal');
    expect(en.uid).toBe(ja.uid);
    expect(seminarUid('fy2015-tokyo-1')).toBe('fy2015-tokyo-1@seminars.inpit-portal');
  });

  it('writes cancellation and sample labels into the summary', () => {
    expect(eventSummary(base, 'ja')).toBe(base.title);
    expect(eventSummary(base, 'en')).toBe(base.title_en);
    expect(eventSummary(cancelled, 'ja')).toBe('【中止】【サンプル】金沢, 中止の回');
    expect(eventSummary(cancelled, 'en')).toBe('[Cancelled] [Sample] 金沢, 中止の回');
    expect(eventSummary(past, 'ja')).toBe(past.title);
  });

  it('describes the place, or says online', () => {
    expect(eventLocation(base, 'ja')).toBe('（サンプル）札幌市内会場　北海道札幌市');
    expect(eventLocation(base, 'en')).toBe('（サンプル）札幌市内会場, 札幌市, Hokkaido');
    expect(eventLocation(online, 'ja')).toBe('オンライン');
    const named = { ...base, city_en: 'Sapporo', venue_en: '(Sample) a venue in Sapporo' };
    expect(eventLocation(named, 'en')).toBe('(Sample) a venue in Sapporo, Sapporo, Hokkaido');
    expect(eventLocation(named, 'ja')).toBe('（サンプル）札幌市内会場　北海道札幌市');
    expect(eventLocation({ ...base, format: 'hybrid', address: '札幌市中央区1-1' }, 'en')).toBe(
      '（サンプル）札幌市内会場, 札幌市中央区1-1 / Online',
    );
  });

  it('lists registration only while it is possible, and always the page link', () => {
    const open = seminarEvent(base, 'ja', 'https://x/seminars/a/', '2026-11-24').description!;
    expect(open).toContain('申込：https://www.inpit.go.jp/');
    expect(open).toContain('詳細：https://x/seminars/a/');
    expect(open).toContain('参加費：無料');
    expect(open.startsWith('サンプルデータ')).toBe(true);
    const later = seminarEvent(base, 'en', 'https://x/en/seminars/a/', '2026-12-09').description!;
    expect(later).not.toContain('Registration');
    expect(later).toContain('Fee: Free');
    expect(seminarEvent(past, 'ja', 'https://x/', '2026-11-24').description).toContain('参加費：記載なし');
  });

  it('marks cancelled as CANCELLED, postponed as TENTATIVE, others CONFIRMED', () => {
    expect(seminarEvent(cancelled, 'ja', 'u', '2026-11-24').status).toBe('CANCELLED');
    expect(seminarEvent({ ...base, status: 'postponed' }, 'ja', 'u', '2026-11-24').status).toBe('TENTATIVE');
    expect(seminarEvent({ ...base, status: 'full' }, 'ja', 'u', '2026-11-24').status).toBe('CONFIRMED');
  });
});

describe('calendar files', () => {
  it('writes one seminar as a calendar with all-day dates when no time is known', () => {
    const text = seminarCalendar(past, { ...options, lang: 'ja' });
    const calendar = readCalendar(text);
    expect(componentNames(calendar)).toEqual(['vcalendar', 'vtimezone', 'standard', 'vevent']);
    const event = calendar.getFirstSubcomponent('vevent')!;
    expect(event.getFirstProperty('dtstart')?.toJSON()).toEqual(['dtstart', {}, 'date', '2015-04-17']);
    expect(event.getFirstProperty('dtend')?.toJSON()).toEqual(['dtend', {}, 'date', '2015-04-18']);
    expect(calendar.hasProperty('method')).toBe(false);
    expect(text.split(CRLF).every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });

  it('puts every upcoming seminar, cancelled included, in the feed and no past one', () => {
    const text = upcomingFeed([past, base, cancelled, online], 'INPIT セミナー（開催予定）', { ...options, lang: 'ja' });
    const calendar = readCalendar(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(eventValues(calendar, 'uid')).toEqual([
      'sample-fy2026-sapporo@seminars.inpit-portal',
      'sample-fy2026-kanazawa@seminars.inpit-portal',
      'online-1@seminars.inpit-portal',
    ]);
    expect(eventValues(calendar, 'status')).toEqual(['CONFIRMED', 'CANCELLED', 'CONFIRMED']);
    expect(eventValues(calendar, 'summary')[1]).toBe('【中止】【サンプル】金沢, 中止の回');
    expect(eventValues(calendar, 'url')[0]).toBe('https://portal.example.jp/seminars/sample-fy2026-sapporo/');
  });

  it('is a valid calendar even with no upcoming seminars (the VTIMEZONE is its component)', () => {
    const calendar = readCalendar(upcomingFeed([past], 'x', { ...options, lang: 'en' }));
    expect(componentNames(calendar)).toEqual(['vcalendar', 'vtimezone', 'standard']);
  });
});
