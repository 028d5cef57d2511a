/** Labels for statistics categories, series and units in both languages. */
import { fiscalYearLabel } from '#src/data/utils/dates.ts';
import type { StatisticMeta } from '#src/data/schemas/statistic.ts';
import { pick, type Lang, type LocalizedText } from '#src/i18n/locales.ts';
import { formatNumber } from '../format.ts';

export type CategoryKind = StatisticMeta['category']['kind'];

/** For tables: 2011年度（平成23年度） / FY2011, 2011年 / 2011; category names as written (Japanese data). */
export function categoryLabel(kind: CategoryKind, value: string, lang: Lang): LocalizedText {
  if (kind === 'fiscal_year') return { text: lang === 'ja' ? fiscalYearLabel(Number(value)) : `FY${value}` };
  if (kind === 'year') return { text: lang === 'ja' ? `${value}年` : value };
  return lang === 'en' ? { text: value, lang: 'ja' } : { text: value };
}

/** For sentences: 2011年度 / FY2011 (the table beside it gives the 和暦). */
export function shortCategoryLabel(kind: CategoryKind, value: string, lang: Lang): LocalizedText {
  if (kind === 'fiscal_year') return { text: lang === 'ja' ? `${value}年度` : `FY${value}` };
  return categoryLabel(kind, value, lang);
}

/** Chart axis labels as lines: ['2011年度', '（平成23年度）']; other labels are one line, wrapped later to fit. */
export function chartCategoryLines(kind: CategoryKind, value: string, lang: Lang): string[] {
  if (kind === 'fiscal_year' && lang === 'ja') {
    const full = fiscalYearLabel(Number(value));
    const cut = full.indexOf('（');
    return cut > 0 ? [full.slice(0, cut), full.slice(cut)] : [full];
  }
  return [categoryLabel(kind, value, lang).text];
}

/**
 * Greedy line wrapping: Latin words stay whole, CJK text may break between any two characters.
 * Lines hold at most `max` characters unless a single word is longer.
 */
export function wrapText(text: string, max: number): string[] {
  const tokens = text.match(/[A-Za-z0-9.,'’()%-]+\s*|\s+|./gsu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    // Japanese line-breaking rule (禁則): closing marks never start a line, opening brackets never end one.
    const mayBreak = !/^[）」』】〕、。，．・ー]/u.test(token);
    if (line.length > 0 && mayBreak && (line + token).trimEnd().length > max) {
      const opening = /[（「『【〔]$/u.exec(line);
      lines.push(line.slice(0, opening ? -1 : undefined).trimEnd());
      line = (opening ? opening[0] : '') + token.trimStart();
    } else {
      line += token;
    }
  }
  if (line.trim().length > 0) lines.push(line.trimEnd());
  return lines.filter((l) => l !== '').length > 0 ? lines.filter((l) => l !== '') : [text];
}

/** The unit of one series: its own where given, else the dataset's. */
export function seriesUnit(meta: StatisticMeta, index: number, lang: Lang): LocalizedText {
  const series = meta.series[index];
  if (series?.unit) return pick(lang, series.unit, series.unit_en);
  return pick(lang, meta.unit, meta.unit_en);
}

/** True when every series shares the dataset unit, so one value axis fits all. */
export function hasSingleUnit(meta: StatisticMeta): boolean {
  return meta.series.every((s) => !s.unit || s.unit === meta.unit);
}

/** 35,493件 / 35,493 records / 43% ; null → データなし / no data (never 0, never with a unit). */
export function formatWithUnit(value: number | null, unit: string, lang: Lang): string {
  const number = formatNumber(value, lang);
  if (value === null) return number;
  // Japanese units (件, 人) and % follow the number directly, also on English pages.
  if (lang === 'ja' || unit === '' || /^[%\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(unit)) return `${number}${unit}`;
  return `${number} ${unit}`;
}
