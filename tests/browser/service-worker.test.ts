/**
 * The service worker's routes in Chromium: the real /sw.js (src/scripts/service-worker/, bundled by
 * src/integration/service-worker.ts) over a small site, served by a server the test steers: a path can answer
 * late (a network that hangs) and the context can go offline. The full site's offline use is in offline.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeServiceWorker, type ServiceWorkerResult } from '#src/integration/service-worker.ts';
import {
  KEPT_PAGE_POLICY,
  PAGES_CACHE_PREFIX,
  PATENT_PAGES_CACHE_PREFIX,
  SKIP_WAITING_MESSAGE,
  type KeptPagePolicy,
} from '#src/utils/search/offline-contract.ts';
import { contentType } from '../../scripts/lib/static-server.ts';
import { ROOT } from '../helpers/build-site.ts';
import { chromiumAvailable, launchTestBrowser, requireChromium } from '../helpers/chromium.ts';

requireChromium('service worker routes');

/**
 * The site's rules with a smaller limit and a shorter wait: the same code paths, without a hundred visits and
 * seconds of waiting (the unit test checks that a build hands the worker KEPT_PAGE_POLICY itself).
 */
const POLICY: KeptPagePolicy = { ...KEPT_PAGE_POLICY, pageLimit: 5, networkTimeoutSeconds: 2 };
const { pageLimit: PAGE_LIMIT, networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS } = POLICY;
const BUILD_A = 'aaaaaaaaaaaa';
const BUILD_B = 'bbbbbbbbbbbb';
const html = (text: string) => `<!doctype html><html lang="ja"><title>${text}</title><body>${text}</body></html>`;

const SITE: Record<string, string> = {
  'index.html': html('home'),
  'en/index.html': html('home en'),
  'patents/index.html': html('patents'),
  'patents/search/index.html': html('search'),
  'en/patents/search/index.html': html('search en'),
  'patents/L20050000325/index.html': html('detail 325'),
  'patents/L20050000326/index.html': html('detail 326'),
  'offline/index.html': html('offline ja'),
  'en/offline/index.html': html('offline en'),
  'en/windows/index.html': html('windows en'),
  'seminars/index.html': html('seminars'),
  'seminars/s.ics': 'BEGIN:VCALENDAR',
  'faq/index.html': html('faq'),
  'register.js': "navigator.serviceWorker.register('/sw.js', { scope: '/' });",
  'pagefind-patents/ja/pagefind.js': 'precached runtime ja',
  'pagefind-patents/ja/wasm.unknown.pagefind': 'wasm',
  'pagefind-patents/ja/pagefind-entry.json': '{"entry":"ja"}',
  'pagefind-patents/ja/offline-manifest.json': '{"buildId":"network"}',
  'pagefind-patents/ja/fragment/und_1.pf_fragment': 'network fragment',
  'pagefind-patents/ja/records/all.rec': 'network records ja',
  'pagefind-patents/en/pagefind.js': 'precached runtime en',
  'pagefind-patents/en/pagefind-entry.json': '{"entry":"en"}',
  'pagefind-patents/en/records/all.rec': 'network records en',
  // Pages for the limit of kept pages.
  ...Object.fromEntries(Array.from({ length: PAGE_LIMIT + 1 }, (_, i) => [`p/${i}/index.html`, html(`p${i}`)])),
};
// Every page registers the worker, as the site's pages that need it do.
for (const [path, body] of Object.entries(SITE))
  if (path.endsWith('.html')) SITE[path] = body.replace('</body>', '<script src="/register.js"></script></body>');

describe.runIf(chromiumAvailable)('the service worker in Chromium', () => {
  let work: string;
  let site: string;
  let origin: string;
  let close: () => Promise<void>;
  let browser: Browser;
  let worker: ServiceWorkerResult;
  /** Paths the server holds until released, and their release. */
  const hang = new Set<string>();
  const held: (() => void)[] = [];
  /** Paths the server has been asked for, in order. */
  const served: string[] = [];

  const release = () => held.splice(0).forEach((answer) => answer());

  beforeAll(async () => {
    mkdirSync(join(ROOT, 'tmp'), { recursive: true });
    work = mkdtempSync(join(ROOT, 'tmp', 'sw-routes-'));
    site = join(work, 'site');
    for (const [path, body] of Object.entries(SITE)) {
      mkdirSync(dirname(join(site, path)), { recursive: true });
      writeFileSync(join(site, path), body);
    }
    worker = await writeServiceWorker(site, { buildId: BUILD_A, policy: POLICY });
    const server = createServer((request, response: ServerResponse) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      served.push(path);
      const file = join(site, path.endsWith('/') ? `${path}index.html` : path);
      const answer = () => {
        try {
          const body = readFileSync(file);
          response.writeHead(200, { 'content-type': contentType(file), 'cache-control': 'no-store' }).end(body);
        } catch {
          response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(html('not found'));
        }
      };
      if (hang.has(path)) held.push(answer);
      else answer();
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () =>
      new Promise((closed) => {
        release();
        server.closeAllConnections();
        server.close(() => closed());
      });
    browser = await launchTestBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await close?.();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** A fresh browser profile whose page is controlled by the worker. */
  async function start(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 120_000 });
    return { context, page };
  }

  /** The page's text after navigating to path. */
  const visit = async (page: Page, path: string) => {
    await page.goto(`${origin}${path}`);
    return page.evaluate(() => document.body.textContent);
  };

  /** What a fetch from the page gets ("error" when it fails). */
  const get = (page: Page, path: string, cache: RequestCache = 'default') =>
    page.evaluate(
      async ([url, mode]) => {
        try {
          return await (await fetch(url!, { cache: mode as RequestCache })).text();
        } catch {
          return 'error';
        }
      },
      [path, cache],
    );

  const store = (page: Page, cacheName: string, path: string, body: string) =>
    page.evaluate(
      async ([name, url, text]) => (await caches.open(name!)).put(url!, new Response(text, { headers: { 'content-type': 'text/plain' } })),
      [cacheName, path, body],
    );

  const cachedPaths = (page: Page, cacheName: string) =>
    page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname), cacheName);

  describe('page navigations', () => {
    it('are network first; a visited detail page is kept (one copy, the query ignored) and shown offline', async () => {
      const { context, page } = await start();
      expect(await visit(page, '/patents/L20050000325/?from=search')).toBe('detail 325');
      await expect.poll(() => cachedPaths(page, PATENT_PAGES_CACHE_PREFIX + worker.version)).toEqual(['/patents/L20050000325/']);
      expect(await visit(page, '/seminars/')).toBe('seminars');
      await expect.poll(() => cachedPaths(page, PAGES_CACHE_PREFIX + worker.version)).toContain('/seminars/');
      // Not kept: errors and what is not HTML.
      expect(await visit(page, '/patents/L20050000999/')).toBe('not found');
      await page.goto(`${origin}/seminars/s.ics`).catch(() => undefined);
      await context.setOffline(true);
      expect(await visit(page, '/patents/L20050000325/')).toBe('detail 325');
      expect(await visit(page, '/seminars/?page=2')).toBe('seminars');
      // Not kept, but precached: the precached copy; neither: the offline page in the page's language.
      expect(await visit(page, '/patents/search/?q=センサ')).toBe('search');
      expect(await visit(page, '/patents/L20050000326/')).toBe('offline ja');
      expect(await visit(page, '/patents/L20050000999/')).toBe('offline ja');
      expect(await visit(page, '/en/windows/')).toBe('offline en');
      expect(await cachedPaths(page, PATENT_PAGES_CACHE_PREFIX + worker.version)).toEqual(['/patents/L20050000325/']);
      await context.close();
    });

    it('keep at most the limit, dropping the page stored longest ago (a visit again counts as new)', async () => {
      const { context, page } = await start();
      const cacheName = PAGES_CACHE_PREFIX + worker.version;
      for (let i = 0; i < PAGE_LIMIT; i++) await visit(page, `/p/${i}/`);
      await visit(page, '/p/0/');
      await visit(page, `/p/${PAGE_LIMIT}/`);
      await expect.poll(async () => (await cachedPaths(page, cacheName)).length).toBe(PAGE_LIMIT);
      const kept = await cachedPaths(page, cacheName);
      expect(kept).toContain('/p/0/');
      expect(kept).toContain(`/p/${PAGE_LIMIT}/`);
      // The home page (visited first) and /p/1/ were stored longest ago.
      expect(kept).not.toContain('/p/1/');
      expect(kept).not.toContain('/');
      await context.close();
    });

    it('show a kept copy when the network hangs, and keep the late answer; wait when nothing is kept', async () => {
      const { context, page } = await start();
      await visit(page, '/faq/');
      await expect.poll(() => cachedPaths(page, PAGES_CACHE_PREFIX + worker.version)).toContain('/faq/');
      await store(page, PAGES_CACHE_PREFIX + worker.version, '/faq/', 'kept faq');
      hang.add('/faq/');
      hang.add('/seminars/');
      try {
        // Kept: shown after the timeout, and the late answer replaces it.
        expect(await visit(page, '/faq/')).toBe('kept faq');
        release();
        await expect.poll(() => page.evaluate(async () => (await caches.match('/faq/'))?.text())).toContain('<title>faq</title>');
        // Nothing kept: the page waits for the network, however late.
        const late = setTimeout(release, (NETWORK_TIMEOUT_SECONDS + 1) * 1000);
        expect(await visit(page, '/seminars/')).toBe('seminars');
        clearTimeout(late);
      } finally {
        hang.clear();
        release();
      }
      await context.close();
    });
  });

  describe('the patent bundles', () => {
    const SAVED_JA = `inpit-patents-offline-ja-${BUILD_A}`;
    const SAVED_EN = `inpit-patents-offline-en-${BUILD_A}`;

    it("answer from this build's saved copy of the language, then the precache, then the network", async () => {
      const { context, page } = await start();
      await store(page, SAVED_JA, '/pagefind-patents/ja/fragment/und_1.pf_fragment', 'saved fragment');
      await store(page, SAVED_JA, '/pagefind-patents/ja/records/all.rec', 'saved records ja');
      await store(page, SAVED_EN, '/pagefind-patents/en/records/all.rec', 'saved records en');
      // A Japanese file in the English copy, or in another build's copy, is never used.
      await store(page, SAVED_EN, '/pagefind-patents/ja/index/und_9.pf_index', 'wrong language');
      await store(page, `inpit-patents-offline-ja-${BUILD_B}`, '/pagefind-patents/ja/index/und_8.pf_index', 'other build');
      served.length = 0;
      expect(await get(page, '/pagefind-patents/ja/fragment/und_1.pf_fragment')).toBe('saved fragment');
      expect(await get(page, `/pagefind-patents/ja/records/all.rec?ts=${BUILD_A}`)).toBe('saved records ja');
      expect(await get(page, '/pagefind-patents/en/records/all.rec')).toBe('saved records en');
      expect(await get(page, '/pagefind-patents/ja/pagefind.js')).toBe('precached runtime ja');
      expect(served).toEqual([]);
      expect(await get(page, '/pagefind-patents/ja/index/und_9.pf_index')).toBe(html('not found'));
      expect(await get(page, '/pagefind-patents/ja/index/und_8.pf_index')).toBe(html('not found'));
      // Downloads for "save for offline use" (no-store) always come from the network.
      expect(await get(page, '/pagefind-patents/ja/records/all.rec', 'no-store')).toBe('network records ja');
      await context.close();
    });

    it("send a page of another build (?ts=<its id>) to the network, and use this build's copy only offline", async () => {
      const { context, page } = await start();
      await store(page, SAVED_JA, '/pagefind-patents/ja/records/all.rec', 'saved records ja');
      expect(await get(page, `/pagefind-patents/ja/records/all.rec?ts=${BUILD_B}`)).toBe('network records ja');
      await context.setOffline(true);
      expect(await get(page, `/pagefind-patents/ja/records/all.rec?ts=${BUILD_B}`)).toBe('saved records ja');
      await context.close();
    });

    it('fetch pagefind-entry.json and the offline manifest from the network first', async () => {
      const { context, page } = await start();
      const entry = `/pagefind-patents/ja/pagefind-entry.json?ts=${BUILD_A}`;
      const manifest = '/pagefind-patents/ja/offline-manifest.json';
      expect(await get(page, entry)).toBe('{"entry":"ja"}');
      expect(await get(page, manifest, 'no-cache')).toBe('{"buildId":"network"}');
      await context.setOffline(true);
      // Offline: the entry from the precache, then from the saved copy once there is one.
      expect(await get(page, entry)).toBe('{"entry":"ja"}');
      await store(page, SAVED_JA, '/pagefind-patents/ja/pagefind-entry.json', 'saved entry');
      expect(await get(page, entry)).toBe('saved entry');
      // The manifest: none saved, none to show; then any build's saved manifest (the page compares the ids).
      expect(await get(page, manifest)).toBe('error');
      await store(page, `inpit-patents-offline-ja-${BUILD_B}`, manifest, '{"buildId":"old"}');
      expect(await get(page, manifest)).toBe('{"buildId":"old"}');
      await context.close();
    });

    it('leave other requests to the precache and the network', async () => {
      const { context, page } = await start();
      served.length = 0;
      expect(await get(page, '/register.js')).toBe(SITE['register.js']);
      expect(served).toEqual(['/register.js']);
      await context.close();
    });
  });

  it("a new build's worker deletes the older builds' saved copies and kept pages, and nothing else", async () => {
    const { context, page } = await start();
    await visit(page, '/faq/');
    const oldPages = PAGES_CACHE_PREFIX + worker.version;
    await expect.poll(() => cachedPaths(page, oldPages)).toContain('/faq/');
    for (const name of [`inpit-patents-offline-ja-${BUILD_A}`, `inpit-patents-offline-en-${BUILD_A}`, 'someone-else'])
      await store(page, name, '/x', 'x');
    const next = await writeServiceWorker(site, { buildId: BUILD_B, policy: POLICY });
    try {
      await page.evaluate(async () => {
        const registration = (await navigator.serviceWorker.getRegistration())!;
        await registration.update();
      });
      // The reader chose the new version (the update prompt's button does this).
      await page.evaluate(async (message) => {
        const registration = (await navigator.serviceWorker.getRegistration())!;
        const waiting = registration.waiting ?? registration.installing;
        waiting?.postMessage({ type: message });
      }, SKIP_WAITING_MESSAGE);
      const names = () => page.evaluate(() => caches.keys());
      await expect
        .poll(async () => (await names()).filter((name) => name.startsWith('inpit-patents-offline-') || name === oldPages), {
          timeout: 120_000,
        })
        .toEqual([]);
      expect(await names()).toContain('someone-else');
      expect((await names()).filter((name) => name.startsWith('inpit-precache-'))).toHaveLength(1);
      expect(next.version).not.toBe(worker.version);
    } finally {
      worker = await writeServiceWorker(site, { buildId: BUILD_A, policy: POLICY });
    }
    await context.close();
  });
});
