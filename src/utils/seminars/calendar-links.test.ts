import { describe, expect, it } from 'vitest';
import { seminarEvent, type CalendarSeminar } from './calendar.ts';
import { eventLinks, googleEventUrl, outlookEventUrl, subscribeLinks, webcalUrl } from './calendar-links.ts';

const FEED = 'https://portal.example.jp/seminars/region/kanto.ics';
const seminar: CalendarSeminar = {
  id: 'sample-fy2026-tokyo',
  title: '営業秘密セミナー（東京）& 相談会',
  date: '2026-12-08',
  start_time: '13:30',
  end_time: '15:00',
  prefecture: '東京都',
  venue: '東京会場',
  format: 'in_person',
  status: 'scheduled',
  sample: false,
};
const PAGE = 'https://portal.example.jp/seminars/sample-fy2026-tokyo/';

describe('subscribe links', () => {
  const links = Object.fromEntries(subscribeLinks(FEED, '関東のセミナー').map((link) => [link.service, new URL(link.href)]));

  it('webcal: is the feed URL with its scheme swapped', () => {
    expect(webcalUrl(FEED)).toBe('webcal://portal.example.jp/seminars/region/kanto.ics');
    expect(links.webcal!.protocol).toBe('webcal:');
    expect(links.webcal!.pathname).toBe('/seminars/region/kanto.ics');
    expect(() => webcalUrl('mailto:a@b')).toThrow(/http/u);
  });

  it('Google Calendar adds the webcal feed by URL', () => {
    expect(links.google!.origin + links.google!.pathname).toBe('https://calendar.google.com/calendar/r');
    expect(links.google!.searchParams.get('cid')).toBe(webcalUrl(FEED));
  });

  it('Outlook.com and Microsoft 365 add the https feed from the web, with its name', () => {
    for (const [service, origin] of [
      ['outlook', 'https://outlook.live.com'],
      ['office365', 'https://outlook.office.com'],
    ] as const) {
      const url = links[service]!;
      expect(url.origin).toBe(origin);
      expect(url.pathname).toBe('/calendar/0/addfromweb');
      expect(url.searchParams.get('url')).toBe(FEED);
      expect(url.searchParams.get('name')).toBe('関東のセミナー');
    }
  });
});

describe('add-one-event links', () => {
  const event = seminarEvent(seminar, 'ja', PAGE, '2026-11-24');

  it('Google Calendar gets the .ics event: title, Tokyo times, place and details', () => {
    const url = new URL(googleEventUrl(event));
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('text')).toBe('営業秘密セミナー（東京）& 相談会');
    expect(url.searchParams.get('dates')).toBe('20261208T133000/20261208T150000');
    expect(url.searchParams.get('ctz')).toBe('Asia/Tokyo');
    expect(url.searchParams.get('location')).toBe(event.location);
    expect(url.searchParams.get('details')).toContain(PAGE);
  });

  it('an all-day event spans the day (end exclusive), in both services', () => {
    const allDay = seminarEvent({ ...seminar, start_time: undefined, end_time: undefined }, 'en', PAGE, '2026-11-24');
    expect(new URL(googleEventUrl(allDay)).searchParams.get('dates')).toBe('20261208/20261209');
    expect(new URL(googleEventUrl(allDay)).searchParams.has('ctz')).toBe(false);
    const outlook = new URL(outlookEventUrl(allDay)).searchParams;
    expect([outlook.get('startdt'), outlook.get('enddt'), outlook.get('allday')]).toEqual(['2026-12-08', '2026-12-09', 'true']);
  });

  it('Outlook gets ISO date-times at +09:00', () => {
    const url = new URL(outlookEventUrl(event, 'office365'));
    expect(url.origin + url.pathname).toBe('https://outlook.office.com/calendar/0/deeplink/compose');
    expect(url.searchParams.get('rru')).toBe('addevent');
    expect(url.searchParams.get('subject')).toBe(event.summary);
    expect(url.searchParams.get('startdt')).toBe('2026-12-08T13:30:00+09:00');
    expect(url.searchParams.get('enddt')).toBe('2026-12-08T15:00:00+09:00');
    expect(url.searchParams.get('allday')).toBe('false');
    expect(eventLinks(event).map((link) => link.service)).toEqual(['google', 'outlook', 'office365']);
  });
});
