/** Finds the system browser (Debian's chromium-headless-shell or chromium); browser tests never download one. */
import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, TEST_BROWSER_PATH } from '../../scripts/lib/chromium.ts';
import { holdBrowserSlot } from './browser-slot.ts';

export { TEST_BROWSER_PATH };
export const chromiumAvailable = existsSync(TEST_BROWSER_PATH);
/** Set by .ci/run: a missing browser is then a failure, not a skip. */
export const browserRequired = process.env.REQUIRE_BROWSER_TESTS === '1';

// playwright-core gives each launch a fresh, empty profile directory.
export const CHROMIUM_ARGS = ['--headless', ...CHROMIUM_FLAGS];

/**
 * Launches the test browser once the browser slot is free (browser-slot.ts); the slot is given back when the
 * browser closes or dies.
 */
export async function launchTestBrowser(): Promise<Browser> {
  const release = await holdBrowserSlot();
  try {
    const browser = await chromium.launch({ executablePath: TEST_BROWSER_PATH, args: CHROMIUM_ARGS });
    browser.on('disconnected', release);
    return browser;
  } catch (error) {
    release();
    throw error;
  }
}

/** The axe-core rule sets every browser test checks: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Where Chromium is required (REQUIRE_BROWSER_TESTS=1, as in CI) but missing, adds a failing test that says so.
 * Elsewhere a suite guarded by `describe.runIf(chromiumAvailable)` is skipped, and `npm test` prints a notice.
 */
export function requireChromium(suite: string, browserPath: string = TEST_BROWSER_PATH): void {
  if (existsSync(browserPath) || !browserRequired) return;
  describe(suite, () => {
    it('needs Chromium', () => {
      throw new Error(
        `REQUIRE_BROWSER_TESTS=1 but there is no browser at ${browserPath}: apt-get install -y chromium chromium-headless-shell`,
      );
    });
  });
}

/**
 * axe-core violations on the page as it is now (or in the part `include` selects), one line each:
 * "<label> <rule>: <elements>". Legacy mode runs axe.run in the page itself: the default mode opens a second page
 * for every check to merge the results of frames, and these pages have no frames. Only violations are collected
 * in full. Together that made a check two to three times faster, with the same rules and the same violations.
 */
export async function axeViolations(page: Page, label: string = page.url(), include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] });
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((v) => `${label} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Collects the page's console errors and uncaught exceptions into `into`, each prefixed by `label()`. */
export function collectErrors(page: Page, into: string[], label: () => string = () => ''): Page {
  const prefix = () => (label() ? `${label()}: ` : '');
  page.on('console', (message) => {
    if (message.type() === 'error') into.push(`${prefix()}${message.text()}`);
  });
  page.on('pageerror', (error) => into.push(`${prefix()}${error.message}`));
  return page;
}

/**
 * Opens each path of `base` in turn in one tab of a new context, checks the answer is 200, and calls `check` on
 * it. For pages that share nothing but the site, checked one after another: a new context and tab cost about
 * 0.5 s per page on this machine, and axe-core injected into a tab that has run it before is about twice as fast.
 * Console errors and uncaught exceptions go into `errors`, prefixed by the path; `now` fixes the browser's clock.
 */
export async function eachPage(
  browser: Browser,
  base: string,
  paths: readonly string[],
  options: BrowserContextOptions & { errors?: string[]; now?: Date },
  check: (page: Page, path: string) => Promise<void>,
): Promise<void> {
  const { errors, now, ...contextOptions } = options;
  const context = await browser.newContext(contextOptions);
  try {
    if (now) await context.clock.setFixedTime(now);
    let current = '';
    const page = await context.newPage();
    if (errors) collectErrors(page, errors, () => current);
    for (const path of paths) {
      current = path;
      const response = await page.goto(`${base}${path}`);
      expect(response?.status(), path).toBe(200);
      await check(page, path);
    }
  } finally {
    await context.close();
  }
}
