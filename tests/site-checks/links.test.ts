/**
 * Links of the site built from the shipped data/:
 * - linkinator crawls the served site from / and /en/ (recursively, CSS url()s and in-page fragments included)
 *   and finds no broken internal link. Anything not on 127.0.0.1 is skipped: this check never goes online.
 * - Every internal link with a #fragment, on every built page (reachable from the crawl or not), points at an
 *   element with that id on the target page. Checked from the HTML files themselves.
 * - Every page in the sitemap (and each of its hreflang alternates) exists in the build.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate, Parser, type ConfigData } from 'html-validate';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { readdir, readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build-site.ts';
import { shippedSiteDir } from '../helpers/site-build.ts';
import { serveDirectory } from '../../scripts/lib/static-server.ts';

/** The page URL path of a built HTML file: about/index.html → /about/, 404.html → /404.html. */
const pagePath = (file: string) => `/${file.replace(/(^|\/)index\.html$/u, '$1')}`;

/** The built file behind a URL path, as the static server (and a static host) resolves it, if there is one. */
function fileFor(outDir: string, pathname: string): string | undefined {
  let file = join(outDir, decodeURIComponent(pathname));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

function builtPages(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map(pagePath);
}

/** A fragment that needs no element: "#" and "#top" scroll to the top of the page (HTML's "indicated part"). */
const scrollsToTop = (fragment: string) => fragment === '' || fragment.toLowerCase() === 'top';

interface PageLinks {
  ids: Set<string>;
  hrefs: string[];
}

async function parsePages(outDir: string): Promise<Map<string, PageLinks>> {
  const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
  const parser = new Parser(await new HtmlValidate(config).getConfigFor('page.html'));
  const pages = new Map<string, PageLinks>();
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
  for (const file of files) {
    const root = parser.parseHtml(readFileSync(join(outDir, file), 'utf8'));
    const ids = new Set<string>();
    for (const element of root.querySelectorAll('[id]')) ids.add(element.id ?? '');
    // <a name> is an obsolete but working fragment target; count it, so the check reports only real breakage.
    for (const element of root.querySelectorAll('a[name]')) ids.add(element.getAttributeValue('name') ?? '');
    const hrefs = root.querySelectorAll('a[href], area[href]').flatMap((element) => element.getAttributeValue('href') ?? []);
    pages.set(pagePath(file), { ids, hrefs });
  }
  return pages;
}

describe('links of the built site (shipped data)', () => {
  let outDir: string;
  let site: Awaited<ReturnType<typeof serveDirectory>>;
  let crawl: LinkResult[];
  const crawledPages = new Set<string>();
  let crawlSeconds = 0;

  beforeAll(async () => {
    outDir = shippedSiteDir();
    site = await serveDirectory(outDir);
    const origin = `${site.url}/`;
    const started = performance.now();
    // One crawl per start URL: linkinator recurses only below its start URL, and a URL first met in the /en/
    // crawl (say /patents/… linked from /en/patents/3/) would otherwise never be crawled from /.
    crawl = [];
    for (const start of [`${site.url}/`, `${site.url}/en/`]) {
      const checker = new LinkChecker();
      checker.on('pagestart', (url) => crawledPages.add(String(url).replace(site.url, '')));
      const result = await checker.check({
        path: start,
        recurse: true,
        checkCss: true,
        checkFragments: true,
        concurrency: 16,
        timeout: 20_000,
        // Offline: only the local server is checked; canonical/og URLs, mailto:, tel: and the web are skipped.
        linksToSkip: async (link) => !link.startsWith(origin),
      });
      crawl.push(...result.links);
    }
    crawlSeconds = (performance.now() - started) / 1000;
  });

  afterAll(async () => {
    await site?.close();
  });

  it('linkinator finds no broken internal link from / and /en/', () => {
    const checked = crawl.filter((link) => link.state !== LinkState.SKIPPED);
    const distinct = new Set(checked.map((link) => link.url));
    const broken = crawl.filter((link) => link.state === LinkState.BROKEN);
    const skipped = crawl.length - checked.length;
    console.log(
      `linkinator: ${checked.length} internal link checks (${distinct.size} distinct URLs), ${crawledPages.size} pages crawled, ` +
        `${skipped} skipped (external / non-HTTP), ${broken.length} broken, ${crawlSeconds.toFixed(1)} s`,
    );
    const local = (url?: string) => url?.replace(site.url, '') ?? '';
    expect([...new Set(broken.map((link) => `${link.status ?? 'error'} ${local(link.url)} (linked from ${local(link.parent)})`))]).toEqual(
      [],
    );
    // The crawl really went through the site: both home pages, listings and detail pages.
    const urls = new Set(checked.map((link) => local(link.url)));
    for (const path of ['/', '/en/', '/seminars/', '/en/faq/', '/statistics/', '/search/', '/windows/']) expect(urls).toContain(path);
    expect([...urls].filter((url) => url.startsWith('/patents/')).length).toBeGreaterThan(100);
    const unreached = builtPages(outDir).filter((path) => !crawledPages.has(path));
    console.log(`linkinator: built pages not reached from / or /en/: ${unreached.length ? unreached.join(', ') : 'none'}`);
    // Recursion really covered the site (not just the start pages); pages no link leads to are listed above.
    expect(crawledPages.size).toBeGreaterThan(builtPages(outDir).length * 0.9);
  });

  it('every internal #fragment link points at an element with that id', async () => {
    const pages = await parsePages(outDir);
    const origin = 'http://site.invalid';
    const broken: string[] = [];
    let checked = 0;
    for (const [path, { hrefs }] of pages) {
      for (const href of hrefs) {
        const url = new URL(href, `${origin}${path}`);
        if (url.origin !== origin || !url.hash) continue;
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (scrollsToTop(fragment)) continue;
        checked += 1;
        const target = pages.get(url.pathname);
        if (!target) {
          // Not an HTML page of the site: a fragment on a missing page, or on a file that has no ids.
          broken.push(`${path}: ${href} → ${fileFor(outDir, url.pathname) ? 'not an HTML page' : 'no such page'}`);
        } else if (!target.ids.has(fragment)) {
          broken.push(`${path}: ${href} → no element with id "${fragment}" on ${url.pathname}`);
        }
      }
    }
    console.log(`fragments: ${checked} internal links with a #fragment on ${pages.size} pages, ${broken.length} broken`);
    expect([...new Set(broken)]).toEqual([]);
    // The site does use in-page links (tables of contents, back-to-index links): the check is not vacuous.
    expect(checked).toBeGreaterThan(50);
  });

  it('every link to another site carries rel="noopener noreferrer"', async () => {
    const files = await readdir(outDir, { recursive: true });
    const missing: string[] = [];
    let external = 0;
    for (const file of files.filter((name) => name.endsWith('.html'))) {
      const html = await readFile(join(outDir, file), 'utf8');
      for (const [tag] of html.matchAll(/<a\s[^>]*href="https?:\/\/[^"]*"[^>]*>/giu)) {
        external += 1;
        const rel = /\srel="([^"]*)"/iu.exec(tag)?.[1]?.split(/\s+/u) ?? [];
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) missing.push(`${file}: ${tag}`);
      }
    }
    expect([...new Set(missing)].slice(0, 20)).toEqual([]);
    expect(external).toBeGreaterThan(20);
  });

  it('every page in the sitemap, and every hreflang alternate, exists in the build', () => {
    const index = readFileSync(join(outDir, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain('/sitemap-0.xml</loc>');
    const xml = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((match) => new URL(match[1]!).pathname);
    const alternates = [...xml.matchAll(/<xhtml:link[^>]*\shref="([^"]+)"/gu)].map(
      (match) => new URL(match[1]!.replaceAll('&amp;', '&')).pathname,
    );
    const missing = [...new Set([...locs, ...alternates])].filter((path) => !fileFor(outDir, path));
    const htmlPages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    console.log(
      `sitemap: ${locs.length} URLs, ${alternates.length} hreflang alternates, ${missing.length} missing; ${htmlPages.length} HTML pages built`,
    );
    expect(missing).toEqual([]);
    expect(locs.length).toBeGreaterThan(100);
    expect(locs).toContain('/');
    expect(locs).toContain('/en/');
    // Every URL in the sitemap is an HTML page of the site (not an asset or a 404).
    const notPages = locs.filter((path) => !fileFor(outDir, path)?.endsWith('.html'));
    expect(notPages).toEqual([]);
    expect(relative(outDir, fileFor(outDir, '/')!)).toBe('index.html');
  });
});
