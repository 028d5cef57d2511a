/**
 * The FAQ in Chromium: permalinks open their answer (with JavaScript) and have their own pages (without),
 * the accordions work by keyboard, FAQ search finds only FAQ questions, and axe-core finds no violations.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteData } from '#src/data/load.ts';
import { ROOT } from '../helpers/build-site.ts';
import { axeViolations, chromiumAvailable, collectErrors, launchTestBrowser, requireChromium } from '../helpers/chromium.ts';
import { shippedSiteDir } from '../helpers/site-build.ts';
import { serveDirectory } from '../../scripts/lib/static-server.ts';

requireChromium('FAQ browser tests');

const { data } = loadSiteData(join(ROOT, 'data'));
const items = data.faq.flatMap((category) => category.items);
// The last question sits far down the page, so opening it really needs the scroll and focus.
const far = items.at(-1)!;
const known = items.find((item) => item.id === 'cs-trade-secret-110')!;
if (!known?.question_en)
  throw new Error('The shipped FAQ data no longer has cs-trade-secret-110 with question_en: pick another known question');

describe.runIf(chromiumAvailable)('FAQ in Chromium', () => {
  let site: Awaited<ReturnType<typeof serveDirectory>>;
  let browser: Browser;
  let context: BrowserContext;
  let noScript: BrowserContext;
  const errors: string[] = [];

  const newPage = async (ctx: BrowserContext = context): Promise<Page> => {
    return collectErrors(await ctx.newPage(), errors);
  };
  const axe = (page: Page) => axeViolations(page);

  beforeAll(async () => {
    site = await serveDirectory(shippedSiteDir());
    browser = await launchTestBrowser();
    context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
    noScript = await browser.newContext({ javaScriptEnabled: false });
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('renders every question once, closed, each with a link to its own page', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/faq/`);
    expect(await page.locator('details[data-entry="faq"]').count()).toBe(items.length);
    expect(await page.locator('details[data-entry="faq"][open]').count()).toBe(0);
    const link = page.locator(`details#${far.id} a[href="/faq/${far.id}/"]`);
    expect(await link.count()).toBe(1);
    expect(await link.textContent()).toContain('この質問へのリンク');
    await page.close();
  });

  it('opens the answer named in /faq/#<id>, scrolls to it and focuses it; and again on hashchange', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/faq/#${far.id}`);
    const target = page.locator(`details#${far.id}`);
    await expect.poll(() => target.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator('details[open]').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.closest('details')?.id)).toBe(far.id);
    expect(await target.locator('.faq-answer').isVisible()).toBe(true);
    const inView = await target.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
    expect(inView).toBe(true);

    // A permalink followed within the page (hashchange, no reload).
    await page.evaluate((id) => (location.hash = id), known.id);
    await expect.poll(() => page.locator(`details#${known.id}`).evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('details')?.id)).toBe(known.id);
    await page.close();
  });

  it('gives each question its own page that works without JavaScript (ja and en)', async () => {
    const page = await newPage(noScript);
    await page.goto(`${site.url}/faq/`);
    // Without JavaScript the search box cannot work, so it stays hidden.
    expect(await page.locator('[data-faq-search]').isVisible()).toBe(false);
    await page.locator(`details#${known.id} summary`).click();
    await page.locator(`details#${known.id} a[href="/faq/${known.id}/"]`).click();
    await page.waitForURL(`**/faq/${known.id}/`);
    expect(await page.locator('h1').innerText()).toBe(known.question);
    expect(await page.locator('.faq-answer').innerText()).toContain('営業秘密・知財戦略相談窓口');
    expect(await page.locator('[data-pagefind-filter="section:faq"]').count()).toBe(1);
    expect(await page.locator('time').first().getAttribute('datetime')).toBe(known.updated);

    await page.goto(`${site.url}/en/faq/${known.id}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toBe(known.question_en);
    await page.close();
  });

  it('opens and closes a question with Enter and Space on its summary', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/faq/`);
    const first = page.locator('details[data-entry="faq"]').first();
    // Reach the first question by keyboard alone, from the top of the page.
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await first.locator('summary').evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    expect(await first.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    await page.keyboard.press('Space');
    expect(await first.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    await page.keyboard.press('Space');
    expect(await first.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    await page.close();
  });

  it('searches the FAQ only, loading Pagefind only once the search box is used', async () => {
    const page = await newPage();
    const pagefindRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/')) pagefindRequests.push(request.url());
    });
    await page.goto(`${site.url}/faq/`);
    await page.waitForLoadState('networkidle');
    expect(pagefindRequests).toEqual([]);

    const box = page.locator('#faq-search-input');
    expect(await box.isVisible()).toBe(true);
    await box.fill('営業秘密110番');
    await box.press('Enter');
    const status = page.locator('[data-faq-search-status]');
    await expect.poll(() => status.innerText(), { timeout: 120_000 }).toMatch(/一致する質問：\d+件/u);
    expect(pagefindRequests.length).toBeGreaterThan(0);
    expect(await status.getAttribute('aria-live')).toBe('polite');
    const hrefs = await page.locator('[data-faq-search-results] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs).toContain(`/faq/${known.id}/`);
    for (const href of hrefs) expect(href).toMatch(/^\/faq\/[a-z0-9-]+\/$/u);
    const count = Number(/：(\d+)件/u.exec(await status.innerText())![1]);
    expect(hrefs.length).toBe(Math.min(count, 20));

    // The same words match other sections too: the FAQ box shows none of them.
    // (A string, so the test runner leaves this import() to the browser.)
    const unfiltered = await page.evaluate<string[]>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const search = await pagefind.search('営業秘密');
      return Promise.all(search.results.map(async (r) => (await r.data()).url));
    })()`);
    expect(unfiltered.some((url) => !url.startsWith('/faq/'))).toBe(true);
    await box.fill('営業秘密');
    await box.press('Enter');
    await expect.poll(() => status.innerText(), { timeout: 120_000 }).toContain('「営業秘密」');
    const all = await page.locator('[data-faq-search-results] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(all.length).toBeGreaterThan(1);
    for (const href of all) expect(href).toMatch(/^\/faq\//u);

    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('searches the English FAQ in English and lists English question pages', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/en/faq/`);
    await page.locator('#faq-search-input').fill('Trade Secret 110');
    await page.locator('#faq-search-input').press('Enter');
    const status = page.locator('[data-faq-search-status]');
    await expect.poll(() => status.innerText(), { timeout: 120_000 }).toMatch(/questions? match/u);
    const hrefs = await page.locator('[data-faq-search-results] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain(`/en/faq/${known.id}/`);
    for (const href of hrefs) expect(href).toMatch(/^\/en\/faq\//u);
    await page.close();
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    const narrow = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await newPage(narrow);
    for (const path of ['/faq/', `/faq/${far.id}/`]) {
      await page.goto(`${site.url}${path}#${far.id}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
    await narrow.close();
  });

  it('has no axe-core violations on the list (closed and opened) and on question pages, ja and en', async () => {
    const page = await newPage();
    const violations: string[] = [];
    for (const path of ['/faq/', '/en/faq/', `/faq/${known.id}/`, `/en/faq/${known.id}/`, `/faq/${far.id}/`]) {
      await page.goto(`${site.url}${path}`);
      violations.push(...(await axe(page)));
    }
    await page.goto(`${site.url}/faq/#${known.id}`);
    await page.locator(`details#${known.id}[open]`).waitFor();
    violations.push(...(await axe(page)));
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
