/**
 * npm run bench [-- --counts 10000,50000 --runs 3 --build-runs 3 --out docs/benchmarks.md --work DIR --keep]
 *
 * Measures what issues #2 and #4 ask for and writes docs/benchmarks.md (raw figures: tmp/benchmarks.json):
 * - `npm run validate` on the shipped data and on generated patent sets: wall time and peak RSS of the real CLI
 *   under GNU time, the median of --runs runs;
 * - --build-runs production builds each of the shipped data and of the shipped data with N generated patents
 *   (--counts), the run with the median wall time reported: wall time split into the build's own phases
 *   (BUILD_TIMINGS_FILE), the highest peak RSS of the runs for the whole process tree (node
 *   plus pagefind_extended, summed, sampled from /proc every 200 ms), dist size and file count, and the patent
 *   bundle /pagefind-patents/ja/ by kind (= the offline download of the Japanese page);
 * - in headless Chromium against each build on a loopback static server: the bytes the first query on a fresh
 *   search page and a follow-up query fetch, and the median time from submitting a query to rendered results
 *   over warm queries, through the search page and through the raw Pagefind API.
 * A script, not a test: the numbers depend on the machine.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { generatePatents, patentsToCsv } from '#src/data/generate/patents.ts';
import { OFFLINE_MANIFEST, patentBundlePath, type OfflineManifest } from '#src/utils/search/patent-contract.ts';

// The bench measures the Japanese search page and its bundle; the English bundle holds the same records.
const PATENT_BUNDLE_PATH = patentBundlePath('ja');
import { searchQuery } from '#src/utils/search/words.ts';
import { serveDirectory } from './lib/static-server.ts';
import { listFiles } from '#src/integration/pagefind.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { parseCli } from './lib/cli.ts';
import { watchPeakRss, type PeakRss } from './lib/process-tree.ts';
import {
  BUNDLE_KINDS,
  bundleFileKind,
  formatBytes,
  gzipBytes,
  logResponses,
  median,
  totalsByKind,
  type BundleKind,
  type KindTotals,
  type Served,
} from './lib/query-bytes.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseCli({
  counts: { type: 'string', default: '10000,50000' },
  runs: { type: 'string', default: '3' },
  'build-runs': { type: 'string', default: '3' },
  out: { type: 'string', default: 'docs/benchmarks.md' },
  work: { type: 'string', default: join('tmp', `bench-${process.pid}`) },
  keep: { type: 'boolean', default: false },
});
const counts = values.counts.split(',').filter(Boolean).map(Number);
const runs = Number(values.runs);
const buildRuns = Number(values['build-runs']);
if (!(buildRuns >= 1)) throw new Error('--build-runs must be at least 1');
const work = resolve(values.work);
mkdirSync(work, { recursive: true });
const node = process.execPath;
const loadAtStart = loadavg();
const astroBin = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

const SEARCH_PAGE = '/patents/search/';
/** The first query on a fresh page, then a follow-up in the same page: common words, so many results. */
const FIRST_QUERY = 'センサー';
const FOLLOW_UP_QUERY = '制御';
/** Warm queries: words of the generator's vocabulary in the ways people type them. */
const WARM_QUERIES = [
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
const RESULTS_SHOWN = 20;

// --- validate (issue #2) -----------------------------------------------------------------------------------

interface Measure {
  seconds: number;
  peakRssMb: number;
}

/** Runs a command under GNU time for wall time and peak RSS; the median of `runs` runs. */
function measure(command: string[]): Measure {
  const samples: Measure[] = [];
  for (let i = 0; i < runs; i++) {
    const result = spawnSync('/usr/bin/time', ['-f', '%e %M', ...command], { env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command.join(' ')} failed:\n${result.stderr}`);
    const [seconds, kilobytes] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
    samples.push({ seconds: seconds!, peakRssMb: Math.round(kilobytes! / 1024) });
  }
  samples.sort((a, b) => a.seconds - b.seconds);
  return samples[Math.floor(samples.length / 2)]!;
}

function countPatents(dir: string): number {
  return readFileSync(join(dir, 'patents.csv'), 'utf8').split('\nL').length - 1;
}

interface DataSet {
  name: string;
  label: string;
  dir: string;
  patents: number;
}

const dataSets: DataSet[] = [
  { name: 'shipped', label: 'shipped data', dir: join(ROOT, 'data'), patents: countPatents(join(ROOT, 'data')) },
];
const validateRows: string[] = [];
const validateShipped = measure([node, 'scripts/validate.ts', '--data-dir', 'data']);
validateRows.push(
  `| validate | shipped data (${dataSets[0]!.patents} patents) | ${validateShipped.seconds.toFixed(2)} s | ${validateShipped.peakRssMb} MB |`,
);
console.log(validateRows.at(-1));
for (const count of counts) {
  const dir = join(work, `data-${count}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(ROOT, 'data'), dir, { recursive: true });
  writeFileSync(join(dir, 'patents.csv'), patentsToCsv(generatePatents({ count, seed: 1 })));
  dataSets.push({ name: String(count), label: `shipped data + ${count.toLocaleString('en')} generated patents`, dir, patents: count });
  const result = measure([node, 'scripts/validate.ts', '--data-dir', dir]);
  validateRows.push(
    `| validate | shipped data + ${count.toLocaleString('en')} generated patents | ${result.seconds.toFixed(2)} s | ${result.peakRssMb} MB |`,
  );
  console.log(validateRows.at(-1));
}

// --- builds --------------------------------------------------------------------------------------------------

/** One build run. */
interface BuildRun {
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
type BuildFigures = BuildRun & { runWallSeconds: number[] };

/** Every file under dir with its size (paths as listFiles in the integration gives them). */
function filesWithSizes(dir: string): { path: string; bytes: number }[] {
  return listFiles(dir).map((path) => ({ path, bytes: statSync(join(dir, path)).size }));
}

async function build(set: DataSet, outDir: string, run: number): Promise<BuildRun> {
  // A cache of its own per run: every run is a build from scratch.
  const cacheDir = join(work, `cache-${set.name}-${run}`);
  const timingsFile = join(work, `timings-${set.name}-${run}.json`);
  const logFile = join(work, `build-${set.name}-${run}.log`);
  const cpuFile = join(work, `cpu-${set.name}-${run}.txt`);
  for (const path of [outDir, cacheDir, timingsFile]) rmSync(path, { recursive: true, force: true });
  const started = performance.now();
  // Under GNU time for the CPU time of the whole tree: a process's rusage includes its children once reaped.
  const child = spawn('/usr/bin/time', ['-f', '%U %S', '-o', cpuFile, node, astroBin, 'build'], {
    cwd: ROOT,
    env: { ...env, DATA_DIR: set.dir, OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, BUILD_TIMINGS_FILE: timingsFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const watch = watchPeakRss(child.pid!, 200);
  const log = createWriteStream(logFile);
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const code = await new Promise<number | null>((done, failed) => {
    child.on('error', failed);
    child.on('close', done);
  });
  const wallSeconds = (performance.now() - started) / 1000;
  const rss = watch.stop();
  log.end();
  if (code !== 0) throw new Error(`build of ${set.label} failed (exit ${code}); see ${logFile}`);
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

// --- queries in Chromium -------------------------------------------------------------------------------------

interface Fetched extends Served {
  kind: BundleKind | 'page';
}

interface QueryFigures {
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
  /** Query → results through the page, service workers blocked. */
  pageMs: number[];
  /** The median of pageMs after each build run, in run order (pageMs pools them all). */
  runPageMedians?: number[];
  /** Submit to the filter counts updated too (they follow the results). */
  countsMs: number[];
  /** Fresh context with the service worker allowed: everything the first visit fetched, precache included. */
  firstVisitWithSw?: Fetched[];
  /** Query → results through the page once the service worker controls it. */
  pageSwMs?: number[];
  apiMs: number[];
  /** What the uncompressed runtime files the first query fetched (pagefind.js) would weigh gzipped. */
  runtimeGzip: Record<string, number>;
}

const isPagefindFile = (file: Fetched) => file.kind !== 'page' && file.kind !== 'manifest' && file.kind !== 'other';
const inPagefind = (file: Served): Fetched => ({
  ...file,
  kind: file.path.startsWith(PATENT_BUNDLE_PATH) ? bundleFileKind(file.path) : 'page',
});

/**
 * Submits a query through the page's own form. `ms`: from submit to the results rendered
 * (#patent-search[data-results=done]); `countsMs`: to the filter counts updated as well ([data-state=done]).
 */
async function submitQuery(page: Page, query: string): Promise<{ ms: number; countsMs: number; results: string }> {
  const outcome = await page.evaluate(async (typed) => {
    const root = document.getElementById('patent-search')!;
    const form = root.querySelector<HTMLFormElement>('form[data-search-form]')!;
    form.querySelector<HTMLInputElement>('input[name="q"]')!.value = typed;
    let rendered = 0;
    const settled = new Promise<number>((done) => {
      const observer = new MutationObserver(() => {
        if (!rendered && root.dataset.results === 'done') rendered = performance.now();
        if (root.dataset.state === 'done' || root.dataset.state === 'error') {
          observer.disconnect();
          done(performance.now());
        }
      });
      observer.observe(root, { attributes: true, attributeFilter: ['data-state', 'data-results'] });
    });
    const started = performance.now();
    form.requestSubmit();
    const ended = await settled;
    return {
      ms: (rendered || ended) - started,
      countsMs: ended - started,
      state: root.dataset.state,
      results: document.getElementById('patent-result-count')?.textContent?.trim() ?? '',
    };
  }, query);
  if (outcome.state !== 'done') throw new Error(`search page ended in state ${outcome.state} for ${query}`);
  return { ms: outcome.ms, countsMs: outcome.countsMs, results: outcome.results };
}

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

async function measureQueries(browser: Browser, outDir: string): Promise<QueryFigures> {
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

    const pageMs: number[] = [];
    const countsMs: number[] = [];
    for (const query of WARM_QUERIES) {
      const timed = await submitQuery(page, query);
      pageMs.push(timed.ms);
      countsMs.push(timed.countsMs);
    }
    await context.close();

    // A first visit as people make it: the service worker installs and precaches its app shell. Then the page is
    // reloaded, so that the worker controls it, and the same warm queries are timed again.
    let firstVisitWithSw: Fetched[] | undefined;
    let pageSwMs: number[] | undefined;
    if (existsSync(join(outDir, 'sw.js'))) {
      const swContext = await browser.newContext();
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
      pageMs,
      countsMs,
      ...(firstVisitWithSw ? { firstVisitWithSw } : {}),
      ...(pageSwMs ? { pageSwMs } : {}),
      apiMs,
      runtimeGzip,
    };
  } finally {
    log.detach();
    await site.close();
  }
}

// --- run -------------------------------------------------------------------------------------------------------

interface Figures {
  set: DataSet;
  build: BuildFigures;
  queries: QueryFigures;
}

const figures: Figures[] = [];
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--headless', ...CHROMIUM_FLAGS] });
try {
  // Each build's output stays until the end of the run. This machine's ext4 has no journal, and there the kernel
  // skips inodes freed in the last minutes when it allocates new ones: right after deleting the 10,000-record
  // dist (15,000 files), creating files took 10–25 times as long, which would be measured as build time.
  for (const set of dataSets) {
    const runsOfSet: { figures: BuildRun; queries: QueryFigures }[] = [];
    for (let run = 1; run <= buildRuns; run++) {
      const outDir = join(work, `dist-${set.name}-${run}`);
      console.log(`building ${set.label} (run ${run} of ${buildRuns}) …`);
      // The previous build's writeback, flushed first: it is not this build's work.
      spawnSync('sync');
      const figures = await build(set, outDir, run);
      console.log(
        `  ${figures.wallSeconds.toFixed(1)} s, peak RSS ${formatBytes(figures.rss.peakTotal)} (tree), dist ${formatBytes(figures.distBytes)}`,
      );
      // Each build's queries are timed right after it, so the query figures too are sampled at several times of the
      // run. The build leaves hundreds of megabytes for the kernel to write back; flushed first.
      spawnSync('sync');
      const queries = await measureQueries(browser, outDir);
      console.log(
        `  first query ${formatBytes(sum(queries.first.pagefind))}, follow-up ${formatBytes(sum(queries.followUp.pagefind))}, median ${median(queries.pageMs).toFixed(0)} ms (page) / ${median(queries.apiMs).toFixed(0)} ms (API)`,
      );
      runsOfSet.push({ figures, queries });
    }
    const medianRun = [...runsOfSet].sort((a, b) => a.figures.wallSeconds - b.figures.wallSeconds)[Math.floor(runsOfSet.length / 2)]!;
    const highestRss = runsOfSet.map((r) => r.figures.rss).reduce((high, rss) => (rss.peakTotal > high.peakTotal ? rss : high));
    const built: BuildFigures = { ...medianRun.figures, rss: highestRss, runWallSeconds: runsOfSet.map((r) => r.figures.wallSeconds) };
    // Bytes from the median build (every build of a set gives the same files); times pooled over all runs.
    const pooled = (pick: (q: QueryFigures) => number[] | undefined) => runsOfSet.flatMap((r) => pick(r.queries) ?? []);
    const queries: QueryFigures = {
      ...medianRun.queries,
      pageMs: pooled((q) => q.pageMs),
      countsMs: pooled((q) => q.countsMs),
      ...(medianRun.queries.pageSwMs ? { pageSwMs: pooled((q) => q.pageSwMs) } : {}),
      apiMs: pooled((q) => q.apiMs),
      runPageMedians: runsOfSet.map((r) => median(r.queries.pageMs)),
    };
    figures.push({ set, build: built, queries });
  }
} finally {
  await browser.close();
}
if (!values.keep) rmSync(work, { recursive: true, force: true });

function sum(files: readonly { bytes: number }[]): number {
  return files.reduce((total, file) => total + file.bytes, 0);
}

// --- report ----------------------------------------------------------------------------------------------------

const s = (seconds: number | undefined) => (seconds === undefined ? '—' : `${seconds.toFixed(1)} s`);
const ms = (value: number) => `${value.toFixed(0)} ms`;
const kindCell = (totals: KindTotals) => `${formatBytes(totals.bytes)} (${totals.files.toLocaleString('en')})`;
const label = (f: Figures) => f.set.label;
const hasServiceWorker = figures.some((f) => f.build.phases.service_worker !== undefined);
/** Wall time outside the measured phases: process start-up, Astro's config and bundling, writing, exit. */
const otherSeconds = (f: Figures) => {
  const p = f.build.phases;
  return f.build.wallSeconds - (p.validate ?? 0) - (p.astro ?? 0) - (p.pagefind_after_render ?? 0) - (p.service_worker ?? 0);
};

const buildRows = figures.map((f) => {
  const p = f.build.phases;
  return `| ${label(f)} | ${s(p.validate)} | ${s(p.astro)} | ${s(p.pagefind_patents)} | ${s(p.pagefind_after_render)} (site index ${s(p.pagefind_site)}) |${hasServiceWorker ? ` ${s(p.service_worker)} |` : ''} ${s(otherSeconds(f))} | **${s(f.build.wallSeconds)}** | ${f.build.runWallSeconds.map((v) => v.toFixed(1)).join(', ')} | ${s(f.build.cpu.userSeconds)} / ${s(f.build.cpu.systemSeconds)} |`;
});
const memoryRows = figures.map(
  (f) =>
    `| ${label(f)} | **${formatBytes(f.build.rss.peakTotal)}** | ${formatBytes(f.build.rss.peakLargest)} | ${f.build.rss.peakProcesses} | ${formatBytes(f.build.distBytes)} (${f.build.distBytes.toLocaleString('en')} B) | ${f.build.distFiles.toLocaleString('en')} |`,
);
const bundleRows = figures.map((f) => {
  const k = f.build.bundle.kinds;
  const runtime = { files: k.runtime.files + k.wasm.files + k.entry.files, bytes: k.runtime.bytes + k.wasm.bytes + k.entry.bytes };
  return `| ${label(f)} | **${formatBytes(f.build.offlineBytes)}** | ${kindCell(k.pf_meta)} | ${kindCell(k.index)} | ${kindCell(k.record_table)} | ${kindCell(k.filter)} | ${kindCell(runtime)} | ${kindCell(k.record_shard)} |`;
});
const bytesAndFiles = (files: readonly Fetched[] | undefined) => (files ? `${formatBytes(sum(files))} (${files.length})` : '—');
const queryBytesRows = figures.map((f) => {
  const q = f.queries;
  return `| ${label(f)} | **${bytesAndFiles(q.first.pagefind)}** | ${bytesAndFiles(q.first.bundleOther)} | ${bytesAndFiles(q.first.page)} | ${bytesAndFiles(q.firstVisitWithSw)} | **${bytesAndFiles(q.followUp.pagefind)}** |`;
});
const spread = (values: readonly number[] | undefined) =>
  values?.length ? `${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})` : '—';
const queryTimeRows = figures.map(
  (f) =>
    `| ${label(f)} | **${spread(f.queries.pageMs)}** | ${(f.queries.runPageMedians ?? []).map(ms).join(', ')} | ${spread(f.queries.countsMs)} | ${spread(f.queries.pageSwMs)} | ${spread(f.queries.apiMs)} |`,
);
const target = figures.find((f) => f.set.patents === 50_000) ?? figures.at(-1)!;
const mb = 1e6;
const targets: [string, string, number, (value: number) => string, number][] = [
  [`build (wall time, median of ${buildRuns} runs)`, '≤ 75 s', target.build.wallSeconds, (v) => `${v.toFixed(1)} s`, 75],
  ['peak RSS (sum of the process tree)', '≤ 6 GB', target.build.rss.peakTotal, formatBytes, 6e9],
  ['first query (Pagefind bytes)', '≤ 300 kB', sum(target.queries.first.pagefind), formatBytes, 300e3],
  ['follow-up query (Pagefind bytes)', '≤ 50 kB', sum(target.queries.followUp.pagefind), formatBytes, 50e3],
  [
    `median query → results (search page, ${target.queries.pageMs.length} warm queries)`,
    '≤ 100 ms',
    median(target.queries.pageMs),
    ms,
    100,
  ],
  ['offline download (offline-manifest.json bytes)', '≤ 15 MB', target.build.offlineBytes, formatBytes, 15 * mb],
  ['dist size', '≤ 1 GB', target.build.distBytes, formatBytes, 1e9],
];
const targetRows = targets.map(
  ([what, limit, value, show, max]) => `| ${what} | ${limit} | ${show(value)} | ${value <= max ? 'met' : '**missed**'} |`,
);

const firstFiles = [...target.queries.first.pagefind].sort((a, b) => a.seq - b.seq);
const firstOther = target.queries.first.bundleOther;
const listedFiles = [...firstFiles, ...firstOther].sort((a, b) => a.seq - b.seq);
const firstByKind = totalsByKind(firstFiles);
const fileRows = listedFiles.map(
  (f, i) => `| ${i + 1} | \`${f.path.slice(PATENT_BUNDLE_PATH.length)}\` | ${f.kind} | ${formatBytes(f.bytes)} |`,
);
const kindRows = BUNDLE_KINDS.filter((kind) => firstByKind.kinds[kind].files > 0).map(
  (kind) => `| ${kind} | ${firstByKind.kinds[kind].files} | ${formatBytes(firstByKind.kinds[kind].bytes)} |`,
);
const followByKind = totalsByKind(target.queries.followUp.pagefind);
const followKinds = BUNDLE_KINDS.filter((kind) => followByKind.kinds[kind].files > 0)
  .map((kind) => `${kind} ${formatBytes(followByKind.kinds[kind].bytes)} (${followByKind.kinds[kind].files})`)
  .join(', ');
const gzipNote = Object.entries(target.queries.runtimeGzip)
  .map(([name, bytes]) => `${name} ${formatBytes(bytes)}`)
  .join(', ');
const swVisit = target.queries.firstVisitWithSw;
const swVisitLine = swVisit
  ? `\nFirst visit with the service worker (${formatBytes(sum(swVisit))} in all): the page, its assets and the service worker's precache ${formatBytes(sum(swVisit.filter((f) => f.kind === 'page')))} (${swVisit.filter((f) => f.kind === 'page').length} files), Pagefind ${formatBytes(sum(swVisit.filter(isPagefindFile)))} (${swVisit.filter(isPagefindFile).length}, some twice: once for the search and once for the precache), and the offline control's manifest ${formatBytes(sum(swVisit.filter((f) => f.kind === 'manifest')))}.`
  : '';
const tp = target.build.phases;
const cpu = cpus()[0]?.model ?? 'unknown CPU';

const markdown = `# Benchmarks

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpu}), ${Math.round(totalmem() / 2 ** 30)} GiB RAM,
Node ${process.version}, Chromium at ${CHROMIUM_PATH}. Load average (1 min) ${loadAtStart[0]!.toFixed(1)} at the start and ${loadavg()[0]!.toFixed(1)} at the end:
on a busy machine the times are longer and noisier, so compare runs rather than single figures.
Raw figures: \`tmp/benchmarks.json\`.

## Validate

Median of ${runs} runs; wall time and peak RSS from GNU time.

| step | input | wall time | peak RSS |
|---|---|---|---|
${validateRows.join('\n')}

Target (issue #2): \`npm run validate\` on 50,000 generated patents in 3 s or less.

## Build

${buildRuns} clean builds of each data set (each with a fresh Astro cache and output folder, after \`sync\`); the table
shows the run with the median wall time, and *runs* every run's wall time in order. Phases are the build's own timings (\`BUILD_TIMINGS_FILE\`):
*validate* loads and checks the data; *astro* renders every page; *pagefind patents* indexes the patents: it starts
right after validation and runs **at the same time as Vite's bundling and astro** (so it adds to the wall time
only when it outlasts them); *after render* is what comes after rendering — waiting for the patent index if
needed, indexing the site pages, the offline manifest. *Other* is the rest of the wall time (Node and Astro
start-up, Vite bundling, exit); *total* is the wall time of \`astro build\`, process start to exit. *CPU* is the
user and system time of the whole process tree (GNU time); on 2 cores it can reach twice the wall time.

Every build's output is kept until the end of the run. This machine's ext4 has no journal, and there the kernel
skips inodes freed in the last few minutes when it allocates new ones: for some minutes after tens of thousands
of files are deleted on it, creating files costs 10–25 times the system time. A build then spends much of its
CPU in the kernel; a *system* time well above about 25 s at 50,000 patents is the sign. A run deletes its work
folder at the end, so wait five minutes before the next run, or give it a \`--work\` folder elsewhere: a
50,000-record build written next to a work folder deleted two minutes earlier took 90 s, and 67 s in /tmp in the
same quarter hour.

| data set | validate | astro | pagefind patents (∥ astro) | after render |${hasServiceWorker ? ' service worker |' : ''} other | total | runs (s) | CPU user / system |
|---|---|---|---|---|${hasServiceWorker ? '---|' : ''}---|---|---|---|
${buildRows.join('\n')}

Peak RSS is the highest of the runs' peaks of the **sum** of the resident set sizes of the build's whole process tree (node and the
pagefind_extended binary it starts, under GNU time, which adds about 2 MB), sampled from /proc every 200 ms; "largest process" is the largest single
process, which is what GNU time's %M would report.

| data set | peak RSS (tree sum) | largest process | processes | dist size | dist files |
|---|---|---|---|---|---|
${memoryRows.join('\n')}

## Patent index (\`${PATENT_BUNDLE_PATH}\`)

The offline download (\`offline-manifest.json\` \`bytes\`) is everything in the bundle but the manifest and the
record shards (saving downloads the full record table instead) and Pagefind's pagefind-worker.js (Pagefind runs
in the search page's own worker). Bytes (files). Runtime = pagefind.js, pagefind-worker.js, the wasm and
pagefind-entry.json. The record shards are what online searches fetch for the
results on show; they are not part of the offline download. Pagefind's fragments are removed (docs/search.md).

| data set | offline download | pf_meta | index chunks | record table | filters | runtime | record shards (online only) |
|---|---|---|---|---|---|---|---|
${bundleRows.join('\n')}

## Queries in Chromium

Headless Chromium against the built site on a loopback static server that sends files as they are (Pagefind's
index files are already gzip-compressed; nothing is compressed on the fly). Like a static host, it sends ETag and
Last-Modified and answers revalidations with 304 and no body. Bytes are response bodies as sent, counted by the
server, so requests made by the page's search worker (where Pagefind runs) are included.

- **First query**: a fresh browser context, service workers blocked, opens \`${SEARCH_PAGE}?q=${FIRST_QUERY}\`; what
  Pagefind fetched until the results were shown and the network went quiet. Other files under \`${PATENT_BUNDLE_PATH}\`
  that the page itself fetched (the offline control reads \`offline-manifest.json\`) and the page's own HTML, CSS
  and JS are listed apart.
- **First visit with the service worker**: the same in a fresh context where the service worker may install:
  everything fetched until it is ready and its precache is done.
- **Follow-up**: then \`${FOLLOW_UP_QUERY}\` is submitted in the first page; what Pagefind fetched for it.
- **Query → results**: ${WARM_QUERIES.length} further queries (${WARM_QUERIES.slice(0, 4).join(', ')}, …) submitted through the page's
  form, each timed in the page from submit to \`#patent-search[data-results=done]\` (${RESULTS_SHOWN} results rendered), and to
  \`[data-state=done]\` (the filter counts updated too: a second Pagefind instance counts after the results are shown);
  again in a page the service worker controls (after a reload); and through the raw API,
  \`pagefind.search()\` alone (the result ids, without the record table), in a fresh page of the site. The queries
  are timed against each of the ${buildRuns} builds of a data set, right after it, and pooled
  (${WARM_QUERIES.length * buildRuns} of each kind), so that one slow minute of the machine does not decide the figure.

Bytes (files):

| data set | first query: Pagefind | + other bundle files the page fetched | + the page itself | first visit with the service worker, all files | follow-up: Pagefind |
|---|---|---|---|---|---|
${queryBytesRows.join('\n')}

Query → results, median (min–max) of ${WARM_QUERIES.length * buildRuns} warm queries (${WARM_QUERIES.length} after each build); *per build* is the
median of each build's ${WARM_QUERIES.length}, in run order:

| data set | search page: results | per build | search page: results and counts | search page, service worker in control: results | raw Pagefind API |
|---|---|---|---|---|---|
${queryTimeRows.join('\n')}

## Targets at ${target.set.patents.toLocaleString('en')} patents (issue #4)

| target | limit | measured | |
|---|---|---|---|
${targetRows.join('\n')}

## Where the bytes and seconds go (${target.set.label})

Seconds: validate ${s(tp.validate)}, rendering ${s(tp.astro)} while the patent index takes ${s(tp.pagefind_patents)} alongside,
then ${s(tp.pagefind_after_render)} after rendering (site index ${s(tp.pagefind_site)})${tp.service_worker === undefined ? '' : `, service worker ${s(tp.service_worker)}`}; the other
${s(otherSeconds(target))} of the ${s(target.build.wallSeconds)} wall time are Node and Astro start-up, Vite bundling and exit.

First query (\`${FIRST_QUERY}\`, ${target.queries.first.results}), by kind:

| kind | files | bytes |
|---|---|---|
${kindRows.join('\n')}
| **all Pagefind** | ${firstFiles.length} | **${formatBytes(sum(firstFiles))}** |
${firstOther.length > 0 ? `\nThe page also fetched ${firstOther.map((f) => `\`${f.path.slice(PATENT_BUNDLE_PATH.length)}\` (${formatBytes(f.bytes)})`).join(', ')}: not Pagefind, but part of the first query's cost (${formatBytes(sum(firstFiles) + sum(firstOther))} in all).\n` : ''}
The runtime JavaScript is sent uncompressed here; a server that gzips JavaScript would send ${gzipNote}.

Follow-up (\`${FOLLOW_UP_QUERY}\`, ${target.queries.followUp.results}): ${followKinds || 'nothing'}.
${swVisitLine}

Every file under \`${PATENT_BUNDLE_PATH}\` the first query fetched, in the order the responses finished:

| # | file | kind | bytes |
|---|---|---|---|
${fileRows.join('\n')}
`;

mkdirSync(join(ROOT, 'tmp'), { recursive: true });
writeFileSync(
  join(ROOT, 'tmp/benchmarks.json'),
  `${JSON.stringify({ date: new Date().toISOString(), validate: validateRows, figures }, null, 2)}\n`,
);
writeFileSync(resolve(ROOT, values.out), markdown);
console.log(markdown);
