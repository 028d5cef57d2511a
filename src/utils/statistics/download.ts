/** CSV and JSON downloads of a dataset: language-neutral files, one per dataset. */
import { stringify } from 'csv-stringify/sync';
import type { Statistic } from '#src/data/load.ts';
import { CSV_OPTIONS } from '#src/utils/csv/write.ts';
import { plannedCell, type PlannedWord } from './planned.ts';

export { CSV_BOM } from '#src/utils/csv/write.ts';

/** Download URLs (the same for both languages). */
export const csvPath = (id: string) => `/statistics/data/${id}.csv`;
export const jsonPath = (id: string) => `/statistics/data/${id}.json`;

/** Column heading in both languages, with the unit: 新規登録件数（件） / New registrations (records) */
export function csvHeading(label: string, labelEn?: string, unit?: string, unitEn?: string): string {
  const ja = unit ? `${label}（${unit}）` : label;
  if (!labelEn) return ja;
  const en = (unitEn ?? unit) ? `${labelEn} (${unitEn ?? unit})` : labelEn;
  return `${ja} / ${en}`;
}

export function toCsv(stat: Statistic): string {
  const { meta, rows } = stat;
  const header = [
    csvHeading(meta.category.label, meta.category.label_en),
    ...meta.series.map((s) => csvHeading(s.label, s.label_en, s.unit ?? meta.unit, s.unit ? s.unit_en : meta.unit_en)),
  ];
  // A planned figure is written as staff write it (20（予定）): marked, and not summed with results in Excel.
  const cells = (row: Statistic['rows'][number]) => row.values.map((v, i) => (row.planned?.[i] ? plannedCell(row.planned[i]) : v));
  const lines = [header, ...rows.map((row) => [row.category, ...cells(row)])];
  // csv-stringify (CSV_OPTIONS: BOM, CRLF, RFC 4180 quoting, formulas guarded, full-width ＝＋－＠ included).
  // Numbers are written as numbers, never guarded (-2 stays -2); null (no data) stays empty.
  return stringify(lines, { ...CSV_OPTIONS, cast: { number: (value) => (Number.isFinite(value) ? String(value) : '') } });
}

export interface StatisticJson {
  id: string;
  title: string;
  title_en: string;
  unit: string;
  unit_en: string | null;
  source: string;
  source_en: string | null;
  as_of: string | null;
  columns: { key: string; label: string; label_en: string | null; unit: string | null; unit_en: string | null }[];
  /** One object per row, keyed by column; results only: null = no data (distinct from 0) or a planned figure. */
  rows: Record<string, string | number | null>[];
  /** Planned figures (予定・計画), not results: the row's category and the column. */
  planned: { row: string; column: string; value: number; at_least: boolean; word: PlannedWord }[];
}

export function toJson(stat: Statistic): StatisticJson {
  const { id, meta, rows } = stat;
  return {
    id,
    title: meta.title,
    title_en: meta.title_en,
    unit: meta.unit,
    unit_en: meta.unit_en ?? null,
    source: meta.source,
    source_en: meta.source_en ?? null,
    as_of: meta.as_of ?? null,
    columns: [
      { key: meta.category.column, label: meta.category.label, label_en: meta.category.label_en ?? null, unit: null, unit_en: null },
      ...meta.series.map((s) => ({
        key: s.column,
        label: s.label,
        label_en: s.label_en ?? null,
        unit: s.unit ?? meta.unit,
        unit_en: (s.unit ? s.unit_en : meta.unit_en) ?? null,
      })),
    ],
    rows: rows.map((row) =>
      Object.fromEntries<string | number | null>([
        [meta.category.column, row.category],
        ...meta.series.map((s, i) => [s.column, row.values[i] ?? null] as const),
      ]),
    ),
    planned: rows.flatMap((row) =>
      meta.series.flatMap((s, i) => {
        const plan = row.planned?.[i];
        return plan ? [{ row: row.category, column: s.column, value: plan.value, at_least: plan.atLeast, word: plan.word }] : [];
      }),
    ),
  };
}

export const toJsonText = (stat: Statistic) => `${JSON.stringify(toJson(stat), null, 2)}\n`;

/** Size in bytes of the file as served (UTF-8), for the link text. */
export function byteSize(text: string): number {
  return new TextEncoder().encode(text).length;
}
