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
