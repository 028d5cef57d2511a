/** Runs Pagefind through its Node API. Pagefind returns errors instead of throwing: any error fails the build. */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new SearchIndexError(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    check('createIndex', errors);
    if (!index) throw new SearchIndexError('Pagefind createIndex returned no index');
    const added = await index.addDirectory({ path: siteDir });
    check('addDirectory', added.errors);
    if (added.page_count === 0) throw new SearchIndexError(`Pagefind found no pages to index in ${siteDir}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    check('writeFiles', written.errors);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
