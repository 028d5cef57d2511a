import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeDataFile } from '#src/data/parse/decode.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

// CP932 bytes, as Excel's "CSV (コンマ区切り)" writes them.
const SEMINAR = [0x83, 0x5a, 0x83, 0x7e, 0x83, 0x69, 0x81, 0x5b]; // セミナー
const TOKYO = [0x93, 0x8c, 0x8b, 0x9e, 0x93, 0x73]; // 東京都
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const SJIS_CSV = Uint8Array.from([...ascii('title,prefecture\r\n'), ...SEMINAR, 0x2c, ...TOKYO, 0x0d, 0x0a]);
const UTF8_BOM = [0xef, 0xbb, 0xbf];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'data-utf8-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/data-utf8.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: dir },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

function expectOneLineError(stderr: string) {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^error: /u);
  expect(stderr).not.toMatch(/\n\s+at /u);
}

describe('npm run data:utf8', () => {
  it('converts a Shift_JIS file to UTF-8 with a BOM, in place, keeping CRLF', () => {
    const path = write('seminars.csv', SJIS_CSV);
    const { status, stdout, stderr } = run('seminars.csv');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout.trim()).toBe('seminars.csv: Shift_JIS から UTF-8 に変換しました / converted from Shift_JIS to UTF-8');
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual(UTF8_BOM);
    expect(bytes.subarray(3).toString('utf8')).toBe('title,prefecture\r\nセミナー,東京都\r\n');
    expect(decodeDataFile(bytes)).toEqual({ ok: true, text: 'title,prefecture\r\nセミナー,東京都\r\n' });
    expect(readdirSync(dir)).toEqual(['seminars.csv']);
  });

  it('keeps the original as FILE.sjis.bak with --backup', () => {
    write('faq.yaml', SJIS_CSV);
    const { status, stdout } = run('--backup', 'faq.yaml');
    expect(status).toBe(0);
    expect(stdout).toContain('faq.yaml.sjis.bak');
    expect([...readFileSync(join(dir, 'faq.yaml.sjis.bak'))]).toEqual([...SJIS_CSV]);
    expect(readFileSync(join(dir, 'faq.yaml'), 'utf8')).toBe('\uFEFFtitle,prefecture\r\nセミナー,東京都\r\n');
  });

  it('will not overwrite an earlier backup', () => {
    write('a.csv', SJIS_CSV);
    write('a.csv.sjis.bak', 'older backup');
    const { status, stderr } = run('a.csv', '--backup');
    expect(status).toBe(1);
    expectOneLineError(stderr);
    expect(stderr).toContain('a.csv.sjis.bak');
    expect([...readFileSync(join(dir, 'a.csv'))]).toEqual([...SJIS_CSV]);
    expect(readFileSync(join(dir, 'a.csv.sjis.bak'), 'utf8')).toBe('older backup');
  });

  it('leaves a UTF-8 file untouched and says so', () => {
    const text = 'title,prefecture\nセミナー,東京都\n';
    const plain = write('plain.csv', text);
    const withBom = write('bom.csv', `\uFEFF${text}`);
    const { status, stdout } = run('plain.csv', 'bom.csv', '--backup');
    expect(status).toBe(0);
    expect(stdout).toContain('plain.csv: すでに UTF-8 です。変更していません / already UTF-8; left unchanged');
    expect(stdout).toContain('bom.csv: すでに UTF-8 です');
    expect(readFileSync(plain, 'utf8')).toBe(text);
    expect(readFileSync(withBom, 'utf8')).toBe(`\uFEFF${text}`);
    expect(readdirSync(dir).sort()).toEqual(['bom.csv', 'plain.csv']);
  });

  it('rejects a file that is neither UTF-8 nor Shift_JIS with one line and exit 1, leaving it alone', () => {
    const bytes = Uint8Array.from([...ascii('a\n'), 0x62, 0xfd, 0x0a]);
    const path = write('broken.csv', bytes);
    const { status, stdout, stderr } = run('broken.csv');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expectOneLineError(stderr);
    expect(stderr).toContain('broken.csv');
    expect(stderr).toContain('Shift_JIS');
    expect(stderr).toContain('line 2');
    expect([...readFileSync(path)]).toEqual([...bytes]);
  });

  it('names UTF-16 (Excel "Unicode Text") for what it is', () => {
    write('u16.csv', Uint8Array.from([0xff, 0xfe, 0x61, 0x00]));
    const { status, stderr } = run('u16.csv');
    expect(status).toBe(1);
    expectOneLineError(stderr);
    expect(stderr).toContain('UTF-16');
  });

  it('converts the good files and still exits 1 when another one fails', () => {
    const good = write('good.csv', SJIS_CSV);
    const { status, stdout, stderr } = run('missing.csv', 'good.csv');
    expect(status).toBe(1);
    expectOneLineError(stderr);
    expect(stderr).toContain('missing.csv');
    expect(stdout).toContain('good.csv: Shift_JIS から UTF-8 に変換しました');
    expect(readFileSync(good, 'utf8')).toBe('\uFEFFtitle,prefecture\r\nセミナー,東京都\r\n');
  });

  it('accepts absolute paths', () => {
    const path = write('abs.csv', SJIS_CSV);
    expect(run(path).status).toBe(0);
    expect(readFileSync(path, 'utf8').startsWith('\uFEFFtitle')).toBe(true);
  });

  it('needs at least one file, and rejects unknown options, without a stack trace', () => {
    const none = run();
    expect(none.status).toBe(1);
    expectOneLineError(none.stderr);
    expect(none.stderr).toContain('usage');
    const unknown = run('--bogus', 'x.csv');
    expect(unknown.status).toBe(1);
    expectOneLineError(unknown.stderr);
    expect(existsSync(join(dir, 'x.csv'))).toBe(false);
  });
});
