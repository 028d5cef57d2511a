/**
 * One production build of the shipped data/ per test process, shared by the built-site checks
 * (tests/site-checks/): html-validate, links and Lighthouse all look at the same output.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, ROOT } from './build-site.ts';

/** The build's "today", pinned so the output (upcoming seminars, statuses) is stable. */
export const SITE_CHECK_BUILD_DATE = '2026-11-24';

const PREFIX = 'site-checks-';
let built: Promise<string> | undefined;
let workDir: string | undefined;

/**
 * Builds data/ into a fresh folder under tmp/ (once per process; later calls reuse the promise) and resolves to
 * the out dir. Call releaseShippedSite() in afterAll; folders left behind by test processes that were killed
 * are removed before the next build.
 */
export function buildShippedSiteOnce(): Promise<string> {
  built ??= build();
  return built;
}

/** Removes the build folder; the next buildShippedSiteOnce() builds again. */
export async function releaseShippedSite(): Promise<void> {
  const pending = built;
  built = undefined;
  await pending?.catch(() => undefined);
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  workDir = undefined;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeStaleFolders(tmp: string): void {
  for (const name of readdirSync(tmp)) {
    const pid = new RegExp(`^${PREFIX}(\\d+)-`, 'u').exec(name)?.[1];
    if (pid !== undefined && Number(pid) !== process.pid && !alive(Number(pid))) rmSync(join(tmp, name), { recursive: true, force: true });
  }
}

async function build(): Promise<string> {
  const tmp = join(ROOT, 'tmp');
  mkdirSync(tmp, { recursive: true });
  removeStaleFolders(tmp);
  const work = mkdtempSync(join(tmp, `${PREFIX}${process.pid}-`));
  workDir = work;
  const outDir = join(work, 'dist');
  process.env.BUILD_DATE = SITE_CHECK_BUILD_DATE;
  // A private cache folder, so this build never races another build over node_modules/.astro.
  // buildSite copies process.env synchronously when it spawns, so the variable is restored right after.
  const previousCache = process.env.ASTRO_CACHE_DIR;
  process.env.ASTRO_CACHE_DIR = join(work, 'astro-cache');
  const pending = buildSite(join(ROOT, 'data'), outDir);
  if (previousCache === undefined) delete process.env.ASTRO_CACHE_DIR;
  else process.env.ASTRO_CACHE_DIR = previousCache;
  const result = await pending;
  if (result.code !== 0) throw new Error(`astro build of data/ failed (exit ${result.code}):\n${result.stderr || result.stdout}`);
  return outDir;
}
