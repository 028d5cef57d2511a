/**
 * Vitest globalSetup of the `site` project: builds the shipped data/ once per run, before any test file, and
 * hands the out dir to every file through provide/inject (read it with shippedSiteDir() from site-build.ts).
 * Each test file runs in its own process, so a build in beforeAll ran once per file; this runs once in all.
 *
 * SHIPPED_SITE_DIR=DIR reuses a build you made yourself (of data/, with BUILD_DATE=2026-11-24) while you work on
 * a test; it is never deleted. npm test always builds.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, ROOT } from './build-site.ts';

/** The build's "today", pinned so the output (upcoming seminars, statuses) is stable. */
export const SHIPPED_BUILD_DATE = '2026-11-24';

const PREFIX = 'shipped-site-';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The out dir of the one build of data/ (BUILD_DATE 2026-11-24). Read only: never write or delete in it. */
    shippedSiteDir: string;
    /** The folder whose existence means a test file's browser is running (browser-slot.ts). */
    browserSlot: string;
    /** Where sharedBuild() keeps the builds of other data that several files share; removed after the run. */
    sharedBuildsDir: string;
  }
}

/** Whether a process with this id runs (one that is not ours to signal still runs). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Folders left by runs that were killed before their teardown (named by the run's process id). */
function removeStaleFolders(tmp: string): void {
  for (const name of readdirSync(tmp)) {
    const pid = new RegExp(`^${PREFIX}(\\d+)-`, 'u').exec(name)?.[1];
    if (pid !== undefined && Number(pid) !== process.pid && !processAlive(Number(pid)))
      rmSync(join(tmp, name), { recursive: true, force: true });
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const tmp = join(ROOT, 'tmp');
  mkdirSync(tmp, { recursive: true });
  removeStaleFolders(tmp);
  const work = mkdtempSync(join(tmp, `${PREFIX}${process.pid}-`));
  const remove = () => rmSync(work, { recursive: true, force: true });
  project.provide('sharedBuildsDir', join(work, 'shared'));
  project.provide('browserSlot', join(work, 'browser-slot'));
  const reuse = process.env.SHIPPED_SITE_DIR;
  if (reuse) {
    const dir = resolve(reuse);
    if (!existsSync(join(dir, 'index.html'))) throw new Error(`SHIPPED_SITE_DIR=${reuse}: no built site there (no index.html)`);
    console.log(`shipped data/: reusing ${dir} (SHIPPED_SITE_DIR)`);
    project.provide('shippedSiteDir', dir);
    return remove;
  }
  const outDir = join(work, 'dist');
  // A private cache folder, so this build never races another build over node_modules/.astro.
  const result = await buildSite(join(ROOT, 'data'), outDir, {
    BUILD_DATE: SHIPPED_BUILD_DATE,
    ASTRO_CACHE_DIR: join(work, 'astro-cache'),
  });
  if (result.code !== 0) {
    remove();
    throw new Error(`astro build of data/ failed (exit ${result.code}):\n${result.stderr || result.stdout}`);
  }
  console.log(`shipped data/ built once for this run in ${result.seconds.toFixed(1)} s: ${outDir}`);
  project.provide('shippedSiteDir', outDir);
  return remove;
}
