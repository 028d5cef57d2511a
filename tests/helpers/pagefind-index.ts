/**
 * Reads the words of a Pagefind bundle's index chunks (index/*.pf_index), an internal format of the pinned Pagefind
 * version (pagefind/src/index/index_words.rs): after gunzip, the signature "pagefind_dcd", then CBOR
 * [[[word, [[page, [locations…], [meta locations…]], …], variants], …]], each page number the difference from the
 * one before. For tests only: the site never reads it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

type Item = number | string | Uint8Array | Item[];

function decodeCbor(bytes: Uint8Array): Item {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  const item = (): Item => {
    const first = bytes[offset++]!;
    const major = first >> 5;
    const info = first & 31;
    let value: number;
    if (info < 24) value = info;
    else if (info === 24) value = view.getUint8(offset);
    else if (info === 25) value = view.getUint16(offset);
    else if (info === 26) value = view.getUint32(offset);
    else throw new Error(`Pagefind index: unexpected CBOR item ${first}`);
    offset += info < 24 ? 0 : 2 ** (info - 24);
    if (major === 0) return value;
    if (major === 1) return -1 - value;
    if (major === 2 || major === 3) {
      const data = bytes.subarray(offset, (offset += value));
      return major === 3 ? new TextDecoder().decode(data) : data;
    }
    if (major === 4) return Array.from({ length: value }, item);
    throw new Error(`Pagefind index: unexpected CBOR type ${major}`);
  };
  return item();
}

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
