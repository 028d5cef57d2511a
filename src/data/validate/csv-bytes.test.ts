import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { normalizeNewlineBytes } from '../parse/csv.ts';
import { decodeDataFile } from '../parse/decode.ts';
import { patentSchema } from '../schemas/patent.ts';
import { seminarSchema } from '../schemas/seminar.ts';
import { id, text } from '../schemas/fields.ts';
import { normalizeNewlines } from '../utils/normalize.ts';
import { validateCsvBytes, validateCsvText } from './csv-file.ts';

const schema = z.object({ id: id(), name: text(), note: text().optional() });
const FILE = 'data/test.csv';
const utf8 = (value: string) => new TextEncoder().encode(value);
const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../../tests/fixtures/data/${name}`, import.meta.url)));

/** What the text path gives for these bytes (decoded as loadDataFiles decodes them). */
function fromText(bytes: Uint8Array, rowSchema: z.ZodObject = schema) {
  const decoded = decodeDataFile(bytes);
  if (!decoded.ok) throw new Error('not UTF-8');
  return validateCsvText(FILE, decoded.text, rowSchema);
}

describe('validateCsvBytes: reading UTF-8 bytes as they are gives what decoding them first gives', () => {
  it('for the fixture seminars and patents, as written and as Excel writes them (BOM, CRLF)', () => {
    for (const [name, rowSchema] of [
      ['seminars.csv', seminarSchema],
      ['patents.csv', patentSchema],
    ] as const) {
      const written = new Uint8Array(fixture(name));
      const excel = utf8(`\uFEFF${normalizeNewlines(new TextDecoder().decode(written)).replaceAll('\n', '\r\n')}`);
      for (const bytes of [written, excel]) {
        const result = validateCsvBytes(FILE, bytes, rowSchema);
        expect(result, name).toBeDefined();
        expect(result!.rows.length, name).toBeGreaterThan(0);
        expect(result).toEqual(fromText(bytes, rowSchema));
      }
    }
  });

  it('leaves to the text path what is not UTF-8, UTF-16, a second BOM and a syntax error', () => {
    const shiftJis = new Uint8Array([0x69, 0x64, 0x2c, 0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x61, 0x2c, 0x93, 0xfa, 0x96, 0x7b, 0x0a]);
    expect(validateCsvBytes(FILE, shiftJis, schema)).toBeUndefined();
    expect(validateCsvBytes(FILE, new Uint8Array([0xff, 0xfe, 0x69, 0x00]), schema)).toBeUndefined();
    expect(validateCsvBytes(FILE, utf8('\uFEFF\uFEFFid,name\na,b\n'), schema)).toBeUndefined();
    expect(validateCsvBytes(FILE, utf8('id,name\na,"never closed\n'), schema)).toBeUndefined();
    // A real U+FFFD in a UTF-8 file is read by the text path, which keeps it.
    expect(validateCsvBytes(FILE, utf8('id,name\na,\uFFFD\n'), schema)).toBeUndefined();
    expect(fromText(utf8('id,name\na,\uFFFD\n')).rows[0]!.value.name).toBe('\uFFFD');
  });

  it('for any CSV made of quotes, line breaks of every kind, Japanese and bad rows', () => {
    const cell = fc.oneof(
      fc.constantFrom('', 'row-1', 'Bad Id', 'ｒｏｗ－２', '名前', ' x ', '"q"', '"a,b"', '"a\nb"', '"a\r\nb"', '"a\rb"', '"a""b"', '"x"y', 'x"y', '\u3000', '\uFEFF', '"'),
      fc.stringMatching(/^[a-z]{1,4}$/),
    );
    const line = fc.oneof(
      { weight: 8, arbitrary: fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => cells.join(',')) },
      { weight: 1, arbitrary: fc.constantFrom('', ',,', ' ') },
    );
    const file = fc.record({
      bom: fc.boolean(),
      header: fc.constantFrom('id,name,note', 'id,name', 'id,"na\nme",note', 'id,name,extra', ''),
      lines: fc.array(line, { maxLength: 12 }),
      newlines: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 3 }),
    });
    let compared = 0;
    fc.assert(
      fc.property(file, ({ bom, header, lines, newlines }) => {
        const csv = [header, ...lines].map((text, index) => `${text}${newlines[index % newlines.length]}`).join('');
        const bytes = utf8(`${bom ? '\uFEFF' : ''}${csv}`);
        const result = validateCsvBytes(FILE, bytes, schema);
        if (result === undefined) return;
        compared++;
        expect(result).toEqual(fromText(bytes));
      }),
      { seed: 7, numRuns: 500 },
    );
    // Most files are read from their bytes: the property is not met by leaving every file to the text path.
    expect(compared).toBeGreaterThan(300);
  });
});

describe('normalizeNewlineBytes', () => {
  it('turns CRLF and CR into LF as normalizeNewlines does, and returns LF-only bytes as they are', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '\r', '\n', '\r\n', '日本', ','), { maxLength: 30 }), (pieces) => {
        const value = pieces.join('');
        expect(new TextDecoder().decode(normalizeNewlineBytes(utf8(value)))).toBe(normalizeNewlines(value));
      }),
      { seed: 3, numRuns: 300 },
    );
    const plain = utf8('a\nb');
    expect(normalizeNewlineBytes(plain)).toBe(plain);
  });
});
