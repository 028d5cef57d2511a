/**
 * The data kinds staff edit, in the order the docs list them: where each lives, which schema checks it and
 * one line on what it is. File locations come from DATA_FILES, fields and rules from the schemas.
 */
import type { z } from 'astro/zod';
import { DATA_FILES } from '../load-files.ts';
import { casesFileSchema } from '../schemas/case.ts';
import { faqFileSchema } from '../schemas/faq.ts';
import { newsFileSchema } from '../schemas/news.ts';
import { patentFieldsSchema, patentSchema } from '../schemas/patent.ts';
import { selfCheckFileSchema } from '../schemas/self-check.ts';
import { seminarSchema } from '../schemas/seminar.ts';
import { statisticMetaSchema } from '../schemas/statistic.ts';
import { windowSchema } from '../schemas/window.ts';

export interface Bilingual {
  ja: string;
  en: string;
}

export interface DataKind {
  /** Anchor and JSON Schema id, e.g. seminars.row */
  name: string;
  /** Where the file lives, as staff see it, e.g. data/seminars.csv or data/faq/<category>.yaml */
  path: string;
  format: 'csv' | 'yaml';
  /** For CSV kinds the schema of one row; for YAML kinds the schema of the whole file. */
  schema: z.ZodType;
  /** File name under docs/json-schema/. */
  jsonSchemaFile: string;
  title: Bilingual;
  summary: Bilingual;
}

const at = (path: string) => `data/${path}`;

export const DATA_KINDS: readonly DataKind[] = [
  {
    name: 'seminars.row',
    path: at(DATA_FILES.seminars),
    format: 'csv',
    schema: seminarSchema,
    jsonSchemaFile: 'seminars.row.schema.json',
    title: { ja: 'セミナー', en: 'Seminars' },
    summary: {
      ja: 'セミナーの開催回を1行に1回ずつ書きます（過去の開催実績と今後の予定）。',
      en: 'One row per seminar session, past and upcoming.',
    },
  },
  {
    name: 'patents.row',
    path: at(DATA_FILES.patents),
    format: 'csv',
    schema: patentSchema,
    jsonSchemaFile: 'patents.row.schema.json',
    title: { ja: '開放特許', en: 'Open patents' },
    summary: {
      ja: 'ライセンス可能な開放特許を1行に1件ずつ書きます。',
      en: 'One row per patent offered for licensing.',
    },
  },
  {
    name: 'patent-fields',
    path: at(DATA_FILES.patentFields),
    format: 'yaml',
    schema: patentFieldsSchema,
    jsonSchemaFile: 'patent-fields.schema.json',
    title: { ja: '開放特許の技術分野', en: 'Patent technology fields' },
    summary: {
      ja: 'patents.csv の field 列で使う技術分野の一覧です。並び順がサイトでの表示順です。',
      en: 'The technology fields that the field column of patents.csv refers to; the list order is the display order.',
    },
  },
  {
    name: 'faq',
    path: `${at(DATA_FILES.faq)}/<category>.yaml`,
    format: 'yaml',
    schema: faqFileSchema,
    jsonSchemaFile: 'faq.schema.json',
    title: { ja: 'よくある質問', en: 'FAQ' },
    summary: {
      ja: 'よくある質問を、カテゴリごとに1ファイル（ファイル名 = カテゴリID）で書きます。',
      en: 'Frequently asked questions, one file per category (file name = category id).',
    },
  },
  {
    name: 'statistic',
    path: `${at(DATA_FILES.statistics)}/<id>.yaml`,
    format: 'yaml',
    schema: statisticMetaSchema,
    jsonSchemaFile: 'statistic.schema.json',
    title: { ja: '統計データ', en: 'Statistics' },
    summary: {
      ja: '統計1件につき、同じ名前の .yaml（表題・単位・列の意味）と .csv（数値）の2ファイルを置きます。',
      en: 'Each statistic is a pair of files with the same name: a .yaml (title, units, what each column means) and a .csv (the numbers).',
    },
  },
  {
    name: 'windows.row',
    path: at(DATA_FILES.windows),
    format: 'csv',
    schema: windowSchema,
    jsonSchemaFile: 'windows.row.schema.json',
    title: { ja: '相談窓口', en: 'Consultation windows' },
    summary: {
      ja: '相談窓口を1行に1か所ずつ書きます。',
      en: 'One row per consultation window (help desk).',
    },
  },
  {
    name: 'cases',
    path: at(DATA_FILES.cases),
    format: 'yaml',
    schema: casesFileSchema,
    jsonSchemaFile: 'cases.schema.json',
    title: { ja: '支援事例', en: 'Support cases' },
    summary: {
      ja: '窓口が企業を支援した代表的な事例の一覧です。',
      en: 'Representative cases in which a service helped a company.',
    },
  },
  {
    name: 'news',
    path: at(DATA_FILES.news),
    format: 'yaml',
    schema: newsFileSchema,
    jsonSchemaFile: 'news.schema.json',
    title: { ja: 'お知らせ', en: 'News' },
    summary: {
      ja: 'サイトのお知らせの一覧です（新しい日付から順に表示）。',
      en: 'News items shown on the site, newest first.',
    },
  },
  {
    name: 'self-check',
    path: at(DATA_FILES.selfCheck),
    format: 'yaml',
    schema: selfCheckFileSchema,
    jsonSchemaFile: 'self-check.schema.json',
    title: { ja: '営業秘密管理セルフチェック', en: 'Trade secret self-check' },
    summary: {
      ja: '営業秘密管理セルフチェック（/trade-secret/self-check/）の質問です。groups にグループ（3要件と対策の種類）と次に読むページ、questions に質問を書きます。',
      en: 'The questions of the trade secret self-check (/trade-secret/self-check/): groups (the three requirements and the kinds of measure) with pages to read next, and the questions.',
    },
  },
];
