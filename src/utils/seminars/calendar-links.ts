/**
 * One-click calendar links, built from the same data as the .ics files (seminarEvent in calendar.ts): subscribe
 * links for a feed (webcal:, Google Calendar "add by URL", Outlook.com and Microsoft 365 "add from web"), and
 * "add this event" links for one seminar (Google Calendar, Outlook.com, Microsoft 365).
 */
import type { IcsEvent } from './ics.ts';
import { nextDay, TZID } from './ics.ts';

export type CalendarService = 'webcal' | 'google' | 'outlook' | 'office365';

export interface CalendarLink {
  service: CalendarService;
  href: string;
}

/** Link text per service, shared by the subscribe links and the add-one-event links. */
export const SERVICE_LABELS: Record<CalendarService, { ja: string; en: string }> = {
  webcal: {
    ja: 'カレンダーアプリで購読（iPhone・Mac・Outlook デスクトップ）',
    en: 'Subscribe in your calendar app (iPhone, Mac, Outlook desktop)',
  },
  google: { ja: 'Google カレンダーに追加', en: 'Add to Google Calendar' },
  outlook: { ja: 'Outlook.com に追加', en: 'Add to Outlook.com' },
  office365: { ja: 'Outlook（Microsoft 365）に追加', en: 'Add to Outlook (Microsoft 365)' },
};

const OUTLOOK_HOSTS = { outlook: 'https://outlook.live.com', office365: 'https://outlook.office.com' } as const;

/** https://host/a.ics → webcal://host/a.ics (calendar apps subscribe to webcal: URLs instead of downloading once). */
export function webcalUrl(feedUrl: string): string {
  const url = new URL(feedUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`not an http(s) feed URL: ${feedUrl}`);
  return `webcal://${url.host}${url.pathname}${url.search}`;
}

const withQuery = (base: string, query: Record<string, string>) => `${base}?${new URLSearchParams(query).toString()}`;

/** Subscribe links for a feed published at the absolute `feedUrl`, named `name` in Outlook. */
export function subscribeLinks(feedUrl: string, name: string): CalendarLink[] {
  const webcal = webcalUrl(feedUrl);
  return [
    { service: 'webcal', href: webcal },
    { service: 'google', href: withQuery('https://calendar.google.com/calendar/r', { cid: webcal }) },
    ...(['outlook', 'office365'] as const).map((service) => ({
      service,
      href: withQuery(`${OUTLOOK_HOSTS[service]}/calendar/0/addfromweb`, { url: feedUrl, name }),
    })),
  ];
}

/** 2026-11-24 + 13:30 → 20261124T133000 (local time; Google reads it in ctz). */
const compact = (date: string, time?: string) => `${date.replace(/-/gu, '')}${time ? `T${time.replace(':', '')}00` : ''}`;

/** Google Calendar's event template: dates in Tokyo time (ctz), an all-day event as DATE/next DATE. */
export function googleEventUrl(event: IcsEvent): string {
  const dates = event.startTime
    ? `${compact(event.date, event.startTime)}/${compact(event.date, event.endTime ?? event.startTime)}`
    : `${compact(event.date)}/${compact(nextDay(event.date))}`;
  return withQuery('https://calendar.google.com/calendar/render', {
    action: 'TEMPLATE',
    text: event.summary,
    dates,
    ...(event.startTime ? { ctz: TZID } : {}),
    ...(event.description ? { details: event.description } : {}),
    ...(event.location ? { location: event.location } : {}),
  });
}

/** Outlook's compose deeplink: ISO date-times with the +09:00 offset, or all-day dates. */
export function outlookEventUrl(event: IcsEvent, service: 'outlook' | 'office365' = 'outlook'): string {
  const at = (time: string) => `${event.date}T${time}:00+09:00`;
  return withQuery(`${OUTLOOK_HOSTS[service]}/calendar/0/deeplink/compose`, {
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.summary,
    startdt: event.startTime ? at(event.startTime) : event.date,
    enddt: event.startTime ? at(event.endTime ?? event.startTime) : nextDay(event.date),
    allday: String(!event.startTime),
    ...(event.description ? { body: event.description } : {}),
    ...(event.location ? { location: event.location } : {}),
  });
}

export function eventLinks(event: IcsEvent): CalendarLink[] {
  return [
    { service: 'google', href: googleEventUrl(event) },
    { service: 'outlook', href: outlookEventUrl(event, 'outlook') },
    { service: 'office365', href: outlookEventUrl(event, 'office365') },
  ];
}
