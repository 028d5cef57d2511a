/**
 * Offline use in Chromium (issue 4, section 5): the service worker (/sw.js) and "save patent search for offline
 * use" on /patents/search/, against two builds served in turn from one origin: the shared build of the shipped
 * data/, and a copy with one patent changed (another build id), built here with the same BUILD_DATE.
 *
 * - Saving: the size is shown before anything is downloaded, the progress bar reaches 100 %, and every file of
 *   the offline manifest is in the build's cache.
 * - Offline (context.setOffline): the search page reloads, a query finds records, a filter updates the counts, a
 *   detail page opened while online is shown, an unvisited one gets the offline page; "remove" empties the cache.
 * - A new build: its worker replaces the old one and deletes the old build's caches, and the control says the
 *   saved copy is old and updates it.
 */
import { facetTableUrl, sortTableUrl } from '#src/utils/search/facet-table.ts';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteData } from '#src/data/load.ts';
import { patentSearchText } from '#src/integration/patent-records.ts';
import { precachedUrls } from '#src/integration/service-worker.ts';
import { formatSize, MESSAGES } from '#src/scripts/offline-save.ts';
import {
  manifestUrl,
  OFFLINE_CACHE_PREFIX,
  offlineCacheName,
  PAGES_CACHE_PREFIX,
  PATENT_PAGES_CACHE_PREFIX,
} from '#src/utils/search/offline-contract.ts';
import type { OfflineManifest } from '#src/utils/search/patent-contract.ts';
import { fullTableUrl } from '#src/utils/search/record-table.ts';
import { patentBundlePath } from '#src/utils/search/patent-contract.ts';
import { PAGE_SIZE } from '#src/scripts/patent-search/state.ts';
import { buildSite, ROOT } from '../helpers/build-site.ts';
import { axeViolations, chromiumAvailable, collectErrors, launchTestBrowser, requireChromium } from '../helpers/chromium.ts';
import { SHIPPED_BUILD_DATE, shippedSiteDir } from '../helpers/site-build.ts';
import { serveDirectory } from '../../scripts/lib/static-server.ts';

requireChromium('offline browser tests');

const DATA = join(ROOT, 'data');
const { patents, patentFields } = loadSiteData(DATA).data;
const fieldById = new Map(patentFields.map((field) => [field.id, field]));
const QUERY = 'センサ';
const sensor = patents.filter((p) => patentSearchText(p, fieldById.get(p.field), 'ja').split(' ').includes(QUERY));
const [visited, unvisited] = [patents[0]!, patents[1]!];
if (sensor.length === 0 || !unvisited) throw new Error('The shipped data no longer suits these tests: pick another query');

describe.runIf(chromiumAvailable)('offline use in Chromium', () => {
  let work: string;
  /** The folder served: a symlink to one build or the other, so both are served from the same origin. */
  let current: string;
  const dist = { a: '', b: '' };
  let site: Awaited<ReturnType<typeof serveDirectory>>;
  let browser: Browser;
  const problems: string[] = [];
  let phase = '';

  const readJson = <T>(dir: string, path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8')) as T;
  const buildIdOf = (dir: string) => readJson<{ buildId: string }>(dir, 'build.json').buildId;
  const manifestOf = (dir: string, lang: 'ja' | 'en' = 'ja') => readJson<OfflineManifest>(dir, manifestUrl(lang));
  const serve = (build: 'a' | 'b') => {
    rmSync(current, { force: true });
    symlinkSync(dist[build], current);
  };

  async function newContext(): Promise<BrowserContext> {
    return browser.newContext({ viewport: { width: 1280, height: 900 } });
  }

  async function open(context: BrowserContext, path: string): Promise<Page> {
    const page = await context.newPage();
    collectErrors(page, problems, () => `${phase} ${page.url()}`);
    page.on('requestfailed', (request) => {
      // Aborted: the test moved on to another page before the browser had everything (the favicon, say).
      if (request.failure()?.errorText !== 'net::ERR_ABORTED')
        problems.push(`${phase} ${page.url()}: ${request.url()} failed: ${request.failure()?.errorText}`);
    });
    const response = await page.goto(`${site.url}${path}`);
    expect(response?.status(), path).toBe(200);
    return page;
  }

  /**
   * Opens the search page and waits until the service worker controls it, the offline control has its state and
   * the first results are shown (leaving earlier would abort Pagefind's requests, which it reports as errors).
   */
  async function openSearch(context: BrowserContext, page?: Page, path = '/patents/search/'): Promise<Page> {
    if (page) await page.goto(`${site.url}${path}`);
    else page = await open(context, path);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 120_000 });
    await page.waitForSelector('[data-offline-save]:not([hidden])[data-state]', { timeout: 120_000 });
    await page.waitForSelector('#patent-search[data-state="done"]', { timeout: 120_000 });
    return page;
  }

  const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
  const buildIdOfPage = (page: Page) => page.locator('#patent-search').getAttribute('data-build-id');
  const prompt = (page: Page) => page.locator('[data-update-prompt]');

  /** Waits for the update prompt and chooses "Reload" (更新) from the keyboard; the page loads again under the new worker. */
  async function acceptUpdate(page: Page, label = '更新'): Promise<void> {
    await prompt(page).waitFor({ state: 'visible', timeout: 120_000 });
    const reload = prompt(page).getByRole('button', { name: label });
    await reload.focus();
    await Promise.all([page.waitForEvent('load', { timeout: 120_000 }), page.keyboard.press('Enter')]);
  }
  const cachedPaths = (page: Page, name: string) =>
    page.evaluate(
      async (cacheName) => (await (await caches.open(cacheName)).keys()).map((request) => new URL(request.url).pathname).sort(),
      name,
    );
  const controlState = (page: Page) => page.locator('[data-offline-save]').getAttribute('data-state');

  /** Saves for offline use and checks what the control says on the way. */
  async function save(page: Page, manifest: OfflineManifest, button: string, lang: 'ja' | 'en' = 'ja'): Promise<void> {
    const control = page.locator('[data-offline-save]');
    const size = formatSize(manifest.bytes, lang);
    expect(await control.locator('[data-offline-action="save"]').innerText()).toBe(button);
    await control.locator('[data-offline-action="save"]').click();
    await page.waitForSelector('[data-offline-save][data-state="saved"]', { timeout: 60_000 });
    const bar = control.locator('progress');
    expect(await bar.evaluate((element: HTMLProgressElement) => [element.value, element.max])).toEqual([manifest.bytes, manifest.bytes]);
    const percent = lang === 'ja' ? /^100 %（/u : /^100% \(/u;
    expect(await control.locator('[data-offline-progress-text]').innerText()).toMatch(percent);
    expect(await bar.getAttribute('aria-valuetext')).toMatch(percent);
    expect(await control.locator('[data-offline-status]').innerText()).toBe(MESSAGES.done[lang]);
    expect(await control.locator('[data-offline-state]').innerText()).toContain(
      lang === 'ja' ? `検索データ（${size}）をこの端末に保存しています` : `The search data (${size}) is saved on this device`,
    );
    const cached = await cachedPaths(page, offlineCacheName(manifest.buildId, lang));
    expect(cached).toEqual([...manifest.files, manifestUrl(lang)].sort());
  }

  beforeAll(async () => {
    mkdirSync(join(ROOT, 'tmp'), { recursive: true });
    work = mkdtempSync(join(ROOT, 'tmp', 'offline-'));
    // The second build: one patent's title changed, which changes the index and so the build id.
    const dataB = join(work, 'data-b');
    cpSync(DATA, dataB, { recursive: true });
    const csv = readFileSync(join(DATA, 'patents.csv'), 'utf8');
    if (!csv.includes(`${visited.license_no},${visited.title},`)) throw new Error('patents.csv: the first record is not as expected');
    writeFileSync(
      join(dataB, 'patents.csv'),
      csv.replace(`${visited.license_no},${visited.title},`, `${visited.license_no},${visited.title}（改訂）,`),
    );
    // Build a is the shared one (served through a symlink, never written to); only b is built here.
    dist.a = shippedSiteDir();
    dist.b = join(work, 'dist-b');
    const result = await buildSite(dataB, dist.b, { BUILD_DATE: SHIPPED_BUILD_DATE, ASTRO_CACHE_DIR: join(work, 'cache-b') });
    if (result.code !== 0) throw new Error(`build failed (exit ${result.code}):\n${result.stderr || result.stdout}`);
    current = join(work, 'current');
    serve('a');
    site = await serveDirectory(current);
    browser = await launchTestBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('builds a small precache: the app shell and the Pagefind runtime, not the index or the detail pages', () => {
    const urls = precachedUrls(readFileSync(join(dist.a, 'sw.js'), 'utf8'));
    for (const url of [
      '/index.html',
      '/patents/index.html',
      '/patents/search/index.html',
      '/en/patents/search/index.html',
      '/offline/index.html',
      '/en/offline/index.html',
      '/manifest.webmanifest',
      '/pagefind-patents/ja/pagefind.js',
      '/pagefind-patents/ja/pagefind-entry.json',
      '/pagefind-patents/en/pagefind.js',
      '/pagefind-patents/en/pagefind-entry.json',
    ]) {
      expect(urls).toContain(url);
    }
    expect(
      urls.filter(
        (url) => /\/(?:fragment|index|filter|records)\//u.test(url) || /^\/patents\/L/u.test(url) || url.startsWith('/pagefind/'),
      ),
    ).toEqual([]);
    expect(buildIdOf(dist.a)).not.toBe(buildIdOf(dist.b));
  });

  it('saves patent search for offline use, then searches, filters and shows saved pages with the network off', async () => {
    serve('a');
    const context = await newContext();
    const manifest = manifestOf(dist.a);
    // The full record table stands in for its shards, and Pagefind's fragments are gone.
    expect(manifest.files).toContain(fullTableUrl(patentBundlePath('ja')));
    // The facet and sort tables the search worker filters, counts and sorts with.
    expect(manifest.files).toEqual(expect.arrayContaining([facetTableUrl(patentBundlePath('ja')), sortTableUrl(patentBundlePath('ja'))]));
    // Only the page language's bundle: the English index is the English page's download.
    expect(manifest.files.filter((file) => !file.startsWith(patentBundlePath('ja')))).toEqual([]);
    expect(manifest.files.filter((file) => /\/records\/\d+\.rec$|\.pf_fragment$|\/pagefind-worker\.js$/u.test(file))).toEqual([]);
    const page = await openSearch(context);
    const control = page.locator('[data-offline-save]');
    expect(await controlState(page)).toBe('unsaved');
    // The size, before anything is downloaded.
    const size = formatSize(manifest.bytes, 'ja');
    expect(size).toMatch(/^約 \d+(?:\.\d)? [KM]B$/u);
    expect(await control.locator('[data-offline-state]').innerText()).toBe(MESSAGES.unsaved.ja(size));
    expect((await cacheNames(page)).filter((name) => name.startsWith(OFFLINE_CACHE_PREFIX))).toEqual([]);
    expect(await axeViolations(page, 'unsaved', '[data-offline-save]')).toEqual([]);

    await save(page, manifest, MESSAGES.save.ja(size));
    expect(await control.locator('[data-offline-action="remove"]').isVisible()).toBe(true);
    expect(await axeViolations(page, 'saved', '[data-offline-save]')).toEqual([]);

    // The English page searches its own index (one per language), so it offers its own download, in English.
    const english = await open(context, '/en/patents/search/');
    await english.waitForSelector('[data-offline-save][data-state="unsaved"]', { timeout: 120_000 });
    expect(await english.locator('[data-offline-save] h2').innerText()).toBe('Use offline');
    expect(await english.locator('[data-offline-state]').innerText()).toBe(
      MESSAGES.unsaved.en(formatSize(manifestOf(dist.a, 'en').bytes, 'en')),
    );
    await english.waitForSelector('#patent-search[data-state="done"]', { timeout: 120_000 });
    await english.close();

    // A detail page opened online is kept.
    const detail = `/patents/${visited.license_no}/`;
    await page.goto(`${site.url}${detail}`);
    expect(await page.locator('h1').innerText()).toBe(visited.title);
    await expect.poll(async () => (await cacheNames(page)).some((name) => name.startsWith(PATENT_PAGES_CACHE_PREFIX))).toBe(true);
    const kept = (await cacheNames(page)).find((name) => name.startsWith(PATENT_PAGES_CACHE_PREFIX))!;
    await expect.poll(() => cachedPaths(page, kept)).toEqual([detail]);

    phase = 'offline';
    await context.setOffline(true);
    try {
      // The search page, its scripts and the saved index, all from the device.
      await openSearch(context, page);
      expect(await controlState(page)).toBe('saved');
      await page.evaluate(() => (document.getElementById('patent-search')!.dataset.state = 'test-pending'));
      await page.locator('input[name="q"]').fill(QUERY);
      await page.locator('input[name="q"]').press('Enter');
      await page.waitForSelector('#patent-search[data-state="done"]', { timeout: 120_000 });
      expect(await page.locator('#patent-result-count').innerText()).toMatch(new RegExp(`^${sensor.length}件見つかりました`, 'u'));
      // Every result on the page is shown, from the saved record table (its shards were not saved).
      expect(await page.locator('ol#patent-results a[data-result-link]').count()).toBe(Math.min(sensor.length, PAGE_SIZE));

      // A filter narrows the results and updates the counts.
      const field = sensor[0]!.field;
      const inField = sensor.filter((p) => p.field === field).length;
      await page.evaluate(() => (document.getElementById('patent-search')!.dataset.state = 'test-pending'));
      await page.locator(`input[name="field"][value="${field}"]`).check();
      await page.waitForSelector('#patent-search[data-state="done"]', { timeout: 120_000 });
      expect(await page.locator('#patent-result-count').innerText()).toMatch(new RegExp(`^${inField}件見つかりました`, 'u'));
      const fieldCount = await page
        .locator(`input[name="field"][value="${field}"]`)
        .evaluate((box) => box.closest('li')!.querySelector('[data-count]')!.textContent);
      expect(fieldCount).toContain(String(inField));

      // The detail page opened online is there; another one is not saved: the offline page says so.
      await page.goto(`${site.url}${detail}`);
      expect(await page.locator('h1').innerText()).toBe(visited.title);
      await page.goto(`${site.url}/patents/${unvisited.license_no}/`);
      expect(await page.locator('h1').innerText()).toBe('オフラインのため表示できません');
      expect(await page.locator('main').innerText()).toContain('開放特許の詳細ページは、インターネットに接続しているときに開いたもの');
      expect(page.url()).toBe(`${site.url}/patents/${unvisited.license_no}/`);
      // English pages get the English offline page.
      await page.goto(`${site.url}/en/windows/`);
      expect(await page.locator('h1').innerText()).toBe('You are offline');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');

      // "Remove" empties the saved copy.
      await openSearch(context, page);
      await control.locator('[data-offline-action="remove"]').click();
      await expect.poll(() => control.locator('[data-offline-status]').innerText()).toBe(MESSAGES.removed.ja);
      expect((await cacheNames(page)).filter((name) => name.startsWith(OFFLINE_CACHE_PREFIX))).toEqual([]);
      // Offline with nothing saved, nothing can be saved.
      expect(await controlState(page)).toBe('unavailable');
    } finally {
      await context.setOffline(false);
    }
    await openSearch(context, page);
    phase = '';
    expect(await controlState(page)).toBe('unsaved');
    await context.close();
  });

  it("saves the English page's own index, and searches it with the network off", async () => {
    serve('a');
    const context = await newContext();
    const manifest = manifestOf(dist.a, 'en');
    expect(manifest.files.filter((file) => !file.startsWith(patentBundlePath('en')))).toEqual([]);
    const page = await openSearch(context, undefined, '/en/patents/search/');
    expect(await controlState(page)).toBe('unsaved');
    await save(page, manifest, MESSAGES.save.en(formatSize(manifest.bytes, 'en')), 'en');
    // Only the English copy: the Japanese page still offers its own.
    expect((await cacheNames(page)).filter((name) => name.startsWith(OFFLINE_CACHE_PREFIX))).toEqual([
      offlineCacheName(manifest.buildId, 'en'),
    ]);
    const japanese = await openSearch(context, undefined);
    expect(await controlState(japanese)).toBe('unsaved');
    await japanese.close();

    phase = 'offline';
    await context.setOffline(true);
    try {
      await openSearch(context, page, '/en/patents/search/');
      expect(await controlState(page)).toBe('saved');
      const expected = patents.filter((p) => patentSearchText(p, fieldById.get(p.field), 'en').split(' ').includes(QUERY)).length;
      expect(expected).toBeGreaterThan(0);
      await page.evaluate(() => (document.getElementById('patent-search')!.dataset.state = 'test-pending'));
      await page.locator('input[name="q"]').fill(QUERY);
      await page.locator('input[name="q"]').press('Enter');
      await page.waitForSelector('#patent-search[data-state="done"]', { timeout: 120_000 });
      expect(await page.locator('#patent-result-count').innerText()).toMatch(new RegExp(`^${expected} results?`, 'u'));
      expect(await page.locator('ol#patent-results a[data-result-link]').count()).toBe(Math.min(expected, PAGE_SIZE));
    } finally {
      await context.setOffline(false);
    }
    phase = '';
    await context.close();
  });

  it('replaces the old caches when a new build (another build id) is deployed, and offers to update the saved copy', async () => {
    serve('a');
    const context = await newContext();
    const page = await openSearch(context);
    const [idA, idB] = [buildIdOf(dist.a), buildIdOf(dist.b)];
    await save(page, manifestOf(dist.a), MESSAGES.save.ja(formatSize(manifestOf(dist.a).bytes, 'ja')));
    await page.goto(`${site.url}/patents/${visited.license_no}/`);
    await page.goto(`${site.url}/seminars/`);
    await expect
      .poll(
        async () =>
          (await cacheNames(page)).filter((name) => name.startsWith(PATENT_PAGES_CACHE_PREFIX) || name.startsWith(PAGES_CACHE_PREFIX))
            .length,
      )
      .toBe(2);
    const oldNames = await cacheNames(page);
    expect(oldNames).toContain(offlineCacheName(idA, 'ja'));
    const oldPages = oldNames.filter((name) => name.startsWith(PATENT_PAGES_CACHE_PREFIX) || name.startsWith(PAGES_CACHE_PREFIX));

    serve('b');
    await openSearch(context, page);
    // The new worker waits (navigations check for it; update() makes the check now) until the reader chooses to
    // update; then it takes over and deletes the old build's caches.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await acceptUpdate(page);
    await expect
      .poll(async () => (await cacheNames(page)).filter((name) => name === offlineCacheName(idA, 'ja') || oldPages.includes(name)), {
        timeout: 120_000,
      })
      .toEqual([]);
    // Workbox keeps one revision of each precached file: the new one.
    const precache = (await cacheNames(page)).find((name) => name.startsWith('inpit-precache-'))!;
    const entryKeys = () =>
      page.evaluate(
        async (name) =>
          (await (await caches.open(name)).keys())
            .map((request) => request.url)
            .filter((url) => url.includes('/pagefind-patents/ja/pagefind-entry.json')),
        precache,
      );
    await expect.poll(async () => (await entryKeys()).length, { timeout: 120_000 }).toBe(1);
    const entries = await entryKeys();
    const entryB = readFileSync(join(dist.b, 'pagefind-patents/ja/pagefind-entry.json'), 'utf8');
    expect(await page.evaluate(async (url) => (await caches.match(url))!.text(), entries[0]!)).toBe(entryB);

    // The control says the saved copy is old (the page may have looked before or after the deletion) and updates it.
    await openSearch(context, page);
    expect(await controlState(page)).toBe('stale');
    const manifestB = manifestOf(dist.b);
    const sizeB = formatSize(manifestB.bytes, 'ja');
    expect(await page.locator('[data-offline-state]').innerText()).toBe(MESSAGES.stale.ja(sizeB));
    await save(page, manifestB, MESSAGES.update.ja(sizeB));
    expect((await cacheNames(page)).filter((name) => name.startsWith(OFFLINE_CACHE_PREFIX))).toEqual([offlineCacheName(idB, 'ja')]);
    await context.close();
  });

  it('says politely when a new build is deployed, and switches to it only when asked', async () => {
    serve('a');
    const context = await newContext();
    const [idA, idB] = [buildIdOf(dist.a), buildIdOf(dist.b)];
    const versionOf = (dir: string) => /version (\w+)\./u.exec(readFileSync(join(dir, 'sw.js'), 'utf8'))![1]!;
    const page = await openSearch(context);
    expect(await buildIdOfPage(page)).toBe(idA);
    expect(await prompt(page).isVisible()).toBe(false);
    const english = await openSearch(context, undefined, '/en/patents/search/');

    serve('b');
    for (const open of [page, english]) await open.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    // Every page of the site that registers the worker says so, in its language, in a polite live region.
    await prompt(page).waitFor({ state: 'visible', timeout: 120_000 });
    const region = page.locator('.update-prompt-region');
    expect(await region.getAttribute('role')).toBe('status');
    expect(await region.getAttribute('aria-live')).toBe('polite');
    expect(await prompt(page).innerText()).toContain('新しい版があります');
    await prompt(english).waitFor({ state: 'visible', timeout: 120_000 });
    expect(await prompt(english).innerText()).toContain('A new version is available');
    // Nothing changed under the reader: the old worker still controls the page.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page, scheme, '.update-prompt-region')).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
    expect(await prompt(page).evaluate((element) => getComputedStyle(element).borderTopStyle)).toBe('solid');
    await page.emulateMedia({ media: 'print', forcedColors: 'none' });
    expect(await prompt(page).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    // Dismissed (here with Escape), it goes away and the page stays as it was.
    await english.getByRole('button', { name: 'Dismiss' }).focus();
    await english.keyboard.press('Escape');
    expect(await prompt(english).isVisible()).toBe(false);
    expect(await english.locator('#patent-search').getAttribute('data-build-id')).toBe(idA);
    await english.close();

    // Reload: the new worker takes over and the page is build b's.
    await acceptUpdate(page);
    await page.waitForSelector('#patent-search[data-state="done"]', { timeout: 120_000 });
    expect(await buildIdOfPage(page)).toBe(idB);
    // The page was kept by b's worker, in the cache named after b's version.
    await expect.poll(() => cachedPaths(page, `${PAGES_CACHE_PREFIX}${versionOf(dist.b)}`)).toContain('/patents/search/');
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
    expect(await prompt(page).isVisible()).toBe(false);
    await context.close();
  });

  it('logs no errors, except for the requests that fail while the network is off', () => {
    expect(problems.filter((problem) => !/^offline /u.test(problem))).toEqual([]);
  });
});
