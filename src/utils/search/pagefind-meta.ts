/**
 * Reads the page list out of Pagefind's metadata file (pagefind.<lang>.pf_meta), an internal format of the pinned
 * Pagefind version (package.json; pagefind_web/src/metadata.rs): after gunzip, the signature "pagefind_dcd", then CBOR
 * [version, [[page hash, word count, …], …], index chunks, filters, sorts, …]. Page i is the i-th page Pagefind
 * indexed; its hash is the result id Pagefind's search returns. The build checks this reading against the bundle it
 * wrote (src/integration/patent-tables.ts) and fails if the format changed, so the search worker can trust it.
 */
const SIGNATURE = 'pagefind_dcd';

/** The Pagefind version whose pf_meta this reads; package.json pins pagefind to it exactly. */
export const PAGEFIND_META_VERSION = '1.6.0';

export interface PagefindMeta {
  version: string;
  /** Page hashes in page order (result ids). */
  pages: string[];
}

class Reader {
  private offset = 0;
  private readonly bytes: Uint8Array;
  private readonly view: DataView;
  private readonly text = new TextDecoder();

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** The next item's major type and argument (length or value); indefinite lengths are not used by Pagefind. */
  head(): { major: number; value: number } {
    if (this.offset >= this.bytes.length) throw new Error('Pagefind metadata is cut short');
    const first = this.bytes[this.offset++]!;
    const major = first >> 5;
    const info = first & 31;
    let value: number;
    if (info < 24) value = info;
    else if (info === 24) value = this.bytes[this.offset]!;
    else if (info === 25) value = this.view.getUint16(this.offset);
    else if (info === 26) value = this.view.getUint32(this.offset);
    else if (info === 27) value = Number(this.view.getBigUint64(this.offset));
    else throw new Error(`Pagefind metadata: unexpected CBOR item ${first}`);
    this.offset += info < 24 ? 0 : 2 ** (info - 24);
    return { major, value };
  }

  array(): number {
    const { major, value } = this.head();
    if (major !== 4) throw new Error(`Pagefind metadata: expected an array, found CBOR type ${major}`);
    return value;
  }

  string(): string {
    const { major, value } = this.head();
    if (major !== 3) throw new Error(`Pagefind metadata: expected a string, found CBOR type ${major}`);
    const out = this.text.decode(this.bytes.subarray(this.offset, this.offset + value));
    this.offset += value;
    return out;
  }

  skip(): void {
    const { major, value } = this.head();
    if (major === 2 || major === 3) this.offset += value;
    else if (major === 4) for (let i = 0; i < value; i += 1) this.skip();
    else if (major === 5) for (let i = 0; i < value * 2; i += 1) this.skip();
    else if (major === 6) this.skip();
  }
}

/** The version and page hashes of a pf_meta file, already gunzipped. Throws if it is not in the expected form. */
export function readPagefindMeta(bytes: Uint8Array): PagefindMeta {
  const signature = new TextEncoder().encode(SIGNATURE);
  const signed = signature.every((byte, i) => bytes[i] === byte);
  if (!signed) throw new Error('Pagefind metadata: no pagefind_dcd signature');
  const reader = new Reader(bytes.subarray(signature.length));
  reader.array();
  const version = reader.string();
  const count = reader.array();
  const pages: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const fields = reader.array();
    pages.push(reader.string());
    for (let j = 1; j < fields; j += 1) reader.skip();
  }
  return { version, pages };
}
