/**
 * Reads the words of a Pagefind bundle's index chunks (index/*.pf_index), an internal format of the pinned Pagefind
 * version (pagefind/src/index/index_words.rs): after gunzip, the signature "pagefind_dcd", then CBOR
 * [[[word, [[page, [locations…], [meta locations…]], …], variants], …]], each page number the difference from the
 * one before. For tests: the build rewrites these files with word-positions.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeCbor } from '#src/integration/cbor.ts';

/** A word's entry on one page: the step from the page before, its locations and its meta locations. */
export type IndexedPage = [step: number, locations: number[], meta?: number[]];

/** Every word of every index chunk, with its page entries as Pagefind wrote them. */
export function* readIndexChunks(bundleDir: string): Generator<[word: string, pages: IndexedPage[]]> {
  const dir = join(bundleDir, 'index');
  for (const file of readdirSync(dir)) {
    const bytes = gunzipSync(readFileSync(join(dir, file)));
    if (new TextDecoder().decode(bytes.subarray(0, 12)) !== 'pagefind_dcd') throw new Error(`${file}: no pagefind_dcd signature`);
    const [packed] = decodeCbor(bytes.subarray(12)) as [[string, IndexedPage[], unknown[]?][]];
    for (const [word, pages] of packed) yield [word, pages];
  }
}

/** Each indexed word and the pages (page numbers) it is on. */
export function readIndexedWords(bundleDir: string): Map<string, number[]> {
  const words = new Map<string, number[]>();
  for (const [word, pages] of readIndexChunks(bundleDir)) {
    let page = 0;
    words.set(
      word,
      pages.map(([step]) => (page += step)),
    );
  }
  return words;
}
