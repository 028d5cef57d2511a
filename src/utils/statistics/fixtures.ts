/** Small datasets for the statistics unit tests. */
import type { Statistic } from '#src/data/load.ts';
import type { StatisticMeta } from '#src/data/schemas/statistic.ts';

export function makeStat(meta: Partial<StatisticMeta>, rows: [string, ...(number | null)[]][], id = 'sample'): Statistic {
  const base: StatisticMeta = {
    title: '開放特許情報データベースの推移',
    title_en: 'Open Patent Database',
    unit: '件',
    unit_en: 'records',
    chart: 'bar',
    category: { column: 'fiscal_year', kind: 'fiscal_year', label: '年度', label_en: 'Fiscal year' },
    series: [{ column: 'listings', label: 'データベース掲載件数', label_en: 'Listed records' }],
    source: '工業所有権情報・研修館',
    source_en: 'INPIT',
    order: 10,
  };
  return { id, meta: { ...base, ...meta }, rows: rows.map(([category, ...values]) => ({ category, values })) };
}

/** The shipped open-patent-database dataset (data/statistics/open-patent-database.*). */
export const openPatents = makeStat(
  {
    series: [
      { column: 'new_registrations', label: '新規登録件数', label_en: 'New registrations' },
      { column: 'deletions', label: '削除件数', label_en: 'Deletions' },
      { column: 'listings', label: 'データベース掲載件数', label_en: 'Listed records' },
    ],
  },
  [
    ['2011', 5601, 6584, 43358],
    ['2012', 3087, 5378, 41067],
    ['2013', 2753, 6567, 37253],
    ['2014', 2527, 4287, 35493],
  ],
  'open-patent-database',
);

/** Shaped like data/statistics/trade-secret-seminars.*: FY2015 has only a plan, 20以上（計画） locations. */
export const plannedSeminars: Statistic = {
  ...makeStat(
    {
      chart: 'bar',
      series: [
        { column: 'sessions', label: '開催回数', label_en: 'Sessions', unit: '回', unit_en: 'sessions' },
        { column: 'locations', label: '開催箇所数', label_en: 'Locations', unit: '箇所', unit_en: 'locations' },
      ],
    },
    [
      ['2014', 10, 9],
      ['2015', null, null],
    ],
    'trade-secret-seminars',
  ),
};
plannedSeminars.rows[1]!.planned = [null, { value: 20, atLeast: true, word: '計画' }];
