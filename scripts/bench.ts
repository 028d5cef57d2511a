/**
 * npm run bench [-- --counts 10000,50000,100000 --runs 5 --build-runs 3 --bare --out docs/benchmarks.md --work DIR --keep]
 *
 * Measures what issue 14 asks for and writes docs/benchmarks.md and its chart (raw figures: tmp/benchmarks.json):
 * - `npm run validate` on the shipped data and on generated patent sets (wall time, peak RSS);
 * - --build-runs production builds of each data set, the median run reported (phases, peak RSS of the process
 *   tree, dist, the patent bundle by kind);
 * - in headless Chromium against each build: the bytes of a first query and a follow-up, a fresh browse by
 *   filter, what the service worker fetches on a first visit, and warm query times;
 * - the baseline in the same run (unless --bare false): one bare Astro page per record, `pagefind --site`, and
 *   Pagefind's own API on it; then our page and that API timed in turns, query by query (measurePaired).
 * Measuring is scripts/lib/bench-measure.ts, the report scripts/lib/bench-report.ts. A script, not a test: the
 * numbers depend on the machine.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { generatePatents, patentsToCsv } from '#src/data/generate/patents.ts';
import {
  build,
  buildBare,
  measureBareQueries,
  measurePaired,
  measureCommand,
  measureQueries,
  type BareFigures,
  type BenchContext,
  type BuildFigures,
  type BuildRun,
  type DataSet,
  type QueryFigures,
} from './lib/bench-measure.ts';
import { benchMarkdown, growthChart, sum, type DataCheckFigures, type Figures } from './lib/bench-report.ts';
import { measureDataCheck } from './bench-data-check.ts';
import { npmScriptCommand } from './lib/npm-script.ts';
import { excelSave } from './lib/excel-save.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { parseCli } from './lib/cli.ts';
import { formatBytes, median } from './lib/query-bytes.ts';

const ROOT = resolve(import.meta.dirname, '..');

const runList = (seconds: readonly number[]) => seconds.map((value) => value.toFixed(2)).join(', ');

function countPatents(dir: string): number {
  return readFileSync(join(dir, 'patents.csv'), 'utf8').split('\nL').length - 1;
}

async function main(): Promise<void> {
  const { values } = parseCli({
    counts: { type: 'string', default: '10000,50000,100000' },
    runs: { type: 'string', default: '5' },
    'build-runs': { type: 'string', default: '3' },
    bare: { type: 'string', default: 'true' },
    out: { type: 'string', default: 'docs/benchmarks.md' },
    work: { type: 'string', default: join('tmp', `bench-${process.pid}`) },
    keep: { type: 'boolean', default: false },
  });
  const counts = values.counts.split(',').filter(Boolean).map(Number);
  const buildRuns = Number(values['build-runs']);
  if (!(buildRuns >= 1)) throw new Error('--build-runs must be at least 1');
  const ctx: BenchContext = {
    root: ROOT,
    work: resolve(values.work),
    node: process.execPath,
    astroBin: join(ROOT, 'node_modules/astro/bin/astro.mjs'),
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    runs: Number(values.runs),
  };
  mkdirSync(ctx.work, { recursive: true });
  const loadAtStart = loadavg();

  // --- validate --------------------------------------------------------------------------------------------
  const dataSets: DataSet[] = [
    { name: 'shipped', label: 'shipped data', dir: join(ROOT, 'data'), patents: countPatents(join(ROOT, 'data')) },
  ];
  const validateRows: string[] = [];
  // What `npm run validate` runs, its Node flags included.
  const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const validate = npmScriptCommand(scripts, 'validate', ctx.node);
  const validateShipped = measureCommand(ctx, [...validate, '--data-dir', 'data']);
  validateRows.push(
    `| validate | shipped data (${dataSets[0]!.patents} patents) | ${validateShipped.seconds.toFixed(2)} s | ${runList(validateShipped.runSeconds)} | ${validateShipped.peakRssMb} MB |`,
  );
  console.log(validateRows.at(-1));
  for (const count of counts) {
    const dir = join(ctx.work, `data-${count}`);
    rmSync(dir, { recursive: true, force: true });
    cpSync(join(ROOT, 'data'), dir, { recursive: true });
    writeFileSync(join(dir, 'patents.csv'), patentsToCsv(generatePatents({ count, seed: 1 })));
    dataSets.push({ name: String(count), label: `shipped data + ${count.toLocaleString('en')} generated patents`, dir, patents: count });
    // The data set was just written: let it reach the disk first, as the builds do, or validate waits for the flush.
    spawnSync('sync');
    const result = measureCommand(ctx, [...validate, '--data-dir', dir]);
    validateRows.push(
      `| validate | shipped data + ${count.toLocaleString('en')} generated patents | ${result.seconds.toFixed(2)} s | ${runList(result.runSeconds)} | ${result.peakRssMb} MB |`,
    );
    console.log(validateRows.at(-1));
  }

  // --- builds and queries, and the data checker on the shipped build -------------------------------------------
  const figures: Figures[] = [];
  let dataCheck: DataCheckFigures | undefined;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--headless', ...CHROMIUM_FLAGS] });
  try {
    // Each build's output stays until the end of the run: right after tens of thousands of files are deleted on
    // this machine's ext4, creating files costs 10–25 times as long (docs/benchmarks.md).
    for (const set of dataSets) {
      const runsOfSet: { figures: BuildRun; queries: QueryFigures }[] = [];
      for (let run = 1; run <= buildRuns; run++) {
        const outDir = join(ctx.work, `dist-${set.name}-${run}`);
        console.log(`building ${set.label} (run ${run} of ${buildRuns}) …`);
        spawnSync('sync');
        const built = await build(ctx, set, outDir, run);
        console.log(
          `  ${built.wallSeconds.toFixed(1)} s, peak RSS ${formatBytes(built.rss.peakTotal)} (tree), dist ${formatBytes(built.distBytes)}`,
        );
        spawnSync('sync');
        const queries = await measureQueries(browser, outDir);
        console.log(
          `  first query ${formatBytes(sum(queries.first.pagefind))}, follow-up ${formatBytes(sum(queries.followUp.pagefind))}, median ${median(queries.firstMs).toFixed(0)} ms to the first results, ${median(queries.countsMs).toFixed(0)} ms to all (page), browse ${queries.browse.ms.toFixed(0)} ms`,
        );
        runsOfSet.push({ figures: built, queries });
      }
      const medianRun = [...runsOfSet].sort((a, b) => a.figures.wallSeconds - b.figures.wallSeconds)[Math.floor(runsOfSet.length / 2)]!;
      const highestRss = runsOfSet.map((r) => r.figures.rss).reduce((high, rss) => (rss.peakTotal > high.peakTotal ? rss : high));
      const buildFigures: BuildFigures = {
        ...medianRun.figures,
        rss: highestRss,
        runWallSeconds: runsOfSet.map((r) => r.figures.wallSeconds),
      };
      const pooled = (pick: (q: QueryFigures) => number[] | undefined) => runsOfSet.flatMap((r) => pick(r.queries) ?? []);
      const queries: QueryFigures = {
        ...medianRun.queries,
        firstMs: pooled((q) => q.firstMs),
        pageMs: pooled((q) => q.pageMs),
        countsMs: pooled((q) => q.countsMs),
        ...(medianRun.queries.pageSwMs ? { pageSwMs: pooled((q) => q.pageSwMs) } : {}),
        apiMs: pooled((q) => q.apiMs),
        runPageMedians: runsOfSet.map((r) => median(r.queries.pageMs)),
      };
      let bare: BareFigures | undefined;
      if (values.bare !== 'false' && set.name !== 'shipped') {
        console.log(`baseline: bare Astro pages and pagefind --site for ${set.label} …`);
        spawnSync('sync');
        const { outDir, figures: bareBuild } = await buildBare(ctx, set);
        bare = { ...bareBuild, ...(await measureBareQueries(browser, outDir)) };
        console.log(
          `  ${(bare.astroSeconds + bare.pagefindSeconds).toFixed(1)} s, first query ${formatBytes(sum(bare.firstQuery))}, median ${median(bare.apiMs).toFixed(0)} ms`,
        );
        bare.paired = await measurePaired(browser, join(ctx.work, `dist-${set.name}-${buildRuns}`), outDir);
        console.log(
          `  in turns: our page ${median(bare.paired.oursFirstMs).toFixed(0)} ms to the first results, bare API ${median(bare.paired.bareMs).toFixed(0)} ms`,
        );
      }
      figures.push({ set, build: buildFigures, queries, ...(bare ? { bare } : {}) });
      if (set.name === 'shipped') dataCheck = await benchDataCheck(ctx, join(ctx.work, 'dist-shipped-1'));
    }
  } finally {
    await browser.close();
  }

  if (!values.keep) rmSync(ctx.work, { recursive: true, force: true });

  const markdown = benchMarkdown({ figures, validateRows, dataCheck, runs: ctx.runs, buildRuns, loadAtStart });
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  writeFileSync(
    join(ROOT, 'tmp/benchmarks.json'),
    `${JSON.stringify({ date: new Date().toISOString(), validate: validateRows, dataCheck, figures }, null, 2)}\n`,
  );
  const out = resolve(ROOT, values.out);
  writeFileSync(out, markdown);
  writeFileSync(join(dirname(out), 'benchmarks-growth.svg'), growthChart(figures.filter((f) => f.set.name !== 'shipped')));
  console.log(markdown);
}

await main();

/**
 * The browser data checker (issue 13): a generated patents.csv chosen on /data-check/ of the shipped data's build.
 * Measured right after that build, before the large data sets: after writing a gigabyte of pages, the machine spent
 * minutes flushing them to disk, and the same check took 3.8 s there against 2.9–3.1 s on its own.
 */
async function benchDataCheck(ctx: BenchContext, siteDir: string): Promise<DataCheckFigures> {
  const checkRows = 50_000;
  const checkDir = join(ctx.work, 'data-check');
  mkdirSync(checkDir, { recursive: true });
  // Named patents.csv: the page tells the data files apart by name.
  const checkCsv = join(checkDir, 'patents.csv');
  // As staff would choose it: opened and saved in Excel as "CSV UTF-8" (BOM, CRLF, 2027/5/14 dates).
  writeFileSync(checkCsv, excelSave(patentsToCsv(generatePatents({ count: checkRows, seed: 7 })), 'utf8'));
  console.log(`data-check: ${checkRows.toLocaleString('en')} generated patents in Chromium …`);
  spawnSync('sync');
  const dataCheck: DataCheckFigures = { count: checkRows, seed: 7, ...(await measureDataCheck(siteDir, checkCsv, ctx.runs)) };
  console.log(`  worker check, median ${median(dataCheck.checkSeconds).toFixed(2)} s`);
  return dataCheck;
}
