/**
 * The browser's entry to the validator: checks the chosen files exactly as `npm run validate` would check a data
 * directory holding them and the published data for the rest (same code, messages and file:line:column).
 */
import { loadDataFiles, type LoadResult, type PublishedFacts } from './load-files.ts';

export interface DataFile {
  /** As the CLI shows it: data/seminars.csv, data/faq/x.yaml */
  path: string;
  bytes: Uint8Array;
}

export const DATA_PREFIX = 'data/';

export function checkFiles(files: readonly DataFile[], published: PublishedFacts): LoadResult {
  const chosen = new Map(files.map((file) => [file.path.slice(DATA_PREFIX.length), file.bytes]));
  return loadDataFiles({
    show: (path) => `${DATA_PREFIX}${path}`,
    checks: (path) => chosen.has(path),
    read: (path) => chosen.get(path),
    list: (folder) => {
      const names = new Set<string>(published.folders[folder as keyof PublishedFacts['folders']] ?? []);
      for (const path of chosen.keys()) if (path.startsWith(`${folder}/`)) names.add(path.slice(folder.length + 1));
      return [...names];
    },
    published,
  });
}
