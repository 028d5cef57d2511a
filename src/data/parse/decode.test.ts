import { describe, expect, it } from 'vitest';
import { convertShiftJisToUtf8, decodeDataFile } from './decode.ts';

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));
const bytes = (...parts: (number | number[])[]) => new Uint8Array(parts.flat());

// 'セミナー' in CP932 (Shift_JIS as Windows writes it): セ 83 5A, ミ 83 7E, ナ 83 69, ー 81 5B.
const SEMINAR_CP932 = [0x83, 0x5a, 0x83, 0x7e, 0x83, 0x69, 0x81, 0x5b];
// '東京都' in CP932: 東 93 8C, 京 8B 9E, 都 93 73.
const TOKYO_CP932 = [0x93, 0x8c, 0x8b, 0x9e, 0x93, 0x73];

describe('decodeDataFile: UTF-8', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeDataFile(new TextEncoder().encode('id,title\nfx-1,セミナー\n'))).toEqual({ ok: true, text: 'id,title\nfx-1,セミナー\n' });
  });

  it('reads UTF-8 with a BOM (Excel "CSV UTF-8") and drops the BOM', () => {
    const result = decodeDataFile(bytes([0xef, 0xbb, 0xbf], [...new TextEncoder().encode('id,title\r\nfx-1,東京都\r\n')]));
    expect(result).toEqual({ ok: true, text: 'id,title\r\nfx-1,東京都\r\n' });
  });

  it('reads an empty file as empty text', () => {
    expect(decodeDataFile(new Uint8Array())).toEqual({ ok: true, text: '' });
  });
});

describe('decodeDataFile: Shift_JIS (CP932)', () => {
  it('uses the right CP932 bytes in these tests', () => {
    expect(new TextDecoder('shift_jis').decode(bytes(SEMINAR_CP932))).toBe('セミナー');
    expect(new TextDecoder('shift_jis').decode(bytes(TOKYO_CP932))).toBe('東京都');
  });

  it('recognizes CP932 and names the line of the first byte that is not UTF-8', () => {
    const file = bytes(ascii('id,title\r\nfx-1,'), SEMINAR_CP932, ascii('\r\n'));
    expect(decodeDataFile(file)).toEqual({ ok: false, encoding: 'shift_jis', line: 2 });
  });

  it('counts ASCII-only lines before the first Japanese text', () => {
    const file = bytes(ascii('id,title,prefecture\nfx-1,Intro,Tokyo\nfx-2,Basics,Osaka\nfx-3,'), SEMINAR_CP932, ascii(','), TOKYO_CP932, ascii('\n'));
    expect(decodeDataFile(file)).toEqual({ ok: false, encoding: 'shift_jis', line: 4 });
  });

  it('reports line 1 when the Japanese text is in the header', () => {
    expect(decodeDataFile(bytes(TOKYO_CP932, ascii(',b\n1,2\n')))).toEqual({ ok: false, encoding: 'shift_jis', line: 1 });
  });

  it('converts CP932 to UTF-8 text with a BOM for `npm run data:utf8`', () => {
    expect(convertShiftJisToUtf8(bytes(ascii('title\r\n'), SEMINAR_CP932, ascii('\r\n')))).toBe('\uFEFFtitle\r\nセミナー\r\n');
  });
});

describe('decodeDataFile: other encodings', () => {
  it('recognizes UTF-16 LE by its BOM (Excel "Unicode Text")', () => {
    expect(decodeDataFile(bytes([0xff, 0xfe], ascii('i'), [0], ascii('d'), [0]))).toEqual({ ok: false, encoding: 'utf-16' });
  });

  it('recognizes UTF-16 BE by its BOM', () => {
    expect(decodeDataFile(bytes([0xfe, 0xff, 0, 0x69, 0, 0x64]))).toEqual({ ok: false, encoding: 'utf-16' });
  });

  it('calls bytes that are neither UTF-8 nor CP932 unknown, with the line of the first bad byte', () => {
    expect(decodeDataFile(bytes(ascii('a,b\n1,2\n'), [0x80, 0xa0, 0xfd], ascii('\n')))).toEqual({ ok: false, encoding: 'unknown', line: 3 });
  });

  it('calls random bytes unknown', () => {
    // A fixed-seed generator: the same bytes on every run. 0xFF is never valid in UTF-8 or CP932.
    let seed = 20150417;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed >> 8;
    };
    for (let round = 0; round < 20; round++) {
      const random = Array.from({ length: 64 }, () => next() & 0xff);
      const result = decodeDataFile(bytes([0xff, 0x00], random, [0xff]));
      expect(result).toMatchObject({ ok: false, encoding: 'unknown' });
    }
  });

  it('locates a surrogate encoded in UTF-8 (CESU-8) on its own line, not at the end of the file', () => {
    // ED A0 BD ED B8 80 is how Java's "modified UTF-8" writes an emoji: not valid UTF-8.
    const file = bytes(ascii('a\n'), [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80], ascii('\nb\nc\n'));
    expect(decodeDataFile(file)).toEqual({ ok: false, encoding: 'unknown', line: 2 });
  });

  it('locates an overlong UTF-8 sequence on its own line', () => {
    const file = bytes(ascii('a\nb\n'), [0xc0, 0xaf], ascii('\nc\n'));
    expect(decodeDataFile(file)).toMatchObject({ ok: false, line: 3 });
  });

  it('locates a sequence cut short at the end of the file', () => {
    // あ is E3 81 82 in UTF-8; the last byte is missing (E3 81 happens to be a CP932 character).
    expect(decodeDataFile(bytes(ascii('a\nb\n'), [0xe3, 0x81]))).toMatchObject({ ok: false, line: 3 });
  });
});
