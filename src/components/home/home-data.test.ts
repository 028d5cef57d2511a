import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteData, type Seminar, type Statistic } from '#src/data/load.ts';
import { HOME_FIGURES, keyFigures, seminarPlace, upcomingSeminars } from './home-data.ts';

const seminar = (id: string, date: string, extra: Partial<Seminar> = {}): Seminar =>
  ({
    id,
    date,
    series: 's',
    title: id,
    prefecture: '北海道',
    format: 'in_person',
    status: 'scheduled',
    sample: false,
    ...extra,
  }) as Seminar;

describe('upcomingSeminars', () => {
  const list = [
    seminar('past', '2026-11-23'),
    seminar('today', '2026-11-24', { start_time: '13:30' }),
    seminar('today-early', '2026-11-24', { start_time: '10:00' }),
    seminar('cancelled', '2026-11-25', { status: 'cancelled' }),
    seminar('full', '2026-11-26', { status: 'full' }),
    seminar('later', '2027-01-10'),
  ];
  it('keeps seminars from today on, soonest first, without cancelled ones', () => {
    expect(upcomingSeminars(list, '2026-11-24', 10).map((s) => s.id)).toEqual(['today-early', 'today', 'full', 'later']);
  });
  it('stops at the limit', () => {
    expect(upcomingSeminars([...list].reverse(), '2026-11-24', 2).map((s) => s.id)).toEqual(['today-early', 'today']);
  });
  it('is empty when nothing is ahead', () => {
    expect(upcomingSeminars(list, '2028-01-01', 5)).toEqual([]);
  });
});

describe('seminarPlace', () => {
  it('names the prefecture and city, or says online', () => {
    expect(seminarPlace({ prefecture: '北海道', city: '札幌市', format: 'in_person' }, 'ja')).toEqual({ text: '北海道札幌市' });
    expect(seminarPlace({ prefecture: '北海道', city: '札幌市', format: 'in_person' }, 'en')).toEqual({ text: 'Hokkaido' });
    expect(seminarPlace({ prefecture: '宮城県', city: '仙台市', format: 'hybrid' }, 'ja')).toEqual({
      text: '宮城県仙台市（オンライン併用）',
    });
    expect(seminarPlace({ prefecture: '東京都', format: 'online' }, 'en')).toEqual({ text: 'Online' });
  });
});

describe('keyFigures', () => {
  const stat = (id: string, kind: 'fiscal_year' | 'category', rows: [string, (number | null)[]][]): Statistic =>
    ({
      id,
      meta: {
        unit: '件',
        unit_en: 'records',
        category: { column: 'c', kind, label: 'x' },
        series: [
          { column: 'a', label: 'A' },
          { column: 'b', label: 'B', unit: '人', unit_en: 'people' },
        ],
      },
      rows: rows.map(([category, values]) => ({ category, values })),
    }) as unknown as Statistic;
  const stats = [
    stat('db', 'fiscal_year', [
      ['2013', [1, 2]],
      ['2014', [3, null]],
    ]),
    stat('cat', 'category', [['区分', [5, 6]]]),
  ];
  const label = { ja: 'ラベル', en: 'Label' };

  it('reads the value by dataset id, column and row, with its unit and period', () => {
    expect(keyFigures(stats, [{ dataset: 'db', column: 'a', row: '2014', label }])).toEqual([
      { dataset: 'db', label, value: 3, unit: { ja: '件', en: 'records' }, period: { ja: '2014年度（平成26年度）', en: 'FY2014' } },
    ]);
    expect(keyFigures(stats, [{ dataset: 'cat', column: 'b', label }])[0]).toMatchObject({
      value: 6,
      unit: { ja: '人', en: 'people' },
      period: { ja: '区分', en: undefined },
    });
  });

  it('takes the last row with a value when no row is named', () => {
    expect(keyFigures(stats, [{ dataset: 'db', column: 'b', label }]).map((f) => f.value)).toEqual([2]);
  });

  it('drops a figure whose dataset, column, row or value is missing rather than showing 0', () => {
    const specs = [
      { dataset: 'nope', column: 'a', label },
      { dataset: 'db', column: 'zz', label },
      { dataset: 'db', column: 'a', row: '1999', label },
      { dataset: 'db', column: 'b', row: '2014', label },
    ];
    expect(keyFigures(stats, specs)).toEqual([]);
  });

  it('finds the four home page figures in the shipped data', () => {
    const { data } = loadSiteData(join(import.meta.dirname, '../../../data'));
    expect(keyFigures(data.statistics, HOME_FIGURES).map((f) => [f.dataset, f.value])).toEqual([
      ['open-patent-database', 35493],
      ['trade-secret-seminars', 712],
      ['overseas-supported-companies', 706],
      ['trade-secret-consultations', 103],
    ]);
  });
});
