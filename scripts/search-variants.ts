/**
 * Writes src/utils/search/variant-table.json, the spelling-variant classes the search indexes with, from the
 * npm package sudachi-synonyms-dictionary (see src/integration/search-variants.ts for what is kept). Run it after
 * updating that package; a unit test fails while the file and the dictionary disagree.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileVariantTable, formatVariantTable, readDictionary, VARIANT_TABLE_FILE } from '../src/integration/search-variants.ts';

const table = compileVariantTable(readDictionary());
writeFileSync(VARIANT_TABLE_FILE, formatVariantTable(table));
console.log(`${fileURLToPath(VARIANT_TABLE_FILE)}: ${table.length} variant classes`);
