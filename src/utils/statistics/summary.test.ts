import { describe, expect, it } from 'vitest';
import { makeStat, openPatents, plannedSeminars } from './fixtures.ts';
import { mainSeriesIndex, summarize, summaryText } from './summary.ts';

const text = (...args: Parameters<typeof summarize>) => summaryText(summarize(...args));

describe('summarize: time series', () => {
  it('states the change of the main (largest) series from the first to the last year', () => {
    expect(mainSeriesIndex(openPatents)).toBe(2);
    expect(text(openPatents, 'ja')).toBe(
      '2011年度から2014年度にかけて、データベース掲載件数は43,358件から35,493件に減少しました（18.1%減）。',
    );
    expect(text(openPatents, 'en')).toBe('Listed records fell from 43,358 records in FY2011 to 35,493 records in FY2014 (down 18.1%).');
  });

  it('says increase, names a peak between the ends, and notes later years without data', () => {
    const stat = makeStat({ unit: '回', unit_en: 'sessions' }, [
      ['2011', 21],
      ['2012', 85],
      ['2013', 70],
      ['2014', 67],
      ['2015', null],
    ]);
    expect(text(stat, 'ja')).toBe(
      '2011年度から2014年度にかけて、データベース掲載件数は21回から67回に増加しました（219.0%増）。最大は2012年度の85回。2015年度のデータベース掲載件数はデータなし。',
    );
    expect(text(stat, 'en')).toBe(
      'Listed records rose from 21 sessions in FY2011 to 67 sessions in FY2014 (up 219.0%). The peak was 85 sessions in FY2012. No data for Listed records in FY2015.',
    );
  });

  it('never treats an empty cell as 0: gaps are skipped, not counted', () => {
    const stat = makeStat({}, [
      ['2011', null],
      ['2012', 10],
      ['2013', null],
      ['2014', 20],
    ]);
    expect(text(stat, 'ja')).toBe('2012年度から2014年度にかけて、データベース掲載件数は10件から20件に増加しました（100.0%増）。');
  });

  it('handles a real 0 at the start (no percentage) and an unchanged value', () => {
    expect(
      text(
        makeStat({}, [
          ['2011', 0],
          ['2012', 5],
        ]),
        'en',
      ),
    ).toBe('Listed records rose from 0 records in FY2011 to 5 records in FY2012.');
    expect(
      text(
        makeStat({}, [
          ['2011', 7],
          ['2012', 7],
        ]),
        'ja',
      ),
    ).toBe('2011年度から2012年度にかけて、データベース掲載件数は7件で変わりませんでした。');
    expect(
      text(
        makeStat({}, [
          ['2011', 7],
          ['2012', 7],
        ]),
        'en',
      ),
    ).toBe('Listed records stayed at 7 records from FY2011 to FY2012.');
  });

  it('uses calendar years as written for kind "year"', () => {
    const stat = makeStat({ category: { column: 'year', kind: 'year', label: '年', label_en: 'Year' } }, [
      ['2020', 4],
      ['2021', 2],
    ]);
    expect(text(stat, 'ja')).toBe('2020年から2021年にかけて、データベース掲載件数は4件から2件に減少しました（50.0%減）。');
    expect(text(stat, 'en')).toBe('Listed records fell from 4 records in 2020 to 2 records in 2021 (down 50.0%).');
  });

  it('lists every series when only one row has figures, and names the rows without any', () => {
    const stat = makeStat(
      {
        series: [
          { column: 'sessions', label: '開催回数', label_en: 'Sessions', unit: '回', unit_en: 'sessions' },
          { column: 'participants', label: '参加者数', label_en: 'Participants', unit: '人', unit_en: 'people' },
        ],
      },
      [
        ['2014', 10, 712],
        ['2015', null, null],
      ],
    );
    expect(text(stat, 'ja')).toBe('2014年度：開催回数 10回、参加者数 712人。2015年度はデータなし。');
    expect(text(stat, 'en')).toBe('FY2014 — Sessions: 10 sessions; Participants: 712 people. No data for FY2015.');
  });

  it('says so when there is no figure at all', () => {
    expect(text(makeStat({}, [['2014', null]]), 'ja')).toBe('データがありません。');
    expect(text(makeStat({}, []), 'en')).toBe('No data.');
  });
});

describe('summarize: planned figures', () => {
  it('names a year with only a plan as a plan, never as no data and never as a result', () => {
    expect(summaryText(summarize(plannedSeminars, 'ja'))).toBe(
      '2014年度：開催回数 10回、開催箇所数 9箇所。2015年度は計画・予定のみ：開催箇所数 20箇所以上（計画）。',
    );
    expect(summaryText(summarize(plannedSeminars, 'en'))).toBe(
      'FY2014 — Sessions: 10 sessions; Locations: 9 locations. FY2015 has plans only: Locations: 20 locations or more (planned).',
    );
  });
});

describe('summarize: named categories', () => {
  const categories = { column: 'referred_to', kind: 'category' as const, label: '連携先', label_en: 'Referred to' };

  it('lists a few categories in table order, keeping a real 0', () => {
    const stat = makeStat({ category: categories, series: [{ column: 'n', label: '連携件数', label_en: 'Referrals' }], unit_en: 'cases' }, [
      ['警察庁', 0],
      ['情報処理推進機構（IPA）', 3],
    ]);
    expect(text(stat, 'ja')).toBe('連携件数：警察庁 0件、情報処理推進機構（IPA） 3件。');
    expect(text(stat, 'en')).toBe('Referrals: 警察庁 0 cases, 情報処理推進機構（IPA） 3 cases.');
  });

  it('marks Japanese data inside English summaries with lang="ja"', () => {
    const stat = makeStat({ category: categories, series: [{ column: 'n', label: '連携件数' }], unit_en: undefined }, [
      ['警察庁', 0],
      ['IPA', 3],
    ]);
    const parts = summarize(stat, 'en');
    expect(parts.filter((p) => p.lang === 'ja').map((p) => p.text)).toEqual(['連携件数', '警察庁', '0件', 'IPA', '3件']);
    expect(
      parts
        .filter((p) => !p.lang)
        .map((p) => p.text)
        .join('|'),
    ).toBe(': | |, | |.');
  });

  it('names the highest and lowest of many categories', () => {
    const stat = makeStat({ category: categories, unit: '%', unit_en: '%' }, [
      ['A', 10],
      ['B', 43],
      ['C', null],
      ['D', 5],
      ['E', 20],
    ]);
    expect(text(stat, 'ja')).toBe('データベース掲載件数が最も多いのはBの43%、最も少ないのはDの5%です（4区分）。');
    expect(text(stat, 'en')).toBe('Listed records: highest B (43%), lowest D (5%), across 4 categories.');
  });

  it('shows "no data" for an empty category, not 0', () => {
    const stat = makeStat({ category: categories }, [
      ['A', 4],
      ['B', null],
      ['C', 2],
    ]);
    expect(text(stat, 'ja')).toBe('データベース掲載件数：A 4件、B データなし、C 2件。');
    expect(text(stat, 'en')).toBe('Listed records: A 4 records, B no data, C 2 records.');
  });
});
