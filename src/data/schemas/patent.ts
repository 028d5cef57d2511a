import { z } from 'astro/zod';
import { doc, flag, id, isoDate, list, oneOf, text, withRules } from './fields.ts';
import { normalizeCode } from '../utils/normalize.ts';
import { parseIsoDate } from '../utils/dates.ts';

export const HOLDER_TYPES = ['company', 'university', 'public_research', 'individual', 'other'] as const;
export const LICENSE_TERMS = ['license', 'assignment', 'either'] as const;

// The contract says L + year + 7 digits, yet its own example (L2016001200) and the real database use 6: accept both.
export const LICENSE_NO_PATTERN = /^L\d{4}\d{6,7}$/;
/** 特願2012-123456 or 2012-123456 */
export const APPLICATION_NO_PATTERN = /^(?:特願)?(\d{4})-(\d{6})$/u;
/** 特許第5946067号 or 5946067 */
export const PATENT_NO_PATTERN = /^(?:特許第)?(\d{7})号?$/u;
/** IPC symbol such as G06F 16/30 (the space is optional). */
export const IPC_PATTERN = /^[A-H]\d{2}[A-Z] ?\d{1,4}\/\d{1,6}$/;

const code = (pattern: RegExp, error: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? normalizeCode(value).toUpperCase() : value),
    z.string({ error }).regex(pattern, { error }),
  );

export const patentSchema = withRules(
  z.object({
    license_no: z
      .preprocess((value) => (typeof value === 'string' ? normalizeCode(value).toUpperCase() : value), z.string({ error: 'license_no' }).regex(LICENSE_NO_PATTERN, { error: 'license_no' }))
      .meta(doc('ライセンス番号（L＋西暦4桁＋連番6〜7桁、一意）', 'License number: L + 4-digit year + a 6- or 7-digit serial (unique)', ['L2016001200'])),
    title: text().meta(doc('発明の名称', 'Title of the invention')),
    title_en: text().optional().meta(doc('英語の名称', 'Title in English')),
    summary: text().meta(doc('概要', 'Summary')),
    field: id().meta(doc('分野ID（data/patent-fields.yaml の id）', 'Field id from data/patent-fields.yaml', ['machinery'])),
    holder: text().meta(doc('権利者', 'Rights holder')),
    holder_type: oneOf(HOLDER_TYPES).meta(
      doc('権利者種別: company（企業）, university（大学）, public_research（公的研究機関）, individual（個人）, other（その他）', 'Holder type: company, university, public_research (public research institute), individual, other', ['university']),
    ),
    application_no: code(APPLICATION_NO_PATTERN, 'application_no')
      .optional()
      .meta(doc('出願番号（特願2012-123456 または 2012-123456）', 'Application number', ['特願2012-123456'])),
    patent_no: code(PATENT_NO_PATTERN, 'patent_no')
      .optional()
      .meta(doc('特許番号（特許第5946067号 または 5946067）', 'Patent number', ['特許第5946067号'])),
    ipc: list(code(IPC_PATTERN, 'ipc'))
      .optional()
      .meta(doc('国際特許分類（セミコロン区切り）', 'IPC symbols, semicolon-separated', ['G06F 16/30;H04L 9/00'])),
    license_terms: oneOf(LICENSE_TERMS).meta(doc('ライセンス形態: license（実施許諾）, assignment（譲渡）, either（いずれも可）', 'License terms: license (licence to use), assignment (transfer of the right), either', ['license'])),
    applied_products: text().optional().meta(doc('応用製品', 'Applied products')),
    keywords: list(text()).optional().meta(doc('キーワード（セミコロン区切り）', 'Keywords, semicolon-separated', ['センサー;IoT'])),
    registered: isoDate().meta(doc('登録日（YYYY-MM-DD）', 'Registration date (YYYY-MM-DD)', ['2016-04-01'])),
    updated: isoDate().optional().meta(doc('更新日（登録日以降）', 'Last updated (not before registered)', ['2016-05-10'])),
    contact: text().optional().meta(doc('問合せ先', 'Contact')),
    sample: flag().default(false).meta(doc('サンプルデータなら true', 'true for sample data', ['true'])),
  }),
  (row, ctx) => {
    // Only compare real dates: an impossible registered date (2016-02-30) is reported on its own.
    if (typeof row.registered === 'string' && typeof row.updated === 'string' && parseIsoDate(row.registered) && parseIsoDate(row.updated) && row.updated < row.registered) {
      ctx.addIssue({ code: 'custom', path: ['updated'], message: 'updated_before_registered', params: { registered: row.registered } });
    }
  },
  {
    rules: [
      doc('updated は registered と同じかそれ以降', 'updated is not before registered'),
      doc('license_no はファイル内で一意', 'license_no is unique in the file'),
      doc('field は data/patent-fields.yaml にある id', 'field is an id listed in data/patent-fields.yaml'),
    ],
  },
);

export type PatentRow = z.output<typeof patentSchema>;

export const patentFieldsSchema = z
  .object({
    fields: z
      .array(
        z.object({
          id: id().meta(doc('分野ID', 'Field id', ['machinery'])),
          ja: text().meta(doc('分野名', 'Field name in Japanese', ['機械・加工'])),
          en: text().meta(doc('英語の分野名', 'Field name in English', ['Machinery and processing'])),
        }).strict(),
      )
      .min(1, { error: 'list_empty' }),
  })
  .strict();

export type PatentField = z.output<typeof patentFieldsSchema>['fields'][number];
