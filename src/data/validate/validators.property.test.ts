/**
 * Property-based test of the whole validator: a copy of the fixture data with one file damaged at random,
 * as a slip in Excel or an editor would. loadSiteData must never throw, must explain every problem with a
 * located, bilingual issue, and must never drop a record silently: a kind whose file drew no issue loads every
 * record it read. Fixed seed, a few dozen runs: deterministic and fast.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayPath, loadSiteData, type LoadResult, type SiteData } from '../load.ts';
import { compareIssues } from './issues.ts';

const SEED = 42;
const FIXTURE = fileURLToPath(new URL('../../../tests/fixtures/data', import.meta.url));

/** Each fixture file, and the kind of records it holds. */
const FILES: Record<string, keyof SiteData> = {
  'seminars.csv': 'seminars',
  'patents.csv': 'patents',
  'windows.csv': 'windows',
  'patent-fields.yaml': 'patentFields',
  'cases.yaml': 'cases',
  'news.yaml': 'news',
  'faq/basics.yaml': 'faq',
  'statistics/open-patent-database.yaml': 'statistics',
  'statistics/open-patent-database.csv': 'statistics',
};


let root: string;
let dir: string;
const originals = new Map<string, Buffer>();
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'inpit-validators-property-'));
  dir = join(root, 'data');
  cpSync(FIXTURE, dir, { recursive: true });
  for (const path of Object.keys(FILES)) originals.set(path, readFileSync(join(dir, path)));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

// --- Damage ------------------------------------------------------------------------------------------------

const PIECES = [',', '"', '\n', '\r\n', '\r', '\uFEFF', '\u3000', ' ', ':', ': ', '- ', '#', '\t', '[', '{', '&a', '*a', '|', ';', 'あ', '２０１５', 'x', '0', '-1', 'true', '2015/4/17'];
/** Bytes Excel and other tools leave: Shift_JIS text (セ), a lone continuation byte, 0xFF, NUL, a UTF-16 BOM. */
const BYTES = [[0x83, 0x5a], [0x80], [0xff], [0x00], [0xe3, 0x81], [0xff, 0xfe]];

type Damage =
  | { kind: 'insert-text'; at: number; text: string }
  | { kind: 'insert-bytes'; at: number; bytes: number[] }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'swap-lines'; at: number; other: number };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const damage: fc.Arbitrary<Damage> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert-text' as const), at: fraction, text: fc.string({ unit: fc.constantFrom(...PIECES), minLength: 1, maxLength: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert-bytes' as const), at: fraction, bytes: fc.constantFrom(...BYTES) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 20 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fraction }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swap-lines' as const), at: fraction, other: fraction }) },
);

/** Applies damage to the bytes of a file (text edits on its UTF-8, byte edits on the raw bytes). */
function applyDamage(bytes: Buffer, d: Damage): Buffer {
  const at = (f: number) => Math.min(bytes.length, Math.floor(f * (bytes.length + 1)));
  switch (d.kind) {
    case 'insert-text':
      return Buffer.concat([bytes.subarray(0, at(d.at)), Buffer.from(d.text, 'utf8'), bytes.subarray(at(d.at))]);
    case 'insert-bytes':
      return Buffer.concat([bytes.subarray(0, at(d.at)), Buffer.from(d.bytes), bytes.subarray(at(d.at))]);
    case 'delete':
      return Buffer.concat([bytes.subarray(0, at(d.at)), bytes.subarray(at(d.at) + d.length)]);
    case 'truncate':
      return bytes.subarray(0, at(d.at));
    case 'swap-lines': {
      const lines = bytes.toString('latin1').split('\n');
      const index = (f: number) => Math.min(lines.length - 1, Math.floor(f * lines.length));
      const [i, j] = [index(d.at), index(d.other)];
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return Buffer.from(lines.join('\n'), 'latin1');
    }
  }
}

const damagedFile = fc.record({
  path: fc.constantFrom(...Object.keys(FILES)),
  damages: fc.array(damage, { minLength: 1, maxLength: 3 }),
});

// --- Checks ------------------------------------------------------------------------------------------------

const recordCount = (data: SiteData, kind: keyof SiteData) =>
  kind === 'faq' ? data.faq.reduce((sum, category) => sum + category.items.length, 0) : data[kind].length;

function expectSound(result: LoadResult): void {
  const { data, issues, recordsRead } = result;
  for (const issue of issues) {
    expect(typeof issue.file).toBe('string');
    expect(issue.message.ja.length).toBeGreaterThan(0);
    expect(issue.message.en.length).toBeGreaterThan(0);
    if (issue.line !== undefined) expect(Number.isInteger(issue.line) && issue.line >= 1, `line ${issue.line}`).toBe(true);
    if (issue.column !== undefined) expect(Number.isInteger(issue.column) && issue.column >= 1, `column ${issue.column}`).toBe(true);
  }
  expect([...issues].sort(compareIssues)).toEqual(issues);
  if (issues.length === 0) {
    // Nothing dropped anywhere.
    for (const kind of Object.keys(recordsRead) as (keyof SiteData)[]) expect(recordCount(data, kind), kind).toBe(recordsRead[kind]);
    return;
  }
  // Problems were found: still, a kind whose files drew no issue must have loaded every record it read.
  for (const [path, kind] of Object.entries(FILES)) {
    const folder = path.includes('/') ? path.slice(0, path.indexOf('/')) : path;
    const shown = displayPath(join(dir, folder));
    if (issues.some((issue) => issue.file.startsWith(shown))) continue;
    expect(recordCount(data, kind), `${kind}: no issue in ${folder}, yet records were dropped`).toBe(recordsRead[kind]);
  }
}

describe('loadSiteData on the fixture with one file damaged at random', { timeout: 30_000 }, () => {
  it('never throws; every issue is located and bilingual; no record is dropped without an issue', () => {
    let checked = 0;
    let withIssues = 0;
    fc.assert(
      fc.property(damagedFile, ({ path, damages }) => {
        const original = originals.get(path)!;
        writeFileSync(join(dir, path), damages.reduce(applyDamage, original));
        try {
          const result: LoadResult = loadSiteData(dir);
          expectSound(result);
          checked++;
          if (result.issues.length > 0) withIssues++;
        } finally {
          writeFileSync(join(dir, path), original);
        }
      }),
      { seed: SEED, numRuns: 60 },
    );
    // The damage is not a no-op: most runs find something, and the checks above really ran.
    expect(checked).toBeGreaterThan(40);
    expect(withIssues).toBeGreaterThan(checked / 2);
  });

  it('the undamaged copy still loads with no issues (each run restored its file)', () => {
    const result = loadSiteData(dir);
    expect(result.issues).toEqual([]);
    expectSound(result);
  });
});

describe('YAML aliases in a data file (found by the properties)', { timeout: 30_000 }, () => {
  const PATH = 'faq/basics.yaml';
  const ANSWER = 'answer: 秘密として管理されている情報です。';

  it('the fixture still has the answer the next test edits', () => {
    expect(originals.get(PATH)!.toString('utf8')).toContain(ANSWER);
  });

  it('reports an FAQ answer starting with Markdown bold (`answer: **重要**`) instead of throwing', () => {
    const original = originals.get(PATH)!;
    writeFileSync(join(dir, PATH), original.toString('utf8').replace(ANSWER, 'answer: **重要**'));
    try {
      const result = loadSiteData(dir);
      expect(result.issues.length).toBeGreaterThan(0);
    } finally {
      writeFileSync(join(dir, PATH), original);
    }
  });
});
