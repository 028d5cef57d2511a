/**
 * Renumbers the word positions in a patent bundle's index chunks, after Pagefind has written them, so that each
 * word has one position on every page: then the entries of a word's page list differ only in their page step, and
 * gzip packs them far better (docs/search.md gives the sizes).
 *
 * Pagefind 1.6 stores, for each word and page, where on the page the word is. A patent's index page is a list of
 * words, each once, in an order of our making (patent-records.ts), and no query reaches Pagefind quoted (searchQuery
 * drops quotes), so Pagefind uses a position for one thing only: to tell whether two matched words stand at one
 * place, as a katakana word and the endings Pagefind indexes with it do (ガスセンサ, センサ). So each position
 * becomes the number of the longest word standing there, the commonest words numbered first; equal positions on a
 * page stay equal and different ones different, and Pagefind matches and ranks as before (word-positions.test.ts
 * compares its results and scores). A title's words have the same positions in the meta locations, which Pagefind
 * reads only for quoted phrases: they are renumbered alike.
 *
 * This reads and writes internal formats of the pinned Pagefind version (pagefind_web/src/index.rs and
 * metadata.rs; PAGEFIND_META_VERSION), and fails the build on anything else. The new chunks and pf_meta are named
 * by the SHA-1 of their contents, as Pagefind names them, and pagefind-entry.json points at the new pf_meta.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { CborWriter, decodeCbor, encodeCbor } from './cbor.ts';
import { PAGEFIND_META_VERSION } from '../utils/search/pagefind-meta.ts';

const SIGNATURE = new TextEncoder().encode('pagefind_dcd');
/** The weight Pagefind's reader assumes before a page's first weight marker (pagefind_web/src/index.rs). */
const READER_START_WEIGHT = 25;
/** zlib's level for the rewritten files, as Pagefind's own: level 9 took ten times as long for little (docs/search.md). */
const GZIP_LEVEL = 6;

export class WordPositionsError extends Error {
  override name = 'WordPositionsError';
}

/** One word's locations on one page: [weight, position] pairs, as Pagefind's reader decodes them. */
export type Location = [weight: number, position: number];

/**
 * Pagefind's location list: a negative number -w-1 sets the weight w of the positions after it and restarts the
 * position count; each other number is the step from the position before. Its meta location lists are read the
 * same way, a meta field's number in place of the weight, starting from field 0 (startWeight 0).
 */
export function decodeLocations(encoded: Iterable<number>, startWeight = READER_START_WEIGHT): Location[] {
  const locations: Location[] = [];
  let weight = startWeight;
  let position = 0;
  for (const value of encoded) {
    if (value < 0) {
      weight = -value - 1;
      position = 0;
    } else {
      position += value;
      locations.push([weight, position]);
    }
  }
  return locations;
}

/** The inverse of decodeLocations, grouped by weight and in position order within a weight, as Pagefind writes. */
export function encodeLocations(locations: readonly Location[], startWeight = READER_START_WEIGHT): number[] {
  const sorted = [...locations].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const encoded: number[] = [];
  let weight = startWeight;
  let position = 0;
  sorted.forEach(([w, p], i) => {
    if (i === 0 || w !== weight) {
      if (i > 0 || w !== startWeight) encoded.push(-w - 1);
      weight = w;
      position = 0;
    }
    encoded.push(p - position);
    position = p;
  });
  return encoded;
}

/**
 * Walks an index chunk (after the signature; format in pagefind_web/src/index.rs), calling `form` with the bytes
 * of each word or variant form, then `list` with the page and byte span of each of its location lists and meta
 * location lists (`meta`). One function with local state: a reader object with methods took eight times as long.
 */
function walkChunk(
  bytes: Uint8Array,
  file: string,
  form: (start: number, end: number) => void,
  list: (page: number, start: number, end: number, meta: boolean) => void,
): void {
  let offset = 0;
  let major = 0;
  const fail = (problem: string) =>
    new WordPositionsError(`${file}: byte ${offset}: ${problem}; not an index chunk as Pagefind ${PAGEFIND_META_VERSION} writes it`);
  const head = (): number => {
    if (offset >= bytes.length) throw fail('cut short');
    const first = bytes[offset++]!;
    major = first >> 5;
    const info = first & 31;
    if (info < 24) return info;
    offset += info === 24 ? 1 : info === 25 ? 2 : 4;
    if (offset > bytes.length) throw fail('cut short');
    if (info === 24) return bytes[offset - 1]!;
    if (info === 25) return (bytes[offset - 2]! << 8) | bytes[offset - 1]!;
    if (info === 26) return bytes[offset - 4]! * 0x1000000 + ((bytes[offset - 3]! << 16) | (bytes[offset - 2]! << 8) | bytes[offset - 1]!);
    throw fail(`unexpected CBOR head ${first}`);
  };
  const expect = (type: number, what: string): number => {
    const value = head();
    if (major !== type) throw fail(`expected ${what}`);
    return value;
  };

  const text = () => {
    const length = expect(3, 'a word');
    if (offset + length > bytes.length) throw fail('cut short');
    form(offset, (offset += length));
  };
  /** Checks an integer list and hands its span to `list`. */
  const integers = (page: number, meta: boolean) => {
    const start = offset;
    const count = expect(4, meta ? 'a meta location list' : 'a location list');
    for (let i = 0; i < count; i += 1) {
      // Read into an Int32Array (readList): a larger value would come back as another number.
      if (head() > 0x7fffffff || major > 1) throw fail('expected a location');
    }
    list(page, start, offset, meta);
  };
  const pageList = () => {
    const pages = expect(4, 'a page list');
    let page = 0;
    for (let p = 0; p < pages; p += 1) {
      const fields = expect(4, 'a page entry');
      if (fields < 2 || fields > 3) throw fail(`a page entry of ${fields} fields`);
      page += expect(0, 'a page step');
      integers(page, false);
      if (fields === 3) integers(page, true);
    }
  };
  if (expect(4, 'an index chunk') !== 1) throw fail('a chunk of other than one field');
  const words = expect(4, 'a word list');
  for (let w = 0; w < words; w += 1) {
    const fields = expect(4, 'a word entry');
    if (fields < 2 || fields > 3) throw fail(`a word entry of ${fields} fields`);
    text();
    pageList();
    if (fields === 3) {
      const variants = expect(4, 'a variant list');
      for (let v = 0; v < variants; v += 1) {
        if (expect(4, 'a variant') !== 2) throw fail('a variant of other than two fields');
        text();
        pageList();
      }
    }
  }
  if (offset !== bytes.length) throw fail('bytes after the chunk');
}

/**
 * Reads the location list whose CBOR is bytes[start, end), which walkChunk checked, into `out`; returns its length.
 * Into a typed array: an array emptied and refilled for each of millions of lists took most of the time.
 */
function readList(bytes: Uint8Array, start: number, end: number, out: Int32Array): number {
  const lengthInfo = bytes[start]! & 31;
  let offset = start + 1 + (lengthInfo < 24 ? 0 : lengthInfo === 24 ? 1 : lengthInfo === 25 ? 2 : 4);
  let count = 0;
  while (offset < end) {
    const first = bytes[offset++]!;
    const info = first & 31;
    let value = info;
    if (info === 24) value = bytes[offset++]!;
    else if (info === 25) value = (bytes[offset++]! << 8) | bytes[offset++]!;
    else if (info === 26) value = bytes[offset++]! * 0x1000000 + ((bytes[offset++]! << 16) | (bytes[offset++]! << 8) | bytes[offset++]!);
    if (count === out.length) throw new WordPositionsError(`a location list of over ${out.length} entries`);
    out[count++] = first >> 5 === 1 ? -1 - value : value;
  }
  return count;
}

/**
 * Collects, page by page, the word that stands for each position (the longest, then the first in code-unit order),
 * then numbers the positions: see the module comment. Feed it every word's positions, then call `numbers()`.
 * A page's positions are below its word count (pf_meta's), so one flat table holds them all.
 */
export class PositionNumbering {
  private readonly words: string[] = [];
  private readonly wordIds = new Map<string, number>();
  /** Where each page's positions start in `slots`; the last entry is the total. */
  private readonly starts: Int32Array;
  /** By page start + position: 1 + the id of the word standing there (0: none). */
  private readonly slots: Int32Array;

  constructor(wordCounts: readonly number[]) {
    this.starts = new Int32Array(wordCounts.length + 1);
    wordCounts.forEach((count, page) => (this.starts[page + 1] = this.starts[page]! + count));
    this.slots = new Int32Array(this.starts[wordCounts.length]!);
  }

  /** The number that add() takes for a word. */
  idOf(word: string): number {
    let id = this.wordIds.get(word);
    if (id === undefined) this.wordIds.set(word, (id = this.words.push(word) - 1));
    return id;
  }

  /** Where `position` on `page` is in the flat tables; throws if the page has no such position. */
  slotOf(page: number, position: number): number {
    if (!this.has(page, position))
      throw new WordPositionsError(`position ${position} on page ${page} is past the page's word count in pf_meta`);
    return this.starts[page]! + position;
  }

  /** A number for `position` on a page where no word of the page's locations stands: past every word's number. */
  spareNumber(position: number): number {
    return this.words.length + position;
  }

  /** Whether `page` has a place `position` (below its word count). */
  has(page: number, position: number): boolean {
    return page >= 0 && page < this.starts.length - 1 && position >= 0 && this.starts[page]! + position < this.starts[page + 1]!;
  }

  /** That the word idOf gave `id` stands at `position` on `page`. */
  add(id: number, page: number, position: number): void {
    const slot = this.slotOf(page, position);
    const current = this.slots[slot]! - 1;
    if (current < 0 || this.standsFor(id, current)) this.slots[slot] = id + 1;
  }

  private standsFor(a: number, b: number): boolean {
    const [wordA, wordB] = [this.words[a]!, this.words[b]!];
    return wordA.length > wordB.length || (wordA.length === wordB.length && wordA < wordB);
  }

  /**
   * The new position of each old one, at slotOf(page, position) (-1 where no word stands): the rank of the word
   * standing there, commonest first. Injective on every page.
   */
  numbers(): Int32Array {
    const uses = new Int32Array(this.words.length);
    for (const slot of this.slots) if (slot > 0) uses[slot - 1]! += 1;
    const order = [...this.words.keys()]
      .filter((id) => uses[id]! > 0)
      .sort((a, b) => uses[b]! - uses[a]! || (this.words[a]! < this.words[b]! ? -1 : 1));
    const rank = new Int32Array(this.words.length);
    order.forEach((id, i) => (rank[id] = i));
    const numbers = new Int32Array(this.slots.length).fill(-1);
    const taken = new Set<number>();
    for (let page = 0; page < this.starts.length - 1; page += 1) {
      taken.clear();
      for (let slot = this.starts[page]!; slot < this.starts[page + 1]!; slot += 1) {
        if (this.slots[slot] === 0) continue;
        // A word standing at two places on one page (never on our pages, but Pagefind's format allows it): the
        // second place gets a spare number, so the places stay apart.
        let number = rank[this.slots[slot]! - 1]!;
        if (taken.has(number)) number = this.spareNumber(slot - this.starts[page]!);
        taken.add(number);
        numbers[slot] = number;
      }
    }
    return numbers;
  }
}

/** Gzips signature + CBOR as Pagefind does, named by the CBOR's SHA-1 as Pagefind names files; returns the name. */
function writeSigned(dir: string, cbor: Uint8Array, name: (hash: string) => string, taken: Set<string>, minLength: number): string {
  const hash = createHash('sha1').update(cbor).digest('hex');
  let length = minLength;
  while (taken.has(name(hash.slice(0, length))) && length < hash.length) length += 1;
  const file = name(hash.slice(0, length));
  taken.add(file);
  const signed = new Uint8Array(SIGNATURE.length + cbor.length);
  signed.set(SIGNATURE);
  signed.set(cbor, SIGNATURE.length);
  writeFileSync(join(dir, file), gzipSync(signed, { level: GZIP_LEVEL }));
  return file;
}

function unsigned(path: string): Uint8Array {
  const bytes = gunzipSync(readFileSync(path));
  if (!SIGNATURE.every((byte, i) => bytes[i] === byte)) throw new WordPositionsError(`${path}: no pagefind_dcd signature`);
  // A plain Uint8Array: a Buffer's subarray() is several times slower, and the walk takes millions of them.
  return new Uint8Array(bytes.buffer, bytes.byteOffset + SIGNATURE.length, bytes.byteLength - SIGNATURE.length);
}

export interface CompactionResult {
  chunks: number;
  bytesBefore: number;
  bytesAfter: number;
}

/** Renumbers the positions in the one index of the Pagefind bundle in bundleDir (see the module comment). */
export function compactWordPositions(bundleDir: string): CompactionResult {
  const entryFile = join(bundleDir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages?: Record<string, { hash?: string }> };
  const indexes = Object.entries(entry.languages ?? {});
  const [lang, index] = indexes[0] ?? [];
  if (indexes.length !== 1 || !lang || !index?.hash) throw new WordPositionsError(`${entryFile}: expected one Pagefind index`);
  const metaFile = join(bundleDir, `pagefind.${index.hash}.pf_meta`);
  const meta = decodeCbor(unsigned(metaFile));
  const chunkList = Array.isArray(meta) ? meta[2] : undefined;
  if (!Array.isArray(meta) || meta[0] !== PAGEFIND_META_VERSION || !Array.isArray(chunkList))
    throw new WordPositionsError(`${metaFile}: not pf_meta as Pagefind ${PAGEFIND_META_VERSION} writes it`);
  const chunks = chunkList.map((chunk) => {
    if (!Array.isArray(chunk) || typeof chunk[2] !== 'string') throw new WordPositionsError(`${metaFile}: an index chunk without a name`);
    const file = join(bundleDir, 'index', `${chunk[2]}.pf_index`);
    return { chunk, file, bytes: unsigned(file) };
  });

  const pages = meta[1];
  const wordCounts = Array.isArray(pages)
    ? pages.map((page) => (Array.isArray(page) && typeof page[1] === 'number' ? page[1] : NaN))
    : [NaN];
  if (wordCounts.some(Number.isNaN)) throw new WordPositionsError(`${metaFile}: a page without a word count`);
  const utf8 = new TextDecoder();
  const numbering = new PositionNumbering(wordCounts);
  // A list holds a word's places on one page: a few, or one per use of the word on the page.
  const encoded = new Int32Array(1 << 16);
  for (const { file, bytes } of chunks) {
    let id = 0;
    walkChunk(
      bytes,
      file,
      (start, end) => (id = numbering.idOf(utf8.decode(bytes.subarray(start, end)))),
      (page, start, end, meta) => {
        if (meta) return;
        const count = readList(bytes, start, end, encoded);
        // Most lists are one weight marker and one position.
        if (count === 2 && encoded[0]! < 0) numbering.add(id, page, encoded[1]!);
        else for (const [, position] of decodeLocations(encoded.subarray(0, count))) numbering.add(id, page, position);
      },
    );
  }
  const numbers = numbering.numbers();

  const result: CompactionResult = { chunks: chunks.length, bytesBefore: 0, bytesAfter: 0 };
  // The old names stay taken, so that no new file overwrites a chunk not yet read.
  const names = new Set(chunks.map(({ chunk }) => `${chunk[2] as string}.pf_index`));
  for (const { chunk, file, bytes } of chunks) {
    const writer = new CborWriter(bytes.length + 1024);
    let copied = 0;
    const writeList = (values: readonly number[]) => {
      writer.head(4, values.length);
      for (const value of values) writer.int(value);
    };
    walkChunk(
      bytes,
      file,
      () => {},
      (page, start, end, meta) => {
        writer.copy(bytes, copied, start);
        copied = end;
        const count = readList(bytes, start, end, encoded);
        if (meta) {
          // A title's words stand at the same positions in its meta locations: renumbered alike; a position with no
          // word of the text gets a spare number.
          const renumber = (position: number) => {
            const number = numbering.has(page, position) ? numbers[numbering.slotOf(page, position)]! : -1;
            return number >= 0 ? number : numbering.spareNumber(position);
          };
          const fields = decodeLocations(encoded.subarray(0, count), 0).map(([field, position]): Location => [field, renumber(position)]);
          writeList(encodeLocations(fields, 0));
        } else if (count === 2 && encoded[0]! < 0) {
          // Most lists are one weight marker and one position.
          writeList([encoded[0]!, numbers[numbering.slotOf(page, encoded[1]!)]!]);
        } else {
          const locations = decodeLocations(encoded.subarray(0, count));
          writeList(encodeLocations(locations.map(([weight, position]) => [weight, numbers[numbering.slotOf(page, position)]!])));
        }
      },
    );
    writer.copy(bytes, copied, bytes.length);
    const name = writeSigned(join(bundleDir, 'index'), writer.result(), (hash) => `${lang}_${hash}.pf_index`, names, 7);
    result.bytesBefore += statSync(file).size;
    result.bytesAfter += statSync(join(bundleDir, 'index', name)).size;
    rmSync(file);
    chunk[2] = name.slice(0, -'.pf_index'.length);
  }

  const oldMeta = `pagefind.${index.hash}.pf_meta`;
  const metaName = writeSigned(
    bundleDir,
    encodeCbor(meta),
    (hash) => `pagefind.${lang}_${hash}.pf_meta`,
    new Set([oldMeta]),
    lang.length + 8,
  );
  rmSync(metaFile);
  index.hash = metaName.slice('pagefind.'.length, -'.pf_meta'.length);
  writeFileSync(entryFile, JSON.stringify(entry));
  return result;
}
