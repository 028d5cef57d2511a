import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '#src/utils/jsonld/serialize.ts';
import { SAPPORO_SEMINAR as sapporo } from './fixtures.ts';
import { seminarJsonLd } from './jsonld.ts';

const url = 'https://portal.example.jp/seminars/sample-fy2026-sapporo/';

describe('seminarJsonLd', () => {
  it('describes an in-person event with a Tokyo-offset start and end, a Place and the organizer', () => {
    const event = seminarJsonLd(sapporo, 'ja', url);
    expect(event).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: sapporo.title,
      url,
      startDate: '2026-12-08T13:30:00+09:00',
      endDate: '2026-12-08T15:00:00+09:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: '（サンプル）札幌市内会場',
        address: { '@type': 'PostalAddress', addressRegion: '北海道', addressLocality: '札幌市', addressCountry: 'JP' },
      },
      organizer: { '@type': 'GovernmentOrganization', '@id': 'https://www.inpit.go.jp/#organization', url: 'https://www.inpit.go.jp/' },
      maximumAttendeeCapacity: 60,
      offers: {
        '@type': 'Offer',
        price: 0,
        priceCurrency: 'JPY',
        url: 'https://www.inpit.go.jp/',
        availability: 'https://schema.org/InStock',
      },
    });
    expect(seminarJsonLd(sapporo, 'en', url)).toMatchObject({
      name: sapporo.title_en,
      location: { address: { addressRegion: 'Hokkaido' } },
    });
    expect(seminarJsonLd({ ...sapporo, city_en: 'Sapporo', venue_en: '(Sample) a venue in Sapporo' }, 'en', url)).toMatchObject({
      location: { name: '(Sample) a venue in Sapporo', address: { addressRegion: 'Hokkaido', addressLocality: 'Sapporo' } },
    });
  });

  it('uses date-only start and end when there is no time, and leaves offers out when the fee is not stated', () => {
    const event = seminarJsonLd({ ...sapporo, start_time: undefined, end_time: undefined, fee: undefined }, 'ja', url);
    expect(event.startDate).toBe('2026-12-08');
    expect(event.endDate).toBe('2026-12-08');
    expect(event).not.toHaveProperty('offers');
    expect(seminarJsonLd({ ...sapporo, end_time: undefined }, 'ja', url)).not.toHaveProperty('endDate');
  });

  it('maps cancelled, postponed and full', () => {
    expect(seminarJsonLd({ ...sapporo, status: 'cancelled' }, 'ja', url).eventStatus).toBe('https://schema.org/EventCancelled');
    expect(seminarJsonLd({ ...sapporo, status: 'postponed' }, 'ja', url).eventStatus).toBe('https://schema.org/EventPostponed');
    const full = seminarJsonLd({ ...sapporo, status: 'full' }, 'ja', url);
    expect(full.eventStatus).toBe('https://schema.org/EventScheduled');
    expect(full.offers).toMatchObject({ availability: 'https://schema.org/SoldOut' });
  });

  it('uses a VirtualLocation online and both locations for hybrid', () => {
    const online = seminarJsonLd({ ...sapporo, format: 'online', venue: undefined, registration_url: 'mailto:a@example.jp' }, 'ja', url);
    expect(online.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    // A mailto: link is no web address: the page itself stands in.
    expect(online.location).toEqual({ '@type': 'VirtualLocation', url });
    const hybrid = seminarJsonLd({ ...sapporo, format: 'hybrid' }, 'ja', url);
    expect(hybrid.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect((hybrid.location as unknown as { '@type': string }[]).map((l) => l['@type'])).toEqual(['Place', 'VirtualLocation']);
  });
});

describe('serializeJsonLd', () => {
  it('cannot be broken out of by </script> or <!-- in the data, and parses back to the same value', () => {
    const hostile = { ...sapporo, title: '</script><script>alert(1)</script>', description: '<!-- & \u2028 -->' };
    const json = serializeJsonLd(seminarJsonLd(hostile, 'ja', url));
    expect(json).not.toMatch(/[<>]/u);
    expect(json).not.toContain('</script');
    expect(json).not.toContain('\u2028');
    expect(JSON.parse(json)).toEqual(seminarJsonLd(hostile, 'ja', url));
  });
});
