/**
 * "Seminars near me": for a chosen prefecture, the next sessions held there, those held nearby (same region or
 * within NEAR_KM of its prefectural office), and online sessions, which belong to no region. Also where to go
 * instead when a session is full.
 */
import { PREFECTURES, type Prefecture } from '#src/data/utils/prefectures.ts';
import { localizedPath, type Lang } from '#src/i18n/locales.ts';

/** Prefectural offices (latitude, longitude), JIS order; rough distances are enough to say "near". */
const OFFICES: readonly [number, number][] = [
  [43.06, 141.35],
  [40.82, 140.74],
  [39.7, 141.15],
  [38.27, 140.87],
  [39.72, 140.1],
  [38.24, 140.36],
  [37.75, 140.47],
  [36.34, 140.45],
  [36.57, 139.88],
  [36.39, 139.06],
  [35.86, 139.65],
  [35.61, 140.12],
  [35.69, 139.69],
  [35.45, 139.64],
  [37.9, 139.02],
  [36.7, 137.21],
  [36.59, 136.63],
  [36.07, 136.22],
  [35.66, 138.57],
  [36.65, 138.18],
  [35.39, 136.72],
  [34.98, 138.38],
  [35.18, 136.91],
  [34.73, 136.51],
  [35.0, 135.87],
  [35.02, 135.76],
  [34.69, 135.52],
  [34.69, 135.18],
  [34.69, 135.83],
  [34.23, 135.17],
  [35.5, 134.24],
  [35.47, 133.05],
  [34.66, 133.93],
  [34.4, 132.46],
  [34.19, 131.47],
  [34.07, 134.56],
  [34.34, 134.04],
  [33.84, 132.77],
  [33.56, 133.53],
  [33.61, 130.42],
  [33.25, 130.3],
  [32.74, 129.87],
  [32.79, 130.74],
  [33.24, 131.61],
  [31.91, 131.42],
  [31.56, 130.56],
  [26.21, 127.68],
];

export const NEAR_KM = 200;

/** Great-circle distance in km between two prefectures' offices. */
export function prefectureDistanceKm(codeA: string, codeB: string): number {
  const a = OFFICES[Number(codeA) - 1];
  const b = OFFICES[Number(codeB) - 1];
  if (!a || !b) return Infinity;
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export interface NearbyInput {
  id: string;
  date: string;
  start_time?: string | undefined;
  prefectureCode: string;
  region: string;
  format: 'in_person' | 'online' | 'hybrid';
  status: 'scheduled' | 'full' | 'cancelled' | 'postponed';
  series: string;
}

const soonestFirst = (a: NearbyInput, b: NearbyInput) =>
  a.date.localeCompare(b.date) || (a.start_time ?? '').localeCompare(b.start_time ?? '') || a.id.localeCompare(b.id);

/** Sessions not over yet and not cancelled. */
const ahead = <T extends NearbyInput>(seminars: readonly T[], today: string) =>
  seminars.filter((s) => s.date >= today && s.status !== 'cancelled').sort(soonestFirst);

export interface Nearby<T> {
  /** Held in the prefecture (at a venue, or hybrid). */
  local: T[];
  /** Held at a venue in the same region or within NEAR_KM, nearest prefectures' sessions by date. */
  near: T[];
  /** Online only: open to everyone, wherever they are. */
  online: T[];
}

export function seminarsNear<T extends NearbyInput>(seminars: readonly T[], prefecture: Prefecture, today: string, limit = 5): Nearby<T> {
  const upcoming = ahead(seminars, today);
  const atVenue = upcoming.filter((s) => s.format !== 'online');
  return {
    local: atVenue.filter((s) => s.prefectureCode === prefecture.code).slice(0, limit),
    near: atVenue
      .filter((s) => s.prefectureCode !== prefecture.code)
      .filter((s) => s.region === prefecture.region || prefectureDistanceKm(s.prefectureCode, prefecture.code) <= NEAR_KM)
      .slice(0, limit),
    online: upcoming.filter((s) => s.format === 'online').slice(0, limit),
  };
}

/**
 * For a full session: other sessions of the same series that can still be joined, online ones first (anyone can
 * join), then at venues nearest to the full one.
 */
export function alternativesFor<T extends NearbyInput>(full: T, seminars: readonly T[], today: string, limit = 3): T[] {
  const open = ahead(seminars, today).filter(
    (s) => s.id !== full.id && s.series === full.series && s.status !== 'full' && s.status !== 'postponed',
  );
  const distance = (s: T) => (s.format === 'online' ? -1 : prefectureDistanceKm(s.prefectureCode, full.prefectureCode));
  return open.sort((a, b) => distance(a) - distance(b) || soonestFirst(a, b)).slice(0, limit);
}

/** /seminars/near/tokyo/ */
export const nearPath = (prefecture: Prefecture, lang: Lang) => localizedPath(`/seminars/near/${prefecture.en.toLowerCase()}/`, lang);
export const nearIndexPath = (lang: Lang) => localizedPath('/seminars/near/', lang);

export const prefectureBySlug = (slug: string) => PREFECTURES.find((p) => p.en.toLowerCase() === slug);
