/** Runs the real production build (`astro build`) on a data directory, as `npm run build` does. */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const astroBin = join(ROOT, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

/**
 * `env` adds to (or overrides) the test process's environment for this build only, e.g. BUILD_DATE, ASTRO_CACHE_DIR.
 * Without ASTRO_CACHE_DIR the build gets a private cache beside its out dir (`<outDir>-astro-cache`), never the
 * shared node_modules/.astro, which another build (or the dev server) may be using.
 */
export function buildSite(dataDir: string, outDir: string, env: NodeJS.ProcessEnv = {}): Promise<BuildResult> {
  const started = performance.now();
  const cacheDir = env.ASTRO_CACHE_DIR ?? `${outDir.replace(/[\\/]+$/u, '')}-astro-cache`;
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, [astroBin, 'build'], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...env,
        ASTRO_CACHE_DIR: cacheDir,
        DATA_DIR: dataDir,
        OUT_DIR: outDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', failed);
    child.on('close', (code) => done({ code, stdout, stderr, seconds: (performance.now() - started) / 1000 }));
  });
}
