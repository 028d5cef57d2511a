/**
 * The real production build on fixture data: every accepted row must appear in the output (rows in =
 * entries out), and a data error must stop the build with the validator's message and no stack trace.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteData, type LoadResult } from '../../src/data/load.ts';
import { buildSite, ROOT, type BuildResult } from '../helpers/build-site.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/data');
const work = mkdtempSync(join(tmpdir(), 'inpit-build-'));
const outDir = join(work, 'dist');
let build: BuildResult;
let loaded: LoadResult;

const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
const countEntries = (html: string, kind: string) => html.split(`data-entry="${kind}"`).length - 1;

beforeAll(async () => {
  loaded = loadSiteData(FIXTURE);
  build = await buildSite(FIXTURE, outDir);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('build of the fixture data', () => {
  it('succeeds', () => {
    expect(build.stderr + build.stdout).not.toMatch(/\berror\b/iu);
    expect(build.code).toBe(0);
    expect(loaded.issues).toEqual([]);
  });

  it('accepts every record in the fixture files, Excel quirks included', () => {
    // The fixture's seminars.csv has a BOM, CRLF, quoted commas and line breaks, full-width digits,
    // ideographic spaces, a trailing row of bare commas and a blank line: 3 records, all accepted.
    expect(loaded.recordsRead).toMatchObject({ seminars: 3, patents: 2, faq: 2, statistics: 1, windows: 2, cases: 1, news: 1 });
    expect(loaded.data.seminars).toHaveLength(loaded.recordsRead.seminars);
    expect(loaded.data.patents).toHaveLength(loaded.recordsRead.patents);
  });

  it('puts every seminar on the seminars page', () => {
    const html = page('seminars');
    expect(countEntries(html, 'seminar')).toBe(loaded.data.seminars.length);
    for (const seminar of loaded.data.seminars) expect(html).toContain(`id="${seminar.id}"`);
    expect(html).toContain('2015年5月25日（月）');
    expect(html).toContain('大阪府');
  });

  it('gives every patent a detail page and a listing entry', () => {
    for (const patent of loaded.data.patents) {
      expect(page(`patents/${patent.license_no}`)).toContain(patent.title);
    }
    const detailPages = readdirSync(join(outDir, 'patents')).filter((name) => name.startsWith('L'));
    expect(detailPages).toHaveLength(loaded.data.patents.length);
    expect(countEntries(page('patents'), 'patent')).toBe(loaded.data.patents.length);
  });

  it('puts every FAQ item, window, case, news item and statistic row on its page', () => {
    const faqItems = loaded.data.faq.flatMap((category) => category.items);
    expect(countEntries(page('faq'), 'faq')).toBe(faqItems.length);
    for (const item of faqItems) expect(page('faq')).toContain(`id="${item.id}"`);
    expect(countEntries(page('windows'), 'window')).toBe(loaded.data.windows.length);
    expect(countEntries(page('cases'), 'case')).toBe(loaded.data.cases.length);
    expect(countEntries(page('news'), 'news')).toBe(loaded.data.news.length);
    const statisticRows = loaded.data.statistics.reduce((sum, statistic) => sum + statistic.rows.length, 0);
    expect(countEntries(page('statistics'), 'statistic-row')).toBe(statisticRows);
  });

  it('shows an empty statistics cell as no data and a zero as 0', () => {
    const html = page('statistics');
    expect(html).toContain('データなし');
    expect(html).toMatch(/<td class="num"[^>]*>0<\/td>/u);
  });

  it('renders FAQ Markdown as HTML and labels sample data', () => {
    expect(page('news')).toContain('<strong>太字</strong>');
    expect(page('seminars')).toContain('サンプル');
  });

  it('writes the Pagefind index', () => {
    expect(existsSync(join(outDir, 'pagefind/pagefind.js'))).toBe(true);
    expect(readdirSync(join(outDir, 'pagefind')).some((name) => name.startsWith('pagefind-entry'))).toBe(true);
  });
});

describe('build of bad data', () => {
  it('stops before rendering, with the validator message and no stack trace', async () => {
    const badData = join(work, 'bad-data');
    const badOut = join(work, 'bad-dist');
    cpSync(FIXTURE, badData, { recursive: true });
    const csv = readFileSync(join(badData, 'seminars.csv'), 'utf8');
    writeFileSync(join(badData, 'seminars.csv'), csv.replace('2015-04-17,金', '2015/4/17,金'));

    const result = await buildSite(badData, badOut);

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/seminars\.csv:2:5: date: .*"2015\/4\/17" is not a date in YYYY-MM-DD form \(did you mean 2015-04-17\?\)/u);
    expect(result.stderr + result.stdout).not.toMatch(/^\s+at .+:\d+:\d+\)?$/mu);
    expect(existsSync(join(badOut, 'index.html'))).toBe(false);
  });
});
