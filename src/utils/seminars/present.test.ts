import { RESERVED_SEMINAR_IDS } from '#src/data/schemas/seminar.ts';
import { RESERVED_IDS } from './facets.ts';
import { describe, expect, it } from 'vitest';
import { capacityText, feeText, fiscalYearText, mapUrl, placeText, seminarIcsPath, seminarPath, timeText } from './present.ts';

describe('seminar display text', () => {
  it('writes the fee: 0 is free, empty is not stated', () => {
    expect(feeText(0, 'ja')).toBe('無料');
    expect(feeText(0, 'en')).toBe('Free');
    expect(feeText(undefined, 'ja')).toBe('記載なし');
    expect(feeText(undefined, 'en')).toBe('Not stated');
    expect(feeText(3000, 'ja')).toBe('3,000円');
    expect(feeText(3000, 'en')).toBe('¥3,000');
  });
  it('writes capacity and time, or says they are not stated', () => {
    expect(capacityText(100, 'ja')).toBe('100名');
    expect(capacityText(1200, 'en')).toBe('1,200 people');
    expect(capacityText(undefined, 'ja')).toBe('記載なし');
    expect(timeText({ start_time: '13:30', end_time: '15:00' }, 'ja')).toBe('13:30–15:00');
    expect(timeText({ start_time: '13:30' }, 'en')).toBe('13:30–');
    expect(timeText({}, 'en')).toBe('Not stated');
  });
  it('writes the fiscal year in 西暦 and 和暦, or as FY in English', () => {
    expect(fiscalYearText(2015, 'ja')).toBe('2015年度（平成27年度）');
    expect(fiscalYearText(2026, 'ja')).toBe('2026年度（令和8年度）');
    expect(fiscalYearText(2015, 'en')).toBe('FY2015');
  });
  it('uses the English place names where they exist', () => {
    expect(placeText({ prefecture: '東京都', city: '千代田区' }, 'ja')).toBe('東京都千代田区');
    expect(placeText({ prefecture: '東京都', city: '千代田区' }, 'en')).toBe('千代田区, Tokyo');
    expect(placeText({ prefecture: '大阪府' }, 'en')).toBe('Osaka');
    expect(placeText({ prefecture: '東京都', city: '千代田区', city_en: 'Chiyoda' }, 'en')).toBe('Chiyoda, Tokyo');
    expect(placeText({ prefecture: '東京都', city: '千代田区', city_en: 'Chiyoda' }, 'ja')).toBe('東京都千代田区');
  });
});

describe('mapUrl', () => {
  it('searches the address, and has no map for online sessions or where there is no address', () => {
    expect(mapUrl({ format: 'in_person', address: '東京都千代田区霞が関3-4-3' })).toBe(
      'https://www.google.com/maps/search/?api=1&query=%E6%9D%B1%E4%BA%AC%E9%83%BD%E5%8D%83%E4%BB%A3%E7%94%B0%E5%8C%BA%E9%9C%9E%E3%81%8C%E9%96%A23-4-3',
    );
    const url = new URL(mapUrl({ format: 'hybrid', address: '札幌市中央区北1条西2丁目 A&B ビル' })!);
    expect(url.searchParams.get('query')).toBe('札幌市中央区北1条西2丁目 A&B ビル');
    expect(url.searchParams.get('api')).toBe('1');
    expect(mapUrl({ format: 'online', address: '東京都千代田区' })).toBeUndefined();
    expect(mapUrl({ format: 'in_person' })).toBeUndefined();
  });
});

describe('paths and reserved ids', () => {
  it('builds page and calendar paths in both languages', () => {
    expect(seminarPath('fy2015-tokyo-1', 'ja')).toBe('/seminars/fy2015-tokyo-1/');
    expect(seminarPath('fy2015-tokyo-1', 'en')).toBe('/en/seminars/fy2015-tokyo-1/');
    expect(seminarIcsPath('fy2015-tokyo-1', 'ja')).toBe('/seminars/fy2015-tokyo-1.ics');
  });
  it("keeps the schema's reserved ids in step with the pages under /seminars/", () => {
    expect([...RESERVED_IDS].sort()).toEqual([...RESERVED_SEMINAR_IDS].sort());
  });
});
