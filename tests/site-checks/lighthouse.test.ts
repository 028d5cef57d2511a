/**
 * Lighthouse 13 (default mobile config) on six pages of the shared build of the shipped data/, served on
 * 127.0.0.1, in Debian's Chromium: only the categories whose scores do not depend on the machine's speed —
 * accessibility = 1, best practices ≥ 0.95, SEO ≥ 0.95. The performance score is timed, so it lives in
 * `npm run lighthouse` (scripts/lighthouse.ts), and the bytes each page loads are budgeted in page-weight.test.ts.
 *
 * Without /usr/bin/chromium this is skipped (npm test says so), unless REQUIRE_BROWSER_TESTS=1, where it fails.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdBrowserSlot } from '../helpers/browser-slot.ts';
import { requireChromium } from '../helpers/chromium.ts';
import { CHROMIUM_PATH } from '../../scripts/lib/chromium.ts';
import { shippedSiteDir } from '../helpers/site-build.ts';
import { serveDirectory } from '../../scripts/lib/static-server.ts';
import {
  BUDGETS,
  budgetMisses,
  formatTable,
  LIGHTHOUSE_PAGES,
  runLighthouse,
  TEST_CATEGORIES,
  type PageResult,
} from '../../scripts/lighthouse.ts';

// Lighthouse runs the desktop Chromium, as visitors do, not the headless shell the other browser tests drive.
requireChromium('Lighthouse', CHROMIUM_PATH);

describe.runIf(existsSync(CHROMIUM_PATH))('Lighthouse on the built site (shipped data, mobile): accessibility, best practices, SEO', () => {
  let site: Awaited<ReturnType<typeof serveDirectory>> | undefined;
  const results = new Map<string, PageResult>();

  beforeAll(async () => {
    site = await serveDirectory(shippedSiteDir());
    // Lighthouse's Chromium counts as the one browser running (browser-slot.ts).
    const release = await holdBrowserSlot();
    try {
      for (const result of await runLighthouse(site.url, LIGHTHOUSE_PAGES, { categories: TEST_CATEGORIES }))
        results.set(result.path, result);
    } finally {
      release();
    }
    console.log(formatTable([...results.values()]));
  });

  afterAll(async () => {
    await site?.close();
  });

  it.each(LIGHTHOUSE_PAGES)('%s meets the budgets', (path) => {
    const result = results.get(path);
    expect(result, `no Lighthouse result for ${path}`).toBeDefined();
    expect(result!.formFactor).toBe('mobile');
    for (const category of TEST_CATEGORIES) expect(result!.scores[category], `${path} ${category}`).not.toBeNull();
    // Not run here, so not scored: a timed score must not decide whether npm test passes.
    expect(result!.scores.performance).toBeNull();
    // Each miss names the category, its score and the audits that cost points.
    expect(budgetMisses([result!], TEST_CATEGORIES), `budgets: ${JSON.stringify(BUDGETS)}`).toEqual([]);
  });
});
