/**
 * The site search page (/search/, /en/search/) in Chromium, on a build of the shipped data: ?q= runs the search
 * and the URL follows the query, Japanese spelling variants match across the site (漏洩 finds a page that says
 * 漏えい), results are text with only <mark> inside, axe finds nothing with results shown, the keyboard alone
 * works, and without JavaScript the page says what to do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, chromiumAvailable, collectErrors, launchTestBrowser, requireChromium } from '../helpers/chromium.ts';
import { shippedSiteDir } from '../helpers/site-build.ts';
import { serveDirectory } from '../../scripts/lib/static-server.ts';

requireChromium('site search browser tests');

describe.runIf(chromiumAvailable)('site search page', () => {
  let outDir: string;
  let site: Awaited<ReturnType<typeof serveDirectory>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    outDir = shippedSiteDir();
    site = await serveDirectory(outDir);
    browser = await launchTestBrowser();
    context = await browser.newContext({ serviceWorkers: 'block' });
    page = collectErrors(await context.newPage(), errors);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const finished = () =>
    page.waitForFunction(() => ['done', 'error'].includes(document.querySelector('[data-site-search]')?.getAttribute('data-state') ?? ''));
  const resultLinks = () => page.$$eval('[data-results] li h2 a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
  /** The built page a result links to, as its HTML file. */
  const builtPage = (href: string) => readFileSync(join(outDir, href.replace(/\/?$/u, '/index.html')), 'utf8');

  it.each([
    ['ja', '/search/', '営業秘密'],
    ['en', '/en/search/', 'trade secret'],
  ] as const)('runs the search in ?q= on load (%s), with results in the page language', async (lang, path, query) => {
    await page.goto(`${site.url}${path}?q=${encodeURIComponent(query)}`);
    await finished();
    expect(await page.inputValue('#site-search-q')).toBe(query);
    const links = await resultLinks();
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href.startsWith('/en/')).toBe(lang === 'en');
    expect(await page.textContent('[data-status]')).toMatch(
      lang === 'ja' ? /「営業秘密」の検索結果：\d+件/u : /\d+ results? for “trade secret”/u,
    );
    expect(errors).toEqual([]);
  });

  it('finds a page that writes 漏えい when searched for 漏洩, and marks only the page’s words', async () => {
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('漏洩')}`);
    await finished();
    const links = await resultLinks();
    expect(links.length).toBeGreaterThan(0);
    const pages = links.map(builtPage);
    expect(pages.some((html) => html.includes('漏えい'))).toBe(true);
    expect(pages.every((html) => !html.includes('漏洩'))).toBe(true);
    // The forms each page is indexed with never show in an excerpt.
    expect(await page.textContent('[data-results]')).not.toContain('⁂');
    // Excerpts that show the page's own spelling mark it as a variant match: 漏えい, never 漏洩.
    const marks = await page.$$eval('[data-results] mark', (all) =>
      all.map((m) => ({ text: m.textContent, variant: m.classList.contains('variant') })),
    );
    expect(marks.length).toBeGreaterThan(0);
    expect(marks).toEqual(marks.map(() => ({ text: '漏えい', variant: true })));
    expect(
      await page
        .locator('[data-results] mark.variant')
        .first()
        .evaluate((m) => getComputedStyle(m).textDecorationStyle),
    ).toBe('dotted');
  });

  it('shows excerpts as text: only <mark> inside, no markup from the content', async () => {
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('営業秘密')}`);
    await finished();
    const tags = await page.$$eval('[data-results] li p *', (elements) => [...new Set(elements.map((e) => e.localName))]);
    expect(tags).toEqual(['mark']);
    const marked = await page.$$eval('[data-results] mark', (marks) => marks.map((m) => m.textContent));
    expect(marked.length).toBeGreaterThan(0);
  });

  it('follows the query in the URL as it is typed', async () => {
    await page.goto(`${site.url}/en/search/`);
    await page.fill('#site-search-q', 'seminar');
    await page.waitForURL(/\?q=seminar$/u);
    await finished();
    expect((await resultLinks()).length).toBeGreaterThan(0);
    await page.fill('#site-search-q', '');
    await page.waitForURL((url) => url.search === '');
  });

  it.each(['/search/?q=%E5%96%B6%E6%A5%AD%E7%A7%98%E5%AF%86', '/en/search/?q=trade%20secret'])(
    'has no axe-core violations with results shown (%s)',
    async (path) => {
      await page.goto(`${site.url}${path}`);
      await finished();
      expect((await resultLinks()).length).toBeGreaterThan(0);
      expect(await axeViolations(page, path)).toEqual([]);
    },
  );

  it('works from the keyboard: the box by its label, Enter searches, Tab reaches the first result', async () => {
    await page.goto(`${site.url}/search/`);
    await page.getByLabel('サイト内を検索').focus();
    await page.keyboard.type('相談');
    await page.keyboard.press('Enter');
    await finished();
    await page.keyboard.press('Tab'); // the search button
    await page.keyboard.press('Tab'); // the first result
    const focused = await page.evaluate(() => document.activeElement?.closest('[data-results] li') !== null);
    expect(focused).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe('相談');
  });

  it('says what to do without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(`${site.url}/search/?q=test`);
    expect(await plain.locator('.no-js').textContent()).toContain('JavaScript');
    await plain.goto(`${site.url}/en/search/`);
    expect(await plain.locator('.no-js').textContent()).toContain('Search needs JavaScript');
    await noJs.close();
  });
});
