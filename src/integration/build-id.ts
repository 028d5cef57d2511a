/**
 * The build id reaches pages after Pagefind has run: pages that need it (to set Pagefind's metaCacheTag and to
 * name their offline cache) carry a placeholder, replaced here in the few files that contain it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const BUILD_ID_PLACEHOLDER = '__INPIT_BUILD_ID__';

/** The pages that carry the placeholder; listing them avoids reading 50,000 detail pages. */
export const BUILD_ID_PAGES = ['patents/search/index.html', 'en/patents/search/index.html'];

export function stampBuildId(siteDir: string, buildId: string, pages: readonly string[] = BUILD_ID_PAGES): void {
  for (const page of pages) {
    const path = join(siteDir, page);
    if (!existsSync(path)) continue;
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll(BUILD_ID_PLACEHOLDER, buildId));
  }
  writeFileSync(join(siteDir, 'build.json'), `${JSON.stringify({ buildId })}\n`);
}
