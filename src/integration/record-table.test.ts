import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteData, type SiteData } from '../data/load.ts';
import { buildPatentIndex, listFiles, SearchIndexError } from './pagefind.ts';
import { patentIndexPage, patentMeta } from './patent-records.ts';
import { RecordTableError, writeRecordTable } from './record-table.ts';
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

describe('the patent record table', () => {
  // Grouped fragment files (the default for patents) and one file per record (more files than records allowed).
  it.each([4, 10_000])(
    'holds every patent once in each language, under the id Pagefind gave it, in its shard (maxFragments %i)',
    async (maxFragments) => {
      const patents = data.patents.slice(0, 40);
      const root = tempDir();
      const result = await buildPatentIndex(root, {
        patents,
        patentFields: data.patentFields,
        maxFragments,
      });
      expect(result.recordShards).toBe(shardCount(40));
      const ids = new Map<string, string[]>();
      for (const lang of ['ja', 'en']) {
        const dir = join(root, lang);
        expect(existsSync(join(dir, 'fragment'))).toBe(false);

        const all = readTable(dir, 'all.rec');
        expect([...all.values()]).toEqual(patents.map((patent) => patentMeta(patent)));
        for (const id of all.keys()) expect(id).toMatch(/^und_[0-9a-f]+$/u);
        let inShards = 0;
        for (let shard = 0; shard < result.recordShards; shard += 1) {
          for (const [id, meta] of readTable(dir, `${shard}.rec`)) {
            expect(recordShard(id, result.recordShards)).toBe(shard);
            expect(all.get(id)).toEqual(meta);
            inShards += 1;
          }
        }
        expect(inShards).toBe(40);
        ids.set(lang, [...all.keys()]);
      }
      // Each language's index is its own: a Japanese result id means nothing to the English table.
      expect(ids.get('ja')!.filter((id) => ids.get('en')!.includes(id))).toEqual([]);
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

  it('fails the build when Pagefind wrote no record for a patent', async () => {
    const dir = tempDir();
    const { index } = await pagefind.createIndex({});
    for (const patent of data.patents.slice(0, 3))
      await index!.addHTMLFile({
        url: `/${patent.license_no}.html`,
        content: patentIndexPage(patent, undefined, 'ja'),
      });
    await index!.writeFiles({ outputPath: dir });
    // The index holds 3 patents; the fourth has no id.
    expect(() => writeRecordTable(dir, data.patents.slice(0, 4))).toThrow(
      new RecordTableError(`Pagefind wrote no record for 1 patents: ${data.patents[3]!.license_no}`),
    );
  });
});
