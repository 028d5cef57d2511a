/**
 * A one-line text summary of a dataset, generated from its numbers, in Japanese or English.
 * Returned as parts so Japanese data shown on English pages can be marked lang="ja".
 */
import type { Statistic } from '#src/data/load.ts';
import { pick, type Lang, type LocalizedText } from '#src/i18n/locales.ts';
import { formatNumber } from '#src/utils/format.ts';
import { formatWithUnit, seriesUnit, shortCategoryLabel } from './labels.ts';
import { formatPlanned } from './planned.ts';

export type SummaryPart = LocalizedText;

/** Joins the parts into plain text (for aria-label and tests). */
export function summaryText(parts: readonly SummaryPart[]): string {
  return parts.map((p) => p.text).join('');
}

/** Index of the series with the largest total: a total column where there is one. */
export function mainSeriesIndex(stat: Statistic): number {
  let best = 0;
  let bestSum = -1;
  stat.meta.series.forEach((_, index) => {
    const sum = stat.rows.reduce((acc, row) => acc + Math.abs(row.values[index] ?? 0), 0);
    const hasData = stat.rows.some((row) => row.values[index] !== null && row.values[index] !== undefined);
    if (hasData && sum > bestSum) {
      best = index;
      bestSum = sum;
    }
  });
  return best;
}

class Parts {
  readonly list: SummaryPart[] = [];
  add(part: SummaryPart | string): this {
    const next = typeof part === 'string' ? { text: part } : part;
    if (next.text === '') return this;
    const last = this.list.at(-1);
    if (last && last.lang === next.lang) last.text += next.text;
    else this.list.push(next.lang ? { text: next.text, lang: next.lang } : { text: next.text });
    return this;
  }
}

const isTime = (stat: Statistic) => stat.meta.category.kind !== 'category';
const hasValue = (v: number | null | undefined): v is number => v !== null && v !== undefined;

export function summarize(stat: Statistic, lang: Lang): SummaryPart[] {
  const { meta, rows } = stat;
  const out = new Parts();
  const ja = lang === 'ja';
  const cat = (value: string) => shortCategoryLabel(meta.category.kind, value, lang);
  const label = (index: number) => {
    const s = meta.series[index]!;
    return pick(lang, s.label, s.label_en);
  };
  const value = (index: number, v: number | null) => {
    const unit = seriesUnit(meta, index, lang);
    return { text: formatWithUnit(v, unit.text, lang), ...(unit.lang ? { lang: unit.lang } : {}) };
  };

  const dataRows = rows.filter((row) => row.values.some(hasValue));
  if (dataRows.length === 0) return out.add(ja ? 'データがありません。' : 'No data.').list;

  // Rows without results: those with planned figures name them (a plan is not "no data"), the rest are no data.
  const withoutResults = rows.filter((row) => !row.values.some(hasValue));
  const planOnly = withoutResults.filter((row) => row.planned?.some((p) => p !== null));
  const emptyRows = withoutResults.filter((row) => !planOnly.includes(row));
  const noteEmpty = () => {
    for (const row of planOnly) {
      out
        .add(ja ? '' : ' ')
        .add(cat(row.category))
        .add(ja ? 'は計画・予定のみ：' : ' has plans only: ');
      row.planned!.forEach((plan, index) => {
        if (!plan) return;
        if (row.planned!.slice(0, index).some((p) => p !== null)) out.add(ja ? '、' : '; ');
        const unit = seriesUnit(meta, index, lang);
        out
          .add(label(index))
          .add(ja ? ' ' : ': ')
          .add(formatPlanned(plan, lang, unit.text));
      });
      out.add(ja ? '。' : '.');
    }
    if (emptyRows.length === 0) return;
    emptyRows.forEach((row, i) => {
      if (!ja) out.add(i === 0 ? ' No data for ' : ', ');
      else if (i > 0) out.add('・');
      out.add(cat(row.category));
    });
    out.add(ja ? 'はデータなし。' : '.');
  };

  // One row with data: list every series of that row.
  if (dataRows.length === 1) {
    const row = dataRows[0]!;
    out.add(cat(row.category)).add(ja ? '：' : ' — ');
    meta.series.forEach((_, index) => {
      if (index > 0) out.add(ja ? '、' : '; ');
      out
        .add(label(index))
        .add(ja ? ' ' : ': ')
        .add(value(index, row.values[index] ?? null));
    });
    out.add(ja ? '。' : '.');
    noteEmpty();
    return out.list;
  }

  const index = mainSeriesIndex(stat);
  const points = rows.filter((row) => hasValue(row.values[index]));

  if (!isTime(stat)) {
    if (points.length <= 3) {
      // A few categories: state each, in the order of the table.
      out.add(label(index)).add(ja ? '：' : ': ');
      rows.forEach((row, i) => {
        if (i > 0) out.add(ja ? '、' : ', ');
        out
          .add(cat(row.category))
          .add(ja ? ' ' : ' ')
          .add(value(index, row.values[index] ?? null));
      });
      return out.add(ja ? '。' : '.').list;
    }
    const sorted = [...points].sort((a, b) => b.values[index]! - a.values[index]!);
    const top = sorted[0]!;
    const bottom = sorted.at(-1)!;
    if (ja) {
      out.add(label(index)).add('が最も多いのは').add(cat(top.category)).add('の').add(value(index, top.values[index]!));
      out
        .add('、最も少ないのは')
        .add(cat(bottom.category))
        .add('の')
        .add(value(index, bottom.values[index]!))
        .add(`です（${points.length}区分）。`);
    } else {
      out.add(label(index)).add(': highest ').add(cat(top.category)).add(' (').add(value(index, top.values[index]!)).add('), lowest ');
      out.add(cat(bottom.category)).add(' (').add(value(index, bottom.values[index]!)).add(`), across ${points.length} categories.`);
    }
    return out.list;
  }

  // A time series: the change from the first to the last value of the main series.
  if (points.length === 1) {
    const only = points[0]!;
    if (ja)
      out.add(label(index)).add('のデータは').add(cat(only.category)).add('の').add(value(index, only.values[index]!)).add('のみです。');
    else out.add(label(index)).add(': data only for ').add(cat(only.category)).add(' (').add(value(index, only.values[index]!)).add(').');
    return out.list;
  }
  const first = points[0]!;
  const last = points.at(-1)!;
  const a = first.values[index]!;
  const b = last.values[index]!;
  const percent = a !== 0 && a !== b ? formatPercent(Math.abs((b - a) / a) * 100, lang) : undefined;
  if (ja) {
    out.add(cat(first.category)).add('から').add(cat(last.category)).add('にかけて、').add(label(index)).add('は');
    if (a === b) out.add(value(index, a)).add('で変わりませんでした');
    else
      out
        .add(value(index, a))
        .add('から')
        .add(value(index, b))
        .add(b > a ? 'に増加しました' : 'に減少しました');
    if (percent) out.add(`（${percent}%${b > a ? '増' : '減'}）`);
    out.add('。');
  } else {
    out.add(label(index));
    if (a === b) out.add(' stayed at ').add(value(index, a)).add(' from ').add(cat(first.category)).add(' to ').add(cat(last.category));
    else
      out
        .add(b > a ? ' rose from ' : ' fell from ')
        .add(value(index, a))
        .add(' in ')
        .add(cat(first.category))
        .add(' to ')
        .add(value(index, b))
        .add(' in ')
        .add(cat(last.category));
    if (percent) out.add(` (${b > a ? 'up' : 'down'} ${percent}%)`);
    out.add('.');
  }
  // Name a peak that lies between the ends, which the first/last comparison would hide.
  const peak = points.reduce((max, row) => (row.values[index]! > max.values[index]! ? row : max), first);
  if (peak !== first && peak !== last && peak.values[index]! > Math.max(a, b)) {
    if (ja) out.add('最大は').add(cat(peak.category)).add('の').add(value(index, peak.values[index]!)).add('。');
    else out.add(' The peak was ').add(value(index, peak.values[index]!)).add(' in ').add(cat(peak.category)).add('.');
  }
  // Later periods without figures, so nobody reads the gap as zero.
  const trailing = rows.slice(rows.indexOf(last) + 1).filter((row) => !hasValue(row.values[index]));
  if (trailing.length > 0) {
    if (ja) {
      trailing.forEach((row, i) => out.add(i > 0 ? '・' : '').add(cat(row.category)));
      out.add('の').add(label(index)).add('はデータなし。');
    } else {
      out.add(' No data for ').add(label(index)).add(' in ');
      trailing.forEach((row, i) => out.add(i > 0 ? ', ' : '').add(cat(row.category)));
      out.add('.');
    }
  }
  return out.list;
}

function formatPercent(value: number, lang: Lang): string {
  return formatNumber(value, lang, 1);
}
