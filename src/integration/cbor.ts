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

/** Encodes as Pagefind's encoder (minicbor) does: every length and integer in its shortest form. */
export function encodeCbor(item: CborItem): Uint8Array {
  const utf8 = new TextEncoder();
  let out = new Uint8Array(1 << 16);
  let length = 0;
  const reserve = (bytes: number) => {
    if (length + bytes <= out.length) return;
    const grown = new Uint8Array(Math.max(out.length * 2, length + bytes));
    grown.set(out.subarray(0, length));
    out = grown;
  };
  const head = (major: number, value: number) => {
    if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) throw new CborError(`cannot encode ${value} as CBOR`);
    reserve(5);
    const type = major << 5;
    if (value < 24) out[length++] = type | value;
    else if (value < 0x100) {
      out[length++] = type | 24;
      out[length++] = value;
    } else if (value < 0x10000) {
      out[length++] = type | 25;
      out[length++] = value >> 8;
      out[length++] = value & 0xff;
    } else {
      out[length++] = type | 26;
      out[length++] = value >>> 24;
      out[length++] = (value >> 16) & 0xff;
      out[length++] = (value >> 8) & 0xff;
      out[length++] = value & 0xff;
    }
  };
  const bytesOf = (major: number, data: Uint8Array) => {
    head(major, data.length);
    reserve(data.length);
    out.set(data, length);
    length += data.length;
  };
  const write = (value: CborItem): void => {
    if (typeof value === 'number') head(value < 0 ? 1 : 0, value < 0 ? -1 - value : value);
    else if (typeof value === 'string') bytesOf(3, utf8.encode(value));
    else if (value instanceof Uint8Array) bytesOf(2, value);
    else {
      head(4, value.length);
      for (const element of value) write(element);
    }
  };
  write(item);
  return out.slice(0, length);
}
