import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Patent, PatentField } from '#src/data/load.ts';
import { FEED_LIMIT } from '../patents/new-patents.ts';
import { patentEntryId, patentFeedXml } from './patent-feed.ts';

const site = new URL('https://portal.example.jp');
const fields: PatentField[] = [
  { id: 'machinery', ja: '機械・加工', en: 'Machinery' },
  { id: 'chemistry', ja: '化学', en: 'Chemistry' },
];
const patent = (index: number, field: string, registered: string): Patent => ({
  license_no: `L2020${String(index).padStart(6, '0')}`,
  title: `発明<${index}> & 装置`,
  summary: '概要です。',
  field,
  holder: '株式会社テスト',
  holder_type: 'company',
  license_terms: 'license',
  registered,
  sample: index === 0,
});
const patents = Array.from({ length: 130 }, (_, i) => patent(i, i % 2 ? 'chemistry' : 'machinery', `2020-0${(i % 9) + 1}-15`));
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['entry', 'link', 'category'].includes(name),
});

describe('patentFeedXml', () => {
  it('is valid Atom with at most 100 entries, newest first, with stable ids and escaped text', () => {
    const xml = patentFeedXml(patents, fields, 'ja', { site, fallbackDate: '2026-11-24' });
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parser.parse(xml).feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('tag:inpit.go.jp,2026:portal/patents/new/feed.xml');
    expect(feed.link.map((link: Record<string, string>) => [link['@rel'], link['@href']])).toEqual([
      ['self', 'https://portal.example.jp/patents/new/feed.xml'],
      ['alternate', 'https://portal.example.jp/patents/new/'],
    ]);
    expect(feed.entry).toHaveLength(FEED_LIMIT);
    expect(feed.updated).toBe('2020-09-15T00:00:00+09:00');
    const ids = feed.entry.map((entry: { id: string }) => entry.id);
    expect(new Set(ids).size).toBe(FEED_LIMIT);
    expect(ids).toContain(patentEntryId('L2020000008', 'ja'));
    const published = feed.entry.map((entry: { published: string }) => entry.published);
    expect(published).toEqual([...published].sort().reverse());
    const first = feed.entry.find((entry: { id: string }) => entry.id === patentEntryId('L2020000008', 'ja'));
    expect(first.title['#text']).toBe('発明<8> & 装置');
    expect(first.link[0]['@href']).toBe('https://portal.example.jp/patents/L2020000008/');
    expect(first.category[0]).toMatchObject({ '@term': 'machinery', '@label': '機械・加工' });
  });

  it('of one field holds only that field, and an empty one is still valid', () => {
    const xml = patentFeedXml(patents, fields, 'en', { site, fallbackDate: '2026-11-24', field: fields[1] });
    const feed = parser.parse(xml).feed;
    expect(feed.id).toBe('tag:inpit.go.jp,2026:portal/en/patents/fields/chemistry/feed.xml');
    expect(feed.entry).toHaveLength(65);
    expect(feed.entry.every((entry: { category: { '@term': string }[] }) => entry.category[0]!['@term'] === 'chemistry')).toBe(true);
    const empty = patentFeedXml([], fields, 'en', { site, fallbackDate: '2026-11-24', field: fields[0] });
    expect(XMLValidator.validate(empty)).toBe(true);
    expect(parser.parse(empty).feed).toMatchObject({ updated: '2026-11-24T00:00:00+09:00' });
  });
});
