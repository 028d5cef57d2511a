import { z } from 'astro/zod';
import { always, columnName, decimal, doc, integer, isoDate, oneOf, text } from './fields.ts';
import { normalizeCode } from '../utils/normalize.ts';
import { parsePlanned, type PlannedValue } from '../../utils/statistics/planned.ts';

export const CHART_TYPES = ['bar', 'line', 'stacked-bar', 'pie', 'table'] as const;
export const CATEGORY_KINDS = ['fiscal_year', 'year', 'category'] as const;

const series = z
  .object({
    column: columnName().meta(doc('CSVの列名', 'CSV column name', ['new_registrations'])),
    label: text().meta(doc('系列名', 'Series label')),
    label_en: text().optional().meta(doc('英語の系列名', 'Series label in English')),
    unit: text().optional().meta(doc('単位（全体の unit と異なる場合）', 'Unit, where it differs from the dataset unit')),
    unit_en: text().optional().meta(doc('英語の単位', 'Unit in English')),
  })
  .strict();

export const statisticMetaSchema = z
  .object({
    title: text().meta(doc('表題', 'Title')),
    title_en: text().meta(doc('英語の表題', 'Title in English')),
    description: text().optional().meta(doc('一行の説明', 'One-line summary')),
    description_en: text().optional().meta(doc('英語の説明', 'Summary in English')),
    unit: text().meta(doc('単位', 'Unit', ['件'])),
    unit_en: text().optional().meta(doc('英語の単位', 'Unit in English', ['records'])),
    chart: oneOf(CHART_TYPES).meta(doc('グラフの種類: bar, line, stacked-bar, pie, table', 'Chart type: bar, line, stacked-bar, pie, table', ['bar'])),
    category: z
      .object({
        column: columnName().meta(doc('CSVの1列目の列名', 'Name of the first CSV column', ['fiscal_year'])),
        kind: oneOf(CATEGORY_KINDS).meta(
          doc('1列目の意味: fiscal_year（年度、西暦の開始年: 2011 = 平成23年度）, year（暦年）, category（区分名）', 'What the first column holds: fiscal_year (fiscal year as its western start year: 2011 = 平成23年度), year (calendar year), category (category names)', ['fiscal_year']),
        ),
        label: text().meta(doc('1列目の見出し', 'Heading of the first column', ['年度'])),
        label_en: text().optional().meta(doc('英語の見出し', 'Heading in English', ['Fiscal year'])),
      })
      .strict(),
    series: z.array(series).min(1, { error: 'list_empty' }),
    source: text().meta(doc('出典', 'Source')),
    source_en: text().optional().meta(doc('英語の出典', 'Source in English')),
    as_of: isoDate().optional().meta(doc('時点（YYYY-MM-DD）', 'As of (YYYY-MM-DD)')),
    notes: text().optional().meta(doc('注記', 'Notes')),
    notes_en: text().optional().meta(doc('英語の注記', 'Notes in English')),
    order: integer(0).default(100).meta(doc('表示順', 'Display order', ['10'])),
  })
  .strict()
  .superRefine((meta, ctx) => {
    if (!Array.isArray(meta.series)) return;
    const seen = new Map<string, number>();
    meta.series.forEach((entry, index) => {
      const column = (entry as { column?: unknown })?.column;
      if (typeof column !== 'string') return;
      if (seen.has(column) || column === meta.category?.column) {
        ctx.addIssue({ code: 'custom', path: ['series', index, 'column'], message: 'duplicate_column', params: { column } });
      }
      seen.set(column, index);
    });
  }, always)
  .meta({
    rules: [
      doc('CSVの見出し行は category.column と series[].column をこの順に並べたもの', 'The CSV header is category.column followed by series[].column in order'),
      doc('CSVの値は数値のみ（単位はYAMLに書く）。空欄は「データなし」で、0とは区別される', 'CSV values are numbers only; an empty cell means no data, distinct from 0'),
      doc(
        '実績ではない予定・計画の値は数値の後に（予定）または（計画）を付ける（例: 20（予定）、下限なら 20以上（計画））。グラフでは斜線で描き「予定」と示し、表とCSVにもそのまま示す',
        'A planned figure (not a result) is the number followed by （予定） or （計画）, e.g. 20（予定）, or 20以上（計画） for "20 or more"; the chart hatches and labels it, the table and CSV show it as planned',
      ),
    ],
  });

export type StatisticMeta = z.output<typeof statisticMetaSchema>;

/** One value cell of a statistics CSV: empty (no data), a number, or a planned figure such as 20（予定）. */
export const statisticValue = () =>
  z
    .preprocess(
      (value) => (typeof value === 'string' ? (parsePlanned(normalizeCode(value)) ?? value) : value),
      z.union([z.custom<PlannedValue>((v) => typeof v === 'object' && v !== null && 'word' in v), decimal()], { error: 'statistic_value' }),
    )
    .optional();
