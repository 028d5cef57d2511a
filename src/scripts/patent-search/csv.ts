/**
 * CSV of a search's results, made in the browser: UTF-8 with a byte order mark (so Excel reads the Japanese),
 * CRLF lines, RFC 4180 quoting, and text that a spreadsheet would run as a formula neutralized — the same rules
 * as the statistics downloads (src/utils/csv/write.ts, checked against csv-stringify). Labels are in the page's
 * language; every public column of the record, numbers as 特許第N号 and 特願YYYY-NNNNNN (the record table holds them so).
 */
import type { PatentMeta } from '#src/utils/search/patent-contract.ts';
import { CSV_BOM, csvText } from '#src/utils/csv/write.ts';
import { dateStamp } from './state.ts';
import { TEXT, type SearchLabels } from './text.ts';

export { CSV_BOM };

export const CSV_COLUMNS = [
  'license_no',
  'title',
  'field',
  'holder',
  'holder_type',
  'license_terms',
  'registered',
  'patent_no',
  'application_no',
  'ipc',
  'summary',
  'keywords',
  'applied_products',
  'contact',
  'url',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The detail page of a record, absolute: https://…/patents/L20050000325/ */
export function detailUrl(origin: string, licenseNo: string): string {
  return `${origin.replace(/\/+$/u, '')}/patents/${encodeURIComponent(licenseNo)}/`;
}

/** One record as the CSV's cells, in CSV_COLUMNS order. */
export function csvCells(meta: PatentMeta, labels: SearchLabels, origin: string): string[] {
  const title = labels.lang === 'en' && meta.title_en ? meta.title_en : meta.title;
  return [
    meta.license_no,
    title,
    labels.fields[meta.field] ?? meta.field,
    meta.holder,
    labels.holderTypes[meta.holder_type] ?? meta.holder_type,
    labels.licenseTerms[meta.license_terms] ?? meta.license_terms,
    meta.registered,
    meta.patent_no ?? '',
    meta.application_no ?? '',
    meta.ipc ?? '',
    meta.summary ?? '',
    meta.keywords ?? '',
    meta.applied_products ?? '',
    meta.contact ?? '',
    detailUrl(origin, meta.license_no),
  ];
}

export function patentCsv(records: readonly PatentMeta[], labels: SearchLabels, origin: string): string {
  const header = CSV_COLUMNS.map((column) => TEXT[labels.lang].columns[column]);
  const lines = [header, ...records.map((meta) => csvCells(meta, labels, origin))];
  return csvText(lines);
}

/** patents-20260405.csv */
export function csvFilename(date: Date): string {
  return `patents-${dateStamp(date)}.csv`;
}
