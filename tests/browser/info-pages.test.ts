/**
 * Home, consultation windows, support cases and news (with the Atom feed) of the shipped data, in Chromium:
 * content, keyboard use of the region index, axe-core and a 320px-wide screen, in Japanese and English.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteData, type SiteData } from '#src/data/load.ts';
import { REGIONS } from '#src/data/utils/prefectures.ts';
import { WINDOW_KIND_LABELS } from '#src/utils/labels.ts';
import { hoursWithZone } from '#src/utils/format.ts';
import { ROOT } from '../helpers/build-site.ts';
import { axeViolations, chromiumAvailable, collectErrors, launchTestBrowser, requireChromium } from '../helpers/chromium.ts';
import { SHIPPED_BUILD_DATE, shippedSiteDir } from '../helpers/site-build.ts';
import { serveDirectory } from '../../scripts/lib/static-server.ts';

requireChromium('info pages in Chromium');

const PAGES = ['/', '/windows/', '/cases/', '/news/'].flatMap((path) => [path, `/en${path}`]);

describe.runIf(chromiumAvailable)('home, windows, cases and news in Chromium', () => {
  let site: Awaited<ReturnType<typeof serveDirectory>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let data: SiteData;
  // The shared build's pinned 'today': "upcoming" is computed during the build from it.
  const buildDay = SHIPPED_BUILD_DATE;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    data = loadSiteData(join(ROOT, 'data')).data;
    site = await serveDirectory(shippedSiteDir());
    browser = await launchTestBrowser();
    context = await browser.newContext();
    page = await context.newPage();
    collectErrors(page, consoleErrors, () => page.url());
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const open = async (path: string) => {
    const response = await page.goto(`${site.url}${path}`);
    expect(response?.status(), path).toBe(200);
  };

  it('home shows the four services, upcoming seminars from the build date on, news and key figures', async () => {
    for (const lang of ['ja', 'en'] as const) {
      await open(lang === 'ja' ? '/' : '/en/');
      expect(await page.locator('h1').innerText()).toContain(lang === 'ja' ? 'INPIT 知財支援ポータル' : 'INPIT IP Support Portal');
      const services = page.locator('ul.services > li');
      expect(await services.count()).toBe(4);
      const serviceText = await services.allInnerTexts();
      for (const [kind, label] of Object.entries(WINDOW_KIND_LABELS)) {
        expect(
          serviceText.some((text) => text.includes(label[lang])),
          label[lang],
        ).toBe(true);
        expect(await page.locator(`ul.services a[href$="/windows/#${kind}"]`).count()).toBe(1);
      }

      const upcoming = page.locator('#home-seminars ~ [data-live-list] [data-live-item]:visible');
      expect(await upcoming.count()).toBeGreaterThan(0);
      for (const item of await upcoming.all()) {
        expect((await item.getAttribute('data-seminar-date'))! >= buildDay).toBe(true);
        expect(await item.locator('a[href*="/seminars/"]').getAttribute('href')).toMatch(/\/seminars\/[a-z0-9-]+\/$/u);
      }
      // Date with weekday; sample sessions say so.
      expect(await upcoming.first().locator('time').innerText()).toMatch(
        lang === 'ja' ? /（[日月火水木金土]）/u : /^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) /u,
      );
      expect(await upcoming.locator('.badge-sample').count()).toBe(await upcoming.count());

      expect(await page.locator('[data-latest-news]').count()).toBe(Math.min(4, data.news.length));
      expect(await page.locator('a[type="application/atom+xml"]').count()).toBe(1);

      const figures = page.locator('[data-key-figure]');
      const values = await figures.evaluateAll((items) =>
        items.map((item) => [
          item.getAttribute('data-key-figure'),
          item.getAttribute('data-value'),
          item.querySelector('a')?.getAttribute('href'),
        ]),
      );
      const prefix = lang === 'ja' ? '' : '/en';
      expect(values).toEqual([
        ['open-patent-database', '35493', `${prefix}/statistics/#open-patent-database`],
        ['trade-secret-seminars', '712', `${prefix}/statistics/#trade-secret-seminars`],
        ['overseas-supported-companies', '706', `${prefix}/statistics/#overseas-supported-companies`],
        ['trade-secret-consultations', '103', `${prefix}/statistics/#trade-secret-consultations`],
      ]);
      expect(await figures.first().innerText()).toContain('35,493');
    }
    // The seminar links land on their sessions' detail pages.
    await open('/');
    const seminarPaths = await page.locator('[data-live-item]:visible a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(seminarPaths.length).toBeGreaterThan(0);
    for (const path of seminarPaths) {
      await open(path);
      expect(await page.locator('h1').count(), path).toBe(1);
      expect(page.url(), path).toMatch(/\/seminars\/[a-z0-9-]+\/$/u);
    }
    // The figure links land on an existing table.
    await open('/statistics/');
    for (const id of ['open-patent-database', 'trade-secret-seminars', 'overseas-supported-companies', 'trade-secret-consultations']) {
      expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
    }
  });

  it('windows: the 47 prefectural windows in one table, a row each, under the 7 regions in order', async () => {
    const prefectural = data.windows.filter((w) => w.kind === 'prefectural');
    expect(prefectural).toHaveLength(47);
    for (const [path, lang] of [
      ['/windows/', 'ja'],
      ['/en/windows/', 'en'],
    ] as const) {
      await open(path);
      expect(await page.locator('[data-entry="window"][data-prefecture]').count()).toBe(47);
      expect(await page.locator('.directory .region-row').allInnerTexts()).toEqual(REGIONS.map((r) => r[lang]));
      // The shared nationwide number is shown once, as a tel: link; rows show only a number of their own.
      expect(await page.locator('[data-navi-dial] a[href^="tel:"]').count()).toBe(1);
      const own = prefectural.filter((w) => w.phone && w.phone !== prefectural[0]!.phone);
      expect(await page.locator('[data-prefecture] a.tel:not(.tel-intl)[href^="tel:"]').count()).toBe(own.length);
    }
    await open('/windows/');
    expect(await page.locator('tr[data-prefecture="13"]').innerText()).toContain('東京都知財総合支援窓口');
  });

  it('windows: the prefecture links work by keyboard alone and show that window', async () => {
    await open('/windows/');
    const target = 'a[href="#pref-27"]';
    let found = false;
    for (let i = 0; i < 120 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, target);
    }
    expect(found, 'reached the Osaka link with Tab').toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#pref-27');
    // With JavaScript the link shows the prefecture's window in place, above the table.
    const osaka = data.windows.find((w) => w.kind === 'prefectural' && w.prefecture === '大阪府')!;
    const panel = page.locator('[data-chosen-window]');
    await expect.poll(() => panel.innerText()).toContain(osaka.name);
    expect(await panel.isVisible()).toBe(true);
  });

  it('windows: the trade-secret desk (営業秘密110番) has tel: and mailto: links and its hours', async () => {
    const desk = data.windows.find((w) => w.kind === 'trade_secret')!;
    for (const lang of ['ja', 'en'] as const) {
      await open(lang === 'ja' ? '/windows/' : '/en/windows/');
      const card = page.locator(`#${desk.id}`);
      expect(await card.locator('a.tel:not(.tel-intl)[href^="tel:"]').getAttribute('href')).toBe('tel:0335811101');
      expect(await card.locator('a.tel:not(.tel-intl)[href^="tel:"]').innerText()).toBe('03-3581-1101');
      // English adds the number as dialled from abroad.
      expect(await card.locator('a.tel-intl').count()).toBe(lang === 'ja' ? 0 : 1);
      expect(await card.innerText()).toContain(lang === 'ja' ? '内線3844' : 'ext. 3844');
      expect(await card.locator('a[href^="mailto:"]').getAttribute('href')).toBe(`mailto:${desk.email}`);
      const text = await card.innerText();
      expect(text).toContain(lang === 'ja' ? desk.hours! : hoursWithZone(desk.hours_en!, 'en'));
      expect(text).toMatch(lang === 'ja' ? /警察庁.*IPA/su : /National Police Agency.*IPA/su);
    }
    expect(await page.locator('#trade_secret').innerText()).toMatch(/Trade Secret/u);
  });

  it('cases: every case as a card (challenge, solution, outcome) and as a table row', async () => {
    expect(data.cases).toHaveLength(8);
    for (const lang of ['ja', 'en'] as const) {
      await open(lang === 'ja' ? '/cases/' : '/en/cases/');
      const cards = page.locator('article[data-entry="case"]');
      expect(await cards.count()).toBe(8);
      for (const c of data.cases) {
        const card = page.locator(`article#${c.id}`);
        expect(await card.locator('h4').allInnerTexts()).toEqual(
          lang === 'ja' ? ['課題', '解決策', '結果'] : ['Challenge', 'Solution', 'Outcome'],
        );
        expect(await card.innerText()).toContain(lang === 'ja' ? c.outcome : c.outcome_en!);
      }
      expect(await page.locator('table tr[data-case-row]').count()).toBe(8);
      const region = page.locator('.table-scroll[role="region"][tabindex="0"]');
      expect(await region.getAttribute('aria-labelledby')).toBeTruthy();
    }
    expect(await page.locator('article#overseas-case-1').innerText()).toContain('China');
  });

  it('news: the Atom feed is linked, parses as XML and has one entry per news item', async () => {
    for (const lang of ['ja', 'en'] as const) {
      const newsPath = lang === 'ja' ? '/news/' : '/en/news/';
      await open(newsPath);
      expect(await page.locator('[data-entry="news"]').count()).toBe(data.news.length);
      const feedHref = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
      expect(feedHref).toBe(`${lang === 'ja' ? '' : '/en'}/news/feed.xml`);
      expect(await page.locator(`main a[href="${feedHref}"]`).count()).toBe(1);
      const feed = await page.evaluate(async (href) => {
        const response = await fetch(href);
        const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
        const atom = 'http://www.w3.org/2005/Atom';
        const entries = [...doc.getElementsByTagNameNS(atom, 'entry')];
        return {
          status: response.status,
          parserErrors: doc.getElementsByTagName('parsererror').length,
          root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
          lang: doc.documentElement.getAttribute('xml:lang'),
          ids: entries.map((e) => e.getElementsByTagNameNS(atom, 'id')[0]?.textContent),
          titles: entries.map((e) => e.getElementsByTagNameNS(atom, 'title')[0]?.textContent ?? ''),
          updated: entries.map((e) => e.getElementsByTagNameNS(atom, 'updated')[0]?.textContent),
          links: entries.map((e) => e.getElementsByTagNameNS(atom, 'link')[0]?.getAttribute('href')),
        };
      }, feedHref!);
      expect(feed.status).toBe(200);
      expect(feed.parserErrors).toBe(0);
      expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
      expect(feed.lang).toBe(lang);
      expect(feed.ids).toHaveLength(data.news.length);
      expect(new Set(feed.ids).size).toBe(data.news.length);
      for (const id of feed.ids) expect(id).toMatch(/^tag:inpit\.go\.jp,2026:portal\//u);
      for (const updated of feed.updated) expect(updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+09:00$/u);
      for (const link of feed.links) expect(link).toMatch(new RegExp(`^https?://[^/]+${newsPath}#`, 'u'));
      const mark = lang === 'ja' ? '[サンプル] ' : '[Sample] ';
      const samples = feed.titles.filter((title) => title.startsWith(mark));
      expect(samples).toHaveLength(data.news.filter((n) => n.sample).length);
      expect(feed.titles.filter((title) => title.includes('【サンプル】'))).toEqual([]);
    }
  });

  it('has no axe-core violations (WCAG 2.x A/AA) on any of these pages', async () => {
    for (const path of PAGES) {
      await open(path);
      expect(await axeViolations(page, path)).toEqual([]);
    }
  });

  it('fits a 320px-wide screen without sideways page scrolling', async () => {
    const narrow = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
    try {
      for (const path of PAGES) {
        await narrow.goto(`${site.url}${path}`);
        expect({ path, width: await narrow.evaluate(() => document.documentElement.scrollWidth) }).toEqual({ path, width: 320 });
      }
    } finally {
      await narrow.close();
    }
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
