import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory } from '../../scripts/lib/static-server.ts';
import { readIndexChunks } from '../../tests/helpers/pagefind-index.ts';
import {
  compactWordPositions,
  decodeLocations,
  encodeLocations,
  PositionNumbering,
  WordPositionsError,
  type Location,
} from './word-positions.ts';

describe('location lists', () => {
  it('reads weight markers, absolute first positions and steps as Pagefind 1.6 does', () => {
    expect(decodeLocations([-25, 30])).toEqual([[24, 30]]);
    expect(decodeLocations([-13, 8, 32, -169, 2])).toEqual([
      [12, 8],
      [12, 40],
      [168, 2],
    ]);
    expect(decodeLocations([5, 1])).toEqual([
      [25, 5],
      [25, 6],
    ]); // before any marker, Pagefind's reader weighs 25
  });

  it('writes back the same locations, grouped by weight, each group in position order', () => {
    const locationsArb = fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 300_000 })), {
      selector: ([, position]) => position,
      maxLength: 8,
    });
    fc.assert(
      fc.property(locationsArb, (locations: Location[]) => {
        const sorted = [...locations].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        expect(decodeLocations(encodeLocations(locations))).toEqual(sorted);
        expect(encodeLocations(locations).filter((value) => value < 0).length).toBe(
          new Set(locations.filter(([weight]) => weight !== sorted[0]![0]).map(([weight]) => weight)).size +
            (sorted.length > 0 && sorted[0]![0] !== 25 ? 1 : 0),
        );
      }),
    );
  });
});

describe('PositionNumbering', () => {
  // Pages of up to 12 positions, each held by one to three words of a small vocabulary.
  const pagesArb = fc.array(
    fc.array(
      fc.option(fc.uniqueArray(fc.constantFrom('センサ', 'ガスセンサ', 'ンサ', '電池', '池', 'a', 'b'), { minLength: 1, maxLength: 3 })),
      {
        maxLength: 12,
      },
    ),
    { minLength: 1, maxLength: 8 },
  );

  const numbered = (pages: (string[] | null)[][]) => {
    const numbering = new PositionNumbering(pages.map((page) => page.length));
    pages.forEach((page, p) =>
      page.forEach((words, position) => words?.forEach((word) => numbering.add(numbering.idOf(word), p, position))),
    );
    return { numbering, numbers: numbering.numbers() };
  };

  it('keeps the positions on a page apart, and numbers only where a word stands', () => {
    fc.assert(
      fc.property(pagesArb, (pages) => {
        const { numbering, numbers } = numbered(pages);
        pages.forEach((page, p) => {
          const onPage = page.flatMap((words, position) => (words ? [numbers[numbering.slotOf(p, position)]!] : []));
          expect(new Set(onPage).size).toBe(onPage.length);
          expect(onPage.every((number) => number >= 0)).toBe(true);
          page.forEach((words, position) => {
            if (!words) expect(numbers[numbering.slotOf(p, position)]).toBe(-1);
          });
        });
      }),
    );
  });

  it('gives the longest word standing at a position the same number on every page, the commonest the smallest', () => {
    const { numbering, numbers } = numbered([
      [['センサ', 'ガスセンサ', 'ンサ'], ['電池']],
      [['電池'], null, ['ガスセンサ', 'ンサ']],
      [['池'], ['電池', '池'], ['センサ']],
    ]);
    const at = (page: number, position: number) => numbers[numbering.slotOf(page, position)];
    expect([at(0, 0), at(1, 2)]).toEqual([1, 1]); // ガスセンサ, on two pages
    expect([at(0, 1), at(1, 0), at(2, 1)]).toEqual([0, 0, 0]); // 電池, on three
    expect(at(1, 1)).toBe(-1);
    expect(new Set([at(2, 0), at(2, 2)])).toEqual(new Set([2, 3])); // 池 and センサ, once each
  });

  it('refuses a position past the page’s word count', () => {
    const numbering = new PositionNumbering([2, 1]);
    expect(() => numbering.add(numbering.idOf('x'), 1, 1)).toThrow(WordPositionsError);
    expect(() => numbering.add(numbering.idOf('x'), 2, 0)).toThrow(/past the page's word count/u);
  });
});

// A small real bundle: pages shaped as patent-records.ts writes them (title h1, words, lighter variants).
const VOCABULARY = [
  'ガスセンサ',
  'センサ',
  'イメージセンサ',
  'リチウムイオン電池',
  '電池',
  '半導体',
  '製造',
  '方法',
  'ロボット',
  'アーム',
  'sensor',
  'method',
  'コンクリート',
  '部材',
];
function pageHtml(i: number): string {
  const pick = (n: number) => Array.from({ length: n }, (_, k) => VOCABULARY[(i * 7 + k * 5 + (i % 3)) % VOCABULARY.length]!);
  const title = [...new Set(pick(2))];
  const rest = [...new Set(pick(6))].filter((word) => !title.includes(word));
  return `<!doctype html><html lang="und"><head><meta charset="utf-8"></head><body><h1>${title.join(' ')}</h1><p>l${2020_000 + i} ${rest.join(' ')}</p><div data-pagefind-weight="0.5">${i % 4 === 0 ? 'センサー' : 'ロボツト'}</div></body></html>`;
}
const QUERIES = [
  ...VOCABULARY,
  'センサ 製造',
  'ガス',
  'セン',
  'ンサ',
  'リチウム 電池',
  'sensor method',
  'ロボ',
  'l2020010',
  'センサー',
  '部材 方法 半導体',
];

describe('compactWordPositions on a bundle Pagefind wrote', () => {
  let root: string;
  let before: string;
  let after: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'word-positions-'));
    before = join(root, 'before');
    after = join(root, 'after');
    const { index, errors } = await pagefind.createIndex({ keepIndexUrl: true });
    expect(errors).toEqual([]);
    for (let i = 0; i < 60; i += 1) expect((await index!.addHTMLFile({ url: `/p${i}.html`, content: pageHtml(i) })).errors).toEqual([]);
    expect((await index!.writeFiles({ outputPath: before })).errors).toEqual([]);
    await pagefind.close();
    cpSync(before, after, { recursive: true });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  async function results(bundle: string): Promise<string[]> {
    const { url, server } = await serveDirectory(root);
    try {
      const api = (await import(/* @vite-ignore */ join(bundle, 'pagefind.js'))) as {
        options(options: object): Promise<void>;
        search(query: string): Promise<{ results: { id: string; score: number }[] }>;
      };
      await api.options({ basePath: `${url}/${bundle.slice(root.length + 1)}/` });
      const out: string[] = [];
      for (const query of QUERIES)
        out.push(`${query}: ${(await api.search(query)).results.map(({ id, score }) => `${id} ${score}`).join(', ')}`);
      return out;
    } finally {
      server.close();
    }
  }

  type Entries = Map<string, [number, number][]>; // word|page|kind → [weight or field, position] pairs

  /** Every location and meta location list of the bundle's index chunks, by word, page and kind. */
  function entriesOf(bundle: string): Entries {
    const entries: Entries = new Map();
    for (const [word, pages] of readIndexChunks(bundle)) {
      let page = 0;
      for (const [step, locations, meta = []] of pages) {
        page += step;
        entries.set(`${word}|${page}|content`, decodeLocations(locations));
        if (meta.length > 0) entries.set(`${word}|${page}|meta`, decodeLocations(meta, 0));
      }
    }
    return entries;
  }

  /**
   * Per page, what stands at each of its positions (word, kind and weight), as sorted signatures. Two bundles give
   * the same exactly when one is the other with each page's positions renumbered one to one.
   */
  function placesByPage(entries: Entries): Map<string, string[]> {
    const places = new Map<string, Map<string, string[]>>();
    for (const [key, pairs] of entries) {
      const [word, page, kind] = key.split('|') as [string, string, string];
      const onPage = places.get(page) ?? new Map<string, string[]>();
      places.set(page, onPage);
      for (const [weight, position] of pairs) {
        const at = `${kind === 'meta' ? 'm' : 'c'}${position}`;
        onPage.set(at, [...(onPage.get(at) ?? []), `${word}|${kind}|${weight}`]);
      }
    }
    return new Map([...places].map(([page, onPage]) => [page, [...onPage.values()].map((standing) => standing.sort().join(',')).sort()]));
  }

  const positionsOf = (entries: Entries, word: string) =>
    new Set(
      [...entries]
        .filter(([key]) => key.startsWith(`${word}|`) && key.endsWith('|content'))
        .flatMap(([, pairs]) => pairs.map(([, position]) => position)),
    );

  it('leaves every result and score as it was, and each word at one position on every page', async () => {
    const was = entriesOf(before);
    expect(positionsOf(was, 'ロボット').size).toBeGreaterThan(1);
    expect(compactWordPositions(after).chunks).toBeGreaterThan(0);
    const [found, foundNow] = [await results(before), await results(after)];
    expect(foundNow).toEqual(found);
    expect(foundNow.filter((line) => !line.endsWith(': ')).length).toBeGreaterThan(QUERIES.length / 2); // they found things
    const now = entriesOf(after);
    expect(placesByPage(now)).toEqual(placesByPage(was)); // each page's positions renumbered one to one
    // ロボット stands alone; センサ also stands inside ガスセンサ and イメージセンサ, at their positions.
    expect(positionsOf(now, 'ロボット').size).toBe(1);
    expect(positionsOf(now, 'センサ').size).toBe(3);
  });

  it('renames what it rewrote, leaves no old file, and points pagefind-entry.json at the new pf_meta', () => {
    const names = (dir: string) => readdirSync(join(dir, 'index')).sort();
    const entry = (dir: string) =>
      JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    expect(names(after)).toHaveLength(names(before).length);
    expect(names(after).filter((name) => names(before).includes(name))).toEqual([]);
    const metas = readdirSync(after).filter((name) => name.endsWith('.pf_meta'));
    expect(metas).toEqual([`pagefind.${entry(after).languages.und!.hash}.pf_meta`]);
    expect(entry(after).languages.und!.hash).not.toBe(entry(before).languages.und!.hash);
  });

  it('fails, naming the file, on a chunk not in the format it knows', () => {
    const broken = join(root, 'broken');
    cpSync(before, broken, { recursive: true });
    const chunk = readdirSync(join(broken, 'index'))[0]!;
    writeFileSync(
      join(broken, 'index', chunk),
      gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([0x81, 0x81, 0x82, 0x61, 0x61, 0xa0])])),
    );
    expect(() => compactWordPositions(broken)).toThrow(new RegExp(`${chunk}: byte \\d+: expected a page list`, 'u'));
    // A chunk cut short, in the middle of a word's pages.
    const whole = gunzipSync(readFileSync(join(before, 'index', chunk)));
    writeFileSync(join(broken, 'index', chunk), gzipSync(whole.subarray(0, Math.floor(whole.length / 2))));
    expect(() => compactWordPositions(broken)).toThrow(new RegExp(`${chunk}: byte \\d+: cut short`, 'u'));
  });
});
