import { describe, expect, it } from 'vitest';
import { atomDate, buildAtomFeed, escapeXml, type AtomFeed } from './atom.ts';
import { readXml } from '../../../tests/helpers/xml.ts';

const HOSTILE = `Tom & Jerry's "<script>alert(1)</script>" ]]> <![CDATA[x]]> &amp; \u0001\uFFFF`;

const feed = (overrides: Partial<AtomFeed> = {}): AtomFeed => ({
  id: 'tag:inpit.go.jp,2026:portal/news/',
  lang: 'ja',
  title: 'お知らせ',
  self: 'https://portal.example.jp/news/feed.xml',
  alternate: 'https://portal.example.jp/news/',
  updated: '2026-11-24T00:00:00+09:00',
  author: { name: 'INPIT' },
  entries: [],
  ...overrides,
});

describe('escapeXml', () => {
  it('escapes markup characters and both quotes', () => {
    expect(escapeXml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&apos;y&apos;&gt;&amp;&lt;/a&gt;');
  });
  it('cannot end a CDATA section or leave a raw ]]>', () => {
    expect(escapeXml(']]>')).toBe(']]&gt;');
  });
  it('escapes an existing entity again, so the text survives as written', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });
  it('drops characters XML 1.0 forbids, keeping tab, newline and astral characters', () => {
    expect(escapeXml('a\u0000b\u0008c\td\ne\uFFFEf\uD800g😀')).toBe('abc\td\nefg😀');
  });
});

describe('atomDate', () => {
  it('makes an RFC 3339 date-time in Japan time', () => {
    expect(atomDate('2026-11-24')).toBe('2026-11-24T00:00:00+09:00');
  });
  it('rejects anything else', () => {
    expect(() => atomDate('2026/11/24')).toThrow();
  });
});

describe('buildAtomFeed', () => {
  it('writes a well-formed Atom document whose texts read back exactly', () => {
    const xml = buildAtomFeed(
      feed({
        title: HOSTILE,
        subtitle: HOSTILE,
        entries: [
          {
            id: 'tag:inpit.go.jp,2026:portal/news/a',
            title: { text: HOSTILE },
            link: 'https://portal.example.jp/news/?a=1&b="2"#x',
            updated: '2026-11-24T00:00:00+09:00',
            contentHtml: { text: '<p>Body with <a href="https://x.example/?a=1&amp;b=2">link</a> ]]></p>', lang: 'ja' },
          },
        ],
      }),
    );
    const root = readXml(xml);
    expect(root.name).toBe('feed');
    expect(root.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(root.attributes['xml:lang']).toBe('ja');
    const clean = HOSTILE.replace(/[\u0001\uFFFF]/gu, '');
    expect(root.child('title')?.text).toBe(clean);
    expect(root.child('subtitle')?.text).toBe(clean);
    const entry = root.children('entry')[0]!;
    expect(entry.child('title')?.text).toBe(clean);
    expect(entry.child('link')?.attributes.href).toBe('https://portal.example.jp/news/?a=1&b="2"#x');
    expect(entry.child('content')?.attributes.type).toBe('html');
    expect(entry.child('content')?.attributes['xml:lang']).toBe('ja');
    expect(entry.child('content')?.text).toBe('<p>Body with <a href="https://x.example/?a=1&amp;b=2">link</a> ]]></p>');
    expect(xml).not.toContain('<script>');
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
  });

  it('has the elements RFC 4287 requires on the feed and on every entry', () => {
    const xml = buildAtomFeed(
      feed({
        entries: [1, 2].map((n) => ({
          id: `urn:x:${n}`,
          title: { text: `t${n}` },
          link: `https://e.example/${n}`,
          updated: '2026-11-2' + n + 'T00:00:00+09:00',
        })),
      }),
    );
    const root = readXml(xml);
    for (const name of ['id', 'title', 'updated', 'author']) expect(root.children(name)).toHaveLength(1);
    expect(root.children('link').map((l) => l.attributes.rel)).toEqual(['self', 'alternate']);
    const entries = root.children('entry');
    expect(entries).toHaveLength(2);
    for (const entry of entries) for (const name of ['id', 'title', 'updated', 'link']) expect(entry.children(name)).toHaveLength(1);
    expect(entries.map((e) => e.child('id')?.text)).toEqual(['urn:x:1', 'urn:x:2']);
  });

  it('marks text in another language with xml:lang only where it differs', () => {
    const xml = buildAtomFeed(
      feed({
        lang: 'en',
        entries: [{ id: 'urn:x', title: { text: '日本語', lang: 'ja' }, link: 'https://e.example/', updated: '2026-11-24T00:00:00+09:00' }],
      }),
    );
    const entry = readXml(xml).children('entry')[0]!;
    expect(entry.child('title')?.attributes['xml:lang']).toBe('ja');
    expect(entry.child('content')).toBeUndefined();
  });
});
