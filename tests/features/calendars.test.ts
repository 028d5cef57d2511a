/** Calendar feeds and their one-click links, in the built site: the links point at the feeds ical.js reads. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { REGIONS } from '#src/data/utils/prefectures.ts';
import { readPage, siteDir, tags } from './built-site.ts';

let dir: string;
beforeAll(async () => {
  dir = await siteDir();
});

const calendar = (path: string) => new ICAL.Component(ICAL.parse(readFileSync(join(dir, path), 'utf8')));

/** The subscribe links on a page, by feed path. */
function subscribeLinks(html: string): Map<string, Map<string, URL>> {
  const feeds = new Map<string, Map<string, URL>>();
  for (const [, feed, body] of html.matchAll(/<ul class="subscribe[^"]*"[^>]*data-feed="([^"]+)"[^>]*>([\s\S]*?)<\/ul>/gu)) {
    feeds.set(feed!, new Map(tags(body!, 'a').map((a) => [a['data-calendar-service']!, new URL(a.href!)])));
  }
  return feeds;
}

describe('calendar feeds', () => {
  it('ask subscribers to refresh every 12 hours (REFRESH-INTERVAL and X-PUBLISHED-TTL)', () => {
    for (const path of [
      'seminars/upcoming.ics',
      'en/seminars/upcoming.ics',
      'seminars/region/kanto.ics',
      'en/seminars/region/kyushu-okinawa.ics',
    ]) {
      const vcalendar = calendar(path);
      const refresh = vcalendar.getFirstProperty('refresh-interval');
      // VALUE=DURATION: ical.js reads the parameter into the property's type.
      expect(refresh?.type, path).toBe('duration');
      expect(String(refresh?.getFirstValue()), path).toBe('PT12H');
      expect(vcalendar.getFirstPropertyValue('x-published-ttl'), path).toBe('PT12H');
      expect(vcalendar.getFirstPropertyValue('method'), path).toBe('PUBLISH');
    }
  });

  it('each feed linked on the seminar pages has webcal, Google and Outlook subscribe links that point at it', () => {
    const listed = new Set<string>();
    for (const page of ['/seminars/', '/en/seminars/', '/seminars/regions/', '/en/seminars/regions/', '/seminars/region/kanto/']) {
      for (const [feed, links] of subscribeLinks(readPage(dir, page))) {
        listed.add(feed);
        expect(existsSync(join(dir, feed)), feed).toBe(true);
        const name = calendar(feed).getFirstPropertyValue('x-wr-calname');
        expect([...links.keys()], feed).toEqual(['webcal', 'google', 'outlook', 'office365']);
        const webcal = links.get('webcal')!;
        expect([webcal.protocol, webcal.pathname], feed).toEqual(['webcal:', feed]);
        expect(links.get('google')!.searchParams.get('cid'), feed).toBe(webcal.href);
        for (const service of ['outlook', 'office365']) {
          const url = links.get(service)!;
          expect(url.pathname, feed).toBe('/calendar/0/addfromweb');
          expect(new URL(url.searchParams.get('url')!).pathname, feed).toBe(feed);
          expect(url.searchParams.get('name'), feed).toBe(name);
        }
      }
    }
    expect(listed).toContain('/seminars/upcoming.ics');
    expect(listed).toContain('/en/seminars/region/kyushu-okinawa.ics');
    // The upcoming feed and every region's, in both languages.
    expect(listed.size).toBe(2 + 2 * REGIONS.length);
  });

  it('an upcoming seminar page offers Google and Outlook links with the event its .ics holds', () => {
    const upcoming = calendar('seminars/upcoming.ics').getAllSubcomponents('vevent');
    expect(upcoming.length).toBeGreaterThan(0);
    for (const component of upcoming.slice(0, 5)) {
      const event = new ICAL.Event(component);
      const page = new URL(component.getFirstPropertyValue('url') as string).pathname;
      const links = tags(readPage(dir, page), 'a').filter((a) => a['data-calendar-service']);
      const [google, outlook] = ['google', 'outlook'].map(
        (service) => new URL(links.find((a) => a['data-calendar-service'] === service)!.href!),
      );
      expect(google!.searchParams.get('text'), page).toBe(event.summary);
      expect(outlook!.searchParams.get('subject'), page).toBe(event.summary);
      const start = event.startDate;
      const compact = start.toString().replace(/[-:]/gu, '');
      expect(google!.searchParams.get('dates')!.split('/')[0], page).toBe(compact);
      expect(outlook!.searchParams.get('startdt')!.startsWith(start.toString()), page).toBe(true);
      expect(tags(readPage(dir, page), 'a', { type: 'text/calendar' }).map((a) => a.href)).toContain(`${page.replace(/\/$/u, '')}.ics`);
    }
  });

  it('a past seminar gets no add-event links (its .ics file stays published)', () => {
    const html = readPage(dir, '/seminars/fy2015-tokyo-1/');
    expect(tags(html, 'a').some((a) => a['data-calendar-service'])).toBe(false);
    expect(existsSync(join(dir, 'seminars/fy2015-tokyo-1.ics'))).toBe(true);
  });
});
