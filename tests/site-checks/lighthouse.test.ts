/**
 * Lighthouse 13 (default mobile config: Moto G Power emulation, simulated slow 4G and 4× CPU slowdown) on five
 * pages of the site built from the shipped data/, served on 127.0.0.1, in Debian's Chromium. Budgets:
 * performance ≥ 0.95, accessibility = 1, best practices ≥ 0.95, SEO ≥ 0.95. Pages run one after the other.
 * `node scripts/lighthouse.ts --dist DIR` prints the same numbers as a table.
 *
 * Without /usr/bin/chromium this is skipped (npm test says so), unless REQUIRE_BROWSER_TESTS=1, where it fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, requireChromium } from '../helpers/chromium.ts';
import { buildShippedSiteOnce, releaseShippedSite } from '../helpers/site-build.ts';
import { serveDirectory } from '../helpers/static-server.ts';
import {
  BUDGETS,
  budgetMisses,
  CATEGORIES,
  formatTable,
  LIGHTHOUSE_PAGES,
  runLighthouse,
  type PageResult,
} from '../../scripts/lighthouse.ts';

requireChromium('Lighthouse');

describe.runIf(chromiumAvailable)('Lighthouse on the built site (shipped data, mobile)', () => {
  let site: Awaited<ReturnType<typeof serveDirectory>> | undefined;
  const results = new Map<string, PageResult>();

  beforeAll(async () => {
    site = await serveDirectory(await buildShippedSiteOnce());
    const started = performance.now();
    for (const result of await runLighthouse(site.url, LIGHTHOUSE_PAGES)) results.set(result.path, result);
    const all = [...results.values()];
    console.log(
      `${formatTable(all)}\nCPU benchmark index ${Math.round(all[0]?.benchmarkIndex ?? 0)}; Lighthouse ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  });

  afterAll(async () => {
    await site?.close();
    await releaseShippedSite();
  });

  it.each(LIGHTHOUSE_PAGES)('%s meets the budgets', (path) => {
    const result = results.get(path);
    expect(result, `no Lighthouse result for ${path}`).toBeDefined();
    expect(result!.formFactor).toBe('mobile');
    for (const category of CATEGORIES) expect(result!.scores[category], `${path} ${category}`).not.toBeNull();
    // Each miss names the category, its score and the audits that cost points.
    expect(budgetMisses([result!]), `budgets: ${JSON.stringify(BUDGETS)}`).toEqual([]);
  });
});
