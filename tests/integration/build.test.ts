/**
 * The real production build on fixture data: every accepted row must appear in the output (rows in =
 * entries out), and a data error must stop the build with the validator's message and no stack trace.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteData, type LoadResult } from '#src/data/load.ts';
import { buildSite, ROOT, type BuildResult } from '../helpers/build-site.ts';
import { expectEveryEntryRendered, page } from '../helpers/rendered-entries.ts';
import { FIXTURE_DATA_DIR as FIXTURE, fixtureBuild, shippedSiteDir } from '../helpers/site-build.ts';
import { headersFor, IMMUTABLE, parseHeadersFile } from '#src/utils/headers-file.ts';
import { patentSearchText } from '#src/integration/patent-records.ts';
import { PATENT_LANGS, patentBundlePath } from '#src/utils/search/patent-contract.ts';
import { readIndexedWords } from '../helpers/pagefind-index.ts';

const work = mkdtempSync(join(tmpdir(), 'inpit-build-'));
let outDir: string;
let build: BuildResult;
let loaded: LoadResult;

beforeAll(async () => {
  loaded = loadSiteData(FIXTURE);
  // The run's one build of the fixture data, which reproducible.test.ts also reads: read only.
  ({ outDir, result: build } = await fixtureBuild());
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

  it('renders every accepted record (rows in = entries out)', () => {
    expectEveryEntryRendered(outDir, loaded);
  });

  it('shows normalized Excel input', () => {
    const html = page(outDir, 'seminars');
    expect(html).toContain('2015年5月25日（月）');
    expect(html).toContain('大阪府');
  });

  it('shows an empty statistics cell as no data and a zero as 0', () => {
    const html = page(outDir, 'statistics');
    expect(html).toContain('データなし');
    expect(html).toMatch(/<td class="num"[^>]*>0<\/td>/u);
  });

  it('renders Markdown as HTML and labels sample data', () => {
    expect(page(outDir, 'news')).toContain('<strong>太字</strong>');
    expect(page(outDir, 'seminars')).toContain('サンプル');
  });

  it('never publishes a staff-only note (seminars and windows), on pages or in calendar files', () => {
    const texts = (readdirSync(outDir, { recursive: true }) as string[])
      .filter((name) => /\.(?:html|ics|json|xml|csv)$/u.test(name))
      .map((name) => readFileSync(join(outDir, name), 'utf8'));
    expect(texts.length).toBeGreaterThan(10);
    expect(texts.filter((text) => text.includes('職員用メモ'))).toEqual([]);
  });

  it('writes the Pagefind index', () => {
    expect(existsSync(join(outDir, 'pagefind/pagefind.js'))).toBe(true);
    expect(readdirSync(join(outDir, 'pagefind')).some((name) => name.startsWith('pagefind-entry'))).toBe(true);
  });
});

// The shared build (the globalSetup fails the run if it does not succeed).
describe('build of the shipped data', () => {
  const shippedOut = shippedSiteDir();
  const shipped: LoadResult = loadSiteData(join(ROOT, 'data'));

  it('renders every accepted record', () => {
    expect(shipped.issues).toEqual([]);
    const { data, recordsRead } = shipped;
    for (const kind of ['seminars', 'patents', 'patentFields', 'statistics', 'windows', 'cases', 'news'] as const) {
      expect(data[kind], kind).toHaveLength(recordsRead[kind]);
    }
    expect(data.faq.flatMap((category) => category.items)).toHaveLength(recordsRead.faq);
    expectEveryEntryRendered(shippedOut, shipped);
  });

  it("indexes only the patents' own numbers and Latin words: Pagefind makes none up from a block's last word", () => {
    const fields = new Map(shipped.data.patentFields.map((field) => [field.id, field]));
    // Pagefind keeps letters and digits of a word (children's is childrens).
    const asPagefindKeeps = (word: string) => word.replace(/[^\p{Alphabetic}\p{N}]/gu, '');
    for (const lang of PATENT_LANGS) {
      const written = new Set(
        shipped.data.patents.flatMap((patent) => patentSearchText(patent, fields.get(patent.field), lang).split(' ').map(asPagefindKeeps)),
      );
      const indexed = readIndexedWords(join(shippedOut, patentBundlePath(lang)));
      // Katakana words are also indexed by their endings (センサ: ンサ), which Pagefind does on its own.
      const madeUp = [...indexed.keys()].filter((word) => /^[a-z0-9]+$/u.test(word) && !written.has(word));
      expect(madeUp, lang).toEqual([]);
      expect(indexed.size, lang).toBeGreaterThan(written.size / 2);
    }
  });

  it('marks as immutable only files whose names change with their bytes: same name in both builds, same bytes', () => {
    const rules = parseHeadersFile(readFileSync(join(shippedOut, '_headers'), 'utf8'));
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(dir.length));
    const immutable = files(shippedOut).filter((path) => headersFor(rules, path).get('cache-control') === IMMUTABLE);
    // Every kind is there: Astro's bundles, both search indexes' chunks and metadata, the site's fragments (the
    // patent bundles have no Pagefind filters: the facet table does that).
    for (const kind of [
      /^\/_astro\/.+\.js$/u,
      /^\/_astro\/.+\.css$/u,
      /^\/pagefind\/fragment\//u,
      /^\/pagefind\/.+\.pf_meta$/u,
      /^\/pagefind-patents\/ja\/index\//u,
      /^\/pagefind-patents\/en\/index\//u,
    ]) {
      expect(
        immutable.some((path) => kind.test(path)),
        String(kind),
      ).toBe(true);
    }
    expect(immutable.filter((path) => /\.(html|rec|json)$|\/pagefind(-worker)?\.js$|wasm\./u.test(path))).toEqual([]);
    // The fixture build has other data: a file of the same name there must hold the same bytes.
    const shared = immutable.filter((path) => existsSync(join(outDir, path)));
    expect(shared.length).toBeGreaterThan(0);
    const differing = shared.filter((path) => !readFileSync(join(outDir, path)).equals(readFileSync(join(shippedOut, path))));
    expect(differing).toEqual([]);
  });

  it('ships all 25 FY2015 sessions, a labelled FY2026 sample schedule and at least 200 sample patents', () => {
    const fy2015 = shipped.data.seminars.filter((s) => s.fiscalYear === 2015);
    expect(fy2015).toHaveLength(25);
    expect(fy2015.every((s) => !s.sample)).toBe(true);
    const fy2026 = shipped.data.seminars.filter((s) => s.fiscalYear === 2026);
    expect(fy2026.length).toBeGreaterThan(0);
    expect(fy2026.every((s) => s.sample)).toBe(true);
    expect(shipped.data.patents.length).toBeGreaterThanOrEqual(200);
    expect(shipped.data.patents.every((p) => p.sample)).toBe(true);
    expect(shipped.data.faq.flatMap((c) => c.items).length).toBeGreaterThanOrEqual(30);
    expect(shipped.data.cases).toHaveLength(8);
    expect(shipped.data.windows.filter((w) => w.kind === 'prefectural')).toHaveLength(47);
  });
});

describe('build of bad data', () => {
  it('stops before rendering, with the validator message and no stack trace', async () => {
    const badData = join(work, 'bad-data');
    const badOut = join(work, 'bad-dist');
    cpSync(FIXTURE, badData, { recursive: true });
    const csv = readFileSync(join(badData, 'seminars.csv'), 'utf8');
    writeFileSync(join(badData, 'seminars.csv'), csv.replace('2015-04-17,金', '2015.4.17,金'));

    const result = await buildSite(badData, badOut);

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /seminars\.csv:2:5: 2行目・E列（date）: .*"2015\.4\.17" is not a date in YYYY-MM-DD form \(did you mean 2015-04-17\?\)/u,
    );
    expect(result.stderr + result.stdout).not.toMatch(/^\s+at .+:\d+:\d+\)?$/mu);
    expect(existsSync(join(badOut, 'index.html'))).toBe(false);
  });
});
