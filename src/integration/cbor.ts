/**
 * The part of CBOR (RFC 8949) that Pagefind's index files use: integers, byte and text strings, arrays. Enough to
 * read an index chunk or pf_meta file and write it back byte for byte (word-positions.ts); anything else in the
 * bytes is an error, so a Pagefind that starts writing another type fails the build instead of being misread.
 */

export type CborItem = number | string | Uint8Array | CborItem[];

export class CborError extends Error {
  override name = 'CborError';
}

export function decodeCbor(bytes: Uint8Array): CborItem {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  const item = (): CborItem => {
    if (offset >= bytes.length) throw new CborError('CBOR cut short');
    const first = bytes[offset++]!;
    const major = first >> 5;
    const info = first & 31;
    let value: number;
    if (info < 24) value = info;
    else if (info === 24) value = view.getUint8(offset);
    else if (info === 25) value = view.getUint16(offset);
    else if (info === 26) value = view.getUint32(offset);
    else throw new CborError(`unexpected CBOR head ${first} at byte ${offset - 1}`);
    offset += info < 24 ? 0 : 2 ** (info - 24);
    switch (major) {
      case 0:
        return value;
      case 1:
        return -1 - value;
      case 2:
      case 3: {
        if (offset + value > bytes.length) throw new CborError('CBOR cut short');
        const data = bytes.subarray(offset, (offset += value));
        return major === 3 ? text.decode(data) : data;
      }
      case 4: {
        const items: CborItem[] = [];
        for (let i = 0; i < value; i += 1) items.push(item());
        return items;
      }
      default:
        throw new CborError(`unexpected CBOR type ${major} at byte ${offset - 1}`);
    }
  };
  const decoded = item();
  if (offset !== bytes.length) throw new CborError(`${bytes.length - offset} bytes after the CBOR item`);
  return decoded;
}

/** A growing byte buffer that writes CBOR heads as Pagefind's encoder (minicbor) does: each in its shortest form. */
export class CborWriter {
  private out: Uint8Array;
  private length = 0;

  constructor(size = 1 << 16) {
    this.out = new Uint8Array(size);
  }

  private reserve(bytes: number): void {
    if (this.length + bytes <= this.out.length) return;
    const grown = new Uint8Array(Math.max(this.out.length * 2, this.length + bytes));
    grown.set(this.out.subarray(0, this.length));
    this.out = grown;
  }

  head(major: number, value: number): void {
    if (!(value >= 0 && value <= 0xffffffff && Number.isInteger(value))) throw new CborError(`cannot encode ${value} as CBOR`);
    this.reserve(5);
    const out = this.out;
    const type = major << 5;
    if (value < 24) out[this.length++] = type | value;
    else if (value < 0x100) {
      out[this.length++] = type | 24;
      out[this.length++] = value;
    } else if (value < 0x10000) {
      out[this.length++] = type | 25;
      out[this.length++] = value >> 8;
      out[this.length++] = value & 0xff;
    } else {
      out[this.length++] = type | 26;
      out[this.length++] = value >>> 24;
      out[this.length++] = (value >> 16) & 0xff;
      out[this.length++] = (value >> 8) & 0xff;
      out[this.length++] = value & 0xff;
    }
  }

  int(value: number): void {
    if (value < 0) this.head(1, -1 - value);
    else this.head(0, value);
  }

  /** data[start, end), as it is: most spans a caller copies are a few bytes, copied faster one by one. */
  copy(data: Uint8Array, start = 0, end = data.length): void {
    this.reserve(end - start);
    if (end - start > 16) {
      this.out.set(data.subarray(start, end), this.length);
      this.length += end - start;
    } else for (let i = start; i < end; i += 1) this.out[this.length++] = data[i]!;
  }

  result(): Uint8Array {
    return this.out.subarray(0, this.length);
  }
}

/** Encodes as Pagefind's encoder (minicbor) does: every length and integer in its shortest form. */
export function encodeCbor(item: CborItem): Uint8Array {
  const utf8 = new TextEncoder();
  const writer = new CborWriter();
  const bytesOf = (major: number, data: Uint8Array) => {
    writer.head(major, data.length);
    writer.copy(data);
  };
  const write = (value: CborItem): void => {
    if (typeof value === 'number') writer.int(value);
    else if (typeof value === 'string') bytesOf(3, utf8.encode(value));
    else if (value instanceof Uint8Array) bytesOf(2, value);
    else {
      writer.head(4, value.length);
      for (const element of value) write(element);
    }
  };
  write(item);
  return writer.result().slice();
}
