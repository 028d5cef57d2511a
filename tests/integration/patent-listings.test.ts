/**
 * The open-patent listings and detail pages of a real build: the shipped data/ with its patents.csv replaced by
 * 2,000 generated records (so fields and years run over several pages of 100) and one extra field that no record
 * uses. Checks, from the built HTML:
 * - every accepted patent appears exactly once across the pages of each listing (all, each field, each year, in
 *   both languages), newest registration first, 100 a page;
 * - the counts on the field and year index pages match the data; the empty field is listed with 0, no link, no page;
 * - every link on the listing, index and detail pages resolves to a built file (and its #fragment to an element);
 * - detail pages link to J-PlatPat exactly when the record has a patent / application number.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSiteData, type LoadResult } from '#src/data/load.ts';
import { LANGS, type Lang } from '#src/i18n/locales.ts';
import { jplatpatApplicationUrl, jplatpatPatentUrl } from '#src/utils/patents/jplatpat.ts';
import {
  fieldPath,
  groupPatents,
  PATENT_PAGE_SIZE,
  pageCount,
  patentsPath,
  yearPath,
  type ListedPatent,
} from '#src/utils/patents/listings.ts';
import type { BuildResult } from '../helpers/build-site.ts';
import { EMPTY_FIELD, PATENT_COUNT, writePatentListingsData } from '../helpers/patent-listings-data.ts';
import { sharedBuild } from '../helpers/site-build.ts';

let outDir: string;
let build: BuildResult;
let loaded: LoadResult;

beforeAll(async () => {
  const shared = await sharedBuild('patent-listings', writePatentListingsData);
  ({ outDir, result: build } = shared);
  loaded = loadSiteData(shared.dataDir);
});

// --- reading the build ---------------------------------------------------------------------------------------

/** The built file behind a site path, as a static host resolves it (a directory serves its index.html). */
function fileFor(pathname: string): string | undefined {
  let file = join(outDir, decodeURIComponent(pathname));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

const cache = new Map<string, string>();
function html(pathname: string): string {
  let text = cache.get(pathname);
  if (text === undefined) {
    const file = fileFor(pathname);
    if (!file) throw new Error(`not built: ${pathname}`);
    text = readFileSync(file, 'utf8');
    cache.set(pathname, text);
  }
  return text;
}

const rowIds = (page: string) => [...page.matchAll(/<tr data-entry="patent" id="([^"]+)"/gu)].map((m) => m[1]!);
const ids = (page: string) => new Set([...page.matchAll(/\sid="([^"]+)"/gu)].map((m) => m[1]!));
const hrefs = (page: string) => [...page.matchAll(/<(?:a|link)\s[^>]*?href="([^"]*)"/gu)].map((m) => m[1]!.replaceAll('&amp;', '&'));
const relLink = (page: string, rel: 'prev' | 'next') => new RegExp(`<link rel="${rel}" href="([^"]+)"`, 'u').exec(page)?.[1];

/** Every page of a paginated listing, followed by its rel="next" links from the first page. */
function listingPages(first: string): string[] {
  const pages = [first];
  for (let next = relLink(html(first), 'next'); next; next = relLink(html(next), 'next')) {
    expect(relLink(html(next), 'prev'), next).toBe(pages.at(-1));
    pages.push(next);
  }
  return pages;
}

/** The license numbers a listing shows, page by page, checked against the expected order and page size. */
function expectListing(first: string, expected: readonly ListedPatent[], path: (page: number) => string): void {
  const pages = listingPages(first);
  expect(pages, first).toEqual(Array.from({ length: pageCount(expected.length) }, (_, i) => path(i + 1)));
  const shown = pages.map((page) => rowIds(html(page)));
  for (const [i, rows] of shown.entries()) {
    expect(rows.length, pages[i]).toBe(i < pages.length - 1 ? PATENT_PAGE_SIZE : expected.length - PATENT_PAGE_SIZE * (pages.length - 1));
  }
  // Exactly once, in order: newest registration first (checked on the dates too, not only against the helper).
  expect(shown.flat(), first).toEqual(expected.map((p) => p.license_no));
  const dates = expected.map((p) => p.registered);
  expect(dates, first).toEqual([...dates].sort().reverse());
  if (pages.length > 1) {
    const last = html(pages.at(-1)!);
    expect(last).not.toMatch(/rel="next"/u);
    expect(html(first)).not.toMatch(/rel="prev"/u);
  }
}

const built = (prefix: string) =>
  readdirSync(join(outDir, prefix), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${prefix}/${file.replace(/index\.html$/u, '')}`.replace(/\/+/gu, '/'));

// --- the tests -----------------------------------------------------------------------------------------------

describe('open-patent listings of a 2,000-record build', () => {
  const listings = () => groupPatents(loaded.data.patents, loaded.data.patentFields);

  it('builds, with every generated record accepted', () => {
    expect(build.code, build.stderr).toBe(0);
    expect(loaded.issues).toEqual([]);
    expect(loaded.data.patents).toHaveLength(PATENT_COUNT);
    // The data set exercises what the pages must handle: long listings, an empty field, records without numbers.
    const { byField, byYear } = listings();
    expect(byField.some((g) => g.patents.length > 2 * PATENT_PAGE_SIZE)).toBe(true);
    expect(byYear.some((g) => g.patents.length > PATENT_PAGE_SIZE)).toBe(true);
    expect(byField.find((g) => g.field.id === EMPTY_FIELD.id)!.patents).toEqual([]);
    expect(loaded.data.patents.some((p) => !p.patent_no)).toBe(true);
    expect(loaded.data.patents.some((p) => !p.application_no)).toBe(true);
  });

  it.each(LANGS)('lists every patent exactly once across the pages of each listing (%s)', (lang: Lang) => {
    const { newestFirst, byField, byYear } = listings();
    expectListing(patentsPath(lang), newestFirst, (page) => patentsPath(lang, page));
    for (const { field, patents } of byField.filter((g) => g.patents.length > 0)) {
      expectListing(fieldPath(field.id, lang), patents, (page) => fieldPath(field.id, lang, page));
    }
    for (const { year, patents } of byYear) expectListing(yearPath(year, lang), patents, (page) => yearPath(year, lang, page));
    // Nothing else was built under the listings: no page for the empty field, no stray year.
    const fieldPages = built(`${lang === 'en' ? 'en/' : ''}patents/fields`);
    const expectedFieldPages = byField.flatMap(({ field, patents }) =>
      Array.from({ length: patents.length ? pageCount(patents.length) : 0 }, (_, i) => fieldPath(field.id, lang, i + 1)),
    );
    expect(fieldPages.sort()).toEqual([`${lang === 'en' ? '/en' : ''}/patents/fields/`, ...expectedFieldPages].sort());
    const yearPages = built(`${lang === 'en' ? 'en/' : ''}patents/years`);
    const expectedYearPages = byYear.flatMap(({ year, patents }) =>
      Array.from({ length: pageCount(patents.length) }, (_, i) => yearPath(year, lang, i + 1)),
    );
    expect(yearPages.sort()).toEqual([`${lang === 'en' ? '/en' : ''}/patents/years/`, ...expectedYearPages].sort());
  });

  it.each(LANGS)('shows counts on the field and year index pages that match the data (%s)', (lang: Lang) => {
    const { byField, byYear } = listings();
    const prefix = lang === 'en' ? '/en' : '';
    const fields = html(`${prefix}/patents/fields/`);
    const fieldRows = [...fields.matchAll(/<tr data-field="([^"]+)" data-count="(\d+)"[^>]*>(.*?)<\/tr>/gsu)];
    // In file order, every field, empty ones included.
    expect(fieldRows.map((m) => [m[1], Number(m[2])])).toEqual(byField.map((g) => [g.field.id, g.patents.length]));
    for (const [, id, count, row] of fieldRows) {
      const name = byField.find((g) => g.field.id === id)!.field[lang];
      expect(row, id).toContain(name);
      expect(row, id).toContain(
        lang === 'ja' ? `${Number(count).toLocaleString('ja-JP')}件` : `${Number(count).toLocaleString('en')} record`,
      );
      // A field with records links to its listing; an empty one has no link at all.
      if (Number(count) > 0) expect(row).toContain(`href="${fieldPath(id!, lang)}"`);
      else expect(row).not.toContain('<a ');
    }
    expect(fields).toContain(
      lang === 'ja' ? `全${PATENT_COUNT.toLocaleString('ja-JP')}件` : `${PATENT_COUNT.toLocaleString('en')} in total`,
    );

    const years = html(`${prefix}/patents/years/`);
    const yearRows = [...years.matchAll(/<tr data-year="(\d{4})" data-count="(\d+)"[^>]*>(.*?)<\/tr>/gsu)];
    expect(yearRows.map((m) => [m[1], Number(m[2])])).toEqual(byYear.map((g) => [g.year, g.patents.length]));
    expect(yearRows.map((m) => m[1])).toEqual(
      yearRows
        .map((m) => m[1])
        .sort()
        .reverse(),
    );
    for (const [, year, , row] of yearRows) expect(row).toContain(`href="${yearPath(year!, lang)}"`);
    expect(yearRows.reduce((sum, m) => sum + Number(m[2]), 0)).toBe(PATENT_COUNT);
  });

  it('resolves every link on the listing, index and detail pages to a built file and element', () => {
    const pages = [
      ...LANGS.flatMap((lang) => {
        const prefix = lang === 'en' ? 'en/' : '';
        const paged = readdirSync(join(outDir, `${prefix}patents`))
          .filter((name) => /^\d+$/u.test(name))
          .map((n) => `/${prefix}patents/${n}/`);
        return [`/${prefix}patents/`, ...paged, ...built(`${prefix}patents/fields`), ...built(`${prefix}patents/years`)];
      }),
      ...loaded.data.patents.map((p) => `/patents/${p.license_no}/`),
    ];
    const broken: string[] = [];
    let checked = 0;
    const origin = 'http://site.invalid';
    for (const page of pages) {
      for (const href of hrefs(html(page))) {
        const url = new URL(href, `${origin}${page}`);
        if (url.origin !== origin) continue;
        checked += 1;
        if (!fileFor(url.pathname)) broken.push(`${page}: ${href} → no such file`);
        else if (url.hash && url.pathname.endsWith('/') && !ids(html(url.pathname)).has(decodeURIComponent(url.hash.slice(1)))) {
          broken.push(`${page}: ${href} → no element with that id`);
        }
      }
    }
    expect(broken.slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(pages.length * 10);
  });

  it('links each detail page to the listings it is on, at its own row', () => {
    const listed = listings();
    for (const patent of loaded.data.patents) {
      const page = html(`/patents/${patent.license_no}/`);
      const place = listed.placeOf(patent.license_no)!;
      const row = `#${patent.license_no}`;
      expect(page).toContain(`href="${fieldPath(patent.field, 'ja', place.field)}${row}"`);
      expect(page).toContain(`href="${yearPath(patent.registered.slice(0, 4), 'ja', place.year)}${row}"`);
      expect(page).toContain(`href="${patentsPath('ja', place.all)}${row}"`);
    }
  });

  it('links to J-PlatPat exactly for the records with a patent or application number', () => {
    let patents = 0;
    let applications = 0;
    for (const patent of loaded.data.patents) {
      const page = html(`/patents/${patent.license_no}/`);
      const links = [...page.matchAll(/<a href="([^"]+)"([^>]*)data-jplatpat="(patent|application)"[^>]*>([^<]*)<\/a>/gu)];
      const of = (kind: string) => links.filter((m) => m[3] === kind);
      const expectedPatent = jplatpatPatentUrl(patent.patent_no);
      const expectedApplication = jplatpatApplicationUrl(patent.application_no);
      expect(Boolean(expectedPatent), patent.license_no).toBe(Boolean(patent.patent_no));
      expect(Boolean(expectedApplication), patent.license_no).toBe(Boolean(patent.application_no));
      expect(
        of('patent').map((m) => m[1]),
        patent.license_no,
      ).toEqual(expectedPatent ? [expectedPatent] : []);
      expect(
        of('application').map((m) => m[1]),
        patent.license_no,
      ).toEqual(expectedApplication ? [expectedApplication] : []);
      for (const [, , attributes, , text] of links) {
        expect(attributes).toContain('rel="noopener noreferrer"');
        expect(text).toMatch(/^J-PlatPatで.+の公報を見る（外部サイト）$/u);
      }
      patents += of('patent').length;
      applications += of('application').length;
    }
    expect(patents).toBeGreaterThan(0);
    expect(applications).toBeGreaterThan(0);
  });

  it('shows every field of the record on its detail page', () => {
    const patent = loaded.data.patents.find((p) => p.title_en && p.ipc && p.keywords && p.applied_products && p.updated && p.contact)!;
    const page = html(`/patents/${patent.license_no}/`);
    const dl = /<dl class="fields"[^>]*>(.*?)<\/dl>/su.exec(page)![1]!;
    const terms = [...dl.matchAll(/<dt[^>]*>([^<]*)<\/dt>/gu)].map((m) => m[1]);
    expect(terms).toEqual([
      'ライセンス番号',
      '発明の名称',
      '英語の名称',
      '概要',
      '分野',
      '権利者',
      '権利者の種別',
      '出願番号',
      '特許番号',
      '国際特許分類（IPC）',
      'ライセンス形態',
      '応用製品',
      'キーワード',
      '登録日',
      '更新日',
      '問合せ先',
      'サンプルデータ',
    ]);
    expect(dl).toMatch(new RegExp(`<dd lang="en"[^>]*>${patent.title_en!.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}</dd>`, 'u'));
    for (const value of [patent.license_no, patent.holder, patent.ipc![0]!, patent.keywords![0]!]) expect(dl).toContain(value);
    expect(dl).toContain('<time datetime="');
  });
});
