/**
 * Property-based tests of the readers and file validators: whatever staff (or Excel) put in a file, they
 * return located, bilingual issues instead of throwing, and what they accept is what was written.
 * Fixed seeds keep CI deterministic; a failure prints the seed, the path and the smallest counterexample.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readCsv, type CsvRow, type CsvTable } from './csv.ts';
import { decodeDataFile } from './decode.ts';
import { readYaml } from './yaml.ts';
import { faqFileSchema } from '../schemas/faq.ts';
import { HOLDER_TYPES, LICENSE_TERMS, patentSchema } from '../schemas/patent.ts';
import { SEMINAR_FORMATS, SEMINAR_STATUSES, seminarSchema } from '../schemas/seminar.ts';
import { statisticMetaSchema } from '../schemas/statistic.ts';
import { WEEKDAYS_JA } from '../utils/dates.ts';
import { normalizeNewlines, trimCell } from '../utils/normalize.ts';
import { PREFECTURES } from '../utils/prefectures.ts';
import { validateCsvText } from '../validate/csv-file.ts';
import type { DataIssue } from '../validate/issues.ts';
import { validateYamlText } from '../validate/yaml-file.ts';

const SEED = 42;
const fixture = (path: string) => readFileSync(fileURLToPath(new URL(`../../../tests/fixtures/data/${path}`, import.meta.url)), 'utf8');
const FIXTURE = {
  seminars: fixture('seminars.csv'),
  patents: fixture('patents.csv'),
  faq: fixture('faq/basics.yaml'),
  statisticYaml: fixture('statistics/open-patent-database.yaml'),
  statisticCsv: fixture('statistics/open-patent-database.csv'),
};

/** Every issue is located in `file`, says something in both languages and has sensible line/column numbers. */
function expectStructuredIssues(issues: readonly DataIssue[], file: string): void {
  for (const issue of issues) {
    expect(issue.file).toBe(file);
    expect(typeof issue.message.ja).toBe('string');
    expect(typeof issue.message.en).toBe('string');
    expect(issue.message.ja.length).toBeGreaterThan(0);
    expect(issue.message.en.length).toBeGreaterThan(0);
    if (issue.line !== undefined) {
      expect(Number.isInteger(issue.line), `line ${issue.line}`).toBe(true);
      expect(issue.line).toBeGreaterThanOrEqual(1);
    }
    if (issue.column !== undefined) {
      expect(Number.isInteger(issue.column), `column ${issue.column}`).toBe(true);
      expect(issue.column).toBeGreaterThanOrEqual(1);
    }
    if (issue.field !== undefined) expect(typeof issue.field).toBe('string');
  }
}

// ---------------------------------------------------------------------------------------------------------
// Generators of text
// ---------------------------------------------------------------------------------------------------------

/** Pieces that matter to CSV and YAML readers, plus ordinary letters, Japanese and full-width forms. */
const SYNTAX_PIECES = [
  'a', 'Z', '1', '0', ' ', '  ', 'あ', '東京都', ',', '"', '""', "'", '\n', '\r', '\r\n', '\uFEFF', '\u3000', ';', '；',
  '\t', '-', '- ', ':', ': ', '#', ' #', '[', ']', '{', '}', '&', '*', '!', '|', '>', '%', '@', '`', '?', '２０１５', '－', '：', '，', '\\', '\u0000',
];
const syntaxText = (maxLength = 120) => fc.string({ unit: fc.constantFrom(...SYNTAX_PIECES), maxLength });

/** Any string: full Unicode code points (lone surrogates included), graphemes, or syntax-heavy text. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  syntaxText(),
);

type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'swap-lines'; at: number; other: number };

/** Positions are fractions of the current length, so an edit applies to any text. */
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.oneof(syntaxText(6), fc.string({ unit: 'binary', maxLength: 3 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), other: fc.double({ min: 0, max: 1, noNaN: true }) }),
);

function applyEdit(text: string, e: Edit): string {
  const position = (fraction: number) => Math.min(text.length, Math.floor(fraction * (text.length + 1)));
  const lines = () => text.split('\n');
  const lineIndex = (fraction: number, count: number) => Math.min(count - 1, Math.floor(fraction * count));
  switch (e.kind) {
    case 'insert':
      return text.slice(0, position(e.at)) + e.text + text.slice(position(e.at));
    case 'delete':
      return text.slice(0, position(e.at)) + text.slice(position(e.at) + e.length);
    case 'truncate':
      return text.slice(0, position(e.at));
    case 'duplicate-line': {
      const all = lines();
      const index = lineIndex(e.at, all.length);
      all.splice(index, 0, all[index]!);
      return all.join('\n');
    }
    case 'swap-lines': {
      const all = lines();
      const [i, j] = [lineIndex(e.at, all.length), lineIndex(e.other, all.length)];
      [all[i], all[j]] = [all[j]!, all[i]!];
      return all.join('\n');
    }
  }
}

/** A valid file with one to four random edits: close to what a slip of the hand in Excel or an editor does. */
const mutationOf = (text: string) => fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) => edits.reduce(applyEdit, text));

// ---------------------------------------------------------------------------------------------------------
// readCsv
// ---------------------------------------------------------------------------------------------------------

/** Structural promises of readCsv, whatever the input. */
function expectWellFormedTable(table: CsvTable, text: string): void {
  const lineCount = normalizeNewlines(text.replace(/^\uFEFF/u, '')).split('\n').length;
  const all: CsvRow[] = [...(table.header ? [table.header] : []), ...table.rows];
  let previous = 0;
  for (const row of all) {
    expect(Number.isInteger(row.line)).toBe(true);
    expect(row.line).toBeGreaterThan(previous);
    expect(row.line).toBeLessThanOrEqual(lineCount);
    expect(row.cells.length).toBeGreaterThan(0);
    expect(row.cellLines).toHaveLength(row.cells.length);
    expect(row.cellLines[0]).toBe(row.line);
    row.cellLines.forEach((line, index) => {
      if (index > 0) expect(line).toBeGreaterThanOrEqual(row.cellLines[index - 1]!);
      expect(line).toBeLessThanOrEqual(lineCount);
    });
    // No record is blank: rows of bare commas and white space are skipped.
    expect(row.cells.some((cell) => trimCell(cell) !== '')).toBe(true);
    // Line ends inside cells are LF only.
    for (const cell of row.cells) expect(cell).not.toContain('\r');
    previous = row.line;
  }
  if (table.rows.length > 0) expect(table.header).toBeDefined();
  if (table.syntaxError) {
    expect(Number.isInteger(table.syntaxError.line)).toBe(true);
    expect(table.syntaxError.line).toBeGreaterThanOrEqual(1);
    expect(table.syntaxError.line).toBeLessThanOrEqual(lineCount);
    expect(['quote_not_closed', 'other']).toContain(table.syntaxError.kind);
  }
}

/** Quotes a cell the way Excel does when it holds a comma, quote or line break. */
const excelCell = (value: string) => (/[",\r\n]/u.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

const countNewlines = (text: string) => normalizeNewlines(text).split('\n').length - 1;

describe('readCsv: never throws, and what it returns is well formed', { timeout: 30_000 }, () => {
  it('on any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expectWellFormedTable(readCsv(text), text);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('on rows of cells with quotes, commas, line breaks, CR and BOM injected, unquoted', () => {
    const raw = fc.array(fc.array(syntaxText(10), { minLength: 1, maxLength: 6 }), { minLength: 0, maxLength: 6 });
    fc.assert(
      fc.property(raw, fc.constantFrom('\n', '\r\n', '\r'), (rows, eol) => {
        const text = rows.map((cells) => cells.join(',')).join(eol);
        expectWellFormedTable(readCsv(text), text);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('on mutated and truncated fixture files', () => {
    fc.assert(
      fc.property(fc.constantFrom(FIXTURE.seminars, FIXTURE.patents, FIXTURE.statisticCsv).chain(mutationOf), (text) => {
        expectWellFormedTable(readCsv(text), text);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('readCsv: a table written the way Excel writes it reads back cell for cell', { timeout: 30_000 }, () => {
  const cellText = fc.string({ unit: fc.constantFrom('a', 'あ', ' ', ',', '"', '\n', '\r\n', '\r', '\u3000', ';', 'x', '1'), maxLength: 8 });
  const table = fc.record({
    rows: fc.array(fc.array(cellText, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
    finalEol: fc.boolean(),
  });

  it('same cells (line ends inside cells become LF), same line numbers, blank rows skipped', () => {
    fc.assert(
      fc.property(table, ({ rows, eol, bom, finalEol }) => {
        const lines = rows.map((cells) => cells.map(excelCell).join(','));
        const text = (bom ? '\uFEFF' : '') + lines.join(eol) + (finalEol ? eol : '');
        let line = 1;
        const expected = rows.flatMap((cells, index) => {
          const start = line;
          line += countNewlines(lines[index]!) + 1;
          const normalized = cells.map(normalizeNewlines);
          return normalized.some((cell) => trimCell(cell) !== '') ? [{ line: start, cells: normalized }] : [];
        });
        const result = readCsv(text);
        expect(result.syntaxError).toBeUndefined();
        const actual = [...(result.header ? [result.header] : []), ...result.rows].map(({ line: l, cells }) => ({ line: l, cells }));
        expect(actual).toEqual(expected);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// validateCsvText
// ---------------------------------------------------------------------------------------------------------

const SEMINARS = 'data/seminars.csv';
const PATENTS = 'data/patents.csv';

describe('validateCsvText: never throws, reports structured issues, drops nothing silently', { timeout: 30_000 }, () => {
  const check = (text: string) => {
    for (const [file, schema] of [[SEMINARS, seminarSchema], [PATENTS, patentSchema]] as const) {
      const result = validateCsvText(file, text, schema);
      expectStructuredIssues(result.issues, file);
      expect(result.rows.length).toBeLessThanOrEqual(result.rowCount);
      // Rows in = rows out, unless something was said about it.
      if (result.issues.length === 0) expect(result.rows).toHaveLength(result.rowCount);
      for (const row of result.rows) expect(row.line).toBeGreaterThanOrEqual(2);
      // Each row read but not accepted has an issue on one of its lines, or the header has one (a bad header
      // or a missing column, which is said once rather than on every row).
      const table = readCsv(text);
      const accepted = new Set(result.rows.map((row) => row.line));
      const headerLine = table.header?.line;
      for (const row of table.rows) {
        if (accepted.has(row.line)) continue;
        const end = row.cellLines.at(-1)! + countNewlines(row.cells.at(-1)!);
        const explained = result.issues.some((issue) => issue.line !== undefined && ((issue.line >= row.line && issue.line <= end) || issue.line === headerLine));
        expect(explained, `row on line ${row.line} was dropped without an issue`).toBe(true);
      }
    }
  };

  it('on any text', () => {
    fc.assert(fc.property(anyText, check), { seed: SEED, numRuns: 200 });
  });

  it('on random rows under the real header', () => {
    const header = FIXTURE.seminars.split('\n')[0]!;
    const rows = fc.array(fc.array(syntaxText(8), { minLength: 1, maxLength: 22 }).map((cells) => cells.join(',')), { maxLength: 5 });
    fc.assert(fc.property(rows, (lines) => check([header, ...lines].join('\r\n'))), { seed: SEED, numRuns: 200 });
  });

  it('on mutated and truncated fixture files', () => {
    fc.assert(fc.property(fc.constantFrom(FIXTURE.seminars, FIXTURE.patents).chain(mutationOf), check), { seed: SEED, numRuns: 300 });
  });

  it('on every truncation of the fixture files', () => {
    for (const text of [FIXTURE.seminars, FIXTURE.patents]) {
      for (let end = 0; end <= text.length; end++) check(text.slice(0, end));
    }
  });
});

// --- Round trip: rows generated from a valid template are accepted and read back normalized ---------------

const FULL_WIDTH = (text: string) => text.replace(/[0-9A-Za-z\-:,]/gu, (char) => (char === '-' ? '－' : String.fromCharCode(char.charCodeAt(0) + 0xfee0)));

/** Free text: starts and ends with a visible character; Excel may surround it with spaces. */
const TEXT_PIECES = ['a', 'Z', '9', 'あ', '営業秘密', '①', ',', '"', '\n', '\r\n', ' ', '\u3000', ';', '；', '#', ':', '*', '-', '=', '+', '&'];
const freeText = fc
  .string({ unit: fc.constantFrom(...TEXT_PIECES), minLength: 1, maxLength: 20 })
  .filter((text) => trimCell(text) === text && text.length > 0);
/** [what is written in the cell, what it means] */
type Cell<T> = fc.Arbitrary<[string, T]>;
const padded = (core: fc.Arbitrary<string>): Cell<string> =>
  fc.tuple(core, fc.constantFrom('', ' ', '\u3000', '  '), fc.constantFrom('', ' ', '\u3000')).map(([text, before, after]) => [`${before}${text}${after}`, normalizeNewlines(text)]);
const optional = <T>(cell: Cell<T>): Cell<T | undefined> => fc.option(cell, { nil: undefined }).map((value) => value ?? ['', undefined]);

const isoOf = (date: Date) => date.toISOString().slice(0, 10);
const dateValue = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())));
const dateCell = (date: Date): Cell<string> => fc.constantFrom(isoOf(date), FULL_WIDTH(isoOf(date)), ` ${isoOf(date)} `).map((text) => [text, isoOf(date)]);
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const timeCell = (minutes: number): Cell<string> => fc.constantFrom(hhmm(minutes), FULL_WIDTH(hhmm(minutes))).map((text) => [text, hhmm(minutes)]);
const integerCell = (min: number, max: number): Cell<number> =>
  fc.integer({ min, max }).chain((n) => fc.constantFrom(String(n), n.toLocaleString('en-US'), FULL_WIDTH(n.toLocaleString('en-US'))).map((text): [string, number] => [text, n]));
const enumCell = <T extends string>(values: readonly T[]): Cell<T> =>
  fc.constantFrom(...values).chain((value) => fc.constantFrom(value, value.toUpperCase(), ` ${value} `).map((text): [string, T] => [text, value]));
const flagCell: Cell<boolean> = fc.constantFrom<[string, boolean]>(['', false], ['true', true], ['TRUE', true], ['1', true], ['yes', true], ['はい', true], ['false', false], ['0', false], ['いいえ', false], ['ｔｒｕｅ', true]);
const idText = fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6}){0,2}$/u);

const seminarRow = fc
  .record({
    id: idText,
    series: padded(freeText),
    title: padded(freeText),
    title_en: optional(padded(freeText)),
    date: dateValue,
    weekdayForm: fc.constantFrom('', '{}', '{}曜', '{}曜日', '({})', '（{}）'),
    times: fc.option(fc.integer({ min: 0, max: 23 * 60 + 58 }).chain((start) => fc.tuple(fc.constant(start), fc.option(fc.integer({ min: start + 1, max: 23 * 60 + 59 }), { nil: undefined }))), { nil: undefined }),
    prefecture: fc.constantFrom(...PREFECTURES).chain((p) => fc.constantFrom(p.name, p.short, p.en, p.en.toLowerCase(), p.code, ` ${p.short}\u3000`).map((text): [string, string] => [text, p.name])),
    city: optional(padded(freeText)),
    venue: optional(padded(freeText)),
    address: optional(padded(freeText)),
    format: enumCell(SEMINAR_FORMATS),
    capacity: optional(integerCell(1, 100_000)),
    fee: optional(integerCell(0, 50_000)),
    status: optional(enumCell(SEMINAR_STATUSES)),
    registration_url: optional(fc.constantFrom<[string, string]>(['https://www.inpit.go.jp/', 'https://www.inpit.go.jp/'], ['mailto:seminar@inpit.go.jp', 'mailto:seminar@inpit.go.jp'], ['http://example.jp/a?b=1&c=２', 'http://example.jp/a?b=1&c=2'])),
    description: optional(padded(freeText)),
    participants: optional(integerCell(0, 100_000)),
    sample: flagCell,
  })
  .chain((row) =>
    fc.tuple(dateCell(row.date), row.times ? timeCell(row.times[0]) : fc.constant<[string, undefined]>(['', undefined]), row.times?.[1] !== undefined ? timeCell(row.times[1]) : fc.constant<[string, undefined]>(['', undefined])).map(([date, start, end]) => ({ ...row, dateCell: date, start, end })),
  )
  // A venue is required unless the seminar is online.
  .filter((row) => row.format[1] === 'online' || row.venue[1] !== undefined);

type SeminarTemplate = typeof seminarRow extends fc.Arbitrary<infer T> ? T : never;

const SEMINAR_HEADER = ['id', 'series', 'title', 'title_en', 'date', 'weekday', 'start_time', 'end_time', 'prefecture', 'city', 'venue', 'address', 'format', 'capacity', 'fee', 'status', 'registration_url', 'description', 'participants', 'sample'];

function seminarCells(row: SeminarTemplate, index: number): { cells: string[]; expected: Record<string, unknown> } {
  const weekday = WEEKDAYS_JA[row.date.getUTCDay()]!;
  const cells: Record<string, [string, unknown]> = {
    // Unique per row: duplicates are another check's business.
    id: [`${row.id}-${index}`, `${row.id}-${index}`],
    series: row.series,
    title: row.title,
    title_en: row.title_en,
    date: row.dateCell,
    weekday: row.weekdayForm === '' ? ['', undefined] : [row.weekdayForm.replace('{}', weekday), weekday],
    start_time: row.start,
    end_time: row.end,
    prefecture: row.prefecture,
    city: row.city,
    venue: row.venue,
    address: row.address,
    format: row.format,
    capacity: row.capacity,
    fee: row.fee,
    status: row.status[1] === undefined ? ['', 'scheduled'] : row.status,
    registration_url: row.registration_url,
    description: row.description,
    participants: row.participants,
    sample: row.sample,
  };
  const expected = Object.fromEntries(Object.entries(cells).filter(([, [, value]]) => value !== undefined).map(([key, [, value]]) => [key, value]));
  return { cells: SEMINAR_HEADER.map((column) => cells[column]![0]), expected };
}

describe('validateCsvText: valid seminar rows round-trip', { timeout: 30_000 }, () => {
  it('accepts every row built from a valid template and reads back the normalized values, on the right lines', () => {
    fc.assert(
      fc.property(fc.array(seminarRow, { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), (rows, eol, bom) => {
        const built = rows.map(seminarCells);
        const lines = [SEMINAR_HEADER.join(','), ...built.map(({ cells }) => cells.map(excelCell).join(','))];
        const text = (bom ? '\uFEFF' : '') + lines.join(eol) + eol;
        const result = validateCsvText(SEMINARS, text, seminarSchema);
        expect(result.issues).toEqual([]);
        expect(result.rowCount).toBe(rows.length);
        expect(result.rows.map((row) => row.value)).toEqual(built.map(({ expected }) => expected));
        let line = 2;
        const expectedLines = lines.slice(1).map((text) => {
          const start = line;
          line += countNewlines(text) + 1;
          return start;
        });
        expect(result.rows.map((row) => row.line)).toEqual(expectedLines);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});

const PATENT_HEADER = ['license_no', 'title', 'summary', 'field', 'holder', 'holder_type', 'application_no', 'patent_no', 'ipc', 'license_terms', 'applied_products', 'keywords', 'registered', 'updated', 'contact', 'sample'];
const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^\\d{${min},${max}}$`, 'u'));
const ipcSymbol = fc
  .tuple(fc.constantFrom(...'ABCDEFGH'), digits(2, 2), fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), fc.constantFrom(' ', ''), digits(1, 4), digits(1, 6))
  .map(([section, klass, sub, space, group, subgroup]) => `${section}${klass}${sub}${space}${group}/${subgroup}`);
const listCell = (item: fc.Arbitrary<[string, string]>): Cell<string[] | undefined> =>
  fc.array(item, { minLength: 1, maxLength: 4 }).chain((items) =>
    fc.constantFrom(';', '；', ' ; ').map((separator): [string, string[]] => [items.map(([text]) => text).join(separator), items.map(([, value]) => value)]),
  );
/** List items cannot hold the separator. */
const listText = freeText.filter((text) => !/[;；]/u.test(text));

const patentRow = fc
  .record({
    license_no: fc.tuple(fc.integer({ min: 1990, max: 2099 }), digits(6, 7), fc.constantFrom('L', 'l', 'Ｌ')).map(([year, serial, l]): [string, string] => [`${l}${year}${serial}`, `L${year}${serial}`]),
    title: padded(freeText),
    summary: padded(freeText),
    field: idText.map((id): [string, string] => [id, id]),
    holder: padded(freeText),
    holder_type: enumCell(HOLDER_TYPES),
    application_no: optional(fc.tuple(fc.integer({ min: 1990, max: 2099 }), digits(6, 6), fc.constantFrom('特願', '')).map(([year, serial, prefix]): [string, string] => [`${prefix}${year}-${serial}`, `${prefix}${year}-${serial}`])),
    patent_no: optional(fc.tuple(digits(7, 7), fc.boolean()).map(([number, long]): [string, string] => (long ? [`特許第${number}号`, `特許第${number}号`] : [number, number]))),
    ipc: optional(listCell(ipcSymbol.map((symbol): [string, string] => [symbol, symbol]))),
    license_terms: enumCell(LICENSE_TERMS),
    applied_products: optional(padded(freeText)),
    keywords: optional(listCell(padded(listText))),
    dates: fc.tuple(dateValue, fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined })),
    contact: optional(padded(freeText)),
    sample: flagCell,
  })
  .chain((row) => {
    const [registered, days] = row.dates;
    const updated = days === undefined ? undefined : new Date(registered.getTime() + days * 86_400_000);
    return fc.tuple(dateCell(registered), updated ? dateCell(updated) : fc.constant<[string, undefined]>(['', undefined])).map(([r, u]) => ({ ...row, registered: r, updated: u }));
  });

describe('validateCsvText: valid patent rows round-trip', { timeout: 30_000 }, () => {
  it('accepts every row built from a valid template and reads back the normalized values', () => {
    fc.assert(
      fc.property(fc.array(patentRow, { minLength: 1, maxLength: 5 }), (rows) => {
        const built = rows.map((row, index) => {
          // Unique license numbers per row (duplicates are another check's business), in the generated form.
          const [written, value] = row.license_no;
          const serial = String(index).padStart(6, '0');
          const { dates: _dates, ...columns } = row;
          const cells: Record<string, [string, unknown]> = {
            ...columns,
            license_no: [`${written.charAt(0)}${value.slice(1, 5)}${serial}`, `L${value.slice(1, 5)}${serial}`],
          };
          const expected = Object.fromEntries(PATENT_HEADER.map((column) => [column, cells[column]![1]]).filter(([, v]) => v !== undefined));
          return { cells: PATENT_HEADER.map((column) => cells[column]![0]), expected };
        });
        const text = [PATENT_HEADER.join(','), ...built.map(({ cells }) => cells.map(excelCell).join(','))].join('\r\n');
        const result = validateCsvText(PATENTS, text, patentSchema);
        expect(result.issues).toEqual([]);
        expect(result.rows.map((row) => row.value)).toEqual(built.map(({ expected }) => expected));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// readYaml and validateYamlText
// ---------------------------------------------------------------------------------------------------------

const FAQ_FILE = 'data/faq/basics.yaml';
const STAT_FILE = 'data/statistics/open-patent-database.yaml';

function checkYaml(text: string): void {
  const yaml = readYaml(text);
  for (const error of yaml.syntaxErrors) {
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.column).toBeGreaterThanOrEqual(1);
    expect(error.detail.length).toBeGreaterThan(0);
  }
  expect(yaml.value === undefined).toBe(yaml.syntaxErrors.length > 0);
  for (const path of [[], ['items', 0, 'answer'], ['category', 'id'], ['series', 3, 'column'], ['no', 'such', 9]] as PropertyKey[][]) {
    const { line, column } = yaml.locate(path);
    expect(line).toBeGreaterThanOrEqual(1);
    expect(column).toBeGreaterThanOrEqual(1);
  }
  for (const [file, schema] of [[FAQ_FILE, faqFileSchema], [STAT_FILE, statisticMetaSchema]] as const) {
    const result = validateYamlText(file, text, schema);
    expectStructuredIssues(result.issues, file);
    // Accepted with no issues, or rejected with at least one: never neither.
    expect(result.value === undefined).toBe(result.issues.length > 0);
  }
}

describe('readYaml and validateYamlText: never throw, report structured issues', { timeout: 30_000 }, () => {
  it('on any text', () => {
    fc.assert(fc.property(anyText, checkYaml), { seed: SEED, numRuns: 300 });
  });

  it('on mutated and truncated FAQ and statistics YAML', () => {
    fc.assert(fc.property(fc.constantFrom(FIXTURE.faq, FIXTURE.statisticYaml).chain(mutationOf), checkYaml), { seed: SEED, numRuns: 300 });
  });

  it('on every truncation of the fixture files', () => {
    for (const text of [FIXTURE.faq, FIXTURE.statisticYaml]) {
      for (let end = 0; end <= text.length; end++) checkYaml(text.slice(0, end));
    }
  });

  it('on YAML-shaped lines: key: value pairs, list items and indentation', () => {
    const key = fc.constantFrom('category', 'id', 'title', 'order', 'items', 'question', 'answer', 'tags', 'links', 'url', 'series', 'column', 'label', 'x');
    const value = fc.oneof(syntaxText(12), fc.constantFrom('', '1', 'true', 'null', '~', '2026-11-01', '[a, b]', '{a: 1}', '|', '>-', '"q"', "'s'", '**重要**', '&a', '*a', '!!str 1'));
    const line = fc.tuple(fc.constantFrom('', '  ', '    ', '  - ', '- ', '\t', '\u3000'), key, fc.constantFrom(': ', ':', ' : ', '： '), value).map((parts) => parts.join(''));
    fc.assert(fc.property(fc.array(line, { maxLength: 12 }), (lines) => checkYaml(lines.join('\n'))), { seed: SEED, numRuns: 300 });
  });
});

describe('validateYamlText: a valid FAQ file round-trips', { timeout: 30_000 }, () => {
  const markdownText = freeText.filter((text) => !/</u.test(text));
  // yaml.stringify escapes a CR inside a value ("\r"), so here it is kept: only the padding goes.
  const yamlText = fc.tuple(markdownText, fc.constantFrom('', ' ', '\u3000')).map(([text, pad]): [string, string] => [`${pad}${text}${pad}`, text]);
  const item = fc.record({
    id: idText,
    question: yamlText,
    question_en: fc.option(yamlText, { nil: undefined }),
    answer: yamlText,
    tags: fc.option(fc.array(yamlText.filter(([, value]) => !/[;；]/u.test(value)), { minLength: 1, maxLength: 3 }), { nil: undefined }),
    links: fc.option(fc.array(fc.record({ title: yamlText, url: fc.constantFrom('https://www.inpit.go.jp/', 'mailto:a@inpit.go.jp') }), { maxLength: 2 }), { nil: undefined }),
    updated: fc.option(dateValue.map(isoOf), { nil: undefined }),
  });
  const file = fc.record({ id: idText, title: yamlText, order: fc.nat(1000), items: fc.array(item, { minLength: 1, maxLength: 4 }) });

  it('accepts what yaml.stringify writes for a valid file and reads back the trimmed values', () => {
    fc.assert(
      fc.property(file, (faq) => {
        const drop = <T extends object>(value: T) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
        const items = faq.items.map((entry, index) => ({ ...entry, id: `${entry.id}-${index}` }));
        const written = {
          category: { id: faq.id, title: faq.title[0], order: faq.order },
          items: items.map((entry) =>
            drop({
              id: entry.id,
              question: entry.question[0],
              question_en: entry.question_en?.[0],
              answer: entry.answer[0],
              tags: entry.tags?.map(([text]) => text),
              links: entry.links?.map((link) => ({ title: link.title[0], url: link.url })),
              updated: entry.updated,
            }),
          ),
        };
        const expected = {
          category: { id: faq.id, title: faq.title[1], order: faq.order },
          items: items.map((entry) =>
            drop({
              id: entry.id,
              question: entry.question[1],
              question_en: entry.question_en?.[1],
              answer: entry.answer[1],
              tags: entry.tags?.map(([, value]) => value),
              links: entry.links?.map((link) => ({ title: link.title[1], url: link.url })),
              updated: entry.updated,
            }),
          ),
        };
        const result = validateYamlText(FAQ_FILE, stringify(written), faqFileSchema);
        expect(result.issues).toEqual([]);
        expect(result.value).toEqual(expected);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// decodeDataFile
// ---------------------------------------------------------------------------------------------------------

describe('decodeDataFile', { timeout: 30_000 }, () => {
  const expectDecoded = (bytes: Uint8Array) => {
    const decoded = decodeDataFile(bytes);
    if (decoded.ok) {
      expect(typeof decoded.text).toBe('string');
    } else {
      expect(['shift_jis', 'utf-16', 'unknown']).toContain(decoded.encoding);
      if (decoded.line !== undefined) {
        expect(Number.isInteger(decoded.line)).toBe(true);
        expect(decoded.line).toBeGreaterThanOrEqual(1);
        expect(decoded.line).toBeLessThanOrEqual(bytes.filter((byte) => byte === 0x0a).length + 1);
      }
    }
  };

  it('never throws on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => expectDecoded(bytes)), { seed: SEED, numRuns: 500 });
  });

  it('never throws on UTF-8 text with random bytes spliced in', () => {
    const spliced = fc.tuple(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.uint8Array({ minLength: 1, maxLength: 6 }), fc.double({ min: 0, max: 1, noNaN: true })).map(([text, junk, at]) => {
      const bytes = new TextEncoder().encode(text);
      const index = Math.floor(at * bytes.length);
      return new Uint8Array([...bytes.subarray(0, index), ...junk, ...bytes.subarray(index)]);
    });
    fc.assert(fc.property(spliced, expectDecoded), { seed: SEED, numRuns: 300 });
  });

  it('reads any well-formed text encoded as UTF-8 back unchanged (a leading BOM dropped)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }).filter((text) => text.isWellFormed()), fc.boolean(), (text, bom) => {
        const bytes = new TextEncoder().encode((bom ? '\uFEFF' : '') + text);
        expect(decodeDataFile(bytes)).toEqual({ ok: true, text: bom ? text : text.replace(/^\uFEFF/u, '') });
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('YAML anchors and aliases (found by these properties)', { timeout: 30_000 }, () => {
  const faqWith = (answer: string) => `category:\n  id: basics\n  title: 基本\n  order: 1\nitems:\n  - id: a\n    question: q\n    answer: ${answer}\n`;

  it('reports Markdown bold at the start of a YAML value (`answer: **重要**`) on its line, with the quoting hint', () => {
    const result = validateYamlText(FAQ_FILE, faqWith('**重要**'), faqFileSchema);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ file: FAQ_FILE, line: 8 });
    expect(result.issues[0]!.message.en).toContain('a value starts with "*", which YAML reads as an alias');
    expect(result.issues[0]!.message.ja).toContain('値全体を "…" で囲んでください');
  });

  it('reports an anchor that would silently drop a word (`answer: &注意 text`)', () => {
    const result = validateYamlText(FAQ_FILE, faqWith('&注意 火気厳禁'), faqFileSchema);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]!.message.en).toContain('which YAML reads as an anchor and drops');
  });

  it('reports an alias to a missing anchor (`a: *x`) instead of throwing', () => {
    expect(readYaml('a: *x\n').syntaxErrors).toEqual([expect.objectContaining({ line: 1, code: 'ALIAS' })]);
  });

  it('reports an alias bomb instead of expanding it', () => {
    const bomb = 'a: &a [1,1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n';
    const result = readYaml(bomb);
    expect(result.value).toBeUndefined();
    expect(result.syntaxErrors.length).toBeGreaterThan(0);
  });

  it('reports a self-referencing alias (`title: &t {x: *t}`) instead of throwing', () => {
    const result = validateYamlText(STAT_FILE, 'title: &t\n  x: *t\n', statisticMetaSchema);
    expect(result.issues.length).toBeGreaterThan(0);
  });
});
