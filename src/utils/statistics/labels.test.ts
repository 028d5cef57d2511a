import { describe, expect, it } from 'vitest';
import { makeStat } from './fixtures.ts';
import { categoryLabel, chartCategoryLines, formatWithUnit, hasSingleUnit, seriesUnit, shortCategoryLabel, wrapText } from './labels.ts';

describe('category labels', () => {
  it('gives fiscal years as 西暦 with 和暦 in Japanese and FY in English', () => {
    expect(categoryLabel('fiscal_year', '2011', 'ja')).toEqual({ text: '2011年度（平成23年度）' });
    expect(categoryLabel('fiscal_year', '2019', 'ja')).toEqual({ text: '2019年度（令和元年度）' });
    expect(categoryLabel('fiscal_year', '2011', 'en')).toEqual({ text: 'FY2011' });
    expect(shortCategoryLabel('fiscal_year', '2011', 'ja')).toEqual({ text: '2011年度' });
    expect(chartCategoryLines('fiscal_year', '2014', 'ja')).toEqual(['2014年度', '（平成26年度）']);
    expect(chartCategoryLines('fiscal_year', '2014', 'en')).toEqual(['FY2014']);
  });

  it('writes calendar years and marks Japanese category names on English pages', () => {
    expect(categoryLabel('year', '2020', 'ja')).toEqual({ text: '2020年' });
    expect(categoryLabel('year', '2020', 'en')).toEqual({ text: '2020' });
    expect(categoryLabel('category', '警察庁', 'en')).toEqual({ text: '警察庁', lang: 'ja' });
    expect(categoryLabel('category', '警察庁', 'ja')).toEqual({ text: '警察庁' });
  });
});

describe('wrapText', () => {
  it('breaks CJK text anywhere and keeps Latin words whole', () => {
    expect(wrapText('営業秘密・知財戦略相談窓口（H27.2.2〜6.30）', 12)).toEqual(['営業秘密・知財戦略相談窓', '口（H27.2.2〜', '6.30）']);
    expect(wrapText('営業秘密・知財戦略相談窓口', 6)).toEqual(['営業秘密・知', '財戦略相談窓', '口']);
    expect(wrapText('Lecturers sent to other organisations', 12)).toEqual(['Lecturers', 'sent to', 'other', 'organisations']);
    expect(wrapText('short', 12)).toEqual(['short']);
  });
  it('keeps closing marks off the start of a line and opening brackets off its end (禁則)', () => {
    expect(wrapText('知財総合支援窓口（H26）', 8)).toEqual(['知財総合支援窓口', '（H26）']);
    expect(wrapText('知財総合支援窓（参考）', 7)).toEqual(['知財総合支援窓', '（参考）']);
    expect(wrapText('相談窓口。あいう', 4)).toEqual(['相談窓口。', 'あいう']);
  });
  it('never returns an empty list', () => {
    expect(wrapText('', 12)).toEqual(['']);
  });
});

describe('units', () => {
  const stat = makeStat(
    {
      series: [
        { column: 'a', label: 'A', unit: '回', unit_en: 'sessions' },
        { column: 'b', label: 'B' },
        { column: 'c', label: 'C', unit: '人' },
      ],
    },
    [],
  );
  it('uses the series unit where given, else the dataset unit', () => {
    expect(seriesUnit(stat.meta, 0, 'en')).toEqual({ text: 'sessions' });
    expect(seriesUnit(stat.meta, 1, 'en')).toEqual({ text: 'records' });
    expect(seriesUnit(stat.meta, 2, 'en')).toEqual({ text: '人', lang: 'ja' });
    expect(hasSingleUnit(stat.meta)).toBe(false);
    expect(hasSingleUnit(makeStat({}, []).meta)).toBe(true);
  });
  it('formats values with units, and null as "no data" without a unit', () => {
    expect(formatWithUnit(35493, '件', 'ja')).toBe('35,493件');
    expect(formatWithUnit(35493, 'records', 'en')).toBe('35,493 records');
    expect(formatWithUnit(43, '%', 'en')).toBe('43%');
    expect(formatWithUnit(0, '件', 'ja')).toBe('0件');
    expect(formatWithUnit(null, '件', 'ja')).toBe('データなし');
    expect(formatWithUnit(null, 'records', 'en')).toBe('no data');
  });
});
