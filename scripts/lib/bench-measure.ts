/**
 * What `npm run bench` measures (scripts/bench.ts runs it, bench-report.ts writes it up): the validate CLI, builds
 * with their phases, memory and bundle, the search page in Chromium, and the baseline: bare Astro pages, one per
 * record, indexed by `pagefind --site`, queried through Pagefind's own API.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { listFiles } from '#src/integration/pagefind.ts';
import { OFFLINE_MANIFEST, patentBundlePath, type OfflineManifest } from '#src/utils/search/patent-contract.ts';
import { searchQuery } from '#src/utils/search/words.ts';
import { serveDirectory } from './static-server.ts';
import { submitQuery } from './patent-search-page.ts';
import { watchPeakRss, type PeakRss } from './process-tree.ts';
import { bundleFileKind, gzipBytes, logResponses, totalsByKind, type BundleKind, type KindTotals, type Served } from './query-bytes.ts';

// The bench measures the Japanese search page and its bundle; the English bundle holds the same records.
export const PATENT_BUNDLE_PATH = patentBundlePath('ja');

/** Where and how the bench runs its commands. */
export interface BenchContext {
  root: string;
  /** Scratch folder of the run (data sets, builds, logs). */
  work: string;
  node: string;
  astroBin: string;
  env: NodeJS.ProcessEnv;
  /** Runs of the validate CLI per data set (median reported). */
  runs: number;
}

export interface DataSet {
  name: string;
  label: string;
  dir: string;
  patents: number;
}

export const SEARCH_PAGE = '/patents/search/';
/** The first query on a fresh page, then a follow-up in the same page: common words, so many results. */
export const FIRST_QUERY = 'センサー';
export const FOLLOW_UP_QUERY = '制御';
/** Warm queries: words of the generator's vocabulary in the ways people type them. */
export const WARM_QUERIES = [
  'ロボット',
  '半導体',
  'LED',
  'リチウムイオン',
  '太陽電池',
  '有機EL',
  'ＵＳＢ',
  '触媒',
  '樹脂',
  'ナノ粒子',
  '発酵',
  '乳酸菌',
  '酵素',
  'コンピュータ',
  'IoT',
  'ﾚｰｻﾞｰ',
  '非破壊検査',
  '切削',
  '溶接',
  'モーター',
  'manufacturing method',
  'sensor',
  '二次電池 電極',
  'AI 画像',
];
export const RESULTS_SHOWN = 20;

export interface Measure {
  seconds: number;
  peakRssMb: number;
}

/**
 * Runs a command under GNU time for wall time and peak RSS, `runs` times: the median run's figures, with every
 * run's wall time in run order, since the same command's time moves with the machine from minute to minute.
 */
export function measureCommand(ctx: BenchContext, command: string[]): Measure & { runSeconds: number[] } {
  const samples: Measure[] = [];
  for (let i = 0; i < ctx.runs; i++) {
    const result = spawnSync('/usr/bin/time', ['-f', '%e %M', ...command], { env: ctx.env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command.join(' ')} failed:\n${result.stderr}`);
    const [seconds, kilobytes] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
    samples.push({ seconds: seconds!, peakRssMb: Math.round(kilobytes! / 1024) });
  }
  const runSeconds = samples.map((sample) => sample.seconds);
  samples.sort((a, b) => a.seconds - b.seconds);
  return { ...samples[Math.floor(samples.length / 2)]!, runSeconds };
}

/** One build run. */
export interface BuildRun {
  wallSeconds: number;
  /** CPU time of the whole process tree. */
  cpu: { userSeconds: number; systemSeconds: number };
  phases: Record<string, number>;
  rss: PeakRss;
  distBytes: number;
  distFiles: number;
  bundle: { kinds: Record<BundleKind, KindTotals>; total: KindTotals };
  offlineBytes: number;
}

/** A data set's figures: the median run's, with every run's wall time (in run order) and the highest peak RSS. */
export type BuildFigures = BuildRun & { runWallSeconds: number[] };

/** Every file under dir with its size (paths as listFiles in the integration gives them). */
function filesWithSizes(dir: string): { path: string; bytes: number }[] {
  return listFiles(dir).map((path) => ({ path, bytes: statSync(join(dir, path)).size }));
}

export async function build(ctx: BenchContext, set: DataSet, outDir: string, run: number): Promise<BuildRun> {
  const { work, node, astroBin, env } = ctx;
  // A cache of its own per run: every run is a build from scratch.
  const cacheDir = join(work, `cache-${set.name}-${run}`);
  const timingsFile = join(work, `timings-${set.name}-${run}.json`);
  const logFile = join(work, `build-${set.name}-${run}.log`);
  const cpuFile = join(work, `cpu-${set.name}-${run}.txt`);
  for (const path of [outDir, cacheDir, timingsFile]) rmSync(path, { recursive: true, force: true });
  // Under GNU time for the CPU time of the whole tree: a process's rusage includes its children once reaped.
  const { seconds: wallSeconds, rss } = await timed(
    '/usr/bin/time',
    ['-f', '%U %S', '-o', cpuFile, node, astroBin, 'build'],
    ctx.root,
    { ...env, DATA_DIR: set.dir, OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, BUILD_TIMINGS_FILE: timingsFile },
    logFile,
  );
  const phases = JSON.parse(readFileSync(timingsFile, 'utf8')) as Record<string, number>;
  const [userSeconds, systemSeconds] = readFileSync(cpuFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number];
  const dist = filesWithSizes(outDir);
  const bundleFiles = filesWithSizes(join(outDir, PATENT_BUNDLE_PATH)).filter((file) => file.path !== OFFLINE_MANIFEST);
  const manifest = JSON.parse(readFileSync(join(outDir, PATENT_BUNDLE_PATH, OFFLINE_MANIFEST), 'utf8')) as OfflineManifest;
  return {
    wallSeconds,
    cpu: { userSeconds, systemSeconds },
    phases,
    rss,
    distBytes: dist.reduce((sum, file) => sum + file.bytes, 0),
    distFiles: dist.length,
    bundle: totalsByKind(bundleFiles),
    offlineBytes: manifest.bytes,
  };
}

export interface Fetched extends Served {
  kind: BundleKind | 'page';
}

export interface QueryFigures {
  /** Fresh context with service workers blocked: the search's own cost. */
  first: {
    query: string;
    results: string;
    /** Files Pagefind fetched (runtime, wasm, entry, pf_meta, filters, index chunks) and the record shards or table the results were shown from. */
    pagefind: Fetched[];
    /** Other files under the bundle path that the page fetched (the offline control's manifest). */
    bundleOther: Fetched[];
    /** The page's own HTML, CSS, JS, icons. */
    page: Fetched[];
  };
  followUp: { query: string; results: string; pagefind: Fetched[]; bundleOther: Fetched[]; ms: number };
  /** Query → the first results and the counts on screen (the first FIRST_CHUNK_SIZE of the page), service workers blocked. */
  firstMs: number[];
  /** Query → all of the page's results, service workers blocked. */
  pageMs: number[];
  /** The median of pageMs after each build run, in run order (pageMs pools them all). */
  runPageMedians?: number[];
  /** Submit to the filter counts updated too (they follow the results). */
  countsMs: number[];
  /** Fresh context with the service worker allowed: everything the first visit fetched, precache included. */
  firstVisitWithSw?: Fetched[];
  /** Of those, the requests the service worker made (its precache), by path. */
  serviceWorkerFetched?: string[];
  /** A fresh visit browsing by a filter with no words: navigation to results, and what of Pagefind's it fetched. */
  /** pagefind: Pagefind's own files fetched (none expected); all: every file, our tables included. */
  browse: { url: string; ms: number; pagefind: Fetched[]; all: Fetched[] };
  /** Query → results through the page once the service worker controls it. */
  pageSwMs?: number[];
  apiMs: number[];
  /** What the uncompressed runtime files the first query fetched (pagefind.js) would weigh gzipped. */
  runtimeGzip: Record<string, number>;
}

/** A file the search fetches: Pagefind's own, or our record, facet and sort tables in its bundle. */
export const isPagefindFile = (file: Fetched) => file.kind !== 'page' && file.kind !== 'manifest' && file.kind !== 'other';
const OUR_TABLES: readonly string[] = ['record_table', 'record_shard', 'facet_table'];
/** A file of Pagefind itself (runtime, wasm, metadata, index): what browsing by filter must not fetch. */
export const isPagefindEngineFile = (file: Fetched) => isPagefindFile(file) && !OUR_TABLES.includes(file.kind);
const inPagefind = (file: Served): Fetched => ({
  ...file,
  kind: file.path.startsWith(PATENT_BUNDLE_PATH) ? bundleFileKind(file.path) : 'page',
});

/**
 * The raw Pagefind API in a page: the search alone (result ids). The page then reads the shown results from the
 * record table, which the search-page timings include; Pagefind's data() has no fragments to load any more.
 */
async function apiQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(
    async ({ query }) => {
      const pf = (window as unknown as { __pf: { search: (q: string) => Promise<{ results: unknown[] } | null> } }).__pf;
      const started = performance.now();
      await pf.search(query);
      return performance.now() - started;
    },
    { query: searchQuery(query) },
  );
}

/** Waits until the server has had no request for `quietMs`, so trailing fetches are counted. */
async function settle(log: ReturnType<typeof logResponses>, quietMs = 300): Promise<void> {
  let last = -1;
  while (log.mark() !== last) {
    last = log.mark();
    await new Promise((ready) => setTimeout(ready, quietMs));
  }
}

const waitForResults = (page: Page) =>
  page.waitForFunction(() => ['done', 'error'].includes(document.getElementById('patent-search')?.dataset.state ?? ''), undefined, {
    timeout: 120_000,
  });

export async function measureQueries(browser: Browser, outDir: string): Promise<QueryFigures> {
  const site = await serveDirectory(outDir, { validators: true });
  const log = logResponses(site.server);
  const firstUrl = `${site.url}${SEARCH_PAGE}?q=${encodeURIComponent(FIRST_QUERY)}`;
  try {
    // The search's own cost: no service worker, so nothing is precached or answered from a cache.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    let mark = log.mark();
    await page.goto(firstUrl);
    await waitForResults(page);
    const firstResults = (await page.textContent('#patent-result-count'))?.trim() ?? '';
    await settle(log);
    const firstFetched = log.since(mark).map(inPagefind);

    mark = log.mark();
    const followUp = await submitQuery(page, FOLLOW_UP_QUERY);
    await settle(log);
    const followFetched = log.since(mark).map(inPagefind);

    const firstMs: number[] = [];
    const pageMs: number[] = [];
    const countsMs: number[] = [];
    for (const query of WARM_QUERIES) {
      const timed = await submitQuery(page, query);
      firstMs.push(timed.firstMs);
      pageMs.push(timed.ms);
      countsMs.push(timed.countsMs);
    }
    await context.close();

    // Browsing by a filter with no words, on a fresh visit: the facet table alone, no Pagefind file.
    const browseContext = await browser.newContext({ serviceWorkers: 'block' });
    const browsePage = await browseContext.newPage();
    const browseUrl = `${SEARCH_PAGE}?holder_type=university`;
    mark = log.mark();
    const browseStarted = performance.now();
    await browsePage.goto(`${site.url}${browseUrl}`);
    await waitForResults(browsePage);
    const browseMs = performance.now() - browseStarted;
    await settle(log);
    const browseFetched = log.since(mark).map(inPagefind);
    await browseContext.close();

    // A first visit as people make it: the service worker installs and precaches its app shell. Then the page is
    // reloaded, so that the worker controls it, and the same warm queries are timed again.
    let firstVisitWithSw: Fetched[] | undefined;
    let serviceWorkerFetched: string[] | undefined;
    let pageSwMs: number[] | undefined;
    if (existsSync(join(outDir, 'sw.js'))) {
      const swContext = await browser.newContext();
      serviceWorkerFetched = [];
      swContext.on('request', (request) => void (request.serviceWorker() && serviceWorkerFetched!.push(new URL(request.url()).pathname)));
      const swPage = await swContext.newPage();
      mark = log.mark();
      await swPage.goto(firstUrl);
      await waitForResults(swPage);
      await swPage.evaluate(() =>
        Promise.race([
          navigator.serviceWorker.ready.then(() => true),
          new Promise<boolean>((ready) => setTimeout(() => ready(false), 60_000)),
        ]),
      );
      await settle(log, 1000);
      firstVisitWithSw = log.since(mark).map(inPagefind);
      await swPage.reload();
      await waitForResults(swPage);
      if (await swPage.evaluate(() => Boolean(navigator.serviceWorker.controller))) {
        await submitQuery(swPage, FOLLOW_UP_QUERY);
        pageSwMs = [];
        for (const query of WARM_QUERIES) pageSwMs.push((await submitQuery(swPage, query)).ms);
      }
      await swContext.close();
    }

    // The raw API on a fresh page of the same site (same language, so Pagefind treats queries the same way).
    const apiContext = await browser.newContext({ serviceWorkers: 'block' });
    const apiPage = await apiContext.newPage();
    await apiPage.goto(`${site.url}/`);
    await apiPage.evaluate(`(async () => {
      const pf = await import('${PATENT_BUNDLE_PATH}pagefind.js');
      await pf.options({ basePath: '${PATENT_BUNDLE_PATH}' });
      window.__pf = pf;
    })()`);
    await apiQuery(apiPage, FIRST_QUERY);
    await apiQuery(apiPage, FOLLOW_UP_QUERY);
    const apiMs: number[] = [];
    for (const query of WARM_QUERIES) apiMs.push(await apiQuery(apiPage, query));
    await apiContext.close();

    const runtimeGzip: Record<string, number> = {};
    const fetchedRuntime = new Set(firstFetched.filter((f) => f.kind === 'runtime').map((f) => f.path.slice(PATENT_BUNDLE_PATH.length)));
    for (const name of fetchedRuntime) {
      const path = join(outDir, PATENT_BUNDLE_PATH, name);
      if (existsSync(path)) runtimeGzip[name] = gzipBytes(readFileSync(path));
    }
    const bundleOther = (files: Fetched[]) => files.filter((f) => f.kind !== 'page' && !isPagefindFile(f));
    return {
      first: {
        query: FIRST_QUERY,
        results: firstResults,
        pagefind: firstFetched.filter(isPagefindFile),
        bundleOther: bundleOther(firstFetched),
        page: firstFetched.filter((f) => f.kind === 'page'),
      },
      followUp: {
        query: FOLLOW_UP_QUERY,
        results: followUp.results,
        pagefind: followFetched.filter(isPagefindFile),
        bundleOther: bundleOther(followFetched),
        ms: followUp.ms,
      },
      firstMs,
      pageMs,
      countsMs,
      ...(firstVisitWithSw ? { firstVisitWithSw } : {}),
      ...(serviceWorkerFetched ? { serviceWorkerFetched } : {}),
      browse: { url: browseUrl, ms: browseMs, pagefind: browseFetched.filter(isPagefindEngineFile), all: browseFetched },
      ...(pageSwMs ? { pageSwMs } : {}),
      apiMs,
      runtimeGzip,
    };
  } finally {
    log.detach();
    await site.close();
  }
}

// --- the baseline: bare Pagefind over bare Astro pages -------------------------------------------------------------

export interface BareFigures {
  /** astro build of one bare page per record, then pagefind --site, wall seconds. */
  astroSeconds: number;
  pagefindSeconds: number;
  rss: PeakRss;
  /** The whole /pagefind/ bundle, bytes. */
  bundleBytes: number;
  /** A fresh page: import pagefind.js, search FIRST_QUERY and load the first 10 results' data. */
  firstQuery: Fetched[];
  /** The same for FOLLOW_UP_QUERY in that page. */
  followUp: Fetched[];
  /** Warm queries: search plus the data of 10 results, in ms. */
  apiMs: number[];
  /** Warm queries on our page and on this API in turns (measurePaired): what the Enter → results target compares. */
  paired?: PairedTimings;
}

const BARE_PAGE = `---
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
export function getStaticPaths() {
  const rows = parse(readFileSync(process.env.BARE_CSV, 'utf8'), { columns: true, bom: true, relax_column_count: true });
  return rows.map((row) => ({ params: { id: row.license_no }, props: { row } }));
}
const { row } = Astro.props;
---
<html lang="ja"><head><meta charset="utf-8"><title>{row.title}</title></head>
<body><main data-pagefind-body><h1>{row.title}</h1><p>{row.title_en}</p><p>{row.summary}</p><p>{row.keywords}</p>
<p>{row.applied_products}</p><p>{row.holder}</p><p>{row.ipc}</p><p>{row.license_no} {row.patent_no} {row.application_no}</p></main></body></html>
`;

/** Times a command with its process tree's peak RSS. */
async function timed(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  logFile: string,
): Promise<{ seconds: number; rss: PeakRss }> {
  const started = performance.now();
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const watch = watchPeakRss(child.pid!, 200);
  const log = createWriteStream(logFile);
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const code = await new Promise<number | null>((done, failed) => {
    child.on('error', failed);
    child.on('close', done);
  });
  const rss = watch.stop();
  log.end();
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${code}); see ${logFile}`);
  return { seconds: (performance.now() - started) / 1000, rss };
}

/** Builds the baseline for a data set: a bare Astro project, one page per record, then `pagefind --site`. */
export async function buildBare(
  ctx: BenchContext,
  set: DataSet,
): Promise<{ outDir: string; figures: Omit<BareFigures, 'firstQuery' | 'followUp' | 'apiMs'> }> {
  const project = join(ctx.work, `bare-${set.name}`);
  rmSync(project, { recursive: true, force: true });
  mkdirSync(join(project, 'src/pages'), { recursive: true });
  symlinkSync(join(ctx.root, 'node_modules'), join(project, 'node_modules'));
  writeFileSync(join(project, 'package.json'), '{"type":"module"}\n');
  writeFileSync(join(project, 'astro.config.mjs'), 'export default {};\n');
  writeFileSync(join(project, 'src/pages/[id].astro'), BARE_PAGE);
  writeFileSync(
    join(project, 'src/pages/index.astro'),
    '<html lang="ja"><head><meta charset="utf-8"><title>bare</title></head><body></body></html>\n',
  );
  spawnSync('sync');
  const env = { ...ctx.env, BARE_CSV: join(set.dir, 'patents.csv') };
  const astro = await timed(ctx.node, [ctx.astroBin, 'build'], project, env, join(ctx.work, `bare-astro-${set.name}.log`));
  const pagefindBin = join(ctx.root, 'node_modules/pagefind/lib/runner/bin.cjs');
  const index = await timed(ctx.node, [pagefindBin, '--site', 'dist'], project, env, join(ctx.work, `bare-pagefind-${set.name}.log`));
  const outDir = join(project, 'dist');
  const bundleBytes = listFiles(join(outDir, 'pagefind')).reduce((sum, file) => sum + statSync(join(outDir, 'pagefind', file)).size, 0);
  const rss = astro.rss.peakTotal > index.rss.peakTotal ? astro.rss : index.rss;
  return { outDir, figures: { astroSeconds: astro.seconds, pagefindSeconds: index.seconds, rss, bundleBytes } };
}

/** Bare Pagefind's API in a page of its site: search, then the first 10 results' data, in ms. */
function bareApiQuery(page: Page, text: string): Promise<number> {
  type Api = { search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }> };
  return page.evaluate(async (q) => {
    const started = performance.now();
    const url = '/pagefind/pagefind.js';
    const pf = ((window as unknown as { __pf?: Api }).__pf ??= (await import(/* @vite-ignore */ url)) as Api);
    const found = await pf.search(q);
    await Promise.all(found.results.slice(0, 10).map((result) => result.data()));
    return performance.now() - started;
  }, text);
}

/** Our search page and the bare API, timed query by query in turns (see measurePaired). */
export interface PairedTimings {
  /** Enter → the first results and the counts on our page (submitQuery's firstMs). */
  oursFirstMs: number[];
  /** Bare Pagefind: search plus the first 10 results' data. */
  bareMs: number[];
}

/**
 * The search page's Enter → first results against the bare API, each warm query on both in turn (which goes first
 * alternates), after both have answered FIRST_QUERY and FOLLOW_UP_QUERY in fresh pages; `rounds` times. Timed
 * minutes apart, as the two builds are, the ratio moved with the machine's speed (docs/search.md); in turns, both
 * sides see the same machine.
 */
export async function measurePaired(browser: Browser, oursDir: string, bareDir: string, rounds = 2): Promise<PairedTimings> {
  const [ours, bare] = await Promise.all([serveDirectory(oursDir, { validators: true }), serveDirectory(bareDir, { validators: true })]);
  const timings: PairedTimings = { oursFirstMs: [], bareMs: [] };
  try {
    for (let round = 0; round < rounds; round++) {
      const oursContext = await browser.newContext({ serviceWorkers: 'block' });
      const bareContext = await browser.newContext({ serviceWorkers: 'block' });
      const oursPage = await oursContext.newPage();
      const barePage = await bareContext.newPage();
      await oursPage.goto(`${ours.url}${SEARCH_PAGE}?q=${encodeURIComponent(FIRST_QUERY)}`);
      await waitForResults(oursPage);
      await submitQuery(oursPage, FOLLOW_UP_QUERY);
      await barePage.goto(`${bare.url}/`);
      await bareApiQuery(barePage, FIRST_QUERY);
      await bareApiQuery(barePage, FOLLOW_UP_QUERY);
      for (const [index, query] of WARM_QUERIES.entries()) {
        const timeOurs = async () => timings.oursFirstMs.push((await submitQuery(oursPage, query)).firstMs);
        const timeBare = async () => timings.bareMs.push(await bareApiQuery(barePage, query));
        if ((index + round) % 2 === 0) {
          await timeOurs();
          await timeBare();
        } else {
          await timeBare();
          await timeOurs();
        }
      }
      await oursContext.close();
      await bareContext.close();
    }
  } finally {
    await Promise.all([ours.close(), bare.close()]);
  }
  return timings;
}

/** Bare Pagefind's API on its own site: the first query, a follow-up, and warm queries, each with 10 results' data. */
export async function measureBareQueries(
  browser: Browser,
  outDir: string,
): Promise<Pick<BareFigures, 'firstQuery' | 'followUp' | 'apiMs'>> {
  const site = await serveDirectory(outDir, { validators: true });
  const log = logResponses(site.server);
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    const query = (text: string) => bareApiQuery(page, text);
    let mark = log.mark();
    await query(FIRST_QUERY);
    await settle(log);
    const firstQuery = log.since(mark).map((file) => ({ ...file, kind: bundleFileKind(file.path) }));
    mark = log.mark();
    await query(FOLLOW_UP_QUERY);
    await settle(log);
    const followUp = log.since(mark).map((file) => ({ ...file, kind: bundleFileKind(file.path) }));
    const apiMs: number[] = [];
    for (const q of WARM_QUERIES) apiMs.push(await query(q));
    await context.close();
    return { firstQuery, followUp, apiMs };
  } finally {
    log.detach();
    await site.close();
  }
}
