/**
 * Reads and validates every data file in a data directory. Returns the site's data and every problem found;
 * callers decide what to do with problems (the CLI prints them, the build stops on them).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { z } from 'astro/zod';
import { decodeDataFile } from './parse/decode.ts';
import { casesFileSchema, type SupportCase } from './schemas/case.ts';
import { decimal, ID_PATTERN } from './schemas/fields.ts';
import { faqFileSchema, type FaqFile, type FaqItem } from './schemas/faq.ts';
import { newsFileSchema, type NewsItem } from './schemas/news.ts';
import { patentFieldsSchema, patentSchema, type PatentField, type PatentRow } from './schemas/patent.ts';
import { seminarSchema, type SeminarRow } from './schemas/seminar.ts';
import { statisticMetaSchema, type StatisticMeta } from './schemas/statistic.ts';
import { windowSchema, type WindowRow } from './schemas/window.ts';
import { fiscalYearOf, weekdayOf, type WeekdayJa } from './utils/dates.ts';
import { nearest } from './utils/distance.ts';
import { findPrefecture, type RegionId } from './utils/prefectures.ts';
import { normalizeCode } from './utils/normalize.ts';
import { findDuplicates, validateCsvText, type CsvFileResult } from './validate/csv-file.ts';
import { compareSeminars } from '#src/utils/seminars/order.ts';
import { compareIssues, type DataIssue } from './validate/issues.ts';
import { fileMessages } from './validate/messages.ts';
import { formatPath, validateYamlText } from './validate/yaml-file.ts';

export interface Seminar extends SeminarRow {
  prefectureCode: string;
  region: RegionId;
  weekdayJa: WeekdayJa;
  fiscalYear: number;
}
export type Patent = PatentRow;
export type FaqCategory = FaqFile['category'] & { items: FaqItem[] };
export interface StatisticRow {
  category: string;
  /** null = no data (an empty cell), kept distinct from 0. */
  values: (number | null)[];
}
export interface Statistic {
  id: string;
  meta: StatisticMeta;
  rows: StatisticRow[];
}
export type ConsultationWindow = WindowRow;
export type { SupportCase, NewsItem, PatentField };

export interface SiteData {
  seminars: Seminar[];
  patents: Patent[];
  patentFields: PatentField[];
  faq: FaqCategory[];
  statistics: Statistic[];
  windows: ConsultationWindow[];
  cases: SupportCase[];
  news: NewsItem[];
}

export interface LoadResult {
  data: SiteData;
  issues: DataIssue[];
  /** Records read from the files (valid or not), per kind: what "rows in" means for the lossless check. */
  recordsRead: Record<keyof SiteData, number>;
}

export const DATA_FILES = {
  seminars: 'seminars.csv',
  patents: 'patents.csv',
  patentFields: 'patent-fields.yaml',
  faq: 'faq',
  statistics: 'statistics',
  windows: 'windows.csv',
  cases: 'cases.yaml',
  news: 'news.yaml',
} as const;

export function loadSiteData(dataDir: string): LoadResult {
  const issues: DataIssue[] = [];
  const show = (path: string) => displayPath(join(dataDir, path));
  const read = (path: string): string | undefined => {
    const absolute = join(dataDir, path);
    if (!existsSync(absolute)) {
      issues.push({ file: show(path), message: fileMessages.missingFile() });
      return undefined;
    }
    const decoded = decodeDataFile(readFileSync(absolute));
    if (decoded.ok) return decoded.text;
    const message =
      decoded.encoding === 'shift_jis' ? fileMessages.shiftJis(show(path)) : decoded.encoding === 'utf-16' ? fileMessages.utf16() : fileMessages.notUtf8();
    issues.push({ file: show(path), ...(decoded.line ? { line: decoded.line } : {}), message });
    return undefined;
  };
  const csv = <S extends z.ZodObject>(path: string, schema: S): CsvFileResult<z.output<S>> => {
    const text = read(path);
    if (text === undefined) return { rows: [], issues: [], rowCount: 0, header: [] };
    const result = validateCsvText(show(path), text, schema);
    issues.push(...result.issues);
    return result;
  };
  const yaml = <S extends z.ZodType>(path: string, schema: S) => {
    const text = read(path);
    if (text === undefined) return undefined;
    const result = validateYamlText(show(path), text, schema);
    issues.push(...result.issues);
    return result;
  };

  // Patent fields first: patents refer to them.
  const fieldsFile = yaml(DATA_FILES.patentFields, patentFieldsSchema);
  const patentFields = fieldsFile?.value?.fields ?? [];
  if (fieldsFile?.value) {
    issues.push(...duplicatesIn(show(DATA_FILES.patentFields), patentFields.map((f, i) => ({ key: f.id, path: ['fields', i, 'id'] })), fieldsFile.locate));
  }

  const seminarFile = csv(DATA_FILES.seminars, seminarSchema);
  issues.push(...findDuplicates(show(DATA_FILES.seminars), seminarFile, 'id', (row) => row.id));

  const patentFile = csv(DATA_FILES.patents, patentSchema);
  issues.push(...findDuplicates(show(DATA_FILES.patents), patentFile, 'license_no', (row) => row.license_no));
  if (fieldsFile?.value) issues.push(...unknownFieldIds(show(DATA_FILES.patents), patentFile, patentFields));

  const windowFile = csv(DATA_FILES.windows, windowSchema);
  issues.push(...findDuplicates(show(DATA_FILES.windows), windowFile, 'id', (row) => row.id));

  const casesFile = yaml(DATA_FILES.cases, casesFileSchema);
  const cases = casesFile?.value?.cases ?? [];
  if (casesFile?.value) issues.push(...duplicatesIn(show(DATA_FILES.cases), cases.map((c, i) => ({ key: c.id, path: ['cases', i, 'id'] })), casesFile.locate));

  const newsFile = yaml(DATA_FILES.news, newsFileSchema);
  const news = newsFile?.value?.news ?? [];
  if (newsFile?.value) issues.push(...duplicatesIn(show(DATA_FILES.news), news.map((n, i) => ({ key: n.id, path: ['news', i, 'id'] })), newsFile.locate));

  const faq = loadFaq(dataDir, show, yaml, issues);
  const statistics = loadStatistics(dataDir, show, read, issues);

  const seminars = seminarFile.rows.map(({ value }) => toSeminar(value));
  const data: SiteData = {
    seminars: seminars.sort(compareSeminars),
    patents: patentFile.rows.map(({ value }) => value),
    patentFields,
    faq: faq.categories,
    statistics: statistics.list,
    windows: windowFile.rows.map(({ value }) => value).sort((a, b) => a.order - b.order),
    cases: [...cases].sort((a, b) => a.order - b.order),
    news: [...news].sort((a, b) => b.date.localeCompare(a.date)),
  };
  return {
    data,
    issues: issues.sort(compareIssues),
    recordsRead: {
      seminars: seminarFile.rowCount,
      patents: patentFile.rowCount,
      patentFields: patentFields.length,
      faq: faq.itemCount,
      statistics: statistics.fileCount,
      windows: windowFile.rowCount,
      cases: cases.length,
      news: news.length,
    },
  };
}

function toSeminar(row: SeminarRow): Seminar {
  const prefecture = findPrefecture(row.prefecture)!;
  return { ...row, prefectureCode: prefecture.code, region: prefecture.region, weekdayJa: weekdayOf(row.date)!, fiscalYear: fiscalYearOf(row.date)! };
}

type YamlLoader = <S extends z.ZodType>(path: string, schema: S) => ReturnType<typeof validateYamlText<S>> | undefined;

function loadFaq(dataDir: string, show: (path: string) => string, yaml: YamlLoader, issues: DataIssue[]) {
  const files = listDataFiles(dataDir, DATA_FILES.faq, /\.ya?ml$/u, show, issues);
  const categories: FaqCategory[] = [];
  const firstSeen = new Map<string, string>();
  let itemCount = 0;
  for (const name of files) {
    const path = `${DATA_FILES.faq}/${name}`;
    const result = yaml(path, faqFileSchema);
    if (!result?.value) continue;
    const file = result.value;
    itemCount += file.items.length;
    const expected = name.replace(/\.ya?ml$/u, '');
    if (file.category.id !== expected) {
      const { line, column } = result.locate(['category', 'id']);
      issues.push({ file: show(path), line, column, field: 'category.id', message: fileMessages.categoryIdMismatch(file.category.id, expected) });
    }
    file.items.forEach((item, index) => {
      const { line, column } = result.locate(['items', index, 'id']);
      const here = `${show(path)}:${line}`;
      const earlier = firstSeen.get(item.id);
      if (earlier) issues.push({ file: show(path), line, column, field: formatPath(['items', index, 'id']), message: fileMessages.duplicateId(item.id, earlier) });
      else firstSeen.set(item.id, here);
    });
    categories.push({ ...file.category, items: file.items });
  }
  categories.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return { categories, itemCount };
}

function loadStatistics(dataDir: string, show: (path: string) => string, read: (path: string) => string | undefined, issues: DataIssue[]) {
  const files = listDataFiles(dataDir, DATA_FILES.statistics, /\.(ya?ml|csv)$/u, show, issues);
  const ids = new Set(files.map((name) => name.replace(/\.(ya?ml|csv)$/u, '')));
  const list: Statistic[] = [];
  for (const id of [...ids].sort()) {
    const yamlName = files.find((name) => name === `${id}.yaml` || name === `${id}.yml`);
    const csvName = `${id}.csv`;
    if (!yamlName) {
      issues.push({ file: show(`${DATA_FILES.statistics}/${csvName}`), message: fileMessages.statisticPair(`${id}.yaml`) });
      continue;
    }
    if (!files.includes(csvName)) {
      issues.push({ file: show(`${DATA_FILES.statistics}/${yamlName}`), message: fileMessages.statisticPair(csvName) });
      continue;
    }
    const yamlPath = `${DATA_FILES.statistics}/${yamlName}`;
    const metaText = read(yamlPath);
    if (metaText === undefined) continue;
    const metaResult = validateYamlText(show(yamlPath), metaText, statisticMetaSchema);
    issues.push(...metaResult.issues);
    if (!metaResult.value) continue;
    const meta = metaResult.value;
    const csvPath = `${DATA_FILES.statistics}/${csvName}`;
    const csvText = read(csvPath);
    if (csvText === undefined) continue;
    const columns = [meta.category.column, ...meta.series.map((s) => s.column)];
    const rowSchema = z.object(
      Object.fromEntries([
        [meta.category.column, statisticCategory(meta.category.kind)],
        ...meta.series.map((s) => [s.column, decimal().optional()] as const),
      ]),
    );
    const result = validateCsvText(show(csvPath), csvText, rowSchema);
    issues.push(...result.issues);
    if (result.header.length > 0 && result.header.join(',') !== columns.join(',')) {
      issues.push({ file: show(csvPath), line: 1, message: fileMessages.statisticHeader(columns) });
    }
    issues.push(...findDuplicates(show(csvPath), result, meta.category.column, (row) => String(row[meta.category.column])));
    list.push({
      id,
      meta,
      rows: result.rows.map(({ value }) => ({
        category: String(value[meta.category.column]),
        values: meta.series.map((s) => (typeof value[s.column] === 'number' ? (value[s.column] as number) : null)),
      })),
    });
  }
  list.sort((a, b) => a.meta.order - b.meta.order || a.id.localeCompare(b.id));
  return { list, fileCount: ids.size };
}

function statisticCategory(kind: StatisticMeta['category']['kind']) {
  if (kind === 'category') return z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string({ error: 'text' }).min(1, { error: 'required' }));
  return z.preprocess(
    (v) => (typeof v === 'string' ? normalizeCode(v) : v),
    z.string({ error: 'year' }).regex(/^\d{4}$/, { error: 'year' }),
  );
}

function listDataFiles(dataDir: string, folder: string, pattern: RegExp, show: (path: string) => string, issues: DataIssue[]): string[] {
  const absolute = join(dataDir, folder);
  if (!existsSync(absolute)) {
    issues.push({ file: show(folder), message: fileMessages.missingFile() });
    return [];
  }
  const names = readdirSync(absolute).filter((name) => pattern.test(name)).sort();
  for (const name of names) {
    if (!ID_PATTERN.test(name.replace(pattern, ''))) issues.push({ file: show(`${folder}/${name}`), message: fileMessages.fileName(name) });
  }
  return names.filter((name) => ID_PATTERN.test(name.replace(pattern, '')));
}

function duplicatesIn(file: string, entries: { key: string; path: PropertyKey[] }[], locate: (path: readonly PropertyKey[]) => { line: number; column: number }): DataIssue[] {
  const first = new Map<string, number>();
  const issues: DataIssue[] = [];
  for (const { key, path } of entries) {
    const { line, column } = locate(path);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, line);
    else issues.push({ file, line, column, field: formatPath(path), message: fileMessages.duplicateId(key, `${file}:${earlier}`) });
  }
  return issues;
}

function unknownFieldIds(file: string, result: CsvFileResult<PatentRow>, fields: readonly PatentField[]): DataIssue[] {
  const ids = fields.map((f) => f.id);
  const known = new Set(ids);
  const column = result.header.indexOf('field') + 1;
  return result.rows
    .filter(({ value }) => !known.has(value.field))
    .map(({ line, value }) => ({
      file,
      line,
      column,
      field: 'field',
      message: fileMessages.unknownReference(value.field, 'data/patent-fields.yaml', nearest(value.field, ids)),
    }));
}

export function displayPath(absolute: string): string {
  const fromCwd = relative(process.cwd(), absolute);
  return fromCwd.startsWith('..') || isAbsolute(fromCwd) ? absolute : fromCwd;
}

