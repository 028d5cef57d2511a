import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { LANGS } from '#src/i18n/locales.ts';
import { OPENSEARCH_KINDS, OPENSEARCH_TYPE, openSearchLinks, openSearchPath, openSearchXml } from './opensearch.ts';

const site = new URL('https://portal.example.jp');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['Url', 'Image'].includes(name) });

describe('OpenSearch descriptions', () => {
  for (const kind of OPENSEARCH_KINDS) {
    for (const lang of LANGS) {
      it(`${kind} (${lang}) is valid XML with a ?q={searchTerms} template on its search page`, () => {
        const xml = openSearchXml(kind, lang, site);
        expect(XMLValidator.validate(xml)).toBe(true);
        const doc = parser.parse(xml).OpenSearchDescription;
        expect(doc.xmlns).toBe('http://a9.com/-/spec/opensearch/1.1/');
        expect([...doc.ShortName].length).toBeLessThanOrEqual(16);
        expect(doc.Description.length).toBeGreaterThan(10);
        expect(doc.InputEncoding).toBe('UTF-8');
        expect(doc.Language).toBe(lang);
        const html = doc.Url.find((url: { type: string }) => url.type === 'text/html');
        const page = kind === 'site' ? '/search/' : '/patents/search/';
        expect(html.template).toBe(`https://portal.example.jp${lang === 'en' ? '/en' : ''}${page}?q={searchTerms}`);
        // What a browser does with it: the query lands in ?q=.
        const filled = new URL(html.template.replace('{searchTerms}', encodeURIComponent('営業秘密 & AI')));
        expect(filled.pathname).toBe(`${lang === 'en' ? '/en' : ''}${page}`);
        expect(filled.searchParams.get('q')).toBe('営業秘密 & AI');
        const self = doc.Url.find((url: { rel?: string }) => url.rel === 'self');
        expect(self).toMatchObject({ type: OPENSEARCH_TYPE, template: `https://portal.example.jp${openSearchPath(kind, lang)}` });
      });
    }
  }

  it('are linked in the page language, each with its own title', () => {
    expect(openSearchLinks('ja').map((link) => link.href)).toEqual(['/opensearch.xml', '/patents/opensearch.xml']);
    expect(openSearchLinks('en').map((link) => link.href)).toEqual(['/en/opensearch.xml', '/en/patents/opensearch.xml']);
    expect(new Set(openSearchLinks('ja').map((link) => link.title)).size).toBe(2);
  });
});
