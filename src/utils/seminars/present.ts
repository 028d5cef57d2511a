/** Display text and links for one seminar, shared by the pages, the calendars and the JSON-LD. */
import { addressMapUrl } from '#src/utils/links/map.ts';
import { fiscalYearLabel } from '#src/data/utils/dates.ts';
import { findPrefecture } from '#src/data/utils/prefectures.ts';
import { localizedPath, textIn, type Lang } from '#src/i18n/locales.ts';
import { formatNumber } from '#src/utils/format.ts';

export interface SeminarText {
  id: string;
  title: string;
  title_en?: string | undefined;
  date: string;
  start_time?: string | undefined;
  end_time?: string | undefined;
  prefecture: string;
  city?: string | undefined;
  city_en?: string | undefined;
  venue?: string | undefined;
  venue_en?: string | undefined;
  address?: string | undefined;
  format: 'in_person' | 'online' | 'hybrid';
  capacity?: number | undefined;
  fee?: number | undefined;
  sample: boolean;
}

const NOT_STATED = { ja: '記載なし', en: 'Not stated' } as const;

/** 13:30–15:00, 13:30– (no end), or "not stated". */
export function timeText(seminar: Pick<SeminarText, 'start_time' | 'end_time'>, lang: Lang): string {
  if (!seminar.start_time) return NOT_STATED[lang];
  return `${seminar.start_time}–${seminar.end_time ?? ''}`;
}

/** 0 is free; an empty cell is "not stated", never free. */
export function feeText(fee: number | undefined, lang: Lang): string {
  if (fee === undefined) return NOT_STATED[lang];
  if (fee === 0) return lang === 'ja' ? '無料' : 'Free';
  return lang === 'ja' ? `${formatNumber(fee, lang)}円` : `¥${formatNumber(fee, lang)}`;
}

export function capacityText(capacity: number | undefined, lang: Lang): string {
  if (capacity === undefined) return NOT_STATED[lang];
  return lang === 'ja' ? `${formatNumber(capacity, lang)}名` : `${formatNumber(capacity, lang)} people`;
}

export function fiscalYearText(year: number, lang: Lang): string {
  return lang === 'ja' ? fiscalYearLabel(year) : `FY${year}`;
}

/** The prefecture in the page's language: 東京都 / Tokyo. */
export function prefectureIn(prefecture: string, lang: Lang): string {
  return lang === 'ja' ? prefecture : (findPrefecture(prefecture)?.en ?? prefecture);
}

/** 東京都千代田区 / Chiyoda, Tokyo (the city as typed in Japanese where the data has no English name). */
export function placeText(seminar: Pick<SeminarText, 'prefecture' | 'city' | 'city_en'>, lang: Lang): string {
  if (lang === 'ja') return `${seminar.prefecture}${seminar.city ?? ''}`;
  const prefecture = prefectureIn(seminar.prefecture, lang);
  const city = textIn(lang, seminar.city, seminar.city_en);
  return city ? `${city}, ${prefecture}` : prefecture;
}

/**
 * A map search for the venue's address. None for online sessions, and none without an address: a search for a
 * venue name alone (or for 「○○会場」) finds the wrong place or nothing.
 */
export function mapUrl(seminar: Pick<SeminarText, 'format' | 'address'>): string | undefined {
  return seminar.format === 'online' ? undefined : addressMapUrl(seminar.address);
}

export const seminarPath = (id: string, lang: Lang) => localizedPath(`/seminars/${id}/`, lang);
export const seminarIcsPath = (id: string, lang: Lang) => localizedPath(`/seminars/${id}.ics`, lang);
export const upcomingIcsPath = (lang: Lang) => localizedPath('/seminars/upcoming.ics', lang);
export const regionIcsPath = (region: string, lang: Lang) => localizedPath(`/seminars/region/${region}.ics`, lang);
export const facetPath = (facet: string, value: string, lang: Lang) => localizedPath(`/seminars/${facet}/${value}/`, lang);
