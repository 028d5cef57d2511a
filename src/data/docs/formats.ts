/**
 * Puts a JSON Schema node into words for the 形式 / Format column of docs/data.md: type, allowed values,
 * patterns and bounds. Patterns that have no words here are shown as the regular expression itself.
 */
import { COLUMN_PATTERN, ID_PATTERN } from '../schemas/fields.ts';
import { APPLICATION_NO_PATTERN, IPC_PATTERN, LICENSE_NO_PATTERN, PATENT_NO_PATTERN } from '../schemas/patent.ts';
import type { Bilingual } from './kinds.ts';
import { SAFE_URL_PATTERN, TIME_PATTERN, type JsonSchemaNode } from './json-schema.ts';

export type Language = keyof Bilingual;
export type FileFormat = 'csv' | 'yaml';

const both = (ja: string, en: string): Bilingual => ({ ja, en });

/** `JSON Schema format` → words. */
const FORMAT_WORDS: Record<string, Bilingual> = {
  date: both('日付 `YYYY-MM-DD`（実在する日付）', 'date `YYYY-MM-DD` (a real calendar date)'),
  email: both('メールアドレス', 'email address'),
  uri: both('URL（`https:`・`http:`・`mailto:` のみ）', 'URL (`https:`, `http:` or `mailto:` only)'),
};

/** Regular expression source → words. */
const PATTERN_WORDS: Record<string, Bilingual> = {
  [ID_PATTERN.source]: both(
    'ID（半角英小文字・数字。区切りはハイフン1つ、先頭と末尾にハイフン不可）',
    'id: a–z and 0–9, words joined by single hyphens',
  ),
  [COLUMN_PATTERN.source]: both('列名（半角英小文字で始め、英小文字・数字・`_`）', 'column name: a–z first, then a–z, 0–9 or `_`'),
  [LICENSE_NO_PATTERN.source]: both('`L` ＋ 西暦4桁 ＋ 連番6〜7桁（例 `L2016001200`）', '`L` + 4-digit year + 6- or 7-digit serial (e.g. `L2016001200`)'),
  [APPLICATION_NO_PATTERN.source]: both('`特願YYYY-NNNNNN` または `YYYY-NNNNNN`', '`特願YYYY-NNNNNN` or `YYYY-NNNNNN`'),
  [PATENT_NO_PATTERN.source]: both('`特許第NNNNNNN号` または `NNNNNNN`（7桁）', '`特許第NNNNNNN号` or `NNNNNNN` (7 digits)'),
  [IPC_PATTERN.source]: both('IPC記号（例 `G06F 16/30`、4文字目の後の空白は省略可）', 'IPC symbol (e.g. `G06F 16/30`; the space may be left out)'),
  [TIME_PATTERN]: both('時刻 `HH:MM`（24時間制、00:00〜23:59）', 'time `HH:MM` (24-hour, 00:00–23:59)'),
  [SAFE_URL_PATTERN]: both('URL（`https:`・`http:`・`mailto:` のみ）', 'URL (`https:`, `http:` or `mailto:` only)'),
  '^[0-9０-９][0-9０-９\\-－ ()（）内線]*$': both('電話番号（数字で始め、数字・ハイフン・空白・括弧・「内線」）', 'phone number: starts with a digit; digits, hyphens, spaces, brackets and 内線'),
};

/** Enumerations longer than this are shortened to first, second, …, last. */
const LONG_ENUM = 12;

const code = (value: unknown) => `\`${String(value)}\``;

function enumWords(values: readonly unknown[]): Bilingual {
  if (values.length > LONG_ENUM) {
    const shown = `${code(values[0])}, ${code(values[1])}, …, ${code(values[values.length - 1])}`;
    return both(`${shown}（全${values.length}件）のいずれか`, `one of ${values.length} values: ${shown}`);
  }
  const shown = values.map(code).join(', ');
  return both(`${shown} のいずれか`, `one of ${shown}`);
}

function stringWords(node: JsonSchemaNode): Bilingual {
  if (node.format && FORMAT_WORDS[node.format]) return FORMAT_WORDS[node.format]!;
  if (node.pattern) return PATTERN_WORDS[node.pattern] ?? both(`正規表現 \`${node.pattern}\` に合う文字列`, `text matching \`${node.pattern}\``);
  if (node.contentMediaType === 'text/markdown') return both('Markdown（HTMLタグ不可）', 'Markdown (no raw HTML)');
  return both('文字列', 'text');
}

function integerWords(node: JsonSchemaNode): Bilingual {
  if (node.minimum !== undefined) return both(`${node.minimum}以上の整数`, `whole number, ${node.minimum} or more`);
  return both('整数', 'whole number');
}

/** Words for one value (not a list). */
function valueWords(node: JsonSchemaNode): Bilingual {
  if (node.enum) return enumWords(node.enum);
  switch (node.type) {
    case 'string':
      return stringWords(node);
    case 'integer':
      return integerWords(node);
    case 'number':
      return both('数値', 'number');
    case 'boolean':
      return both('`true` または `false`', '`true` or `false`');
    case 'object':
      return both('マッピング（`キー: 値`）', 'mapping (`key: value`)');
    default:
      return both('任意の値', 'any value');
  }
}

const atLeast = (node: JsonSchemaNode): Bilingual =>
  node.minItems ? both(`、${node.minItems}件以上`, `, at least ${node.minItems}`) : both('', '');

/** The 形式 / Format cell for a field. */
export function formatWords(node: JsonSchemaNode, file: FileFormat): Bilingual {
  if (node.type !== 'array') return valueWords(node);
  const items = node.items ?? {};
  const min = atLeast(node);
  if (items.type === 'object') return both(`リスト（各要素はマッピング${min.ja}）`, `list of mappings${min.en}`);
  const item = valueWords(items);
  return file === 'csv'
    ? both(`\`;\` 区切りのリスト${min.ja}。各要素: ${item.ja}`, `list separated by \`;\`${min.en}; each item: ${item.en}`)
    : both(`リスト（\`- 項目\` の並び${min.ja}）。各要素: ${item.ja}`, `list (\`- item\` lines${min.en}); each item: ${item.en}`);
}

/** A value as staff would write it in the file, for the 例 / Example column. */
export function exampleText(value: unknown, file: FileFormat): string {
  if (Array.isArray(value)) return file === 'csv' ? value.map(String).join(';') : `[${value.map(String).join(', ')}]`;
  return String(value);
}
