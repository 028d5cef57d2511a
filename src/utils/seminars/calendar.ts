/** Seminars as iCalendar events: one file per seminar, the upcoming feed and one feed per region. */
import { textIn, type Lang } from '#src/i18n/locales.ts';
import { FORMAT_LABELS } from '../labels.ts';
import { serializeCalendar, type IcsEvent } from './ics.ts';
import { canRegister, timingOf, type SeminarState } from './status.ts';
import { capacityText, feeText, placeText, type SeminarText } from './present.ts';

export interface CalendarSeminar extends SeminarText {
  status: SeminarState;
  description?: string | undefined;
  registration_url?: string | undefined;
}

/** Stable across builds and languages: the same session is the same event in every calendar. */
export const seminarUid = (id: string) => `${id}@seminars.inpit-portal`;

const PREFIX = {
  cancelled: { ja: '【中止】', en: '[Cancelled] ' },
  postponed: { ja: '【延期】', en: '[Postponed] ' },
  sample: { ja: '【サンプル】', en: '[Sample] ' },
} as const;

const LABELS = {
  format: { ja: '開催形式', en: 'Format' },
  capacity: { ja: '定員', en: 'Capacity' },
  fee: { ja: '参加費', en: 'Fee' },
  register: { ja: '申込', en: 'Registration' },
  details: { ja: '詳細', en: 'Details' },
  online: { ja: 'オンライン', en: 'Online' },
  sample: { ja: 'サンプルデータ（実在しないセミナーです）', en: 'Sample data (not a real seminar)' },
} as const;

/** Many calendar apps ignore STATUS, so cancellation and sample data are also written into the title. */
export function eventSummary(seminar: CalendarSeminar, lang: Lang): string {
  let summary = textIn(lang, seminar.title, seminar.title_en);
  if (seminar.sample && !/サンプル|sample/iu.test(summary)) summary = PREFIX.sample[lang] + summary;
  if (seminar.status === 'cancelled' || seminar.status === 'postponed') summary = PREFIX[seminar.status][lang] + summary;
  return summary;
}

export function eventLocation(seminar: CalendarSeminar, lang: Lang): string {
  if (seminar.format === 'online') return LABELS.online[lang];
  const place = seminar.address ?? placeText(seminar, lang);
  const where = [textIn(lang, seminar.venue, seminar.venue_en), place].filter(Boolean).join(lang === 'ja' ? '　' : ', ');
  return seminar.format === 'hybrid' ? `${where} / ${LABELS.online[lang]}` : where;
}

export function seminarEvent(seminar: CalendarSeminar, lang: Lang, pageUrl: string, today: string): IcsEvent {
  const sep = lang === 'ja' ? '：' : ': ';
  const registration = { date: seminar.date, status: seminar.status, registration: Boolean(seminar.registration_url) };
  const description = [
    ...(seminar.sample ? [LABELS.sample[lang]] : []),
    ...(seminar.description ? [seminar.description, ''] : []),
    `${LABELS.format[lang]}${sep}${FORMAT_LABELS[seminar.format][lang]}`,
    `${LABELS.capacity[lang]}${sep}${capacityText(seminar.capacity, lang)}`,
    `${LABELS.fee[lang]}${sep}${feeText(seminar.fee, lang)}`,
    ...(canRegister(registration, today) && seminar.registration_url ? [`${LABELS.register[lang]}${sep}${seminar.registration_url}`] : []),
    `${LABELS.details[lang]}${sep}${pageUrl}`,
  ].join('\n');
  return {
    uid: seminarUid(seminar.id),
    date: seminar.date,
    startTime: seminar.start_time,
    endTime: seminar.start_time ? seminar.end_time : undefined,
    summary: eventSummary(seminar, lang),
    location: eventLocation(seminar, lang),
    description,
    url: pageUrl,
    status: seminar.status === 'cancelled' ? 'CANCELLED' : seminar.status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED',
  };
}

export interface CalendarOptions {
  lang: Lang;
  today: string;
  stamp: Date;
  /** The absolute URL of a seminar's page. */
  urlFor: (id: string) => string;
}

/** The name a calendar app shows for a feed: every upcoming seminar, or those of one region (its label). */
export function feedName(lang: Lang, regionLabel?: string): string {
  if (regionLabel) return lang === 'ja' ? `INPIT セミナー（${regionLabel}・開催予定）` : `INPIT seminars in ${regionLabel} (upcoming)`;
  return lang === 'ja' ? 'INPIT セミナー（開催予定）' : 'INPIT seminars (upcoming)';
}

/** Subscribers refresh twice a day: the site is rebuilt nightly, and a cancellation should reach them the same day. */
export const FEED_REFRESH = 'PT12H';

const prodId = (lang: Lang) => `-//INPIT IP Support Portal//Seminars//${lang.toUpperCase()}`;

/** A single seminar, for "add to calendar". */
export function seminarCalendar(seminar: CalendarSeminar, options: CalendarOptions): string {
  return serializeCalendar({
    prodId: prodId(options.lang),
    stamp: options.stamp,
    events: [seminarEvent(seminar, options.lang, options.urlFor(seminar.id), options.today)],
  });
}

/**
 * A subscribable feed of the upcoming seminars among `seminars` (cancelled ones included, so a subscriber's
 * calendar learns of the cancellation).
 */
export function upcomingFeed(seminars: readonly CalendarSeminar[], name: string, options: CalendarOptions): string {
  const upcoming = seminars.filter((s) => timingOf(s.date, options.today) === 'upcoming');
  return serializeCalendar({
    prodId: prodId(options.lang),
    method: 'PUBLISH',
    name,
    refreshInterval: FEED_REFRESH,
    stamp: options.stamp,
    events: upcoming.map((s) => seminarEvent(s, options.lang, options.urlFor(s.id), options.today)),
  });
}
