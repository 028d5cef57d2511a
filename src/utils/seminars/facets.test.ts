import { describe, expect, it } from 'vitest';
import {
  facetKeysOf,
  facetOptions,
  facetValueLabel,
  isEmptyFilter,
  matchesFilter,
  parseFilterQuery,
  serializeFilterQuery,
  type AllowedValues,
  type FacetSource,
} from './facets.ts';

const seminars: FacetSource[] = [
  { date: '2015-04-17', prefecture: '東京都', format: 'in_person' },
  { date: '2015-05-15', prefecture: '愛知県', format: 'in_person' },
  { date: '2026-12-03', prefecture: '東京都', format: 'online' },
  { date: '2027-01-21', prefecture: '福岡県', format: 'hybrid' },
  { date: '2027-03-04', prefecture: '埼玉県', format: 'in_person' },
];

describe('facetKeysOf', () => {
  it('derives region, prefecture slug, month, fiscal year and format slug', () => {
    expect(facetKeysOf(seminars[0]!)).toEqual({ region: 'kanto', prefecture: 'tokyo', month: '2015-04', fy: '2015', format: 'in-person' });
    // January–March belong to the fiscal year that started the April before.
    expect(facetKeysOf(seminars[3]!)).toEqual({
      region: 'kyushu-okinawa',
      prefecture: 'fukuoka',
      month: '2027-01',
      fy: '2026',
      format: 'hybrid',
    });
  });
  it('refuses a prefecture it does not know', () => {
    expect(() => facetKeysOf({ date: '2015-04-17', prefecture: '東京府', format: 'online' })).toThrow(/東京府/u);
  });
});

describe('facetOptions', () => {
  const options = facetOptions(seminars);
  it('lists every region and format, with counts (zero included; an online session counts in every region)', () => {
    expect(options.region.map((o) => o.value)).toEqual([
      'hokkaido-tohoku',
      'kanto',
      'chubu',
      'kinki',
      'chugoku',
      'shikoku',
      'kyushu-okinawa',
    ]);
    expect(options.region.find((o) => o.value === 'kanto')?.count).toBe(3);
    expect(options.region.find((o) => o.value === 'shikoku')?.count).toBe(1);
    expect(options.region.find((o) => o.value === 'kyushu-okinawa')?.count).toBe(2);
    expect(options.format).toEqual([
      { value: 'in-person', count: 3 },
      { value: 'online', count: 1 },
      { value: 'hybrid', count: 1 },
    ]);
  });
  it('lists only prefectures, months and fiscal years that have seminars, in a useful order', () => {
    expect(options.prefecture.map((o) => `${o.value}:${o.count}:${o.region}`)).toEqual([
      'saitama:1:kanto',
      'tokyo:2:kanto',
      'aichi:1:chubu',
      'fukuoka:1:kyushu-okinawa',
    ]);
    expect(options.month.map((o) => o.value)).toEqual(['2015-04', '2015-05', '2026-12', '2027-01', '2027-03']);
    expect(options.fy).toEqual([
      { value: '2026', count: 3 },
      { value: '2015', count: 2 },
    ]);
  });
});

describe('facetValueLabel', () => {
  it('names values in both languages', () => {
    expect(facetValueLabel('region', 'kyushu-okinawa', 'ja')).toBe('九州・沖縄');
    expect(facetValueLabel('region', 'kanto', 'en')).toBe('Kanto');
    expect(facetValueLabel('prefecture', 'tokyo', 'ja')).toBe('東京都');
    expect(facetValueLabel('prefecture', 'tokyo', 'en')).toBe('Tokyo');
    expect(facetValueLabel('month', '2026-12', 'ja')).toBe('2026年12月');
    expect(facetValueLabel('month', '2027-01', 'en')).toBe('January 2027');
    expect(facetValueLabel('fy', '2015', 'ja')).toBe('2015年度（平成27年度）');
    expect(facetValueLabel('fy', '2026', 'en')).toBe('FY2026');
    expect(facetValueLabel('format', 'in-person', 'ja')).toBe('会場開催');
    expect(facetValueLabel('format', 'online', 'en')).toBe('Online');
  });
});

describe('filter state and query string', () => {
  const allowed: AllowedValues = {
    region: ['hokkaido-tohoku', 'kanto', 'kinki'],
    prefecture: ['tokyo', 'osaka'],
    month: ['2026-12', '2027-01'],
    fy: ['2026', '2015'],
    format: ['in-person', 'online', 'hybrid'],
  };

  it('matches with OR within a facet and AND across facets', () => {
    const keys = facetKeysOf(seminars[2]!);
    expect(matchesFilter(keys, {})).toBe(true);
    expect(matchesFilter(keys, { region: ['kanto'] })).toBe(true);
    expect(matchesFilter(keys, { region: ['kinki', 'kanto'], format: ['online'] })).toBe(true);
    expect(matchesFilter(keys, { region: ['kanto'], format: ['hybrid'] })).toBe(false);
    expect(matchesFilter(keys, { region: [], month: ['2026-12'] })).toBe(true);
    expect(matchesFilter(keys, { fy: ['2015'] })).toBe(false);
  });

  it('reads a shared URL, dropping unknown facets and values', () => {
    expect(parseFilterQuery('?region=kanto&format=online', allowed)).toEqual({ region: ['kanto'], format: ['online'] });
    expect(parseFilterQuery('?region=kinki&region=kanto&region=mars&color=red', allowed)).toEqual({ region: ['kanto', 'kinki'] });
    expect(parseFilterQuery('region=kanto,kinki&format=ONLINE', allowed)).toEqual({ region: ['kanto', 'kinki'], format: ['online'] });
    expect(parseFilterQuery('', allowed)).toEqual({});
  });

  it('keeps one value for single-choice facets (prefecture, month, fiscal year)', () => {
    expect(parseFilterQuery('?month=2027-01&month=2026-12&prefecture=osaka', allowed)).toEqual({
      month: ['2026-12'],
      prefecture: ['osaka'],
    });
  });

  it('writes a canonical query string that reads back to the same state', () => {
    const state = { format: ['hybrid', 'online'], region: ['kinki', 'kanto'], fy: ['2026'] };
    const query = serializeFilterQuery(state, allowed);
    expect(query).toBe('?region=kanto&region=kinki&fy=2026&format=online&format=hybrid');
    expect(parseFilterQuery(query, allowed)).toEqual({ region: ['kanto', 'kinki'], fy: ['2026'], format: ['online', 'hybrid'] });
    expect(serializeFilterQuery({}, allowed)).toBe('');
    expect(serializeFilterQuery({ region: [] })).toBe('');
  });

  it('knows an empty filter', () => {
    expect(isEmptyFilter({})).toBe(true);
    expect(isEmptyFilter({ region: [] })).toBe(true);
    expect(isEmptyFilter({ fy: ['2026'] })).toBe(false);
  });
});
