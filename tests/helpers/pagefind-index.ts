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

/** Each indexed word and the pages (page numbers) it is on. */
export function readIndexedWords(bundleDir: string): Map<string, number[]> {
  const words = new Map<string, number[]>();
  const dir = join(bundleDir, 'index');
  for (const file of readdirSync(dir)) {
    const bytes = gunzipSync(readFileSync(join(dir, file)));
    if (new TextDecoder().decode(bytes.subarray(0, 12)) !== 'pagefind_dcd') throw new Error(`${file}: no pagefind_dcd signature`);
    const [packed] = decodeCbor(bytes.subarray(12)) as [[string, [number, number[], number[]][], unknown[]][]];
    for (const [word, pages] of packed) {
      let page = 0;
      words.set(
        word,
        pages.map(([step]) => (page += step)),
      );
    }
  }
  return words;
}
