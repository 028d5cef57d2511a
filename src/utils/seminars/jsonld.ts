/** schema.org Event JSON-LD for a seminar's detail page (types from schema-dts). */
import type { EventLeaf, Place, VirtualLocation, WithContext } from 'schema-dts';
import { inpitOrganization } from '#src/utils/jsonld/organization.ts';
import { textIn, type Lang } from '#src/i18n/locales.ts';
import type { SeminarState } from './status.ts';
import { prefectureIn, type SeminarText } from './present.ts';

export interface JsonLdSeminar extends SeminarText {
  status: SeminarState;
  description?: string | undefined;
  registration_url?: string | undefined;
}

const SCHEMA = 'https://schema.org/';

const EVENT_STATUS: Record<SeminarState, 'EventScheduled' | 'EventCancelled' | 'EventPostponed'> = {
  scheduled: 'EventScheduled',
  full: 'EventScheduled',
  cancelled: 'EventCancelled',
  postponed: 'EventPostponed',
};
const ATTENDANCE_MODE = {
  in_person: 'OfflineEventAttendanceMode',
  online: 'OnlineEventAttendanceMode',
  hybrid: 'MixedEventAttendanceMode',
} as const;

/** 2026-12-03 + 14:00 → 2026-12-03T14:00:00+09:00; a date alone stays a date. */
const dateTime = (date: string, time: string | undefined) => (time ? `${date}T${time}:00+09:00` : date);

export function seminarJsonLd(seminar: JsonLdSeminar, lang: Lang, pageUrl: string): WithContext<EventLeaf> {
  const place: Place = {
    '@type': 'Place',
    name: textIn(lang, seminar.venue, seminar.venue_en) ?? textIn(lang, seminar.city, seminar.city_en) ?? seminar.prefecture,
    address: {
      '@type': 'PostalAddress',
      addressCountry: 'JP',
      addressRegion: prefectureIn(seminar.prefecture, lang),
      ...(seminar.city ? { addressLocality: textIn(lang, seminar.city, seminar.city_en) } : {}),
      ...(seminar.address ? { streetAddress: seminar.address } : {}),
    },
  };
  // A mailto: registration link is no web address for the virtual location or the offer.
  const webRegistration = seminar.registration_url && /^https?:/u.test(seminar.registration_url) ? seminar.registration_url : undefined;
  const virtual: VirtualLocation = { '@type': 'VirtualLocation', url: webRegistration ?? pageUrl };
  const location = seminar.format === 'in_person' ? place : seminar.format === 'online' ? virtual : [place, virtual];
  const endDate = seminar.start_time ? (seminar.end_time ? dateTime(seminar.date, seminar.end_time) : undefined) : seminar.date;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: textIn(lang, seminar.title, seminar.title_en),
    ...(seminar.description ? { description: seminar.description } : {}),
    url: pageUrl,
    startDate: dateTime(seminar.date, seminar.start_time),
    ...(endDate ? { endDate } : {}),
    eventStatus: `${SCHEMA}${EVENT_STATUS[seminar.status]}`,
    eventAttendanceMode: `${SCHEMA}${ATTENDANCE_MODE[seminar.format]}`,
    location,
    organizer: inpitOrganization(lang),
    // The seminars are held in Japanese, whatever the page's language.
    inLanguage: 'ja',
    ...(seminar.capacity !== undefined ? { maximumAttendeeCapacity: seminar.capacity } : {}),
    ...(seminar.fee !== undefined
      ? {
          offers: {
            '@type': 'Offer',
            price: seminar.fee,
            priceCurrency: 'JPY',
            url: webRegistration ?? pageUrl,
            ...(seminar.status === 'full'
              ? { availability: `${SCHEMA}SoldOut` }
              : seminar.status === 'scheduled'
                ? { availability: `${SCHEMA}InStock` }
                : {}),
          },
        }
      : {}),
  };
}
