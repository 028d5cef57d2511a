/**
 * The service worker, /sw.js, written at the end of the build (after Pagefind and the build id): its source,
 * src/scripts/service-worker/service-worker.ts, bundled with esbuild (Workbox's modules included: nothing loads
 * from a CDN), then Workbox's injectManifest puts in the precache manifest.
 *
 * What is precached is a small app shell: the CSS and JS under /_astro/, the icons and web manifest, the home
 * pages, the patent listing and search pages, the offline pages and the patent bundle's Pagefind runtime (not its
 * index). What the worker does with requests: see its source.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { LICENSE_NO_PATTERN } from '#src/data/schemas/patent.ts';
import { KEPT_PAGE_POLICY, OFFLINE_PAGES, type KeptPagePolicy } from '#src/utils/search/offline-contract.ts';
import { PATENT_LANGS, patentBundlePath } from '#src/utils/search/patent-contract.ts';

export const SERVICE_WORKER_FILE = 'sw.js';
const SOURCE = fileURLToPath(new URL('../scripts/service-worker/service-worker.ts', import.meta.url));
/** Stands for the version in the bundle until the version (a hash of the bundle) is known. */
const VERSION_PLACEHOLDER = '__INPIT_SW_VERSION__';

/** The pages of the app shell, as dist paths. */
export const SHELL_PAGES = [
  'index.html',
  'en/index.html',
  'patents/index.html',
  'patents/search/index.html',
  'en/patents/search/index.html',
  'offline/index.html',
  'en/offline/index.html',
  // The staff data checker works offline once loaded; its published facts go with it.
  'data-check/index.html',
  'en/data-check/index.html',
  'data-check/published.json',
];

/** What is precached, as globs relative to the site folder. */
export const PRECACHE_GLOBS = [
  ...SHELL_PAGES,
  '_astro/**/*.{css,js,mjs,svg,png,jpg,jpeg,webp,avif,woff2}',
  'favicon.svg',
  'icon-*.png',
  'manifest.webmanifest',
  // Each patent bundle's runtime: enough to start the search pages; the index itself is the offline download.
  // Not pagefind-worker.js: Pagefind runs in the search page's own worker (under /_astro/).
  ...PATENT_LANGS.flatMap((lang) =>
    ['pagefind.js', 'wasm.*.pagefind', 'pagefind-entry.json'].map((file) => `${patentBundlePath(lang).slice(1)}${file}`),
  ),
];

export interface ServiceWorkerResult {
  /** Precached files and their total size in bytes. */
  count: number;
  bytes: number;
  version: string;
  /** Precached URLs, sorted. */
  urls: string[];
  warnings: string[];
}

export class ServiceWorkerError extends Error {
  override name = 'ServiceWorkerError';
}

export function patentPagePattern(): string {
  return `^/patents/${LICENSE_NO_PATTERN.source.replace(/^\^|\$$/gu, '')}/$`;
}

/** The precache manifest injected into a worker: `[{"revision":…,"url":"/index.html"}, …]`. */
export function precachedUrls(source: string): string[] {
  const urls = [...source.matchAll(/"url":\s*"([^"]+)"/gu)].map((match) => match[1]!);
  return [...new Set(urls)].sort();
}

/** The worker's source bundled for the browser, with the build's facts; one classic script. */
async function bundleSource(buildId: string, policy: KeptPagePolicy): Promise<string> {
  const result = await build({
    entryPoints: [SOURCE],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    // Browsers with service workers and the modern syntax Workbox uses: nothing to transpile.
    target: ['chrome100', 'firefox100', 'safari15.4'],
    define: {
      // Workbox's production build: no development logging or assertions.
      'process.env.NODE_ENV': '"production"',
      __SW_BUILD__: JSON.stringify({ buildId, version: VERSION_PLACEHOLDER, patentPage: patentPagePattern(), policy }),
    },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/**
 * Writes siteDir/sw.js. Fails when a page the offline fallback needs is missing; other shell files that a build
 * does not have (no patents: no patent bundle) are simply not precached.
 */
export async function writeServiceWorker(
  siteDir: string,
  { buildId, policy = KEPT_PAGE_POLICY }: { buildId: string; policy?: KeptPagePolicy },
): Promise<ServiceWorkerResult> {
  const swDest = join(siteDir, SERVICE_WORKER_FILE);
  const work = mkdtempSync(join(tmpdir(), 'inpit-sw-src-'));
  try {
    const swSrc = join(work, SERVICE_WORKER_FILE);
    writeFileSync(swSrc, await bundleSource(buildId, policy));
    const { count, size, warnings } = await injectManifest({
      swSrc,
      swDest,
      globDirectory: siteDir,
      globPatterns: PRECACHE_GLOBS,
      // Absolute URLs: the worker's own routes look them up by path.
      modifyURLPrefix: { '': '/' },
      // Astro's file names carry a content hash: no revision needed.
      dontCacheBustURLsMatching: /^\/?_astro\//u,
    });
    const injected = readFileSync(swDest, 'utf8');
    const urls = precachedUrls(injected);
    for (const page of Object.values(OFFLINE_PAGES)) {
      if (!urls.includes(`${page}index.html`))
        throw new ServiceWorkerError(`The service worker needs the offline page ${page}, which the build did not make`);
    }
    const version = createHash('sha256').update(`${buildId}\n${injected}`).digest('hex').slice(0, 12);
    const header = `/* INPIT portal service worker: build ${buildId}, version ${version}. Generated by src/integration/service-worker.ts. */\n`;
    writeFileSync(swDest, header + injected.replaceAll(VERSION_PLACEHOLDER, version));
    return { count, bytes: size, version, urls, warnings: warnings.filter((warning) => !/doesn't match any files/u.test(warning)) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
