/**
 * The data both patent-listing test files build (one shared build, see sharedBuild): the shipped data/ with its
 * patents.csv replaced by 2,000 generated records, so fields and years run over several pages of 100, and one
 * extra field that no record uses.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePatents, patentsToCsv } from '#src/data/generate/patents.ts';
import { ROOT } from './build-site.ts';

export const PATENT_COUNT = 2_000;
export const EMPTY_FIELD = { id: 'empty-test-field', ja: '該当なしの分野', en: 'Field with no records' };

export function writePatentListingsData(dataDir: string): void {
  cpSync(join(ROOT, 'data'), dataDir, { recursive: true });
  writeFileSync(join(dataDir, 'patents.csv'), patentsToCsv(generatePatents({ count: PATENT_COUNT, seed: 4 })));
  const fieldsFile = join(dataDir, 'patent-fields.yaml');
  writeFileSync(
    fieldsFile,
    `${readFileSync(fieldsFile, 'utf8').trimEnd()}\n  - id: ${EMPTY_FIELD.id}\n    ja: ${EMPTY_FIELD.ja}\n    en: ${EMPTY_FIELD.en}\n`,
  );
}
