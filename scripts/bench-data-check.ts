/**
 * node scripts/bench-data-check.ts [--site DIR] [--count 50000] [--seed 7] [--runs 3]
 * Times the browser checker (/data-check/) in Chromium on a generated patents.csv saved by Excel (excel-save.ts): from posting the file to the
 * worker to its reply (the page's `data-check` performance measure), and from choosing the file to the results
 * on screen. Without --site, builds the shipped data into tmp/bench-data-check/. Target (issue 13 §4): 50,000
 * rows within 3 s. `measureDataCheck` is exported for scripts/bench.ts.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { generatePatents, patentsToCsv } from '#src/data/generate/patents.ts';
import { CHECK_MEASURE } from '#src/scripts/data-check/messages.ts';
import { buildSite } from '../tests/helpers/build-site.ts';
import { serveDirectory } from './lib/static-server.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { fail, parseCli } from './lib/cli.ts';
import { excelSave } from './lib/excel-save.ts';

const ROOT = resolve(import.meta.dirname, '..');

export interface DataCheckTiming {
  /** The worker's check (decode, parse, validate, cross-file checks, preview), per run. */
  checkSeconds: number[];
  /** From choosing the file to the results on the page, per run. */
  totalSeconds: number[];
  rows: number;
  problems: number;
}

export async function measureDataCheck(siteDir: string, csvFile: string, runs: number): Promise<DataCheckTiming> {
  const site = await serveDirectory(siteDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--headless', ...CHROMIUM_FLAGS] });
  const timing: DataCheckTiming = { checkSeconds: [], totalSeconds: [], rows: 0, problems: 0 };
  try {
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage();
      await page.goto(`${site.url}/data-check/`);
      const started = Date.now();
      await page.setInputFiles('#dc-files', csvFile);
      await page.locator('.dc-file .dc-summary').first().waitFor({ timeout: 120_000 });
      timing.totalSeconds.push((Date.now() - started) / 1000);
      const measured = await page.evaluate((name) => performance.getEntriesByName(name).at(-1)?.duration ?? NaN, CHECK_MEASURE);
      timing.checkSeconds.push(measured / 1000);
      timing.problems = await page.locator('.dc-issues > li').count();
      timing.rows = Number((await page.locator('.dc-summary').first().textContent())?.replace(/[^\d]/gu, '') || 0);
      await page.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return timing;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

if (import.meta.main) {
  const { values } = parseCli({
    site: { type: 'string' },
    count: { type: 'string', default: '50000' },
    seed: { type: 'string', default: '7' },
    runs: { type: 'string', default: '3' },
  });
  const count = Number(values.count);
  const runs = Number(values.runs);
  if (!Number.isInteger(count) || count < 1) fail(`--count must be a positive whole number (got ${values.count})`);
  if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a positive whole number (got ${values.runs})`);
  const work = join(ROOT, 'tmp/bench-data-check');
  mkdirSync(work, { recursive: true });
  let siteDir = values.site && resolve(values.site);
  if (!siteDir) {
    siteDir = join(work, 'dist');
    console.log('building the shipped data…');
    const built = await buildSite(join(ROOT, 'data'), siteDir);
    if (built.code !== 0) fail(`astro build failed:\n${built.stderr}`);
  } else if (!existsSync(join(siteDir, 'data-check/index.html'))) fail(`${siteDir} has no data-check/index.html: build the site first`);
  // Named patents.csv: the page tells the data files apart by name.
  const setDir = join(work, `${count}-seed${values.seed}-excel`);
  mkdirSync(setDir, { recursive: true });
  const csvFile = join(setDir, 'patents.csv');
  // As staff would choose it: opened and saved in Excel as "CSV UTF-8" (BOM, CRLF, 2027/5/14 dates).
  if (!existsSync(csvFile)) writeFileSync(csvFile, excelSave(patentsToCsv(generatePatents({ count, seed: Number(values.seed) })), 'utf8'));
  const timing = await measureDataCheck(siteDir, csvFile, runs);
  const list = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(', ');
  console.log(
    [
      `data-check: ${count.toLocaleString('en')} generated patents (seed ${values.seed}), ${timing.problems} problems shown`,
      `worker check: median ${median(timing.checkSeconds).toFixed(2)} s (runs: ${list(timing.checkSeconds)})`,
      `choose → results on screen: median ${median(timing.totalSeconds).toFixed(2)} s (runs: ${list(timing.totalSeconds)})`,
      `load average while measuring: ${loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')}`,
      `target: 3 s or less for the worker check`,
    ].join('\n'),
  );
}
