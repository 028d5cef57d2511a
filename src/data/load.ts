/**
 * Reads and validates every data file in a data directory. Returns the site's data and every problem found;
 * callers decide what to do with problems (the CLI prints them, the build stops on them). The checks themselves
 * are in load-files.ts, which the browser checker (/data-check/) runs too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { loadDataFiles, type LoadResult } from './load-files.ts';

export * from './load-files.ts';

export function loadSiteData(dataDir: string): LoadResult {
  return loadDataFiles(directorySource(dataDir));
}

/** Every file in the directory is checked; a file or folder that is not there is reported as missing. */
function directorySource(dataDir: string) {
  return {
    show: (path: string) => displayPath(join(dataDir, path)),
    checks: () => true,
    read: (path: string) => {
      const absolute = join(dataDir, path);
      return existsSync(absolute) ? readFileSync(absolute) : undefined;
    },
    list: (folder: string) => {
      const absolute = join(dataDir, folder);
      return existsSync(absolute) ? readdirSync(absolute) : undefined;
    },
  };
}

export function displayPath(absolute: string): string {
  const fromCwd = relative(process.cwd(), absolute);
  return fromCwd.startsWith('..') || isAbsolute(fromCwd) ? absolute : fromCwd;
}
