/** Turns a data file's bytes into text, recognizing what Excel writes when it is not UTF-8. */

export type Decoded =
  | { ok: true; text: string }
  | { ok: false; encoding: 'shift_jis' | 'utf-16' | 'unknown'; line?: number };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const shiftJis = new TextDecoder('shift_jis', { fatal: true });

/** A UTF-16 byte order mark, little- or big-endian, which Excel's "Unicode text" writes. */
export const hasUtf16Bom = (bytes: Uint8Array) => (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);

export function decodeDataFile(bytes: Uint8Array): Decoded {
  if (hasUtf16Bom(bytes)) return { ok: false, encoding: 'utf-16' };
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

/**
 * The 1-based line of the first byte sequence that is not UTF-8, to point staff at it. Each line is checked by
 * the same strict decoder (0x0A never occurs inside a UTF-8 or CP932 character, so splitting there is safe),
 * so overlong forms and surrogates count as invalid too.
 */
function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  let line = 1;
  for (let start = 0; start <= bytes.length; line++) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    try {
      utf8.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  return line;
}

/** CP932 → UTF-8 (with BOM, so Excel still opens it as UTF-8); used by `npm run data:utf8`. */
export function convertShiftJisToUtf8(bytes: Uint8Array): string {
  return `\uFEFF${shiftJis.decode(bytes)}`;
}

export type SourceEncoding = 'utf-8' | 'shift_jis' | 'utf-16le' | 'utf-16be';

/**
 * Reads what Excel may have written, whatever the encoding, for data:format and the browser checker's
 * conversion: UTF-8 (with or without BOM), Shift_JIS (CP932) and UTF-16 with its BOM. undefined when the bytes
 * are none of these.
 */
export function decodeAnyDataFile(bytes: Uint8Array): { text: string; encoding: SourceEncoding; bom: boolean } | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be', bom: true };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8', bom };
  } catch {
    try {
      return { text: shiftJis.decode(bytes), encoding: 'shift_jis', bom: false };
    } catch {
      return undefined;
    }
  }
}
