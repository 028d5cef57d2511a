/**
 * The one build of the shipped data/ per test run, made by the `site` project's globalSetup
 * (shipped-site-setup.ts) with BUILD_DATE pinned to SHIPPED_BUILD_DATE. Tests only read it: writing into it or
 * deleting it would change what the other test files see.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { buildSite, ROOT, type BuildResult } from './build-site.ts';
import { SHIPPED_BUILD_DATE } from './shipped-site-setup.ts';

export { SHIPPED_BUILD_DATE };

/** The shared build's out dir. */
export function shippedSiteDir(): string {
  const dir = inject('shippedSiteDir');
  if (!dir) throw new Error('No shared build of data/: run this file in the "site" Vitest project, whose globalSetup builds it');
  return dir;
}

export interface SharedBuild {
  dataDir: string;
  outDir: string;
  result: BuildResult;
}

/**
 * A build of other data that several test files need alike (the 2,000-patent listings, the fixture data): the
 * first file to ask builds it, from a data folder `data` or from one that `data` writes, with `env` added to the
 * build's environment; later files in the same run reuse it, so each name stands for one data set and one env.
 * Should two files ever run side by side, a lock folder (mkdir is atomic) lets one build while the other waits
 * for its record. Read only, like the shipped build.
 */
export async function sharedBuild(
  name: string,
  data: string | ((dataDir: string) => void),
  env: NodeJS.ProcessEnv = {},
): Promise<SharedBuild> {
  const dir = join(inject('sharedBuildsDir'), name);
  const dataDir = typeof data === 'string' ? data : join(dir, 'data');
  const outDir = join(dir, 'dist');
  const record = join(dir, 'build.json');
  const lock = `${dir}.lock`;
  mkdirSync(inject('sharedBuildsDir'), { recursive: true });
  const reuse = (): SharedBuild => ({ dataDir, outDir, result: JSON.parse(readFileSync(record, 'utf8')) as BuildResult });
  for (;;) {
    if (existsSync(record)) return reuse();
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // Another file is building it: wait for its record (the hook timeout bounds the wait).
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    if (existsSync(record)) return reuse();
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    if (typeof data !== 'string') {
      mkdirSync(dataDir, { recursive: true });
      data(dataDir);
    }
    // A private Astro cache, so this build never races another over node_modules/.astro.
    const result = await buildSite(dataDir, outDir, { ...env, ASTRO_CACHE_DIR: join(dir, 'astro-cache') });
    writeFileSync(record, JSON.stringify(result));
    return { dataDir, outDir, result };
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** The fixture data: a few records of each kind, with Excel's quirks. */
export const FIXTURE_DATA_DIR = join(ROOT, 'tests/fixtures/data');

/** How the fixture data is built for the tests that share it: "today" pinned, in Japan's time zone. */
export const FIXTURE_BUILD_ENV = { BUILD_DATE: SHIPPED_BUILD_DATE, TZ: 'Asia/Tokyo' } as const;

/** The fixture data built once per run (build.test.ts reads it, reproducible.test.ts builds it again to compare). */
export function fixtureBuild(): Promise<SharedBuild> {
  return sharedBuild('fixture', FIXTURE_DATA_DIR, FIXTURE_BUILD_ENV);
}
