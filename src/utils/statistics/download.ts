/** CSV and JSON downloads of a dataset: language-neutral files, one per dataset. */
import type { Statistic } from '#src/data/load.ts';

/** Excel on Windows reads UTF-8 CSV correctly only with a byte order mark. */
export const CSV_BOM = '\uFEFF';

/** Download URLs (the same for both languages). */
export const csvPath = (id: string) => `/statistics/data/${id}.csv`;
export const jsonPath = (id: string) => `/statistics/data/${id}.json`;

/**
 * Text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP "CSV injection").
 * Numbers are written by us from parsed numbers, so they never pass through here.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/u.test(text) ? `'${text}` : text;
}

/** One RFC 4180 field: quoted when it holds a quote, comma or line break. null (no data) stays empty. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = guardFormula(value);
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

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
  const lines = [header, ...rows.map((row) => [row.category, ...row.values])];
  return CSV_BOM + lines.map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
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
  /** One object per row, keyed by column; null = no data (distinct from 0). */
  rows: Record<string, string | number | null>[];
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
  };
}

export const toJsonText = (stat: Statistic) => `${JSON.stringify(toJson(stat), null, 2)}\n`;

/** Size in bytes of the file as served (UTF-8), for the link text. */
export function byteSize(text: string): number {
  return new TextEncoder().encode(text).length;
}
