/**
 * Facts known only after Pagefind has run reach the pages that need them here: the build id (Pagefind's
 * metaCacheTag, and the name of the offline cache) and the record table's shard count. Those pages carry
 * placeholders, replaced in the few files that contain them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_ID_PLACEHOLDER, RECORD_SHARDS_PLACEHOLDER } from '#src/utils/search/patent-contract.ts';

/** The pages that carry the placeholders; listing them avoids reading 50,000 detail pages. */
export const BUILD_ID_PAGES = ['patents/search/index.html', 'en/patents/search/index.html'];

export interface BuildFacts {
  buildId: string;
  recordShards: number;
}

export function stampBuildId(siteDir: string, facts: BuildFacts, pages: readonly string[] = BUILD_ID_PAGES): void {
  for (const page of pages) {
    const path = join(siteDir, page);
    if (!existsSync(path)) continue;
    const html = readFileSync(path, 'utf8')
      .replaceAll(BUILD_ID_PLACEHOLDER, facts.buildId)
      .replaceAll(RECORD_SHARDS_PLACEHOLDER, String(facts.recordShards));
    writeFileSync(path, html);
  }
  writeFileSync(join(siteDir, 'build.json'), `${JSON.stringify({ buildId: facts.buildId })}\n`);
}
