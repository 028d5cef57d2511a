/**
 * Lighthouse 13 on the built site, served on 127.0.0.1, with its default (mobile) config, in Debian's Chromium.
 *
 *   npm run build && npm run lighthouse [-- --dist DIR] [PATH…]
 *
 * runs all four categories, performance included, and exits 1 when a page misses a budget. The performance
 * score depends on how busy the machine is, so `npm test` (tests/site-checks/lighthouse.test.ts) runs only the
 * deterministic categories (TEST_CATEGORIES). PATH defaults to the six audited pages (/, /seminars/, /faq/,
 * /statistics/, /search/, /patents/search/).
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Config, type Flags, type Result } from 'lighthouse';
import { serveDirectory } from './lib/static-server.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium.ts';

/** chrome-launcher adds its own defaults (fresh profile, no default browser check, …) to these. */
export const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

export const LIGHTHOUSE_PAGES = ['/', '/seminars/', '/faq/', '/statistics/', '/search/', '/patents/search/'];

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** What `npm test` checks: the categories whose scores do not depend on the machine's speed. */
export const TEST_CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const satisfies readonly Category[];

/** Minimum scores (0–1). */
export const BUDGETS: Record<Category, number> = { performance: 0.95, accessibility: 1, 'best-practices': 0.95, seo: 0.95 };

/**
 * The default config (mobile: Moto G Power emulation, simulated slow 4G and 4× CPU slowdown), every audit on.
 * (Lighthouse treats 127.0.0.1 as a secure origin, so plain HTTP here costs nothing under best practices.)
 * No full-page screenshot: only the HTML report's element thumbnails use it, no audit or score does, and it took
 * about 1.5 s a page.
 */
export function lighthouseConfig(categories: readonly Category[] = CATEGORIES): Config {
  return { extends: 'lighthouse:default', settings: { onlyCategories: [...categories], disableFullPageScreenshot: true } };
}

export interface AuditMiss {
  id: string;
  title: string;
  score: number | null;
  displayValue?: string;
}

export interface PageResult {
  path: string;
  scores: Record<Category, number | null>;
  /** Audits with weight in a category that did not score 1, per category. */
  misses: Record<Category, AuditMiss[]>;
  metrics: Record<'FCP' | 'LCP' | 'TBT' | 'CLS' | 'SI', string>;
  /** Lighthouse's own warnings (e.g. about the machine being too slow for stable numbers). */
  warnings: string[];
  benchmarkIndex: number | undefined;
  /** 'mobile' with the default config. */
  formFactor: string;
  seconds: number;
}

function summarize(path: string, lhr: Result, seconds: number): PageResult {
  const scores = {} as PageResult['scores'];
  const misses = {} as PageResult['misses'];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    scores[id] = category?.score ?? null;
    misses[id] = (category?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter(
        (audit): audit is NonNullable<typeof audit> =>
          audit !== undefined &&
          audit.scoreDisplayMode !== 'notApplicable' &&
          audit.scoreDisplayMode !== 'manual' &&
          audit.scoreDisplayMode !== 'informative' &&
          audit.score !== 1,
      )
      .map((audit) => ({
        id: audit.id,
        title: audit.title,
        score: audit.score,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      }));
  }
  const metric = (id: string) => lhr.audits[id]?.displayValue ?? '?';
  return {
    path,
    scores,
    misses,
    metrics: {
      FCP: metric('first-contentful-paint'),
      LCP: metric('largest-contentful-paint'),
      TBT: metric('total-blocking-time'),
      CLS: metric('cumulative-layout-shift'),
      SI: metric('speed-index'),
    },
    warnings: lhr.runWarnings,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    formFactor: lhr.configSettings.formFactor,
    seconds,
  };
}

/** Runs Lighthouse on each path of a served site, one after the other, in one Chromium. */
export async function runLighthouse(
  baseUrl: string,
  paths: readonly string[] = LIGHTHOUSE_PAGES,
  { categories = CATEGORIES, onPage }: { categories?: readonly Category[]; onPage?: (result: PageResult) => void } = {},
): Promise<PageResult[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    const results: PageResult[] = [];
    for (const path of paths) {
      const started = performance.now();
      const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error' };
      const run = await lighthouse(new URL(path, baseUrl).href, flags, lighthouseConfig(categories));
      if (!run) throw new Error(`Lighthouse returned no result for ${path}`);
      if (run.lhr.runtimeError)
        throw new Error(`Lighthouse failed on ${path}: ${run.lhr.runtimeError.code} ${run.lhr.runtimeError.message}`);
      const result = summarize(path, run.lhr, (performance.now() - started) / 1000);
      results.push(result);
      onPage?.(result);
    }
    return results;
  } finally {
    chrome.kill();
  }
}

/** Every score below its budget in the given categories, as "path category score < budget: audits that missed". */
export function budgetMisses(results: readonly PageResult[], categories: readonly Category[] = CATEGORIES): string[] {
  return results.flatMap((result) =>
    categories.flatMap((category) => {
      const score = result.scores[category];
      if (score !== null && score >= BUDGETS[category]) return [];
      const audits = result.misses[category].map(
        (a) => `${a.id} (${a.score === null ? 'error' : a.score.toFixed(2)}${a.displayValue ? `, ${a.displayValue}` : ''})`,
      );
      return [
        `${result.path} ${category} ${score === null ? 'no score' : score.toFixed(2)} < ${BUDGETS[category]}: ${audits.join(', ') || 'no failing audit listed'}`,
      ];
    }),
  );
}

export function formatTable(results: readonly PageResult[]): string {
  const head = ['page', 'perf', 'a11y', 'best', 'seo', 'FCP', 'LCP', 'TBT', 'CLS', 'SI', 'time'];
  const rows = results.map((r) => [
    r.path,
    ...CATEGORIES.map((c) => (r.scores[c] === null ? '–' : Math.round(r.scores[c] * 100).toString())),
    r.metrics.FCP,
    r.metrics.LCP,
    r.metrics.TBT,
    r.metrics.CLS,
    r.metrics.SI,
    `${r.seconds.toFixed(1)} s`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } }, allowPositionals: true });
  const dist = resolve(values.dist);
  if (!existsSync(resolve(dist, 'index.html'))) {
    console.error(`No built site in ${dist}: run npm run build first (or pass --dist DIR).`);
    process.exit(1);
  }
  const site = await serveDirectory(dist);
  try {
    const results = await runLighthouse(site.url, positionals.length > 0 ? positionals : LIGHTHOUSE_PAGES, {
      onPage: (r) => console.error(`${r.path}: done in ${r.seconds.toFixed(1)} s`),
    });
    console.log(formatTable(results));
    const benchmark = results[0]?.benchmarkIndex;
    if (benchmark !== undefined) console.log(`\nCPU benchmark index: ${Math.round(benchmark)}`);
    for (const result of results) {
      for (const category of CATEGORIES) {
        if (result.misses[category].length === 0) continue;
        console.log(`\n${result.path} ${category}:`);
        for (const a of result.misses[category])
          console.log(
            `  ${a.id}: ${a.score === null ? 'error' : a.score.toFixed(2)}${a.displayValue ? ` (${a.displayValue})` : ''} — ${a.title}`,
          );
      }
      for (const warning of result.warnings) console.log(`\n${result.path} warning: ${warning}`);
    }
    const misses = budgetMisses(results);
    if (misses.length > 0) {
      console.log(`\nBudgets missed:\n${misses.join('\n')}`);
      process.exitCode = 1;
    }
  } finally {
    await site.close();
  }
}

if (import.meta.main) await main();
