import { describe, expect, it } from 'vitest';
import { findPrefecture, PREFECTURES } from '#src/data/utils/prefectures.ts';
import { alternativesFor, nearPath, NEAR_KM, prefectureBySlug, prefectureDistanceKm, seminarsNear, type NearbyInput } from './nearby.ts';

const at = (
  id: string,
  date: string,
  prefecture: string,
  format: NearbyInput['format'] = 'in_person',
  status: NearbyInput['status'] = 'scheduled',
): NearbyInput => {
  const p = findPrefecture(prefecture)!;
  return { id, date, prefectureCode: p.code, region: p.region, format, status, series: 'S' };
};

describe('prefectureDistanceKm', () => {
  it('is about right for known pairs and symmetric', () => {
    expect(prefectureDistanceKm('13', '27')).toBeGreaterThan(380); // Tokyo–Osaka ≈ 400 km
    expect(prefectureDistanceKm('13', '27')).toBeLessThan(420);
    expect(prefectureDistanceKm('13', '14')).toBeLessThan(40);
    expect(prefectureDistanceKm('40', '01')).toBe(prefectureDistanceKm('01', '40'));
  });
  it('covers every prefecture', () => {
    for (const p of PREFECTURES) expect(prefectureDistanceKm(p.code, '13')).toBeLessThan(Infinity);
  });
});

describe('seminarsNear', () => {
  const fukuoka = findPrefecture('福岡県')!;
  const list = [
    at('past', '2026-01-01', '福岡県'),
    at('fukuoka', '2026-12-10', '福岡県'),
    at('kumamoto', '2026-12-11', '熊本県'),
    at('yamaguchi', '2026-12-12', '山口県'), // another region, but close to Fukuoka
    at('tokyo', '2026-12-13', '東京都'),
    at('online', '2026-12-14', '東京都', 'online'),
    at('cancelled', '2026-12-15', '福岡県', 'in_person', 'cancelled'),
    at('hybrid-fukuoka', '2026-12-16', '福岡県', 'hybrid'),
  ];
  it('lists sessions in the prefecture, nearby ones (region or distance) and online ones; never past or cancelled', () => {
    const result = seminarsNear(list, fukuoka, '2026-12-01');
    expect(result.local.map((s) => s.id)).toEqual(['fukuoka', 'hybrid-fukuoka']);
    expect(result.near.map((s) => s.id)).toEqual(['kumamoto', 'yamaguchi']);
    expect(result.online.map((s) => s.id)).toEqual(['online']);
    expect(prefectureDistanceKm('35', fukuoka.code)).toBeLessThanOrEqual(NEAR_KM);
  });
  it('files an online session under no prefecture: it shows for every prefecture', () => {
    for (const p of PREFECTURES) expect(seminarsNear(list, p, '2026-12-01').online.map((s) => s.id)).toEqual(['online']);
  });
});

describe('alternativesFor', () => {
  it('offers online sessions first, then the nearest open venues; never full, cancelled or past ones', () => {
    const full = at('nagoya', '2027-01-20', '愛知県', 'in_person', 'full');
    const list = [
      full,
      at('osaka', '2027-02-01', '大阪府'),
      at('gifu', '2027-02-10', '岐阜県'),
      at('online', '2027-03-01', '東京都', 'online'),
      at('other-full', '2027-01-25', '三重県', 'in_person', 'full'),
      at('old', '2026-01-01', '岐阜県'),
    ];
    expect(alternativesFor(full, list, '2026-12-01').map((s) => s.id)).toEqual(['online', 'gifu', 'osaka']);
  });
});

describe('paths', () => {
  it('names the page by the prefecture', () => {
    const tokyo = findPrefecture('東京都')!;
    expect(nearPath(tokyo, 'ja')).toBe('/seminars/near/tokyo/');
    expect(nearPath(tokyo, 'en')).toBe('/en/seminars/near/tokyo/');
    expect(prefectureBySlug('tokyo')).toBe(tokyo);
  });
});
