/**
 * The spelling-variant table (src/utils/search/variants.ts), compiled at build time from the npm package
 * sudachi-synonyms-dictionary (SudachiDict's synonyms.txt, Apache-2.0, © Works Applications).
 *
 * Only notation variants are kept: spellings of the same word (same group and vocabulary number) that are its
 * representative form (代表語, not 対訳, 別称, 旧称 or 間違い), written as its usual form or an abbreviation (代表語形,
 * 略語・略称; not alphabet abbreviations such as SP), in the usual or a variant notation (代表表記, 異表記・表記ゆれ,
 * 間違い表記; not English spellings, which would pull English queries to Japanese records). Entries marked
 * 「常に展開に使用しない」 (expand control 2) are left out. Expand control 1 (a word that does not trigger
 * synonym expansion) is kept: between spellings of one word (漏洩 and 漏えい) there is nothing to expand.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { compareForm, variantLookup, type VariantLookup, type VariantTable } from '../utils/search/variants.ts';

/** The compiled table, in git (about 200 kB, against 14.5 MB of dictionary): `npm run search:variants` writes it. */
export const VARIANT_TABLE_FILE = new URL('../utils/search/variant-table.json', import.meta.url);

interface SudachiEntry {
  expandControl: 0 | 1 | 2;
  vocabularyNumber?: number;
  gokeiSyubetsu: string;
  ryakusyou: string;
  hyoukiYure: string;
  midashi: string;
}
interface SudachiGroup {
  id: string;
  items: SudachiEntry[];
}

const WORD_TYPES = new Set(['代表語']);
const FORM_TYPES = new Set(['代表語形', '略語・略称']);
const NOTATIONS = new Set(['代表表記', '異表記・表記ゆれ', '間違い表記']);
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Whether a dictionary entry is a notation variant or abbreviation this search treats as the same word. */
export function isNotationVariant(entry: SudachiEntry): boolean {
  return (
    entry.expandControl !== 2 &&
    entry.vocabularyNumber !== undefined &&
    WORD_TYPES.has(entry.gokeiSyubetsu) &&
    FORM_TYPES.has(entry.ryakusyou) &&
    NOTATIONS.has(entry.hyoukiYure) &&
    JAPANESE.test(entry.midashi)
  );
}

/**
 * Variant classes from dictionary groups: one per group and vocabulary number, each spelling once as folding
 * sees it (サマリー and サマリ are one already), and only classes left with two or more.
 */
export function compileVariantTable(groups: readonly SudachiGroup[]): VariantTable {
  const table: string[][] = [];
  for (const group of groups) {
    const classes = new Map<number, Map<string, string>>();
    for (const entry of group.items) {
      if (!isNotationVariant(entry)) continue;
      const spelling = entry.midashi.normalize('NFKC');
      const spellings = classes.get(entry.vocabularyNumber!) ?? new Map<string, string>();
      if (!spellings.has(compareForm(spelling))) spellings.set(compareForm(spelling), spelling);
      classes.set(entry.vocabularyNumber!, spellings);
    }
    for (const spellings of classes.values()) if (spellings.size > 1) table.push([...spellings.values()]);
  }
  return table;
}

/** The dictionary as the npm package ships it. */
export function readDictionary(): SudachiGroup[] {
  // The package's "exports" name no subpath, so the JSON is found beside its entry file.
  const entry = createRequire(import.meta.url).resolve('sudachi-synonyms-dictionary');
  return JSON.parse(readFileSync(join(dirname(entry), 'sudachi-synonyms-dictionary.json'), 'utf8')) as SudachiGroup[];
}

/** The table as written to VARIANT_TABLE_FILE: one class a line, so a dictionary update shows as a readable diff. */
export function formatVariantTable(table: VariantTable): string {
  return `[\n${table.map((spellings) => JSON.stringify(spellings)).join(',\n')}\n]\n`;
}

let lookup: VariantLookup | undefined;

/** The variant lookup for indexing, read once per process (or worker thread). */
export function searchVariants(): VariantLookup {
  lookup ??= variantLookup(JSON.parse(readFileSync(VARIANT_TABLE_FILE, 'utf8')) as VariantTable);
  return lookup;
}
