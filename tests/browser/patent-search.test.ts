/**
 * The open-patent search page (/patents/search/, /en/patents/search/) in Chromium against the shipped data
 * (240 sample patents): query and live count, filters with counts (OR within a filter, AND across), sort,
 * pagination, "show all", the shareable URL (reload, back and forward, unknown values), CSV download, print,
 * keyboard-only use, no JavaScript, English labels, axe-core, and no console errors or CSP violations.
 * Expected results are computed from the data with the same words the index was built from.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteData } from '#src/data/load.ts';
import { patentSearchText } from '#src/integration/patent-records.ts';
import { licenseFilterValues, PATENT_FILTERS, patentFilterValues } from '#src/utils/search/patent-contract.ts';
import { compareNewestFirst } from '#src/utils/patents/listings.ts';
import { ROOT } from '../helpers/build-site.ts';
import { axeViolations, chromiumAvailable, collectErrors, launchTestBrowser, requireChromium } from '../helpers/chromium.ts';
import { shippedSiteDir } from '../helpers/site-build.ts';
import { serveDirectory } from '../../scripts/lib/static-server.ts';

requireChromium('patent search browser tests');

const { patents, patentFields } = loadSiteData(join(ROOT, 'data')).data;
const fieldById = new Map(patentFields.map((field) => [field.id, field]));
type Patent = (typeof patents)[number];
const ids = (list: readonly Patent[]) => list.map((p) => p.license_no).sort();
const hrefsOf = (list: readonly Patent[]) => list.map((p) => `/patents/${p.license_no}/`).sort();
/** Records the index finds for one word: the same words the build indexed. */
const matching = (word: string) => patents.filter((p) => patentSearchText(p, fieldById.get(p.field), 'ja').split(' ').includes(word));
const count = (list: readonly Patent[], test: (p: Patent) => boolean) => list.filter(test).length;

const QUERY = 'センサ';
const sensor = matching(QUERY);
const ict = patents.filter((p) => p.field === 'ict');
const ictOrElectronics = patents.filter((p) => p.field === 'ict' || p.field === 'electronics');
if (sensor.length <= 20 || ict.length <= 20 || ict.length >= patents.length)
  throw new Error('The shipped data no longer suits these tests: pick another query or field');

describe.runIf(chromiumAvailable)('open-patent search in Chromium', () => {
  let outDir: string;
  let site: Awaited<ReturnType<typeof serveDirectory>>;
  let browser: Browser;
  let context: BrowserContext;
  const problems: string[] = [];
  const requests: string[] = [];
  const entryRequests: string[] = [];

  async function open(path: string, ctx: BrowserContext = context): Promise<Page> {
    const page = collectErrors(await ctx.newPage(), problems, () => path);
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await visit(page, path, ctx === context);
    return page;
  }

  /** Loads `path` in `page`; with `untilDone`, waits until its search has finished. */
  async function visit(page: Page, path: string, untilDone = true): Promise<void> {
    const response = await page.goto(`${site.url}${path}`);
    expect(response?.status(), path).toBe(200);
    if (untilDone) await page.waitForSelector('#patent-search[data-state="done"]');
  }

  /** Runs an action that starts a search and waits until its results are rendered. */
  async function searched(page: Page, action: () => Promise<unknown>): Promise<void> {
    await page.evaluate(() => (document.getElementById('patent-search')!.dataset.state = 'test-pending'));
    await action();
    await page.waitForSelector('#patent-search[data-state="done"]', { timeout: 120_000 });
  }

  const resultHrefs = (page: Page) =>
    page.locator('#patent-results a[data-result-link]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  const resultDates = (page: Page) =>
    page.locator('#patent-results time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
  const statusText = (page: Page) => page.locator('#patent-result-count').innerText();
  const totalOf = async (page: Page) => {
    const text = await statusText(page);
    const match = /^([\d,]+)(?:件見つかりました| results?)/u.exec(text);
    if (!match) throw new Error(`no count in "${text}"`);
    return Number(match[1]!.replaceAll(',', ''));
  };
  const filterCount = (page: Page, name: string, value: string) =>
    page
      .locator(`input[name="${name}"][value="${value}"]`)
      .evaluate((box) => Number(/[\d,]+/u.exec(box.closest('li')!.querySelector('[data-count]')!.textContent)![0].replaceAll(',', '')));
  const search = (page: Page) => page.evaluate(() => location.search);
  const params = async (page: Page) => [...new URLSearchParams(await search(page))];

  beforeAll(async () => {
    outDir = shippedSiteDir();
    site = await serveDirectory(outDir);
    browser = await launchTestBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    // The context sees requests from the page and from Pagefind's web worker alike, and from the service worker,
    // whose precache fetches the entry file with its own revision parameter: those are not Pagefind's.
    context.on('request', (request) => {
      if (request.serviceWorker()) return;
      const url = new URL(request.url());
      if (url.pathname.endsWith('/pagefind-entry.json')) entryRequests.push(`${url.pathname}${url.search}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('lists every record newest first before any search, from the facet table alone: no Pagefind request', async () => {
    const started = Date.now();
    const page = await open('/patents/search/');
    console.log(`patent search: first results ${Date.now() - started} ms after navigation (240 records)`);
    expect(await totalOf(page)).toBe(patents.length);
    expect(await resultHrefs(page)).toHaveLength(20);
    const newest = [...patents]
      .map((p) => p.registered)
      .sort()
      .reverse();
    expect(await resultDates(page)).toEqual(newest.slice(0, 20));
    const { buildId } = JSON.parse(readFileSync(join(outDir, 'build.json'), 'utf8')) as { buildId: string };
    expect(await page.locator('#patent-search').getAttribute('data-build-id')).toBe(buildId);
    // Browsing needs the facet table and the records on show, and nothing of Pagefind's.
    const bundleFiles = requests.filter((path) => path.startsWith('/pagefind-patents/'));
    expect(bundleFiles.filter((path) => !/\/(?:facets\.bin|records\/\d+\.rec|offline-manifest\.json)$/u.test(path))).toEqual([]);
    expect(bundleFiles.filter((path) => path.endsWith('/facets.bin'))).toEqual(['/pagefind-patents/ja/facets.bin']);
    expect(entryRequests).toEqual([]);
    // Pagefind (when a search has words) runs in the page's own search worker, in place, not through Pagefind's
    // worker wrapper (whose per-result release messages stalled searches at scale: pagefind-remote.ts).
    expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toEqual([
      expect.stringMatching(/^\/_astro\/search-worker[^/]*\.js$/u),
    ]);
    // Server-rendered filters carry the build-time totals.
    expect(await filterCount(page, 'field', 'ict')).toBe(ict.length);
    await page.close();
  });

  it('fetches each Pagefind file once per visit, from its own language only, with the build id as metaCacheTag', async () => {
    requests.length = 0;
    entryRequests.length = 0;
    const page = await open(`/patents/search/?q=${encodeURIComponent(QUERY)}`);
    await searched(page, () => page.locator(`input[name="field"][value="${sensor[0]!.field}"]`).check());
    await searched(page, () => page.locator('select[name="sort"]').selectOption('title'));
    await searched(page, async () => {
      await page.locator('input[name="q"]').fill('モータ');
      await page.locator('input[name="q"]').press('Enter');
    });
    await searched(page, async () => {
      await page.locator('input[name="q"]').fill(QUERY);
      await page.locator('input[name="q"]').press('Enter');
    });
    const { buildId } = JSON.parse(readFileSync(join(outDir, 'build.json'), 'utf8')) as { buildId: string };
    expect(entryRequests).toEqual([`/pagefind-patents/ja/pagefind-entry.json?ts=${buildId}`]);
    const pagefindFiles = requests.filter((path) => /^\/pagefind-patents\/ja\/(?:pagefind|wasm|index\/)/u.test(path));
    expect(pagefindFiles.filter((path) => path.endsWith('.pf_meta'))).toHaveLength(1);
    expect(pagefindFiles.filter((path) => path.endsWith('/pagefind.js'))).toHaveLength(1);
    expect(pagefindFiles.filter((path) => path.includes('/wasm.'))).toHaveLength(1);
    expect(pagefindFiles).toEqual([...new Set(pagefindFiles)]);
    // Record files too: the first results' files are asked for before the counts are written, and then found again.
    const recordFiles = requests.filter((path) => /^\/pagefind-patents\/ja\/records\/\d+\.rec/u.test(path));
    expect(recordFiles.length).toBeGreaterThan(0);
    expect(recordFiles).toEqual([...new Set(recordFiles)]);
    // No filter or fragment files (the bundle has none), no Pagefind worker, nothing of the English bundle or the site's.
    expect(requests.filter((path) => /\/(?:filter|fragment)\//u.test(path) || path.endsWith('/pagefind-worker.js'))).toEqual([]);
    expect(requests.filter((path) => path.startsWith('/pagefind-patents/en/') || path.startsWith('/pagefind/'))).toEqual([]);
    await page.close();
  });

  it('counts every filter value as a brute-force count does, for several queries and selections', async () => {
    const cases: { q: string; filters: [string, string][] }[] = [
      { q: QUERY, filters: [] },
      {
        q: QUERY,
        filters: [
          ['field', 'ict'],
          ['field', 'electronics'],
          ['license', 'assignment'],
        ],
      },
      {
        q: '',
        filters: [
          ['ipc', 'G'],
          ['holder_type', 'university'],
          ['holder_type', 'company'],
        ],
      },
      {
        q: 'モータ',
        filters: [
          ['ipc', 'H'],
          ['ipc', 'B'],
          ['year', patents[0]!.registered.slice(0, 4)],
        ],
      },
    ];
    for (const { q, filters } of cases) {
      const query = new URLSearchParams([...(q ? [['q', q]] : []), ...filters]);
      const page = await open(`/patents/search/?${query}`);
      const found = q ? matching(q) : patents;
      const chosen = (name: string) => filters.filter(([n]) => n === name).map(([, v]) => v);
      const passes = (p: Patent, except?: string) =>
        PATENT_FILTERS.every(
          (name) => name === except || chosen(name).length === 0 || patentFilterValues(p)[name].some((v) => chosen(name).includes(v)),
        );
      expect(await totalOf(page).catch(() => 0), `${query}`).toBe(count(found, (p) => passes(p)));
      for (const name of PATENT_FILTERS) {
        const values = await page.locator(`input[name="${name}"]`).evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
        for (const value of values) {
          const expected = count(found, (p) => passes(p, name) && patentFilterValues(p)[name].includes(value));
          expect(await filterCount(page, name, value), `${query}: ${name}=${value}`).toBe(expected);
        }
      }
      await page.close();
    }
  });

  it('starts the service worker (and its precache) only after the first results, when the page is idle', async () => {
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const swRequests: string[] = [];
    fresh.on('request', (request) => void (request.serviceWorker() && swRequests.push(new URL(request.url()).pathname)));
    // What the page had shown when it registered the service worker, which starts every precache request.
    await fresh.addInitScript(() => {
      const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
      navigator.serviceWorker.register = (...args) => {
        (window as unknown as { registeredAt: string }).registeredAt =
          document.getElementById('patent-search')?.dataset.results ?? 'no page';
        return register(...args);
      };
    });
    const page = await fresh.newPage();
    await page.goto(`${site.url}/patents/search/?q=${encodeURIComponent(QUERY)}`);
    await page.waitForSelector('#patent-search[data-results="done"]');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    expect(await page.evaluate(() => (window as unknown as { registeredAt?: string }).registeredAt)).toBe('done');
    await expect.poll(() => swRequests.length, { timeout: 120_000 }).toBeGreaterThan(0);
    await fresh.close();
  });

  it('finds records for a query and announces the count once in the live region', async () => {
    const page = await open('/patents/search/');
    const status = page.locator('#patent-result-count');
    expect(await status.getAttribute('role')).toBe('status');
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { announced: string[] }).announced = seen;
      const region = document.getElementById('patent-result-count')!;
      new MutationObserver(() => region.textContent && seen.push(region.textContent)).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await searched(page, async () => {
      await page.locator('input[name="q"]').fill(QUERY);
      await page.locator('input[name="q"]').press('Enter');
    });
    expect(await statusText(page)).toBe(`${sensor.length}件見つかりました（1〜20件目を表示）`);
    expect(await page.evaluate(() => (window as unknown as { announced: string[] }).announced)).toEqual([
      `${sensor.length}件見つかりました（1〜20件目を表示）`,
    ]);
    const hrefs = await resultHrefs(page);
    expect(hrefs).toHaveLength(20);
    for (const href of hrefs) expect(hrefsOf(sensor)).toContain(href);
    expect(await params(page)).toEqual([['q', QUERY]]);
    expect(await page.locator('select[name="sort"]').inputValue()).toBe('relevance');
    await page.close();
  });

  it('preloads the index for the typed words before Enter, but not while an IME is composing', async () => {
    const page = await open('/patents/search/');
    const indexFetches: string[] = [];
    const onRequest = (request: { url: () => string }) => {
      const path = new URL(request.url()).pathname;
      if (/^\/pagefind-patents\/ja\/index\//u.test(path)) indexFetches.push(path);
    };
    context.on('request', onRequest);
    try {
      const before = await statusText(page);
      // Mid-composition (kana not yet converted): nothing is fetched.
      await page.locator('input[name="q"]').evaluate((box: HTMLInputElement, typed) => {
        box.dispatchEvent(new CompositionEvent('compositionstart'));
        box.value = typed;
        box.dispatchEvent(new InputEvent('input', { isComposing: true, inputType: 'insertCompositionText' }));
      }, QUERY);
      await page.waitForTimeout(600);
      expect(indexFetches).toEqual([]);
      // The composition ends: the chunks for the words are fetched, and no search runs.
      await page.locator('input[name="q"]').evaluate((box) => box.dispatchEvent(new CompositionEvent('compositionend')));
      await expect.poll(() => indexFetches.length, { timeout: 120_000 }).toBeGreaterThan(0);
      expect(await params(page)).toEqual([]);
      expect(await statusText(page)).toBe(before);
      // Enter searches, with no chunk the preload did not fetch.
      const preloaded = new Set(indexFetches);
      await searched(page, () => page.locator('input[name="q"]').press('Enter'));
      expect(await statusText(page)).toBe(`${sensor.length}件見つかりました（1〜20件目を表示）`);
      expect(indexFetches.filter((path) => !preloaded.has(path))).toEqual([]);
    } finally {
      context.off('request', onRequest);
    }
    await page.close();
  });

  it('narrows by filters with counts: OR within a filter, AND across filters, checked values kept at 0', async () => {
    const page = await open('/patents/search/');
    const universities = count(patents, (p) => p.holder_type === 'university');
    expect(await filterCount(page, 'holder_type', 'university')).toBe(universities);

    await searched(page, () => page.locator('input[name="field"][value="ict"]').check());
    expect(await totalOf(page)).toBe(ict.length);
    expect(await params(page)).toEqual([['field', 'ict']]);
    // Other filters count within the field now; the field's own values keep theirs, so another can be added.
    expect(await filterCount(page, 'holder_type', 'university')).toBe(count(ict, (p) => p.holder_type === 'university'));
    expect(await filterCount(page, 'field', 'electronics')).toBe(count(patents, (p) => p.field === 'electronics'));

    await searched(page, () => page.locator('input[name="field"][value="electronics"]').check());
    expect(await totalOf(page)).toBe(ictOrElectronics.length);
    expect(await params(page)).toEqual([
      ['field', 'electronics'],
      ['field', 'ict'],
    ]);

    const year = ictOrElectronics.map((p) => p.registered.slice(0, 4)).sort()[Math.floor(ictOrElectronics.length / 2)]!;
    const both = ictOrElectronics.filter((p) => p.registered.startsWith(year));
    await searched(page, () => page.locator(`input[name="year"][value="${year}"]`).check());
    expect(await totalOf(page)).toBe(both.length);
    expect(await filterCount(page, 'field', 'ict')).toBe(count(patents, (p) => p.field === 'ict' && p.registered.startsWith(year)));
    const assignments = count(both, (p) => licenseFilterValues(p.license_terms).includes('assignment'));
    expect(await filterCount(page, 'license', 'assignment')).toBe(assignments);

    // Years with no record in these fields are hidden; the checked year stays even when a query leaves it at 0.
    const emptyYear = ['2005', '2006', '2007', '2008', '2009', '2010', '2011', '2012'].find(
      (y) => !ictOrElectronics.some((p) => p.registered.startsWith(y)),
    );
    if (emptyYear) expect(await page.locator(`input[name="year"][value="${emptyYear}"]`).isVisible()).toBe(false);
    await searched(page, async () => {
      await page.locator('input[name="q"]').fill('存在しない語ですよ');
      await page.locator('input[name="q"]').press('Enter');
    });
    expect(await totalOf(page).catch(() => 0)).toBe(0);
    expect(await statusText(page)).toContain('見つかりませんでした');
    expect(await page.locator(`input[name="year"][value="${year}"]`).isVisible()).toBe(true);
    expect(await filterCount(page, 'year', year)).toBe(0);
    expect(await resultHrefs(page)).toEqual([]);
    // Nothing to export, print or show.
    expect(await page.locator('[data-export-csv]').isVisible()).toBe(false);
    expect(await page.locator('[data-pagination]').isVisible()).toBe(false);
    await page.close();
  });

  it('sorts by newest registration on request, and defaults back to relevance for a query', async () => {
    const page = await open(`/patents/search/?q=${encodeURIComponent(QUERY)}`);
    expect(await page.locator('select[name="sort"]').inputValue()).toBe('relevance');
    await searched(page, () => page.locator('select[name="sort"]').selectOption('newest'));
    expect(await params(page)).toEqual([
      ['q', QUERY],
      ['sort', 'newest'],
    ]);
    const dates = await resultDates(page);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toBe(
      sensor
        .map((p) => p.registered)
        .sort()
        .at(-1),
    );
    // Page 2 carries on from page 1.
    await searched(page, () => page.locator('[data-pagination] a[data-page="2"]').first().click());
    const next = await resultDates(page);
    expect(next[0]! <= dates.at(-1)!).toBe(true);
    expect(next).toEqual([...next].sort().reverse());
    await page.close();
  });

  it('sorts oldest first, by license number and by title as a brute-force sort of the matches does', async () => {
    const collator = new Intl.Collator('ja');
    const byRow = [...sensor].sort(compareNewestFirst);
    const expected = {
      oldest: [...byRow].reverse(),
      license_no: [...sensor].sort((a, b) => (a.license_no < b.license_no ? -1 : 1)),
      // Equal titles keep the table's order (newest first), as the build's ranks do.
      title: [...byRow].sort((a, b) => collator.compare(a.title, b.title)),
    };
    const page = await open(`/patents/search/?q=${encodeURIComponent(QUERY)}`);
    for (const [sort, list] of Object.entries(expected)) {
      await searched(page, () => page.locator('select[name="sort"]').selectOption(sort));
      expect(await params(page)).toEqual([
        ['q', QUERY],
        ['sort', sort],
      ]);
      expect(await totalOf(page)).toBe(sensor.length);
      expect(await resultHrefs(page)).toEqual(list.slice(0, 20).map((p) => `/patents/${p.license_no}/`));
    }
    await page.close();
  });

  it('pages by the numbered links, with aria-current, prev/next, and the focus on the results heading', async () => {
    const page = await open('/patents/search/');
    const first = await resultHrefs(page);
    const nav = page.locator('[data-pagination]');
    expect(await nav.getAttribute('aria-label')).toBe('検索結果のページ');
    expect(await nav.locator('a[aria-current="page"]').getAttribute('data-page')).toBe('1');
    expect(await nav.locator('a[rel="prev"]').count()).toBe(0);
    // A page of results is laid out whole, so the links below it stay put as it scrolls into view: a press and its
    // release land on the same link. (With estimated heights, a click under load went to the element below.)
    const linkTop = () => nav.locator('a[data-page="2"]:not([rel])').evaluate((link) => link.getBoundingClientRect().top + scrollY);
    const before = await linkTop();
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await linkTop()).toBe(before);
    await searched(page, () => nav.locator('a[data-page="2"]:not([rel])').click());
    expect(await params(page)).toEqual([['page', '2']]);
    expect(await nav.locator('a[aria-current="page"]').getAttribute('data-page')).toBe('2');
    expect(await page.locator('#patent-results').getAttribute('start')).toBe('21');
    expect(await statusText(page)).toBe(`${patents.length}件見つかりました（21〜40件目を表示）`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('patent-results-heading');
    const second = await resultHrefs(page);
    expect(second).toHaveLength(20);
    expect(second.filter((href) => first.includes(href))).toEqual([]);

    await searched(page, () => nav.locator('a[rel="next"]').click());
    expect(await params(page)).toEqual([['page', '3']]);
    await searched(page, () => nav.locator('a[rel="prev"]').click());
    expect(await resultHrefs(page)).toEqual(second);
    // The links are real URLs too.
    expect(await nav.locator('a[data-page="12"]').getAttribute('href')).toBe('/patents/search/?page=12');
    await page.close();
  });

  it('shows all results of a search, in batches, and goes back to pages', async () => {
    const page = await open('/patents/search/');
    await page.evaluate(() => {
      const progress = document.querySelector<HTMLElement>('[data-progress]')!;
      new MutationObserver(() => {
        if (!progress.hidden) (window as unknown as { progressShown: boolean }).progressShown = true;
      }).observe(progress, { attributes: true, attributeFilter: ['hidden'] });
    });
    await searched(page, () => page.locator('[data-show-all]').click());
    expect(await params(page)).toEqual([['all', '1']]);
    const hrefs = await resultHrefs(page);
    expect(hrefs).toHaveLength(await totalOf(page));
    expect([...hrefs].sort()).toEqual(hrefsOf(patents));
    expect(await statusText(page)).toBe(`${patents.length}件見つかりました（すべて表示）`);
    // Hundreds of results: those out of view are not rendered until they scroll near.
    expect(
      await page
        .locator('#patent-results > .result')
        .first()
        .evaluate((item) => getComputedStyle(item).contentVisibility),
    ).toBe('auto');
    expect(await page.evaluate(() => (window as unknown as { progressShown?: boolean }).progressShown)).toBe(true);
    expect(await page.locator('[data-progress]').isVisible()).toBe(false);
    expect(await page.locator('[data-pagination]').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('patent-results-heading');

    // Filters keep the view: every ICT record.
    await searched(page, () => page.locator('input[name="field"][value="ict"]').check());
    expect([...(await resultHrefs(page))].sort()).toEqual(hrefsOf(ict));

    await searched(page, () => page.locator('[data-show-paged]').click());
    expect(await resultHrefs(page)).toHaveLength(20);
    expect(await params(page)).toEqual([['field', 'ict']]);
    await page.close();
  });

  it('dims the last results while a search runs, and shows new results at full contrast as soon as they arrive', async () => {
    // Record files are held until released, so that each state of the list can be looked at in turn.
    const ctx = await browser.newContext({ serviceWorkers: 'block' });
    const held: Route[] = [];
    let holding = true;
    await ctx.route(
      (url) => /\/records\/[^/]+\.rec$/u.test(url.pathname),
      (route) => (holding ? held.push(route) : route.continue()),
    );
    const release = async () => Promise.all(held.splice(0).map((route) => route.continue()));
    const page = collectErrors(await ctx.newPage(), problems, () => 'dimming');
    const list = page.locator('#patent-results');
    const look = () =>
      page.evaluate(() => ({
        results: document.getElementById('patent-search')!.dataset.results,
        opacity: getComputedStyle(document.getElementById('patent-results')!).opacity,
      }));
    await page.goto(`${site.url}/patents/search/`);

    // Newest first, a page of 20 comes in two chunks: the first 10 results show while the next 10 load.
    await expect.poll(() => held.length).toBeGreaterThan(0);
    expect(await look()).toEqual({ results: 'loading', opacity: '0.6' });
    await release();
    await expect.poll(async () => (await look()).results).toBe('partial');
    expect(await look()).toEqual({ results: 'partial', opacity: '1' });
    expect(await list.getAttribute('aria-busy')).toBe('true');
    expect(await list.locator('> .result').count()).toBe(10);

    await expect.poll(() => held.length).toBeGreaterThan(0);
    await release();
    await page.waitForSelector('#patent-search[data-state="done"]');
    expect(await look()).toEqual({ results: 'done', opacity: '1' });
    expect(await list.getAttribute('aria-busy')).toBeNull();

    // A new search: the last results stay, dimmed, until the new ones come.
    await page.locator('input[name="field"][value="ict"]').check();
    await expect.poll(() => held.length).toBeGreaterThan(0);
    expect(await look()).toEqual({ results: 'loading', opacity: '0.6' });
    expect(await list.locator('> .result').count()).toBe(20);
    // The counts come with the first results (written in the same task), before the rest of the page's records.
    await release();
    await expect.poll(async () => (await look()).results).toBe('partial');
    expect(await filterCount(page, 'holder_type', 'university')).toBe(count(ict, (p) => p.holder_type === 'university'));
    holding = false;
    await release();
    await page.waitForSelector('#patent-search[data-state="done"]');
    expect(await look()).toEqual({ results: 'done', opacity: '1' });
    await ctx.close();
  });

  it('restores the whole state from a shared URL, on reload, and on back and forward', async () => {
    const shared = `/patents/search/?q=${encodeURIComponent(QUERY)}&holder_type=university&holder_type=individual&holder_type=company&license=license&sort=newest&page=2`;
    const expected = sensor.filter(
      (p) => ['university', 'company', 'individual'].includes(p.holder_type) && licenseFilterValues(p.license_terms).includes('license'),
    );
    expect(expected.length).toBeGreaterThan(20);
    const page = await open(shared);
    expect(await page.locator('input[name="q"]').inputValue()).toBe(QUERY);
    expect(
      await page.locator('input[name="holder_type"]:checked').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value)),
    ).toEqual(['company', 'university', 'individual']);
    expect(await page.locator('input[name="license"][value="license"]').isChecked()).toBe(true);
    expect(await page.locator('select[name="sort"]').inputValue()).toBe('newest');
    expect(await totalOf(page)).toBe(expected.length);
    expect(await page.locator('[data-pagination] a[aria-current="page"]').getAttribute('data-page')).toBe('2');
    const hrefs = await resultHrefs(page);
    expect(hrefs).toHaveLength(Math.min(20, expected.length - 20));
    for (const href of hrefs) expect(hrefsOf(expected)).toContain(href);
    const url = await search(page);

    await page.reload();
    await page.waitForSelector('#patent-search[data-state="done"]');
    expect(await search(page)).toBe(url);
    expect(await resultHrefs(page)).toEqual(hrefs);

    // Back and forward through three searches.
    const walk = await open('/patents/search/');
    const all = await resultHrefs(walk);
    await searched(walk, () => walk.locator('input[name="field"][value="ict"]').check());
    const ictPage1 = await resultHrefs(walk);
    await searched(walk, () => walk.locator('[data-pagination] a[data-page="2"]:not([rel])').click());
    const ictPage2 = await resultHrefs(walk);
    await searched(walk, () => walk.goBack());
    expect(await params(walk)).toEqual([['field', 'ict']]);
    expect(await resultHrefs(walk)).toEqual(ictPage1);
    await searched(walk, () => walk.goBack());
    expect(await search(walk)).toBe('');
    expect(await walk.locator('input[name="field"]:checked').count()).toBe(0);
    expect(await resultHrefs(walk)).toEqual(all);
    await searched(walk, () => walk.goForward());
    expect(await walk.locator('input[name="field"][value="ict"]').isChecked()).toBe(true);
    await searched(walk, () => walk.goForward());
    expect(await params(walk)).toEqual([
      ['field', 'ict'],
      ['page', '2'],
    ]);
    expect(await resultHrefs(walk)).toEqual(ictPage2);
    await page.close();
    await walk.close();
  });

  it('ignores unknown values in a URL and tidies it; a page past the end shows the last page', async () => {
    const page = await open('/patents/search/?field=atlantis&field=ict&year=1850&holder_type=%3Cscript%3E&sort=zzz&page=abc&utm=1');
    expect(await params(page)).toEqual([['field', 'ict']]);
    expect(await totalOf(page)).toBe(ict.length);
    const far = await open('/patents/search/?field=ict&page=99');
    expect(await params(far)).toEqual([
      ['field', 'ict'],
      ['page', String(Math.ceil(ict.length / 20))],
    ]);
    expect(await resultHrefs(far)).toHaveLength(ict.length - 20 * (Math.ceil(ict.length / 20) - 1));
    await page.close();
    await far.close();
  });

  it('downloads every result of the search as CSV with a BOM, in the page language', async () => {
    const page = await open('/patents/search/?field=ict');
    expect(await resultHrefs(page)).toHaveLength(20);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export-csv]').click()]);
    expect(download.suggestedFilename()).toMatch(/^patents-\d{8}\.csv$/u);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.subarray(3).toString('utf8'));
    expect(rows[0]).toEqual([
      'ライセンス番号',
      '名称',
      '分野',
      '権利者',
      '権利者種別',
      'ライセンス形態',
      '登録日',
      '特許番号',
      '出願番号',
      'IPC',
      '概要',
      'キーワード',
      '応用製品',
      '問合せ先',
      'URL',
    ]);
    const body = rows.slice(1);
    expect(body.map((row) => row[0]).sort()).toEqual(ids(ict));
    const known = ict[0]!;
    const row = body.find((r) => r[0] === known.license_no)!;
    expect(row[1]).toBe(known.title);
    expect(row[2]).toBe('情報・通信');
    expect(row[3]).toBe(known.holder);
    expect(row[6]).toBe(known.registered);
    expect(row[9]).toBe(known.ipc?.join('; ') ?? '');
    expect(row[10]).toBe(known.summary);
    expect(row[13]).toBe(known.contact ?? '');
    expect(row[14]).toBe(`${site.url}/patents/${known.license_no}/`);
    // Numbers in one form, however the data wrote them.
    for (const cells of body) {
      if (cells[7]) expect(cells[7]).toMatch(/^特許第\d{7}号$/u);
      if (cells[8]) expect(cells[8]).toMatch(/^特願\d{4}-\d{6}$/u);
    }
    // The same rows as the results, in the same order.
    await searched(page, () => page.locator('[data-show-all]').click());
    expect(body.map((r) => `/patents/${r[0]}/`)).toEqual(await resultHrefs(page));
    await page.close();

    const english = await open(`/en/patents/search/?q=${encodeURIComponent(QUERY)}`);
    const [enDownload] = await Promise.all([english.waitForEvent('download'), english.locator('[data-export-csv]').click()]);
    const enRows = parse(
      readFileSync(await enDownload.path())
        .subarray(3)
        .toString('utf8'),
    );
    expect(enRows[0]![0]).toBe('License no.');
    expect(
      enRows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(ids(sensor));
    await english.close();
  });

  it('prints the results with the search written out, without the form and filters', async () => {
    const page = await open(`/patents/search/?q=${encodeURIComponent(QUERY)}&field=measurement`);
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', '');
    });
    // By keyboard, not a click at coordinates: the offline-save box can appear once the page is idle and move the
    // button between Playwright's scroll and its click (a fresh-clone run once clicked beside it and never printed).
    await page.locator('[data-print]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('body').getAttribute('data-printed'), { timeout: 120_000 }).toBe('');
    const summary = page.locator('[data-print-summary]');
    expect(await summary.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('form[role="search"]').isVisible()).toBe(false);
    expect(await page.locator('input[name="field"]').first().isVisible()).toBe(false);
    expect(await page.locator('select[name="sort"]').isVisible()).toBe(false);
    expect(await page.locator('.main-nav').isVisible()).toBe(false);
    expect(await summary.isVisible()).toBe(true);
    expect(await summary.innerText()).toBe(`検索条件：キーワード「${QUERY}」／分野：計測・試験／並び順：関連度順`);
    expect(await page.locator('#patent-results a[data-result-link]').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });

  it('works by keyboard alone: Tab to the box, type, Enter, skip to the results, Tab to a result, change page', async () => {
    const page = await open('/patents/search/');
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('name') ?? document.activeElement?.id ?? document.activeElement?.tagName);
    for (let i = 0; i < 40 && (await focused()) !== 'q'; i += 1) await page.keyboard.press('Tab');
    expect(await focused()).toBe('q');
    await page.keyboard.type(QUERY);
    await searched(page, () => page.keyboard.press('Enter'));
    expect(await totalOf(page)).toBe(sensor.length);

    // On past the submit button (and the offline-save controls, when shown) to the skip link to the results.
    const onSkip = () => page.evaluate(() => document.activeElement?.hasAttribute('data-skip-results') ?? false);
    for (let i = 0; i < 8 && !(await onSkip()); i += 1) await page.keyboard.press('Tab');
    expect(await onSkip()).toBe(true);
    expect(await page.locator('[data-skip-results]').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('patent-results-heading');
    const onResult = () => page.evaluate(() => document.activeElement?.hasAttribute('data-result-link') ?? false);
    for (let i = 0; i < 15 && !(await onResult()); i += 1) await page.keyboard.press('Tab');
    expect(await onResult()).toBe(true);
    // The focus is visible.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');

    // Tab on through the list to the pagination and change page with Enter.
    const onPage2 = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-page') === '2' && !document.activeElement.hasAttribute('rel'));
    for (let i = 0; i < 40 && !(await onPage2()); i += 1) await page.keyboard.press('Tab');
    expect(await onPage2()).toBe(true);
    await searched(page, () => page.keyboard.press('Enter'));
    expect(await focused()).toBe('patent-results-heading');
    expect(await params(page)).toEqual([
      ['q', QUERY],
      ['page', '2'],
    ]);

    // A filter by Space, and on out of the page: no trap.
    for (let i = 0; i < 80 && (await focused()) !== 'field'; i += 1) await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('field');
    await searched(page, () => page.keyboard.press('Space'));
    expect((await params(page)).some(([name]) => name === 'field')).toBe(true);
    for (let i = 0; i < 200 && (await page.evaluate(() => !document.activeElement?.closest('footer'))); i += 1)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('footer')))).toBe(true);
    await page.close();
  });

  it('shows English labels on /en/, English titles where there are any, Japanese ones marked lang="ja"', async () => {
    const page = await open('/en/patents/search/?field=ict&all=1');
    expect(await page.locator('h1').innerText()).toBe('Search open patents');
    expect(await page.locator('legend').allInnerTexts()).toEqual([
      'Field',
      'Holder type',
      'License terms',
      'IPC section',
      'Year registered',
    ]);
    expect(
      await page.locator('input[name="holder_type"][value="university"]').evaluate((box) => box.closest('label')!.textContent),
    ).toMatch(/^University \(\d+\)$/u);
    expect(await statusText(page)).toBe(`${ict.length} results (all shown)`);
    expect(await page.locator('#patent-results dt').first().innerText()).toBe('License no.');
    const links = await page.locator('#patent-results a[data-result-link]').evaluateAll((as) =>
      as.map((a) => ({
        href: a.getAttribute('href'),
        hreflang: a.getAttribute('hreflang'),
        text: a.textContent,
        lang: a.querySelector('[lang]')?.getAttribute('lang') ?? null,
      })),
    );
    expect(links).toHaveLength(ict.length);
    for (const link of links) {
      const patent = ict.find((p) => link.href === `/patents/${p.license_no}/`)!;
      expect(link.hreflang).toBe('ja');
      expect(link.text).toBe(patent.title_en ?? patent.title);
      expect(link.lang).toBe(patent.title_en ? null : 'ja');
    }
    expect(links.some((link) => link.lang === null)).toBe(true);
    expect(await page.locator('#patent-results .badge-sample').first().innerText()).toContain('Sample');
    await page.close();
  });

  it('explains without JavaScript that search needs it, and links to the static listings', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    for (const [path, text] of [
      ['/patents/search/', 'JavaScriptが必要です'],
      ['/en/patents/search/', 'needs JavaScript'],
    ] as const) {
      const page = await open(path, noScript);
      expect(await page.locator('#patent-search').isVisible()).toBe(false);
      expect(await page.locator('.needs-js').innerText()).toContain(text);
      const prefix = path.startsWith('/en/') ? '/en' : '';
      const hrefs = await page.locator('.browse a:visible').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual([`${prefix}/patents/`, `${prefix}/patents/fields/`, `${prefix}/patents/years/`]);
      expect(await page.locator('.breadcrumbs').innerText()).toMatch(
        path.startsWith('/en/') ? /Open patents\s*›?\s*Search/u : /開放特許\s*›?\s*検索/u,
      );
    }
    await noScript.close();
  });

  it('ships its script on the search pages only', () => {
    const assets = join(outDir, '_astro');
    const html = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    const scripts = [
      ...readFileSync(join(outDir, 'patents/search/index.html'), 'utf8').matchAll(/<script type="module" src="\/_astro\/([^"]+)"/gu),
    ].map((m) => m[1]!);
    // The page's own script is the one that reads the labels block.
    const script = scripts.find((file) => readFileSync(join(assets, file), 'utf8').includes('patent-search-labels'));
    expect(script).toBeDefined();
    const using = html.filter((file) => readFileSync(join(outDir, file), 'utf8').includes(`/_astro/${script}`)).sort();
    expect(using).toEqual(['en/patents/search/index.html', 'patents/search/index.html']);
    // Its bytes with every chunk it imports.
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const m of readFileSync(join(assets, file), 'utf8').matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/gu)) visit(m[1]!);
    };
    visit(script!);
    const bytes = [...seen].reduce((sum, file) => sum + readFileSync(join(assets, file)).length, 0);
    const gzipped = [...seen].reduce((sum, file) => sum + gzipSync(readFileSync(join(assets, file))).length, 0);
    console.log(
      `patent search: page script ${bytes} bytes (${gzipped} gzipped) in ${seen.size} files; Pagefind loads from /pagefind-patents/<lang>/`,
    );
    expect(bytes).toBeLessThan(40_000);
  });

  it('has no axe-core violations with results shown (ja and en), and no console errors or CSP violations', async () => {
    const violations: string[] = [];
    const [first, ...more] = [
      `/patents/search/?q=${encodeURIComponent(QUERY)}&field=measurement`,
      '/en/patents/search/?holder_type=university',
      '/en/patents/search/?q=sensor',
      '/patents/search/?q=存在しない語ですよ',
    ];
    // One tab, so that axe-core runs warm after the first page.
    const tab = await open(first);
    violations.push(...(await axeViolations(tab, first)));
    for (const path of more) {
      await visit(tab, path);
      violations.push(...(await axeViolations(tab, path)));
    }
    await tab.close();
    const narrow = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await open('/patents/search/?field=ict&all=1', narrow);
    await page.waitForSelector('#patent-search[data-state="done"]');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    violations.push(...(await axeViolations(page, 'narrow /patents/search/?field=ict&all=1')));
    await narrow.close();
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });
});
