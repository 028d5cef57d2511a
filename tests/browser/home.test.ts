/**
 * Loads the built home page of the shipped data in Debian's Chromium (driven by playwright-core; nothing is
 * downloaded). Without /usr/bin/chromium these tests are skipped with a loud notice, unless
 * REQUIRE_BROWSER_TESTS=1 (as in CI), where a missing browser fails the run.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, chromiumAvailable, collectErrors, launchTestBrowser, requireChromium } from '../helpers/chromium.ts';
import { shippedSiteDir } from '../helpers/site-build.ts';
import { serveDirectory } from '../../scripts/lib/static-server.ts';

requireChromium('browser tests');

describe.runIf(chromiumAvailable)('home page in Chromium', () => {
  let site: Awaited<ReturnType<typeof serveDirectory>>;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    site = await serveDirectory(shippedSiteDir());
    browser = await launchTestBrowser();
    page = collectErrors(await (await browser.newContext()).newPage(), consoleErrors);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('loads the home page in Japanese with its sections', async () => {
    const response = await page.goto(`${site.url}/`);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    await expect(page.title()).resolves.toContain('INPIT');
    expect(await page.locator('h1').innerText()).toContain('INPIT 知財支援ポータル');
    expect(await page.locator('nav[aria-label="メインメニュー"] a').count()).toBeGreaterThanOrEqual(7);
    expect(await page.locator('text=営業秘密・知財戦略相談窓口').count()).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
  });

  it('moves focus to the main content with the skip link, by keyboard alone', async () => {
    await page.goto(`${site.url}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('has no axe-core violations (WCAG 2.x A/AA)', async () => {
    await page.goto(`${site.url}/`);
    expect(await axeViolations(page)).toEqual([]);
  });
});
