/** The 新着 page and the new-patent Atom feeds in the built site, against the selection made from data/. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSiteData } from '#src/data/load.ts';
import { ROOT } from '../helpers/build-site.ts';
import { groupByWeek, newPatents, FEED_LIMIT } from '#src/utils/patents/new-patents.ts';
import { readPage, siteDir, tags } from './built-site.ts';

const { data } = loadSiteData(join(ROOT, 'data'));
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link'].includes(name) });
let dir: string;
beforeAll(async () => {
  dir = await siteDir();
});

describe('新着 page', () => {
  it('lists the last 90 days of registrations, week by week, newest first', () => {
    const expected = groupByWeek(newPatents(data.patents));
    expect(expected.length).toBeGreaterThan(0);
    for (const lang of ['ja', 'en'] as const) {
      const html = readPage(dir, lang === 'ja' ? '/patents/new/' : '/en/patents/new/');
      const weeks = [...html.matchAll(/<section[^>]*data-week="([^"]+)"[^>]*>([\s\S]*?)<\/section>/gu)].map((m) => ({
        week: m[1],
        rows: [...m[2]!.matchAll(/<tr[^>]*\bid="(L\d+)"/gu)].map((row) => row[1]),
      }));
      expect(weeks).toEqual(expected.map((group) => ({ week: group.week, rows: group.patents.map((p) => p.license_no) })));
      expect(tags(html, 'link', { rel: 'alternate', type: 'application/atom+xml' }).map((l) => l.href)).toEqual([
        lang === 'ja' ? '/patents/new/feed.xml' : '/en/patents/new/feed.xml',
      ]);
    }
  });
});

describe('new-patent feeds', () => {
  it('each field page links its own feed, which is valid Atom of that field’s newest records', () => {
    const fieldsWithPatents = data.patentFields.filter((field) => data.patents.some((p) => p.field === field.id));
    expect(fieldsWithPatents.length).toBeGreaterThan(3);
    for (const field of fieldsWithPatents) {
      for (const prefix of ['', '/en']) {
        const page = `${prefix}/patents/fields/${field.id}/`;
        const links = tags(readPage(dir, page), 'link', { rel: 'alternate', type: 'application/atom+xml' });
        expect(
          links.map((l) => l.href),
          page,
        ).toEqual([`${page}feed.xml`]);
        const xml = readFileSync(join(dir, links[0]!.href!), 'utf8');
        expect(XMLValidator.validate(xml), page).toBe(true);
        const feed = parser.parse(xml).feed;
        const entries: { id: string; link: { '@href': string }[] }[] = feed.entry ?? [];
        const inField = data.patents.filter((p) => p.field === field.id);
        expect(entries.length, page).toBe(Math.min(FEED_LIMIT, inField.length));
        expect(new Set(entries.map((e) => e.id)).size, page).toBe(entries.length);
        for (const entry of entries) {
          const detail = new URL(entry.link[0]!['@href']).pathname;
          expect(
            inField.some((p) => detail === `/patents/${p.license_no}/`),
            detail,
          ).toBe(true);
          expect(existsSync(join(dir, detail, 'index.html')), detail).toBe(true);
        }
      }
    }
  });

  it('the all-fields feed holds the newest 100 with the same ids in every build', () => {
    const feed = parser.parse(readFileSync(join(dir, 'patents/new/feed.xml'), 'utf8')).feed;
    expect(feed.entry).toHaveLength(Math.min(FEED_LIMIT, data.patents.length));
    const newest = [...data.patents].sort((a, b) => b.registered.localeCompare(a.registered))[0]!;
    expect(feed.entry.map((e: { id: string }) => e.id)).toContain(`tag:inpit.go.jp,2026:portal/patents/${newest.license_no}/`);
  });
});
