/**
 * Validates data files read through a DataSource: every file on its own, then the checks between files.
 * Pure (no node:fs), so `npm run validate` (load.ts, files on disk) and the browser checker (check-files.ts,
 * files chosen on /data-check/ with the published facts for the rest) run the same code and messages.
 */
import { z } from 'astro/zod';
import { decodeDataFile } from './parse/decode.ts';
import { casesFileSchema, type SupportCase } from './schemas/case.ts';
import { ID_PATTERN } from './schemas/fields.ts';
import { faqFileSchema, type FaqFile, type FaqItem } from './schemas/faq.ts';
import { newsFileSchema, type NewsItem } from './schemas/news.ts';
import { patentFieldsSchema, patentSchema, type PatentField, type PatentRow } from './schemas/patent.ts';
import { selfCheckFileSchema, type SelfCheckGroup, type SelfCheckQuestion } from './schemas/self-check.ts';
import { seminarSchema, type SeminarRow } from './schemas/seminar.ts';
import { statisticMetaSchema, statisticValue, type StatisticMeta } from './schemas/statistic.ts';
import type { PlannedValue } from '../utils/statistics/planned.ts';
import { windowSchema, type WindowRow } from './schemas/window.ts';
import { fiscalYearOf, weekdayOf, type WeekdayJa } from './utils/dates.ts';
import { nearest } from './utils/distance.ts';
import { findPrefecture, type RegionId } from './utils/prefectures.ts';
import { normalizeCode } from './utils/normalize.ts';
import { findDuplicates, validateCsvBytes, validateCsvText, type CsvFileResult, type KeepValue, type ParseRow } from './validate/csv-file.ts';
import { compareIssues, type DataIssue } from './validate/issues.ts';
import { fileMessages } from './validate/messages.ts';
import { formatPath, validateYamlText } from './validate/yaml-file.ts';
import { internalLinkIssues, type MarkdownValue } from './validate/internal-links.ts';
import { siteRoutes } from './validate/site-routes.ts';
import { compareSeminars } from '../utils/seminars/order.ts';

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
  /** Results only: null = no data (an empty cell), kept distinct from 0, or a planned figure (see `planned`). */
  values: (number | null)[];
  /** Per series, a planned figure (20（予定）) where the cell holds one; absent when the row has none. */
  planned?: (PlannedValue | null)[];
}
export interface Statistic {
  id: string;
  meta: StatisticMeta;
  rows: StatisticRow[];
}
export type ConsultationWindow = WindowRow;
export type { SupportCase, NewsItem, PatentField, SelfCheckGroup, SelfCheckQuestion };

export interface SiteData {
  seminars: Seminar[];
  patents: Patent[];
  patentFields: PatentField[];
  faq: FaqCategory[];
  statistics: Statistic[];
  windows: ConsultationWindow[];
  cases: SupportCase[];
  news: NewsItem[];
  /** The trade-secret self-check: groups in display order, questions in their groups' order. */
  selfCheckGroups: SelfCheckGroup[];
  selfCheckQuestions: SelfCheckQuestion[];
}

export interface LoadResult {
  data: SiteData;
  issues: DataIssue[];
  /** Records read from the files (valid or not), per kind: what "rows in" means for the lossless check. */
  recordsRead: Record<keyof SiteData, number>;
  /** What the checks between files need from these files (the build publishes it for the browser checker). */
  facts: PublishedFacts;
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
  selfCheck: 'self-check.yaml',
} as const;

/** Where the loader gets its files: a data directory on disk (load.ts) or the files chosen in a browser. */
export interface DataSource {
  /** How a path inside the data directory (seminars.csv, faq/x.yaml) appears in messages: data/seminars.csv. */
  show: (path: string) => string;
  /** Whether this file is checked here. When not, only its published facts are used (the browser checker). */
  checks: (path: string) => boolean;
  /** The file's bytes, or undefined when it does not exist (reported as missing). */
  read: (path: string) => Uint8Array | undefined;
  /** File names in a folder (faq, statistics), or undefined when it does not exist. */
  list: (folder: string) => string[] | undefined;
  /** Facts of the files that are not checked here, for the checks between files. */
  published?: PublishedFacts;
}

/**
 * What the checks between files need from a valid data set: the build writes it as /data-check/published.json,
 * so files chosen in the browser are checked together with the published data for the rest.
 */
export interface PublishedFacts {
  patentFields: PatentField[];
  /** data/patents.csv: the field column's number and, per field id, the lines that use it. */
  patentFieldUses: FieldUses;
  /** File names in each folder. */
  folders: { faq: string[]; statistics: string[] };
  /** Per FAQ file name: each item's id and where it stands. */
  faqIds: Record<string, FaqIdAt[]>;
  /** Per statistic id: its YAML's meta and its CSV's text. */
  statistics: Record<string, { meta: StatisticMeta; csv: string }>;
  /** Every page the published data produces but the patents' own, and the files served as they are: targets of links in Markdown. */
  routes: string[];
  /** License numbers of the published patents, each of which has a page /patents/<license_no>/. */
  patents: string[];
  publicFiles: string[];
}

export interface LoadOptions {
  /** Prose page slugs (about, guides/x) in content/; English ones are the same pages. */
  contentPages?: readonly string[];
  /** Files served as they are (favicon.svg) from public/. */
  publicFiles?: readonly string[];
  /**
   * 'keys' when only the problems are wanted (npm run validate): each patent row is checked as it is read, only
   * what the checks across rows need is kept (PatentKeys), and data.patents is left empty.
   */
  patents?: 'rows' | 'keys';
  /** How each CSV row is parsed, per schema (see ParseRow): schema.safeParse when not given. */
  rowParser?: <S extends z.ZodObject>(schema: S) => ParseRow<S>;
}

/** What the checks across rows and files need from a patent row. */
export type PatentKeys = Pick<PatentRow, 'license_no' | 'field' | 'registered'>;
const patentKeysOf = ({ license_no, field, registered }: PatentRow): PatentKeys => ({ license_no, field, registered });

interface FieldUses {
  column: number;
  /** Per field id, where it is used: the file line and the row Excel shows. */
  lines: Record<string, { line: number; row: number }[]>;
}
interface FaqIdAt {
  id: string;
  line: number;
  column: number;
}

export function loadDataFiles(source: DataSource, options: LoadOptions = {}): LoadResult {
  const issues: DataIssue[] = [];
  const markdownValues: MarkdownValue[] = [];
  const { show, published } = source;
  const facts: PublishedFacts = {
    patentFields: [],
    patentFieldUses: { column: 0, lines: {} },
    folders: { faq: [], statistics: [] },
    faqIds: {},
    statistics: {},
    routes: [],
    patents: [],
    publicFiles: [],
  };
  const read = (path: string, bytes = source.read(path)): string | undefined => {
    if (bytes === undefined) {
      issues.push({ file: show(path), message: fileMessages.missingFile() });
      return undefined;
    }
    const decoded = decodeDataFile(bytes);
    if (decoded.ok) return decoded.text;
    const message =
      decoded.encoding === 'shift_jis' ? fileMessages.shiftJis(show(path)) : decoded.encoding === 'utf-16' ? fileMessages.utf16() : fileMessages.notUtf8();
    issues.push({ file: show(path), ...(decoded.line ? { line: decoded.line } : {}), message });
    return undefined;
  };
  const csv = <S extends z.ZodObject, K = z.output<S>>(path: string, schema: S, keep?: KeepValue<S, K>): CsvFileResult<K> => {
    const empty = { rows: [], issues: [], rowCount: 0, header: [] };
    if (!source.checks(path)) return empty;
    // A UTF-8 file is read from its bytes; any other, or one with a syntax error, as text, which says what is wrong.
    const bytes = source.read(path);
    const parseRow = options.rowParser?.(schema);
    const fromBytes = bytes && validateCsvBytes(show(path), bytes, schema, keep, parseRow);
    if (fromBytes) {
      issues.push(...fromBytes.issues);
      return fromBytes;
    }
    const text = read(path, bytes);
    if (text === undefined) return empty;
    const result = validateCsvText(show(path), text, schema, keep, parseRow);
    issues.push(...result.issues);
    return result;
  };
  const yaml = <S extends z.ZodType>(path: string, schema: S) => {
    const text = source.checks(path) ? read(path) : undefined;
    if (text === undefined) return undefined;
    const result = validateYamlText(show(path), text, schema);
    issues.push(...result.issues);
    return result;
  };

  // Patent fields first: patents refer to them.
  const fieldsChecked = source.checks(DATA_FILES.patentFields);
  const fieldsFile = yaml(DATA_FILES.patentFields, patentFieldsSchema);
  const patentFields = fieldsFile?.value?.fields ?? [];
  if (fieldsFile?.value) {
    issues.push(...duplicatesIn(show(DATA_FILES.patentFields), patentFields.map((f, i) => ({ key: f.id, path: ['fields', i, 'id'] })), fieldsFile.locate));
  }
  const knownFields = fieldsChecked ? fieldsFile?.value && patentFields : published?.patentFields;
  facts.patentFields = patentFields;

  const seminarFile = csv(DATA_FILES.seminars, seminarSchema);
  issues.push(...findDuplicates(show(DATA_FILES.seminars), seminarFile, 'id', (row) => row.id));

  const patentsChecked = source.checks(DATA_FILES.patents);
  const fullPatents = options.patents === 'keys' ? undefined : csv(DATA_FILES.patents, patentSchema);
  const patentFile: CsvFileResult<PatentKeys> = fullPatents ?? csv(DATA_FILES.patents, patentSchema, patentKeysOf);
  issues.push(...findDuplicates(show(DATA_FILES.patents), patentFile, 'license_no', (row) => row.license_no));
  facts.patentFieldUses = fieldUsesOf(patentFile);
  const fieldUses = patentsChecked ? facts.patentFieldUses : published?.patentFieldUses;
  if (knownFields && fieldUses && (fieldsChecked || patentsChecked)) issues.push(...unknownFieldIds(show(DATA_FILES.patents), fieldUses, knownFields));

  const windowFile = csv(DATA_FILES.windows, windowSchema);
  issues.push(...findDuplicates(show(DATA_FILES.windows), windowFile, 'id', (row) => row.id));

  const casesFile = yaml(DATA_FILES.cases, casesFileSchema);
  const cases = casesFile?.value?.cases ?? [];
  if (casesFile?.value) issues.push(...duplicatesIn(show(DATA_FILES.cases), cases.map((c, i) => ({ key: c.id, path: ['cases', i, 'id'] })), casesFile.locate));

  const newsFile = yaml(DATA_FILES.news, newsFileSchema);
  const news = newsFile?.value?.news ?? [];
  if (newsFile?.value) {
    for (const [index, item] of news.entries()) {
      for (const key of ['body', 'body_en'] as const) {
        markdownValues.push({ file: show(DATA_FILES.news), path: ['news', index, key], text: item[key], locateText: newsFile.locateText });
      }
    }
  }
  if (newsFile?.value) issues.push(...duplicatesIn(show(DATA_FILES.news), news.map((n, i) => ({ key: n.id, path: ['news', i, 'id'] })), newsFile.locate));

  const selfCheckFile = yaml(DATA_FILES.selfCheck, selfCheckFileSchema);
  const selfCheckGroups = [...(selfCheckFile?.value?.groups ?? [])].sort((a, b) => a.order - b.order);
  const groupRank = new Map(selfCheckGroups.map((group, index) => [group.id, index]));
  const selfCheckQuestions = [...(selfCheckFile?.value?.questions ?? [])].sort((a, b) => groupRank.get(a.group)! - groupRank.get(b.group)!);

  const faq = loadFaq(source, yaml, issues, facts, markdownValues);
  const statistics = loadStatistics(source, read, issues, facts);

  const seminars = seminarFile.rows.map(({ value }) => toSeminar(value));
  const data: SiteData = {
    seminars: seminars.sort(compareSeminars),
    patents: fullPatents?.rows.map(({ value }) => value) ?? [],
    patentFields,
    faq: faq.categories,
    statistics: statistics.list,
    windows: windowFile.rows.map(({ value }) => value).sort((a, b) => a.order - b.order),
    cases: [...cases].sort((a, b) => a.order - b.order),
    news: [...news].sort((a, b) => b.date.localeCompare(a.date)),
    selfCheckGroups,
    selfCheckQuestions,
  };
  const patentKeys = patentFile.rows.map(({ value }) => value);
  const routes = siteRoutes({ ...data, patents: patentKeys }, options.contentPages);
  for (const route of published?.routes ?? []) routes.add(route);
  const patents = new Set(patentsChecked ? patentKeys.map((patent) => patent.license_no) : published?.patents);
  const publicFiles = options.publicFiles ?? published?.publicFiles ?? [];
  facts.routes = [...routes].sort();
  facts.patents = [...patents].sort();
  facts.publicFiles = [...publicFiles];
  issues.push(...internalLinkIssues(markdownValues, { routes, patents, publicFiles }));
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
      selfCheckGroups: selfCheckGroups.length,
      selfCheckQuestions: selfCheckQuestions.length,
    },
    facts,
  };
}

function toSeminar(row: SeminarRow): Seminar {
  const prefecture = findPrefecture(row.prefecture)!;
  return { ...row, prefectureCode: prefecture.code, region: prefecture.region, weekdayJa: weekdayOf(row.date)!, fiscalYear: fiscalYearOf(row.date)! };
}

type YamlLoader = <S extends z.ZodType>(path: string, schema: S) => ReturnType<typeof validateYamlText<S>> | undefined;

function loadFaq(source: DataSource, yaml: YamlLoader, issues: DataIssue[], facts: PublishedFacts, markdownValues: MarkdownValue[]) {
  const { show } = source;
  const files = listDataFiles(source, DATA_FILES.faq, /\.ya?ml$/u, issues);
  facts.folders.faq = files;
  const categories: FaqCategory[] = [];
  const firstSeen = new Map<string, string>();
  let itemCount = 0;
  for (const name of files) {
    const path = `${DATA_FILES.faq}/${name}`;
    const checked = source.checks(path);
    const result = yaml(path, faqFileSchema);
    let ids: FaqIdAt[];
    if (checked) {
      if (!result?.value) continue;
      const file = result.value;
      itemCount += file.items.length;
      const expected = name.replace(/\.ya?ml$/u, '');
      if (file.category.id !== expected) {
        const { line, column } = result.locate(['category', 'id']);
        issues.push({ file: show(path), line, column, field: 'category.id', message: fileMessages.categoryIdMismatch(file.category.id, expected) });
      }
      file.items.forEach((item, index) => {
        for (const key of ['answer', 'answer_en'] as const) {
          markdownValues.push({ file: show(path), path: ['items', index, key], text: item[key], locateText: result.locateText });
        }
      });
      ids = file.items.map((item, index) => ({ id: item.id, ...result.locate(['items', index, 'id']) }));
      facts.faqIds[name] = ids;
      categories.push({ ...file.category, items: file.items });
    } else {
      ids = source.published?.faqIds[name] ?? [];
    }
    ids.forEach(({ id, line, column }, index) => {
      const earlier = firstSeen.get(id);
      if (earlier) issues.push({ file: show(path), line, column, field: formatPath(['items', index, 'id']), message: fileMessages.duplicateId(id, earlier) });
      else firstSeen.set(id, `${show(path)}:${line}`);
    });
  }
  categories.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return { categories, itemCount };
}

function loadStatistics(source: DataSource, read: (path: string) => string | undefined, issues: DataIssue[], facts: PublishedFacts) {
  const { show } = source;
  const files = listDataFiles(source, DATA_FILES.statistics, /\.(ya?ml|csv)$/u, issues);
  facts.folders.statistics = files;
  const ids = new Set(files.map((name) => name.replace(/\.(ya?ml|csv)$/u, '')));
  const list: Statistic[] = [];
  let fileCount = 0;
  for (const id of [...ids].sort()) {
    const yamlName = files.find((name) => name === `${id}.yaml` || name === `${id}.yml`);
    const csvName = `${id}.csv`;
    const yamlChecked = yamlName !== undefined && source.checks(`${DATA_FILES.statistics}/${yamlName}`);
    const csvChecked = files.includes(csvName) && source.checks(`${DATA_FILES.statistics}/${csvName}`);
    // A published pair that is not checked here: nothing in it has changed.
    if (!yamlChecked && !csvChecked) continue;
    fileCount++;
    if (!yamlName) {
      issues.push({ file: show(`${DATA_FILES.statistics}/${csvName}`), message: fileMessages.statisticPair(`${id}.yaml`) });
      continue;
    }
    if (!files.includes(csvName)) {
      issues.push({ file: show(`${DATA_FILES.statistics}/${yamlName}`), message: fileMessages.statisticPair(csvName) });
      continue;
    }
    const yamlPath = `${DATA_FILES.statistics}/${yamlName}`;
    const publishedPair = source.published?.statistics[id];
    let found: StatisticMeta | undefined = publishedPair?.meta;
    if (yamlChecked) {
      const metaText = read(yamlPath);
      if (metaText === undefined) continue;
      const metaResult = validateYamlText(show(yamlPath), metaText, statisticMetaSchema);
      issues.push(...metaResult.issues);
      found = metaResult.value;
    }
    const meta = found;
    if (!meta) continue;
    const csvPath = `${DATA_FILES.statistics}/${csvName}`;
    const csvText = csvChecked ? read(csvPath) : publishedPair?.csv;
    if (csvText === undefined) continue;
    const columns = [meta.category.column, ...meta.series.map((s) => s.column)];
    const rowSchema = z.object(
      Object.fromEntries([
        [meta.category.column, statisticCategory(meta.category.kind)],
        ...meta.series.map((s) => [s.column, statisticValue()] as const),
      ]),
    );
    const result = validateCsvText(show(csvPath), csvText, rowSchema);
    issues.push(...result.issues);
    if (result.header.length > 0 && result.header.join(',') !== columns.join(',')) {
      issues.push({ file: show(csvPath), line: 1, message: fileMessages.statisticHeader(columns) });
    }
    issues.push(...findDuplicates(show(csvPath), result, meta.category.column, (row) => String(row[meta.category.column])));
    facts.statistics[id] = { meta, csv: csvText };
    list.push({
      id,
      meta,
      rows: result.rows.map(({ value }) => {
        const cells = meta.series.map((s) => value[s.column] as number | PlannedValue | undefined);
        const planned = cells.map((cell) => (typeof cell === 'object' ? cell : null));
        return {
          category: String(value[meta.category.column]),
          values: cells.map((cell) => (typeof cell === 'number' ? cell : null)),
          ...(planned.some((p) => p !== null) ? { planned } : {}),
        };
      }),
    });
  }
  list.sort((a, b) => a.meta.order - b.meta.order || a.id.localeCompare(b.id));
  return { list, fileCount };
}

function statisticCategory(kind: StatisticMeta['category']['kind']) {
  if (kind === 'category') return z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string({ error: 'text' }).min(1, { error: 'required' }));
  return z.preprocess(
    (v) => (typeof v === 'string' ? normalizeCode(v) : v),
    z.string({ error: 'year' }).regex(/^\d{4}$/, { error: 'year' }),
  );
}

function listDataFiles(source: DataSource, folder: string, pattern: RegExp, issues: DataIssue[]): string[] {
  const listed = source.list(folder);
  if (listed === undefined) {
    issues.push({ file: source.show(folder), message: fileMessages.missingFile() });
    return [];
  }
  const names = listed.filter((name) => pattern.test(name)).sort();
  const valid = (name: string) => ID_PATTERN.test(name.replace(pattern, ''));
  for (const name of names) {
    if (!valid(name) && source.checks(`${folder}/${name}`)) issues.push({ file: source.show(`${folder}/${name}`), message: fileMessages.fileName(name) });
  }
  return names.filter(valid);
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

/** Per field id, the lines of data/patents.csv that use it. */
function fieldUsesOf(result: CsvFileResult<PatentKeys>): FieldUses {
  const lines: FieldUses['lines'] = {};
  for (const { line, row, value } of result.rows) (lines[value.field] ??= []).push({ line, row });
  return { column: result.header.indexOf('field') + 1, lines };
}

function unknownFieldIds(file: string, uses: FieldUses, fields: readonly PatentField[]): DataIssue[] {
  const ids = fields.map((f) => f.id);
  const known = new Set(ids);
  return Object.entries(uses.lines)
    .filter(([field]) => !known.has(field))
    .flatMap(([field, lines]) =>
      lines.map(({ line, row }) => ({
        file,
        line,
        row,
        column: uses.column,
        field: 'field',
        message: fileMessages.unknownReference(field, 'data/patent-fields.yaml', nearest(field, ids)),
      })),
    );
}
