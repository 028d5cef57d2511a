/**
 * The open-patent listings (all, by field, by year), their index pages and the detail pages in Chromium:
 * axe-core in both languages, no horizontal scrolling at 320 px, and paging by keyboard alone, all without
 * JavaScript (these pages ship none). Built from the shipped data/ with 2,000 generated patents, so field and
 * year listings run over several pages (the same build as tests/integration/patent-listings.test.ts).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteData, type Patent, type PatentField } from '#src/data/load.ts';
import { fieldPath, groupPatents, PATENT_PAGE_SIZE, yearPath, type FieldGroup, type YearGroup } from '#src/utils/patents/listings.ts';
import { writePatentListingsData } from '../helpers/patent-listings-data.ts';
import { sharedBuild } from '../helpers/site-build.ts';
import { axeViolations, chromiumAvailable, collectErrors, eachPage, launchTestBrowser, requireChromium } from '../helpers/chromium.ts';
import { serveDirectory } from '../../scripts/lib/static-server.ts';

requireChromium('open-patent listing browser tests');

describe.runIf(chromiumAvailable)('open-patent listings in Chromium', () => {
  let site: Awaited<ReturnType<typeof serveDirectory>>;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  // Chosen from the data in beforeAll: the longest field and year listings (several pages each), a record with
  // both J-PlatPat links and one with neither (or at least no patent number).
  let field: FieldGroup<Patent, PatentField>;
  let year: YearGroup<Patent>;
  let linked: Patent;
  let unlinked: Patent;
  let PAGES: string[];

  /** A fresh page, JavaScript off unless asked for (axe-core needs it to run; the pages themselves have none). */
  async function open(path: string, options: { width?: number; javaScript?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({
      javaScriptEnabled: options.javaScript ?? false,
      ...(options.width ? { viewport: { width: options.width, height: 800 } } : {}),
    });
    contexts.push(context);
    const page = collectErrors(await context.newPage(), problems, () => path);
    const response = await page.goto(`${site.url}${path}`);
    expect(response?.status(), path).toBe(200);
    return page;
  }

  beforeAll(async () => {
    const shared = await sharedBuild('patent-listings', writePatentListingsData);
    expect(shared.result.code, shared.result.stderr).toBe(0);
    const { data } = loadSiteData(shared.dataDir);
    const { byField, byYear } = groupPatents(data.patents, data.patentFields);
    field = [...byField].sort((a, b) => b.patents.length - a.patents.length)[0]!;
    year = [...byYear].sort((a, b) => b.patents.length - a.patents.length)[0]!;
    linked = data.patents.find((p) => p.patent_no && p.application_no)!;
    unlinked = data.patents.find((p) => !p.patent_no && !p.application_no) ?? data.patents.find((p) => !p.patent_no)!;
    PAGES = [
      '/patents/',
      '/en/patents/',
      '/patents/2/',
      '/patents/fields/',
      '/en/patents/fields/',
      fieldPath(field.field.id, 'ja'),
      fieldPath(field.field.id, 'en'),
      fieldPath(field.field.id, 'ja', 2),
      fieldPath(field.field.id, 'en', 2),
      '/patents/years/',
      '/en/patents/years/',
      yearPath(year.year, 'ja'),
      yearPath(year.year, 'en'),
      yearPath(year.year, 'en', 2),
      `/patents/${linked.license_no}/`,
      `/patents/${unlinked.license_no}/`,
    ];
    site = await serveDirectory(shared.outDir);
    browser = await launchTestBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await site?.close();
  });

  it('uses a data set whose field and year listings have several pages', () => {
    expect(field.patents.length).toBeGreaterThan(PATENT_PAGE_SIZE);
    expect(year.patents.length).toBeGreaterThan(PATENT_PAGE_SIZE);
    expect(linked).toBeDefined();
    expect(unlinked).toBeDefined();
  });

  it('has no axe-core violations on the listings, index and detail pages, in Japanese and English', async () => {
    const violations: string[] = [];
    // Every kind of page once per language (page 2 of a field in English), the detail page with and without J-PlatPat
    // links, and the new-patents page (its light scheme is checked only here; tests/features/schemes.test.ts the dark).
    const axePages = [
      ...PAGES.filter(
        (path) => path !== '/patents/2/' && path !== fieldPath(field.field.id, 'ja', 2) && path !== yearPath(year.year, 'en', 2),
      ),
      '/patents/new/',
      '/en/patents/new/',
    ];
    await eachPage(browser, site.url, axePages, { errors: problems }, async (page, path) => {
      violations.push(...(await axeViolations(page, path)));
    });
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
    // Fifteen pages, most with a 100-row table: axe-core needs several seconds for each on a 2-core machine.
  }, 300_000);

  it('ships no JavaScript on these pages and does not scroll sideways at 320 px', async () => {
    const wide: string[] = [];
    await eachPage(browser, site.url, PAGES, { javaScriptEnabled: false, viewport: { width: 320, height: 800 } }, async (page, path) => {
      // JSON-LD data blocks are not scripts that run.
      expect(await page.locator('script:not([type="application/ld+json"])').count(), path).toBe(0);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      if (scrollWidth > clientWidth) wide.push(`${path}: ${scrollWidth} > ${clientWidth}`);
    });
    expect(wide).toEqual([]);
  });

  it('pages through a field listing by keyboard alone', async () => {
    const first = fieldPath(field.field.id, 'ja');
    const second = fieldPath(field.field.id, 'ja', 2);
    const page = await open(first);
    const focusedHref = () =>
      page.evaluate(() => (document.activeElement instanceof HTMLAnchorElement ? document.activeElement.getAttribute('href') : null));
    /** Tabs forward until the link to `href` inside the pagination has focus; the number of presses, or -1. */
    async function tabTo(href: string, limit: number): Promise<number> {
      for (let presses = 1; presses <= limit; presses += 1) {
        await page.keyboard.press('Tab');
        const inPagination = await page.evaluate(() => Boolean(document.activeElement?.closest('nav.pagination-nav')));
        if (inPagination && (await focusedHref()) === href) return presses;
      }
      return -1;
    }
    // Every row of the table holds one link, so the pagination comes after about a hundred stops.
    expect(await tabTo(second, 200)).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('rel'))).toBe('next');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${second}`);
    expect(await page.locator('h1').innerText()).toContain('（2/');
    expect(await page.locator('nav.pagination-nav [aria-current="page"]').innerText()).toMatch(/^2 \/ \d+ページ$/u);
    expect(await tabTo(first, 200)).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('rel'))).toBe('prev');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${first}`);
  });

  it('reaches the pagination by keyboard in English too, with visible focus', async () => {
    const page = await open(yearPath(year.year, 'en'));
    const next = yearPath(year.year, 'en', 2);
    let found = false;
    for (let presses = 0; presses < 200 && !found; presses += 1) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(
        (href) => document.activeElement?.getAttribute('href') === href && document.activeElement.closest('nav.pagination-nav') !== null,
        next,
      );
    }
    expect(found).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Next page');
    // The focus indicator is drawn (global :focus-visible outline).
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
  });

  it('follows a detail page back to the listing row it came from', async () => {
    const page = await open(`/patents/${linked.license_no}/`);
    const external = page.locator('a[data-jplatpat]');
    expect(await external.count()).toBe(2);
    for (const link of await external.all()) {
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(await link.innerText()).toMatch(/（外部サイト）$/u);
    }
    await page.locator('nav[aria-label="この開放特許を含む一覧"] a', { hasText: '分野' }).click();
    await page.waitForURL(`**/patents/fields/${linked.field}/**`);
    expect(new URL(page.url()).hash).toBe(`#${linked.license_no}`);
    expect(await page.locator(`tr[id="${linked.license_no}"]`).count()).toBe(1);
  });
});
