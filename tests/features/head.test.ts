/** Head items every page carries, /.well-known/security.txt, OpenSearch and the host files, in the built site. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { hostingFiles } from '#src/utils/hosting/files.ts';
import { htmlPages, readPage, siteDir, tags } from './built-site.ts';

let dir: string;
let pages: string[];
beforeAll(async () => {
  dir = await siteDir();
  pages = htmlPages(dir);
});

describe('every page', () => {
  it('declares both colour schemes and links both OpenSearch descriptions of its language', () => {
    expect(pages.length).toBeGreaterThan(100);
    for (const path of pages) {
      const html = readPage(dir, path);
      expect(
        tags(html, 'meta', { name: 'color-scheme' }).map((t) => t.content),
        path,
      ).toEqual(['light dark']);
      const search = tags(html, 'link', { rel: 'search' });
      expect(
        search.map((t) => t.type),
        path,
      ).toEqual(Array(2).fill('application/opensearchdescription+xml'));
      const en = path.startsWith('/en/');
      expect(
        search.map((t) => t.href),
        path,
      ).toEqual(en ? ['/en/opensearch.xml', '/en/patents/opensearch.xml'] : ['/opensearch.xml', '/patents/opensearch.xml']);
      for (const link of search) expect(existsSync(join(dir, link.href!)), link.href).toBe(true);
    }
  });

  it('with a language alternate also has x-default, pointing at the Japanese page', () => {
    let withAlternates = 0;
    for (const path of pages) {
      const alternates = tags(readPage(dir, path), 'link', { rel: 'alternate' }).filter((t) => t.hreflang);
      if (alternates.length === 0) continue;
      withAlternates += 1;
      const byLang = Object.fromEntries(alternates.map((t) => [t.hreflang, t.href]));
      expect(Object.keys(byLang).sort(), path).toEqual(['en', 'ja', 'x-default']);
      expect(byLang['x-default'], path).toBe(byLang.ja);
    }
    expect(withAlternates).toBeGreaterThan(pages.length / 2);
  });
});

describe('OpenSearch', () => {
  it('the four descriptions are valid XML whose template is the search page with ?q=', () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
    for (const [file, page] of [
      ['opensearch.xml', '/search/'],
      ['en/opensearch.xml', '/en/search/'],
      ['patents/opensearch.xml', '/patents/search/'],
      ['en/patents/opensearch.xml', '/en/patents/search/'],
    ] as const) {
      const xml = readFileSync(join(dir, file), 'utf8');
      expect(XMLValidator.validate(xml), file).toBe(true);
      const urls = [parser.parse(xml).OpenSearchDescription.Url].flat();
      const template = new URL(urls.find((url: { type: string }) => url.type === 'text/html').template.replace('{searchTerms}', 'x'));
      expect(template.pathname, file).toBe(page);
      expect(template.searchParams.get('q'), file).toBe('x');
      expect(existsSync(join(dir, page, 'index.html')), page).toBe(true);
    }
  });
});

describe('hosting', () => {
  it('serves an RFC 9116 security.txt with Contact and a future Expires', () => {
    const text = readFileSync(join(dir, '.well-known/security.txt'), 'utf8');
    expect(text).toMatch(/^Contact: (?:mailto|https):\S+$/mu);
    const expires = /^Expires: (\S+)$/mu.exec(text)?.[1];
    expect(Date.parse(expires!)).toBeGreaterThan(Date.parse('2026-11-24'));
  });

  it('dist/_headers is the committed docs/hosting/_headers', () => {
    expect(readFileSync(join(dir, '_headers'), 'utf8')).toBe(hostingFiles()._headers);
  });
});
