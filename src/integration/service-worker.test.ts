import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script, createContext, runInContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  OFFLINE_PAGES,
  patentPagePattern,
  precachedUrls,
  runtimeConfig,
  serviceWorkerRuntime,
  ServiceWorkerError,
  writeServiceWorker,
  type RuntimeConfig,
} from './service-worker.ts';

/* ------------------------------------------------------------------------------------------------------------ */
/* What is precached                                                                                             */
/* ------------------------------------------------------------------------------------------------------------ */

const SITE_FILES: Record<string, string> = {
  'index.html': '<h1>home</h1>',
  'en/index.html': '<h1>home en</h1>',
  'patents/index.html': '<h1>patents</h1>',
  'en/patents/index.html': '<h1>patents en</h1>',
  'patents/2/index.html': '<h1>page 2</h1>',
  'patents/L20050000325/index.html': '<h1>detail</h1>',
  'patents/search/index.html': '<h1>search</h1>',
  'en/patents/search/index.html': '<h1>search en</h1>',
  'offline/index.html': '<h1>offline</h1>',
  'en/offline/index.html': '<h1>offline en</h1>',
  'seminars/index.html': '<h1>seminars</h1>',
  '404.html': '<h1>404</h1>',
  '_astro/Base.abc123.css': 'body{}',
  '_astro/search.def456.js': 'console.log(1)',
  '_astro/logo.abc.svg': '<svg/>',
  'favicon.svg': '<svg/>',
  'icon-192.png': 'png',
  'icon-512.png': 'png',
  'og-image.png': 'png',
  'manifest.webmanifest': '{}',
  'build.json': '{}',
  'sitemap-0.xml': '<urlset/>',
  'pagefind/pagefind.js': 'site',
  'pagefind/pagefind-entry.json': '{}',
  'pagefind-patents/ja/pagefind.js': 'pf',
  'pagefind-patents/ja/pagefind-worker.js': 'worker',
  'pagefind-patents/ja/wasm.unknown.pagefind': 'wasm',
  'pagefind-patents/ja/pagefind-entry.json': '{"v":1}',
  'pagefind-patents/ja/pagefind.und_4d9e687ceca.pf_meta': 'meta',
  'pagefind-patents/ja/index/und_1.pf_index': 'index',
  'pagefind-patents/ja/fragment/und_1.pf_fragment': 'fragment',
  'pagefind-patents/ja/filter/und_1.pf_filter': 'filter',
  'pagefind-patents/ja/offline-manifest.json': '{}',
  'pagefind-patents/en/pagefind.js': 'pf',
  'pagefind-patents/en/pagefind-worker.js': 'worker',
  'pagefind-patents/en/wasm.unknown.pagefind': 'wasm',
  'pagefind-patents/en/pagefind-entry.json': '{"v":2}',
  'pagefind-patents/en/pagefind.und_5e0f798dfdb.pf_meta': 'meta',
  'pagefind-patents/en/index/und_2.pf_index': 'index',
  'pagefind-patents/en/offline-manifest.json': '{}',
};

const PRECACHED = [
  '/_astro/Base.abc123.css',
  '/_astro/logo.abc.svg',
  '/_astro/search.def456.js',
  '/en/index.html',
  '/en/offline/index.html',
  '/en/patents/search/index.html',
  '/favicon.svg',
  '/icon-192.png',
  '/icon-512.png',
  '/index.html',
  '/manifest.webmanifest',
  '/offline/index.html',
  '/pagefind-patents/en/pagefind-entry.json',
  '/pagefind-patents/en/pagefind.js',
  '/pagefind-patents/en/wasm.unknown.pagefind',
  '/pagefind-patents/ja/pagefind-entry.json',
  '/pagefind-patents/ja/pagefind.js',
  '/pagefind-patents/ja/wasm.unknown.pagefind',
  '/patents/index.html',
  '/patents/search/index.html',
];

function writeSite(dir: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

// Workbox bundles its runtime with Rollup, Babel and Terser: a few seconds each.
describe('writeServiceWorker', { timeout: 60_000 }, () => {
  let work: string;
  const site = (name: string, files: Record<string, string> = SITE_FILES) => {
    const dir = join(work, name);
    writeSite(dir, files);
    return dir;
  };

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'inpit-sw-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('precaches the app shell and the Pagefind runtime only: no index, no detail or other pages, no site bundle', async () => {
    const dir = site('a');
    const result = await writeServiceWorker(dir, { buildId: 'aaaaaaaaaaaa' });
    expect(result.urls).toEqual(PRECACHED);
    expect(result.count).toBe(PRECACHED.length);
    expect(result.bytes).toBe(PRECACHED.reduce((sum, url) => sum + Buffer.byteLength(SITE_FILES[url.slice(1)]!), 0));
    expect(result.warnings).toEqual([]);
    const source = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(precachedUrls(source)).toEqual(PRECACHED);
    // One classic script, parseable, with the Workbox runtime inlined: nothing imported from elsewhere.
    expect(() => new Script(source)).not.toThrow();
    expect(source).not.toMatch(/importScripts\(|\bimport\s*\(|^\s*import\s|fetch\(\s*["'`]https?:/mu);
    // The one absolute URL is in a Workbox warning's text.
    expect([...source.matchAll(/https?:\/\/[^\s"'`]+/gu)].map((match) => match[0])).toEqual(['https://bit.ly/wb-precache']);
    expect(source).toContain('"buildId":"aaaaaaaaaaaa"');
    expect(source).toContain(`"version":"${result.version}"`);
    expect(source).toContain('precache');
  });

  it('is reproducible, and has a new version when the build id or a precached file changes', async () => {
    const first = await writeServiceWorker(site('b'), { buildId: 'aaaaaaaaaaaa' });
    const again = await writeServiceWorker(site('c'), { buildId: 'aaaaaaaaaaaa' });
    expect(readFileSync(join(work, 'c', 'sw.js'), 'utf8')).toBe(readFileSync(join(work, 'b', 'sw.js'), 'utf8'));
    expect(again.version).toBe(first.version);
    const otherBuild = await writeServiceWorker(site('d'), { buildId: 'bbbbbbbbbbbb' });
    expect(otherBuild.version).not.toBe(first.version);
    const otherShell = await writeServiceWorker(site('e', { ...SITE_FILES, 'patents/search/index.html': '<h1>search 2</h1>' }), {
      buildId: 'aaaaaaaaaaaa',
    });
    expect(otherShell.version).not.toBe(first.version);
    // A detail page is not precached: changing one changes nothing.
    const detail = await writeServiceWorker(site('f', { ...SITE_FILES, 'patents/L20050000325/index.html': '<h1>changed</h1>' }), {
      buildId: 'aaaaaaaaaaaa',
    });
    expect(detail.version).toBe(first.version);
  });

  it('works without a patent bundle (a build with no patents)', async () => {
    const files = Object.fromEntries(Object.entries(SITE_FILES).filter(([path]) => !path.startsWith('pagefind-patents/ja/')));
    const result = await writeServiceWorker(site('g', files), { buildId: 'aaaaaaaaaaaa' });
    expect(result.urls).toEqual(PRECACHED.filter((url) => !url.startsWith('/pagefind-patents/ja/')));
  });

  it('fails without the offline pages', async () => {
    const files = { ...SITE_FILES };
    delete files['en/offline/index.html'];
    await expect(writeServiceWorker(site('h', files), { buildId: 'aaaaaaaaaaaa' })).rejects.toThrow(ServiceWorkerError);
  });
});

describe('patentPagePattern', () => {
  const pattern = new RegExp(patentPagePattern(), 'u');
  it.each(['/patents/L20050000325/', '/patents/L2005000325/'])('matches the detail page %s', (path) => {
    expect(pattern.test(path)).toBe(true);
  });
  it.each([
    '/patents/',
    '/patents/2/',
    '/patents/search/',
    '/patents/fields/ict/',
    '/en/patents/L20050000325/',
    '/patents/L20050000325',
    '/patents/L2005/',
    '/patents/L200500003251/',
    '/x/patents/L20050000325/',
  ])('does not match %s', (path) => {
    expect(pattern.test(path)).toBe(false);
  });
});

/* ------------------------------------------------------------------------------------------------------------ */
/* The worker's routes, run from their source text in a stand-in service worker scope                            */
/* ------------------------------------------------------------------------------------------------------------ */

const ORIGIN = 'https://portal.example.jp';
const PRECACHE = `inpit-precache-v2-${ORIGIN}/`;

/** Cache Storage in memory, with the parts of the API the worker uses (entries in insertion order, as browsers keep them). */
class MemoryCache {
  readonly entries = new Map<string, Response>();
  private static key(request: RequestInfo | URL): string {
    return typeof request === 'string' ? request : request instanceof URL ? request.href : request.url;
  }
  private static bare(url: string): string {
    const parsed = new URL(url);
    return parsed.origin + parsed.pathname;
  }
  async match(request: RequestInfo | URL, options: CacheQueryOptions = {}): Promise<Response | undefined> {
    const url = MemoryCache.key(request);
    for (const [key, response] of this.entries) {
      if (key === url || (options.ignoreSearch && MemoryCache.bare(key) === MemoryCache.bare(url))) return response.clone();
    }
    return undefined;
  }
  async put(request: RequestInfo | URL, response: Response): Promise<void> {
    const key = MemoryCache.key(request);
    this.entries.delete(key);
    this.entries.set(key, response);
  }
  async keys(): Promise<Request[]> {
    return [...this.entries.keys()].map((key) => new Request(key));
  }
  async delete(request: RequestInfo | URL): Promise<boolean> {
    return this.entries.delete(MemoryCache.key(request));
  }
}

class MemoryCacheStorage {
  readonly caches = new Map<string, MemoryCache>();
  async open(name: string): Promise<MemoryCache> {
    if (!this.caches.has(name)) this.caches.set(name, new MemoryCache());
    return this.caches.get(name)!;
  }
  async has(name: string): Promise<boolean> {
    return this.caches.has(name);
  }
  async delete(name: string): Promise<boolean> {
    return this.caches.delete(name);
  }
  async keys(): Promise<string[]> {
    return [...this.caches.keys()];
  }
  async match(request: RequestInfo | URL, options: MultiCacheQueryOptions = {}): Promise<Response | undefined> {
    const names = options.cacheName ? [options.cacheName] : [...this.caches.keys()];
    for (const name of names) {
      const found = await this.caches.get(name)?.match(request, options);
      if (found) return found;
    }
    return undefined;
  }
  /** Test helper: stores a body. */
  async store(name: string, url: string, body: string, type = 'text/html'): Promise<void> {
    await (await this.open(name)).put(`${ORIGIN}${url}`, new Response(body, { headers: { 'content-type': type } }));
  }
  paths(name: string): string[] {
    return [...(this.caches.get(name)?.entries.keys() ?? [])].map((key) => key.slice(ORIGIN.length));
  }
}

type Network = (request: Request) => Promise<Response>;

/** A same-origin response as the network gives it: type "basic", as are its clones (Node's are "default"). */
function basic(response: Response): Response {
  const clone = response.clone.bind(response);
  Object.defineProperties(response, { type: { value: 'basic' }, clone: { value: () => basic(clone()) } });
  return response;
}

function page(body: string, status = 200, type = 'text/html; charset=utf-8'): Response {
  return basic(new Response(body, { status, headers: { 'content-type': type } }));
}

const offline: Network = () => Promise.reject(new TypeError('Failed to fetch'));

interface Dispatched {
  answered: boolean;
  stopped: boolean;
  response?: Promise<Response>;
  settled: Promise<unknown>;
}

/** Runs the worker's routes from their source text, as sw.js does. */
function startWorker(overrides: Partial<RuntimeConfig> = {}) {
  const caches = new MemoryCacheStorage();
  const listeners = new Map<string, (event: unknown) => void>();
  let network: Network = offline;
  const fetched: string[] = [];
  const config: RuntimeConfig = { ...runtimeConfig('aaaaaaaaaaaa', 'v1'), networkTimeoutMs: 50, ...overrides };
  const scope = {
    registration: { scope: `${ORIGIN}/` },
    location: { origin: ORIGIN },
    addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
  };
  const context = createContext({
    self: scope,
    caches,
    fetch: (request: Request) => {
      fetched.push(new URL(request.url).pathname);
      return network(request);
    },
    URL,
    Request,
    Response,
    setTimeout,
    config,
  });
  runInContext(`(${serviceWorkerRuntime.toString()})(config)`, context);

  const dispatch = (url: string, init: { mode?: RequestMode; cache?: RequestCache; method?: string } = {}): Dispatched => {
    const request = new Request(new URL(url, ORIGIN), { method: init.method ?? 'GET', cache: init.cache ?? 'default' });
    // Node's Request has no navigate mode: the worker reads `mode`.
    if (init.mode) Object.defineProperty(request, 'mode', { value: init.mode });
    const waits: Promise<unknown>[] = [];
    const result: Dispatched = { answered: false, stopped: false, settled: Promise.resolve() };
    listeners.get('fetch')!({
      request,
      respondWith: (response: Promise<Response>) => {
        result.answered = true;
        result.response = response;
      },
      waitUntil: (promise: Promise<unknown>) => waits.push(promise),
      stopImmediatePropagation: () => (result.stopped = true),
    });
    result.settled = Promise.allSettled([result.response, ...waits]).then(() => Promise.allSettled(waits));
    return result;
  };

  const text = async (dispatched: Dispatched) => {
    expect(dispatched.answered).toBe(true);
    const response = await dispatched.response!;
    await dispatched.settled;
    return response.text();
  };

  return {
    caches,
    config,
    fetched,
    dispatch,
    text,
    navigate: (url: string) => dispatch(url, { mode: 'navigate' }),
    online: (answer: Network) => (network = answer),
    offline: () => (network = offline),
    activate: async () => {
      const waits: Promise<unknown>[] = [];
      listeners.get('activate')!({ waitUntil: (promise: Promise<unknown>) => waits.push(promise) });
      await Promise.all(waits);
    },
  };
}

describe('the worker: page navigations', () => {
  it('is network first and keeps a visited detail page, which it shows offline', async () => {
    const worker = startWorker();
    worker.online(() => Promise.resolve(page('<h1>online detail</h1>')));
    const online = worker.navigate('/patents/L20050000325/');
    expect(online.stopped).toBe(true);
    expect(await worker.text(online)).toBe('<h1>online detail</h1>');
    expect(worker.caches.paths('inpit-patent-pages-v1')).toEqual(['/patents/L20050000325/']);
    expect(worker.caches.paths('inpit-pages-v1')).toEqual([]);

    worker.offline();
    expect(await worker.text(worker.navigate('/patents/L20050000325/?from=search'))).toBe('<h1>online detail</h1>');
  });

  it('keeps other pages in their own cache', async () => {
    const worker = startWorker();
    worker.online(() => Promise.resolve(page('<h1>seminars</h1>')));
    await worker.text(worker.navigate('/seminars/'));
    expect(worker.caches.paths('inpit-pages-v1')).toEqual(['/seminars/']);
  });

  it('keeps at most the limit, dropping the page stored longest ago (a visit again counts as new)', async () => {
    const worker = startWorker({ limits: { pages: 10, patentPages: 2 } });
    worker.online((request) => Promise.resolve(page(new URL(request.url).pathname)));
    for (const id of ['L20050000001', 'L20050000002', 'L20050000001', 'L20050000003'])
      await worker.text(worker.navigate(`/patents/${id}/`));
    expect(worker.caches.paths('inpit-patent-pages-v1')).toEqual(['/patents/L20050000001/', '/patents/L20050000003/']);
  });

  it('does not keep errors, redirects or other content', async () => {
    const worker = startWorker();
    worker.online(() => Promise.resolve(page('missing', 404)));
    expect(await worker.text(worker.navigate('/patents/L20050000009/'))).toBe('missing');
    worker.online(() => Promise.resolve(page('data', 200, 'text/calendar')));
    await worker.text(worker.navigate('/seminars/x.ics'));
    expect(await worker.caches.keys()).toEqual([]);
  });

  it('shows the precached copy offline, then the offline page in the page language', async () => {
    const worker = startWorker();
    await worker.caches.store(PRECACHE, '/patents/search/index.html?__WB_REVISION__=1', 'search');
    await worker.caches.store(PRECACHE, '/offline/index.html?__WB_REVISION__=2', 'offline ja');
    await worker.caches.store(PRECACHE, '/en/offline/index.html?__WB_REVISION__=3', 'offline en');
    expect(await worker.text(worker.navigate('/patents/search/?q=センサ'))).toBe('search');
    expect(await worker.text(worker.navigate('/patents/L20050000325/'))).toBe('offline ja');
    expect(await worker.text(worker.navigate('/en/windows/'))).toBe('offline en');
    expect(await worker.text(worker.navigate('/en'))).toBe('offline en');
  });

  it('shows a kept copy when the network hangs, and stores the late answer', async () => {
    const worker = startWorker({ networkTimeoutMs: 20 });
    await worker.caches.store('inpit-pages-v1', '/seminars/', 'kept');
    let answer: (response: Response) => void = () => undefined;
    worker.online(() => new Promise((resolve) => (answer = resolve)));
    const slow = worker.navigate('/seminars/');
    expect(await slow.response!.then((response) => response.text())).toBe('kept');
    answer(page('fresh'));
    await slow.settled;
    expect(await (await worker.caches.match(`${ORIGIN}/seminars/`))!.text()).toBe('fresh');
  });

  it('waits for a hanging network when nothing is kept', async () => {
    const worker = startWorker({ networkTimeoutMs: 10 });
    worker.online(() => new Promise((resolve) => setTimeout(() => resolve(page('late')), 40)));
    expect(await worker.text(worker.navigate('/faq/'))).toBe('late');
  });
});

describe('the worker: the patent bundle', () => {
  const OFFLINE = 'inpit-patents-offline-ja-aaaaaaaaaaaa';

  it('answers index files from the saved copy first, then the precache, then the network', async () => {
    const worker = startWorker();
    await worker.caches.store(OFFLINE, '/pagefind-patents/ja/fragment/und_1.pf_fragment', 'saved', 'application/octet-stream');
    await worker.caches.store(PRECACHE, '/pagefind-patents/ja/pagefind.js?__WB_REVISION__=9', 'precached', 'text/javascript');
    worker.online(() => Promise.resolve(page('network', 200, 'application/octet-stream')));
    const saved = worker.dispatch('/pagefind-patents/ja/fragment/und_1.pf_fragment');
    expect(saved.stopped).toBe(true);
    expect(await worker.text(saved)).toBe('saved');
    expect(await worker.text(worker.dispatch('/pagefind-patents/ja/pagefind.js'))).toBe('precached');
    expect(worker.fetched).toEqual([]);
    expect(await worker.text(worker.dispatch('/pagefind-patents/ja/fragment/und_2.pf_fragment'))).toBe('network');
  });

  it("answers each language's bundle from that language's saved copy only", async () => {
    const worker = startWorker();
    await worker.caches.store(OFFLINE, '/pagefind-patents/ja/records/all.rec', 'saved ja', 'application/octet-stream');
    await worker.caches.store(
      'inpit-patents-offline-en-aaaaaaaaaaaa',
      '/pagefind-patents/en/records/all.rec',
      'saved en',
      'application/octet-stream',
    );
    // A Japanese file in the English cache (it cannot happen, but if it did) is not served for the Japanese bundle.
    await worker.caches.store(
      'inpit-patents-offline-en-aaaaaaaaaaaa',
      '/pagefind-patents/ja/index/und_9.pf_index',
      'wrong cache',
      'application/octet-stream',
    );
    worker.online(() => Promise.resolve(page('network', 200, 'application/octet-stream')));
    expect(await worker.text(worker.dispatch('/pagefind-patents/ja/records/all.rec'))).toBe('saved ja');
    expect(await worker.text(worker.dispatch('/pagefind-patents/en/records/all.rec'))).toBe('saved en');
    expect(await worker.text(worker.dispatch('/pagefind-patents/ja/index/und_9.pf_index'))).toBe('network');
  });

  it("reads another build's saved copy never: its cache is not this build's", async () => {
    const worker = startWorker();
    await worker.caches.store(
      'inpit-patents-offline-ja-bbbbbbbbbbbb',
      '/pagefind-patents/ja/fragment/und_1.pf_fragment',
      'old',
      'application/octet-stream',
    );
    worker.online(() => Promise.resolve(page('network')));
    expect(await worker.text(worker.dispatch('/pagefind-patents/ja/fragment/und_1.pf_fragment'))).toBe('network');
  });

  it('fetches pagefind-entry.json?ts=… from the network first and, offline, from the saved copy or the precache', async () => {
    const worker = startWorker();
    await worker.caches.store(
      PRECACHE,
      '/pagefind-patents/ja/pagefind-entry.json?__WB_REVISION__=1',
      'precached entry',
      'application/json',
    );
    worker.online(() => Promise.resolve(page('network entry', 200, 'application/json')));
    expect(await worker.text(worker.dispatch('/pagefind-patents/ja/pagefind-entry.json?ts=aaaaaaaaaaaa'))).toBe('network entry');
    worker.offline();
    expect(await worker.text(worker.dispatch('/pagefind-patents/ja/pagefind-entry.json?ts=aaaaaaaaaaaa'))).toBe('precached entry');
    await worker.caches.store(OFFLINE, '/pagefind-patents/ja/pagefind-entry.json', 'saved entry', 'application/json');
    expect(await worker.text(worker.dispatch('/pagefind-patents/ja/pagefind-entry.json?ts=aaaaaaaaaaaa'))).toBe('saved entry');
  });

  it('sends downloads for "save for offline use" (no-store) to the network even when saved', async () => {
    const worker = startWorker();
    await worker.caches.store(OFFLINE, '/pagefind-patents/ja/pagefind.js', 'saved', 'text/javascript');
    worker.online(() => Promise.resolve(page('network', 200, 'text/javascript')));
    expect(await worker.text(worker.dispatch('/pagefind-patents/ja/pagefind.js', { cache: 'no-store' }))).toBe('network');
  });

  it('fetches the offline manifest from the network first and, offline, from any saved copy', async () => {
    const worker = startWorker();
    worker.online(() => Promise.resolve(page('{"buildId":"new"}', 200, 'application/json')));
    expect(await worker.text(worker.dispatch('/pagefind-patents/ja/offline-manifest.json', { cache: 'no-cache' }))).toBe(
      '{"buildId":"new"}',
    );
    worker.offline();
    const missing = worker.dispatch('/pagefind-patents/ja/offline-manifest.json');
    await expect(missing.response).rejects.toThrow();
    await worker.caches.store(
      'inpit-patents-offline-ja-bbbbbbbbbbbb',
      '/pagefind-patents/ja/offline-manifest.json',
      '{"buildId":"old"}',
      'application/json',
    );
    expect(await worker.text(worker.dispatch('/pagefind-patents/ja/offline-manifest.json'))).toBe('{"buildId":"old"}');
  });

  it('leaves other requests to Workbox and the browser', () => {
    const worker = startWorker();
    for (const dispatched of [
      worker.dispatch('/_astro/Base.abc.css'),
      worker.dispatch('/pagefind/pagefind.js'),
      worker.dispatch('https://other.example/pagefind-patents/ja/pagefind.js'),
      worker.dispatch('/pagefind-patents/ja/pagefind.js', { method: 'POST' }),
    ]) {
      expect(dispatched.answered).toBe(false);
      expect(dispatched.stopped).toBe(false);
    }
  });
});

describe('the worker: activation', () => {
  it("deletes the older builds' saved copies and kept pages, and nothing else", async () => {
    const worker = startWorker();
    const names = [
      PRECACHE,
      'inpit-patents-offline-ja-aaaaaaaaaaaa',
      'inpit-patents-offline-ja-bbbbbbbbbbbb',
      'inpit-patents-offline-en-aaaaaaaaaaaa',
      'inpit-patents-offline-en-bbbbbbbbbbbb',
      'inpit-pages-v1',
      'inpit-pages-v0',
      'inpit-patent-pages-v1',
      'inpit-patent-pages-v0',
      'someone-else',
    ];
    for (const name of names) await worker.caches.open(name);
    await worker.activate();
    expect((await worker.caches.keys()).sort()).toEqual(
      [
        PRECACHE,
        'inpit-patents-offline-ja-aaaaaaaaaaaa',
        'inpit-patents-offline-en-aaaaaaaaaaaa',
        'inpit-pages-v1',
        'inpit-patent-pages-v1',
        'someone-else',
      ].sort(),
    );
  });

  it('knows the offline pages', () => {
    expect(OFFLINE_PAGES).toEqual({ ja: '/offline/', en: '/en/offline/' });
  });
});
