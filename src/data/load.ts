/**
 * Reads and validates every data file in a data directory. Returns the site's data and every problem found;
 * callers decide what to do with problems (the CLI prints them, the build stops on them). The checks themselves
 * are in load-files.ts, which the browser checker (/data-check/) runs too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataFiles, type LoadOptions, type LoadResult } from './load-files.ts';
import { compiledRowParser } from './validate/compiled-rows.ts';

export * from './load-files.ts';

/** The repository's prose pages and public files: links in Markdown answers may point at them too. */
const CONTENT_DIR = fileURLToPath(new URL('../../content/', import.meta.url));
const PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));

function filesUnder(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[]).map((name) => name.split('\\').join('/')).filter((name) => pattern.test(name));
}

export function loadSiteData(dataDir: string, options: LoadOptions = {}): LoadResult {
  return loadDataFiles(directorySource(dataDir), {
    contentPages:
      options.contentPages ??
      filesUnder(CONTENT_DIR, /\.mdx?$/u)
        .filter((name) => !name.startsWith('en/'))
        .map((name) => name.replace(/\.mdx?$/u, '')),
    publicFiles: options.publicFiles ?? filesUnder(PUBLIC_DIR, /./u),
    ...(options.patents ? { patents: options.patents } : {}),
    rowParser: options.rowParser ?? compiledRowParser,
  });
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
