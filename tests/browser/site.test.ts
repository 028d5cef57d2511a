/**
 * Site-wide behaviour in Chromium: language switch, keyboard-only header navigation, hosting basics
 * (sitemap with hreflang, robots.txt, manifest, 404) and axe-core on the shared page templates in both languages.
 * Section pages (seminars, FAQ, statistics, windows, cases, news) have their own browser tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSiteData } from '#src/data/site-data.ts';
import { axeViolations, chromiumAvailable, launchTestBrowser, requireChromium } from '../helpers/chromium.ts';
import { shippedSiteDir } from '../helpers/site-build.ts';
import { serveDirectory } from '../../scripts/lib/static-server.ts';

requireChromium('site-wide browser tests');

describe.runIf(chromiumAvailable)('site-wide behaviour in Chromium', () => {
  const outDir = shippedSiteDir();
  const firstPatent = getSiteData().patents[0]!.license_no;
  let site: Awaited<ReturnType<typeof serveDirectory>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    site = await serveDirectory(outDir);
    browser = await launchTestBrowser();
    context = await browser.newContext();
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('switches language to the same page and back', async () => {
    await page.goto(`${site.url}/faq/`);
    await page.getByRole('link', { name: 'English version of this page' }).click();
    await page.waitForURL(`${site.url}/en/faq/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('link', { name: 'このページの日本語版' }).click();
    await page.waitForURL(`${site.url}/faq/`);
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
  });

  it('sends the language switch of a Japanese-only patent page to the English patent listing', async () => {
    await page.goto(`${site.url}/patents/${firstPatent}/`);
    expect(await page.getAttribute('a[hreflang="en"][aria-label]', 'href')).toBe('/en/patents/');
  });

  it('declares hreflang alternates for pages in both languages', async () => {
    await page.goto(`${site.url}/en/windows/`);
    const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (links) =>
      links.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`),
    );
    expect(alternates.sort()).toEqual(['en /en/windows/', 'ja /windows/', 'x-default /windows/']);
  });

  it('can be used by keyboard alone: skip link, header links and main navigation with visible focus', async () => {
    await page.goto(`${site.url}/`);
    const focusOrder: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return { text: element.textContent?.trim() ?? '', outline: style.outlineStyle, width: style.outlineWidth };
      });
      expect(focused.outline, `focus on "${focused.text}" must be visible`).not.toBe('none');
      focusOrder.push(focused.text);
    }
    expect(focusOrder[0]).toBe('本文へ移動');
    expect(focusOrder).toEqual(
      expect.arrayContaining(['サイト内検索', 'English', 'セミナー', 'よくある質問', '統計', '開放特許', '相談窓口']),
    );
    // Enter on a focused navigation link follows it.
    while ((await page.evaluate(() => document.activeElement?.textContent?.trim())) !== 'よくある質問')
      await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}/faq/`);
    expect(await page.getAttribute('nav[aria-label="メインメニュー"] a[aria-current="page"]', 'href')).toBe('/faq/');
  });

  it('publishes a sitemap with hreflang, robots.txt, a web manifest and a 404 page', async () => {
    const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/en/seminars/');
    expect(sitemap).toMatch(/<xhtml:link rel="alternate" hreflang="en" href="[^"]+\/en\/faq\/"/u);
    expect(sitemap).toContain(`/patents/${firstPatent}/`);
    const robots = await (await fetch(`${site.url}/robots.txt`)).text();
    expect(robots).toMatch(/Sitemap: https?:\/\/\S+\/sitemap-index\.xml/u);
    const manifest = await (await fetch(`${site.url}/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({ lang: 'ja', start_url: '/' });
    const notFound = readFileSync(join(outDir, '404.html'), 'utf8');
    expect(notFound).toContain('ページが見つかりません');
    expect(notFound).toContain('lang="en"');
  });

  it('has Open Graph and canonical tags', async () => {
    await page.goto(`${site.url}/en/statistics/`);
    expect(await page.getAttribute('meta[property="og:locale"]', 'content')).toBe('en_US');
    expect(await page.getAttribute('link[rel="canonical"]', 'href')).toMatch(/\/en\/statistics\/$/u);
    expect(await page.getAttribute('meta[property="og:image"]', 'content')).toMatch(/og-image\.png$/u);
  });

  it('finds pages with the Pagefind search page, under the Content-Security-Policy, in each language', async () => {
    const searchPage = await context.newPage();
    const problems: string[] = [];
    searchPage.on('console', (message) => {
      if (message.type() === 'error' || /Content Security Policy/u.test(message.text())) problems.push(message.text());
    });
    searchPage.on('pageerror', (error) => problems.push(error.message));
    await searchPage.goto(`${site.url}/search/`);
    await searchPage.locator('#site-search-q').fill('営業秘密');
    await expect.poll(() => searchPage.locator('[data-results] li').count(), { timeout: 120_000 }).toBeGreaterThan(0);
    await searchPage.goto(`${site.url}/en/search/`);
    await searchPage.locator('#site-search-q').fill('trade secret');
    await expect
      .poll(() => searchPage.locator('[data-results] li a').first().getAttribute('href'), { timeout: 120_000 })
      .toMatch(/^\/en\//u);
    expect(problems).toEqual([]);
    await searchPage.close();
  });

  const templates = [
    '/about/',
    '/en/about/',
    '/accessibility/',
    '/en/accessibility/',
    '/guides/trade-secret-basics/',
    '/en/guides/trade-secret-basics/',
    '/patents/',
    '/en/patents/',
    '/search/',
    '/en/search/',
    '/404.html',
  ];
  it.each([...templates, 'PATENT_DETAIL'])('has no axe-core violations on %s', async (path) => {
    await page.goto(`${site.url}${path === 'PATENT_DETAIL' ? `/patents/${firstPatent}/` : path}`);
    expect(await axeViolations(page, path)).toEqual([]);
  });

  it('reflows to 320 px without horizontal scrolling on shared templates', async () => {
    const narrow = await context.newPage();
    await narrow.setViewportSize({ width: 320, height: 800 });
    for (const path of ['/', '/en/', '/about/', '/en/accessibility/', `/patents/${firstPatent}/`]) {
      await narrow.goto(`${site.url}${path}`);
      expect(await narrow.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
    await narrow.close();
  });
});
