/** Every page's JSON-LD in the built site parses, uses known types, and carries each type's required properties. */
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeEntities } from '#src/utils/faq/search.ts';
import { jsonLdProblems } from '#src/utils/jsonld/required.ts';
import { htmlPages, readPage, siteDir } from './built-site.ts';

let dir: string;
/** Page path → its JSON-LD values, parsed. */
const byPage = new Map<string, Record<string, unknown>[]>();
const parseErrors: string[] = [];

beforeAll(async () => {
  dir = await siteDir();
  for (const path of htmlPages(dir)) {
    const blocks = [...readPage(dir, path).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/gu)];
    byPage.set(
      path,
      blocks.flatMap((block) => {
        try {
          return [JSON.parse(block[1]!) as Record<string, unknown>];
        } catch (error) {
          parseErrors.push(`${path}: ${(error as Error).message}`);
          return [];
        }
      }),
    );
  }
});

const typesOn = (path: string) => byPage.get(path)?.map((node) => node['@type']) ?? [];

describe('JSON-LD on the built pages', () => {
  it('parses, names schema.org as context, uses known types and has every required property', () => {
    expect(parseErrors).toEqual([]);
    const problems = [...byPage].flatMap(([path, nodes]) =>
      nodes.flatMap((node) => [
        ...(node['@context'] === 'https://schema.org' ? [] : [`${path}: no schema.org @context`]),
        ...jsonLdProblems(node).map((p) => `${path} ${p}`),
      ]),
    );
    expect(problems).toEqual([]);
    expect([...byPage.values()].flat().length).toBeGreaterThan(200);
  });

  it('has a BreadcrumbList wherever breadcrumbs are shown, naming the same crumbs', () => {
    let pagesWithCrumbs = 0;
    for (const path of byPage.keys()) {
      const nav = /<nav class="breadcrumbs"[\s\S]*?<\/nav>/u.exec(readPage(dir, path))?.[0];
      const lists = byPage.get(path)!.filter((node) => node['@type'] === 'BreadcrumbList');
      if (!nav) {
        expect(lists, path).toEqual([]);
        continue;
      }
      pagesWithCrumbs += 1;
      expect(lists, path).toHaveLength(1);
      const shown = [...nav.matchAll(/<li>\s*<(?:a|span)[^>]*>([\s\S]*?)<\/(?:a|span)>/gu)].map((m) => decodeEntities(m[1]!.trim()));
      const named = (lists[0]!.itemListElement as { name: string }[]).map((item) => item.name);
      expect(named, path).toEqual(shown);
    }
    expect(pagesWithCrumbs).toBeGreaterThan(100);
  });

  it('puts FAQPage, Dataset, GovernmentOrganization and Event where they belong', () => {
    expect(typesOn('/faq/')).toContain('FAQPage');
    expect(typesOn('/en/faq/')).toContain('FAQPage');
    const faqPages = [...byPage.keys()].filter((path) => /^\/(?:en\/)?faq\/[^/]+\/$/u.test(path));
    expect(faqPages.length).toBeGreaterThan(10);
    for (const path of faqPages) expect(typesOn(path), path).toContain('FAQPage');
    const statPages = [...byPage.keys()].filter((path) => /^\/(?:en\/)?statistics\/[^/]+\/$/u.test(path) && !path.includes('/data/'));
    expect(statPages.length).toBe(20);
    for (const path of statPages) expect(typesOn(path), path).toContain('Dataset');
    for (const path of ['/', '/en/', '/about/', '/en/about/']) expect(typesOn(path), path).toContain('GovernmentOrganization');
    expect(typesOn('/seminars/')).not.toContain('GovernmentOrganization');
    const event = byPage.get('/seminars/fy2015-tokyo-1/')!.find((node) => node['@type'] === 'Event')!;
    expect(event).toMatchObject({
      eventAttendanceMode: expect.stringMatching(/AttendanceMode$/u),
      organizer: { '@type': 'GovernmentOrganization' },
    });
  });

  it('a fiscal-year Dataset covers its years and links downloads that exist', () => {
    const ld = byPage.get('/statistics/open-patent-database/')!.find((node) => node['@type'] === 'Dataset')!;
    expect(ld.temporalCoverage).toMatch(/^2011-04-01\/\d{4}-03-31$/u);
    for (const download of ld.distribution as { contentUrl: string }[]) {
      expect(readPage(dir, new URL(download.contentUrl).pathname).length).toBeGreaterThan(10);
    }
  });
});
