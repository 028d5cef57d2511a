/** Turns a data file's bytes into text, recognizing what Excel writes when it is not UTF-8. */

export type Decoded =
  | { ok: true; text: string }
  | { ok: false; encoding: 'shift_jis' | 'utf-16' | 'unknown'; line?: number };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const shiftJis = new TextDecoder('shift_jis', { fatal: true });

export function decodeDataFile(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, encoding: 'utf-16' };
  }
  try {
    // TextDecoder drops a leading UTF-8 BOM (Excel's "CSV UTF-8" writes one).
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const line = lineOfFirstInvalidByte(bytes);
    try {
      shiftJis.decode(bytes);
      return { ok: false, encoding: 'shift_jis', line };
    } catch {
      return { ok: false, encoding: 'unknown', line };
    }
  }
}

/** The 1-based line of the first byte sequence that is not UTF-8, to point staff at it. */
function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return line;
    for (let k = 1; k < length; k++) {
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return line;
    }
    if (byte === 0x0a) line++;
    i += length;
  }
  return line;
}

/** CP932 → UTF-8 (with BOM, so Excel still opens it as UTF-8); used by `npm run data:utf8`. */
export function convertShiftJisToUtf8(bytes: Uint8Array): string {
  return `\uFEFF${shiftJis.decode(bytes)}`;
}
