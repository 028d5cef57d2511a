import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteData, type SiteData } from '../data/load.ts';
import { buildPatentIndex, listFiles, SearchIndexError } from './pagefind.ts';
import { patentIndexPage, patentMeta } from './patent-records.ts';
import { readBundlePages, PatentTablesError, writePatentTables } from './patent-tables.ts';
import { compareNewestFirst } from '../utils/patents/listings.ts';
import { decodeFacetTable, decodeSortTable } from '../utils/search/facet-table.ts';
import { patentFilterValues } from '../utils/search/patent-contract.ts';
import { PAGEFIND_META_VERSION, readPagefindMeta } from '../utils/search/pagefind-meta.ts';
import { fromTable, recordShard, shardCount } from '../utils/search/record-table.ts';
import * as pagefind from 'pagefind';

let data: SiteData;
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'record-table-'));
  dirs.push(dir);
  return dir;
};
const readTable = (dir: string, file: string) =>
  fromTable(JSON.parse(gunzipSync(readFileSync(join(dir, 'records', file))).toString('utf8')));

beforeAll(() => {
  const loaded = loadSiteData('data');
  if (!loaded.data) throw new Error('shipped data does not load');
  data = loaded.data;
});
afterAll(async () => {
  await pagefind.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const gunzipFile = (dir: string, file: string) => new Uint8Array(gunzipSync(readFileSync(join(dir, file))));

describe('the patent record table', () => {
  // Grouped fragment files (the default for patents) and one file per record (more files than records allowed).
  it.each([4, 10_000])(
    "holds every patent once in each language, in Pagefind's page order, newest first, with its facets (maxFragments %i)",
    async (maxFragments) => {
      const patents = data.patents.slice(0, 40);
      const root = tempDir();
      const result = await buildPatentIndex(root, { patents, patentFields: data.patentFields, maxFragments });
      expect(result.recordShards).toBe(shardCount(40));
      const newest = [...patents].sort(compareNewestFirst);
      for (const lang of ['ja', 'en'] as const) {
        const dir = join(root, lang);
        expect(existsSync(join(dir, 'fragment'))).toBe(false);
        const all = readTable(dir, 'all.rec');
        // Row i is Pagefind's page i, and the pages were written so that this is newest first.
        expect([...all.keys()]).toEqual(newest.map((_, row) => row));
        expect([...all.values()]).toEqual(newest.map((patent) => patentMeta(patent)));
        expect(readBundlePages(dir)).toHaveLength(40);
        for (let shard = 0; shard < result.recordShards; shard += 1) {
          for (const [row, meta] of readTable(dir, `${shard}.rec`)) {
            expect(recordShard(row)).toBe(shard);
            expect(all.get(row)).toEqual(meta);
          }
        }
        const facets = decodeFacetTable(gunzipFile(dir, 'facets.bin'));
        expect(facets.newestFirst).toBe(true);
        expect(facets.rows).toBe(40);
        newest.forEach((patent, row) => {
          const values = patentFilterValues(patent);
          expect(facets.values.field[facets.columns.field[row]!]).toBe(patent.field);
          expect(facets.values.year[facets.columns.year[row]!]).toBe(values.year[0]);
          expect(facets.values.ipc.filter((_, bit) => facets.columns.ipc[row]! & (1 << bit))).toEqual(values.ipc);
        });
        const sorts = decodeSortTable(gunzipFile(dir, 'sorts.bin'));
        const byLicense = newest.map((_, row) => row).sort((a, b) => sorts.license_no[a]! - sorts.license_no[b]!);
        expect(byLicense.map((row) => newest[row]!.license_no)).toEqual(newest.map((p) => p.license_no).sort());
      }
    },
  );

  it('is the same, file for file, when the same data is indexed again', async () => {
    const input = { patents: data.patents, patentFields: data.patentFields };
    const [one, two] = [tempDir(), tempDir()];
    await buildPatentIndex(one, input);
    await buildPatentIndex(two, input);
    const files = listFiles(one);
    expect(files.some((file) => file.startsWith('en/index/'))).toBe(true);
    expect(listFiles(two)).toEqual(files);
    for (const file of files) expect(readFileSync(join(two, file)).equals(readFileSync(join(one, file))), file).toBe(true);
  });

  it("fails with the worker's error, named as in the main thread, when a language cannot be indexed", async () => {
    // Two patents under one license number are one page for Pagefind (the validator stops this before a build).
    const twin = data.patents[0]!;
    const result = buildPatentIndex(tempDir(), { patents: [twin, { ...twin, title: 'もう一つ' }], patentFields: data.patentFields });
    await expect(result).rejects.toThrow(SearchIndexError);
    await expect(result).rejects.toThrow(/Pagefind indexed 1 patent pages of 2/u);
  });

  it("fails the build when a patent is not among Pagefind's pages", async () => {
    const dir = tempDir();
    const { index } = await pagefind.createIndex({});
    for (const patent of data.patents.slice(0, 3))
      await index!.addHTMLFile({
        url: `/${patent.license_no}.html`,
        content: patentIndexPage(patent, undefined, 'ja'),
      });
    await index!.writeFiles({ outputPath: dir });
    expect(() => writePatentTables(dir, 'ja', data.patents.slice(0, 4))).toThrow(PatentTablesError);
    expect(() => writePatentTables(dir, 'ja', data.patents.slice(0, 4))).toThrow(/Pagefind indexed 3 pages for 4 patents/u);
  });

  it("reads pf_meta as the pinned Pagefind writes it, and fails the build on another version's", async () => {
    const dir = tempDir();
    const { index } = await pagefind.createIndex({});
    for (const patent of data.patents.slice(0, 3))
      await index!.addHTMLFile({ url: `/${patent.license_no}.html`, content: patentIndexPage(patent, undefined, 'ja') });
    await index!.writeFiles({ outputPath: dir });
    const pages = readBundlePages(dir);
    expect(pages).toHaveLength(3);
    for (const page of pages) expect(page).toMatch(/^und_[0-9a-f]+$/u);
    expect(
      readPagefindMeta(
        new Uint8Array(
          gunzipSync(
            readFileSync(
              join(
                dir,
                readdirSync(dir).find((f) => f.endsWith('.pf_meta'))!,
              ),
            ),
          ),
        ),
      ).version,
    ).toBe(PAGEFIND_META_VERSION);
    const installed = JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')) as { version: string };
    const pinned = (JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }).dependencies.pagefind;
    expect([installed.version, pinned]).toEqual([PAGEFIND_META_VERSION, PAGEFIND_META_VERSION]);

    // The same file as another version would have written it: the build stops.
    const metaFile = join(
      dir,
      readdirSync(dir).find((f) => f.endsWith('.pf_meta'))!,
    );
    const other = Buffer.from(gunzipSync(readFileSync(metaFile)).toString('latin1').replace(PAGEFIND_META_VERSION, '9.9.9'), 'latin1');
    writeFileSync(metaFile, gzipSync(other));
    expect(() => readBundlePages(dir)).toThrow(/Pagefind 9\.9\.9 wrote this bundle/u);
  });
});
