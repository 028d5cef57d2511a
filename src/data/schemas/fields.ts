/**
 * Field builders shared by every data kind. Each builder normalizes what Excel and Japanese typing
 * produce, then validates; the error strings are keys into ../validate/messages.ts.
 */
import { z } from 'astro/zod';
import { isSafeUrl } from '../utils/safe-url.ts';
import { markdownTargets } from '../utils/markdown-links.ts';
import { normalizeCode, trimCell } from '../utils/normalize.ts';
import { isIsoDateForm, isIsoTime, parseIsoDate } from '../utils/dates.ts';
import { excelDate, excelFlag, excelTime } from '../utils/excel.ts';

export interface FieldDoc {
  ja: string;
  en: string;
  examples?: string[];
}

/** Metadata read by the docs and JSON Schema generators. */
export function doc(ja: string, en: string, examples?: string[]) {
  return { description: `${ja} / ${en}`, ja, en, ...(examples ? { examples } : {}) };
}

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// YAML may hand over a number where text was meant (id: 2015, title: 123): treat it as typed text.
const scalarText = (value: unknown) => (typeof value === 'number' ? String(value) : value);
const asCode = (value: unknown) => {
  const scalar = scalarText(value);
  return typeof scalar === 'string' ? normalizeCode(scalar) : scalar;
};
const asText = (value: unknown) => {
  const scalar = scalarText(value);
  return typeof scalar === 'string' ? trimCell(scalar) : scalar;
};

/** Free text: kept as typed, only trimmed. */
export const text = () => z.preprocess(asText, z.string({ error: 'text' }).min(1, { error: 'required' }));

/** Markdown without raw HTML (rendered with HTML disabled; this check tells staff early). */
/** Site-relative paths and in-page anchors are fine in Markdown; absolute links must be safe URLs. */
const isSafeMarkdownLink = (url: string) => /^(?:\/(?!\/)|#)/u.test(url) || isSafeUrl(url);

export const markdown = () =>
  z.preprocess(
    asText,
    z
      .string({ error: 'text' })
      .min(1, { error: 'required' })
      .refine((value) => !/<\/?[a-z!?][^>]*>/iu.test(value), { error: 'raw_html', abort: true })
      .superRefine((value, ctx) => {
        for (const { kind, url } of markdownTargets(value)) {
          // Images from other sites are blocked by the Content-Security-Policy and would show broken.
          const safe = kind === 'image' ? /^\/(?!\/)/u.test(url) : isSafeMarkdownLink(url);
          if (!safe) ctx.addIssue({ code: 'custom', message: kind === 'image' ? 'markdown_image' : 'markdown_link', params: { url } });
        }
      }),
  );

export const id = () => z.preprocess(asCode, z.string({ error: 'text' }).regex(ID_PATTERN, { error: 'id' }));

export const COLUMN_PATTERN = /^[a-z][a-z0-9_]*$/;

/** A CSV column name such as fiscal_year. */
export const columnName = () => z.preprocess(asCode, z.string({ error: 'text' }).regex(COLUMN_PATTERN, { error: 'column_name' }));

/** A code-like cell in the form Excel wrote it, read into the contract's form where that is unambiguous. */
const fromExcel = (read: (value: string) => string | undefined) => (value: unknown) => {
  const code = asCode(value);
  return typeof code === 'string' ? (read(code) ?? code) : code;
};

/** YYYY-MM-DD; Excel's 2027/5/14 and 2027/05/14 are read as the same date. */
export const isoDate = () =>
  z.preprocess(
    fromExcel(excelDate),
    z
      .string({ error: 'date' })
      // No abort here: an abort would also stop the row's checks between columns (weekday against date).
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date' })
      .refine((value) => !isIsoDateForm(value) || parseIsoDate(value) !== undefined, { error: 'date_impossible' }),
  );

/** HH:MM; Excel's 9:30 and 9:30:00 are read as 09:30. */
export const isoTime = () =>
  z.preprocess(fromExcel(excelTime), z.string({ error: 'time' }).refine(isIsoTime, { error: 'time' }));

/** Whole numbers; accepts 1,234 and full-width digits in CSV cells. */
export const integer = (min = 0) =>
  z.preprocess(
    (value) => {
      if (typeof value !== 'string') return value;
      const normalized = normalizeCode(value);
      return /^-?(?:\d+|\d{1,3}(?:,\d{3})+)$/.test(normalized) ? Number(normalized.replaceAll(',', '')) : normalized;
    },
    z.number({ error: 'integer' }).int({ error: 'integer' }).min(min, { error: 'integer_min' }),
  );

/** Numbers for statistics: integer or decimal, thousands separators allowed. */
export const decimal = () =>
  z.preprocess(
    (value) => {
      if (typeof value !== 'string') return value;
      const normalized = normalizeCode(value);
      return /^-?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/.test(normalized)
        ? Number(normalized.replaceAll(',', ''))
        : normalized;
    },
    z.number({ error: 'number' }),
  );

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((value) => (typeof value === 'string' ? normalizeCode(value).toLowerCase() : value), z.enum(values, { error: 'enum' }));

export const safeUrl = () => z.preprocess(asCode, z.string({ error: 'url' }).refine(isSafeUrl, { error: 'url' }));

/** https: only: for links to official sites, which all serve https. */
export const httpsUrl = () =>
  z.preprocess(asCode, z.string({ error: 'url' }).refine((value) => isSafeUrl(value) && new URL(value).protocol === 'https:', { error: 'https_url' }));

export const email = () =>
  z.preprocess(asCode, z.string({ error: 'email' }).regex(/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>".]+$/u, { error: 'email' }));

/** true/false in any case (Excel writes TRUE and FALSE), yes/no, 1/0, はい/いいえ. */
export const flag = () =>
  z.preprocess((value) => (typeof value === 'string' ? (excelFlag(normalizeCode(value)) ?? value) : value), z.boolean({ error: 'boolean' }));

/** The items of a semicolon-separated CSV cell (full-width ； too), trimmed, empty ones dropped. */
export const splitList = (value: string) =>
  value
    .split(/[;；]/u)
    .map(trimCell)
    .filter((part) => part.length > 0);

/** A semicolon-separated list in a CSV cell (；also accepted), or a YAML sequence. */
export const list = <T extends z.ZodType>(item: T, minItems = 0) => {
  const array = z.array(item, { error: 'list' });
  return z.preprocess(
    (value) => (typeof value === 'string' ? splitList(value) : value),
    minItems > 0 ? array.min(minItems, { error: 'list_empty' }) : array,
  );
};

/** Rules that involve more than one field: run even when another field failed, so every error shows. */
export const always = { when: () => true } as const;

const rulesAsUsual = new WeakMap<z.ZodType, z.ZodType>();

/**
 * A CSV row schema: its columns, with rules across them that run even when a column failed (`always`: every problem
 * of a row shows at once), and its meta. It also keeps the same schema with the rules run as usual, only on a row
 * whose columns all passed (`withRulesAsUsual`): the two give the same result for every row that passes, and that one
 * z.compile can compile (validate/compiled-rows.ts), where a custom `when` keeps it from compiling.
 */
export function withRules<T extends z.ZodObject>(columns: T, rules: (row: z.output<T>, ctx: z.core.$RefinementCtx<z.output<T>>) => void, meta: z.GlobalMeta): T {
  const schema = columns.superRefine(rules, always).meta(meta);
  rulesAsUsual.set(schema, columns.superRefine(rules));
  return schema;
}

/** The schema made by withRules with its rules run as usual; undefined for any other schema. */
export const withRulesAsUsual = <T extends z.ZodType>(schema: T): T | undefined => rulesAsUsual.get(schema) as T | undefined;
