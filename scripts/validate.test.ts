/** The validate CLI as staff and CI run it: a real process on real files, checking exit codes and output. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('./validate.ts', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../tests/fixtures/data', import.meta.url));

/** The environment without the variables that change the CLI's defaults (CI sets GITHUB_ACTIONS). */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { GITHUB_ACTIONS: _actions, DATA_DIR: _dataDir, DEBUG: _debug, ...env } = process.env;
  return { ...env, ...extra };
}

function validate(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: options.cwd,
    env: cleanEnv(options.env),
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}${result.stderr}` };
}

const noStackTrace = (output: string) => expect(output, output).not.toMatch(/^ {4}at /mu);

let root: string;
beforeAll(() => {
  // root/data is a copy of the fixture with one broken date; running in root gives the paths CI sees (data/…).
  root = mkdtempSync(join(tmpdir(), 'inpit-validate-cli-'));
  cpSync(FIXTURE, join(root, 'data'), { recursive: true });
  const path = join(root, 'data', 'seminars.csv');
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(',2015-04-17,');
  writeFileSync(path, text.replace(',2015-04-17,', ',2015.4.17,'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('npm run validate: valid data', { timeout: 30_000 }, () => {
  it('exits 0 on the fixture and prints the record counts', () => {
    const { status, stdout, output } = validate(['--data-dir', FIXTURE]);
    expect(status, output).toBe(0);
    expect(stdout).toMatch(/^データに問題はありません \/ Data OK: seminars 3, patents 2, FAQ 2/u);
    noStackTrace(output);
  });

  it('prints no annotations for valid data in the github format', () => {
    const { status, output } = validate(['--data-dir', FIXTURE, '--format', 'github']);
    expect(status, output).toBe(0);
    expect(output).not.toContain('::error');
  });
});

describe('npm run validate: a broken date', { timeout: 30_000 }, () => {
  const DATE_MESSAGE =
    '"2015.4.17" は YYYY-MM-DD 形式の日付ではありません（2015-04-17 の誤りでは？） / "2015.4.17" is not a date in YYYY-MM-DD form (did you mean 2015-04-17?)';

  it('text format: one file:line:col: field: message line, the summary, exit 1', () => {
    const { status, stdout, stderr, output } = validate(['--data-dir', join(root, 'data')]);
    expect(status, output).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/seminars\.csv:2:5: 2行目・E列（date）: /u);
    expect(lines[0]).toBe(`${join(root, 'data', 'seminars.csv')}:2:5: 2行目・E列（date）: ${DATE_MESSAGE}`);
    expect(lines[1]).toBe('1 件の問題があります。サイトは作成されていません。 / 1 problem(s) found; nothing was built.');
    expect(output).not.toContain('::error');
    noStackTrace(output);
  });

  it('text format: paths are relative to the working directory, as staff type them', () => {
    const { status, stderr } = validate(['--data-dir', 'data', '--format', 'text'], { cwd: root });
    expect(status).toBe(1);
    expect(stderr.split('\n')[0]).toBe(`data/seminars.csv:2:5: 2行目・E列（date）: ${DATE_MESSAGE}`);
  });

  it('github format: an ::error command on the cell, then the plain lines', () => {
    const { status, stdout, output } = validate(['--data-dir', 'data', '--format', 'github'], { cwd: root });
    expect(status, output).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      `::error file=data/seminars.csv,line=2,col=5,title=date::${DATE_MESSAGE}`,
      `data/seminars.csv:2:5: 2行目・E列（date）: ${DATE_MESSAGE}`,
      '1 件の問題があります。サイトは作成されていません。 / 1 problem(s) found; nothing was built.',
    ]);
    noStackTrace(output);
  });

  it('github format with --lang en', () => {
    const { status, stdout } = validate(['--data-dir', 'data', '--format', 'github', '--lang', 'en'], { cwd: root });
    expect(status).toBe(1);
    expect(stdout.split('\n')[0]).toBe(
      '::error file=data/seminars.csv,line=2,col=5,title=date::"2015.4.17" is not a date in YYYY-MM-DD form (did you mean 2015-04-17?)',
    );
  });

  it('picks the github format by itself inside GitHub Actions', () => {
    const { status, stdout } = validate(['--data-dir', 'data'], { cwd: root, env: { GITHUB_ACTIONS: 'true' } });
    expect(status).toBe(1);
    expect(stdout).toMatch(/^::error file=data\/seminars\.csv,line=2,col=5,title=date::/u);
  });

  it('--format text wins over GITHUB_ACTIONS', () => {
    const { status, output } = validate(['--data-dir', 'data', '--format', 'text'], { cwd: root, env: { GITHUB_ACTIONS: 'true' } });
    expect(status).toBe(1);
    expect(output).not.toContain('::error');
    expect(output).toContain('data/seminars.csv:2:5: 2行目・E列（date）: ');
  });
});

describe('npm run validate: many problems', { timeout: 60_000 }, () => {
  let many: string;
  const ROWS = 1500;
  beforeAll(() => {
    // Far more than 64 KiB of output: one bad date on each of 1,500 copies of a fixture row.
    many = mkdtempSync(join(tmpdir(), 'inpit-validate-many-'));
    cpSync(FIXTURE, join(many, 'data'), { recursive: true });
    const path = join(many, 'data', 'seminars.csv');
    const [header, first] = readFileSync(path, 'utf8').split('\n');
    expect(first).toContain(',2015-04-17,');
    const rows = Array.from({ length: ROWS }, (_, index) =>
      first!.replace(/^[^,]+/u, `bulk-${index}`).replace(',2015-04-17,', ',2015.4.17,'),
    );
    writeFileSync(path, [header, ...rows, ''].join('\n'));
  });
  afterAll(() => {
    rmSync(many, { recursive: true, force: true });
  });

  it('github format: the whole report arrives through a pipe, not cut at 64 KiB', () => {
    const { status, stdout } = validate(['--data-dir', 'data', '--format', 'github'], { cwd: many });
    expect(status).toBe(1);
    expect(Buffer.byteLength(stdout)).toBeGreaterThan(256 * 1024);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.filter((line) => line.startsWith('::error ')).length).toBe(ROWS);
    expect(lines.filter((line) => line.startsWith('data/seminars.csv:')).length).toBe(ROWS);
    expect(lines.at(-1)).toContain('GitHub の注釈に表示されるのは最初の 10 件だけです');
  });

  it('inside GitHub Actions: every problem goes to the job summary as a Japanese table', () => {
    const summary = join(many, 'summary.md');
    writeFileSync(summary, '');
    const { status } = validate(['--data-dir', 'data'], { cwd: many, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } });
    expect(status).toBe(1);
    const table = readFileSync(summary, 'utf8');
    expect(table).toContain(`### データの検証: ${ROWS} 件の問題`);
    expect(table).toContain('| ファイル | 場所 | 問題と直し方 | file:line:col |');
    expect(table).toContain(
      '| data/seminars.csv | 2行目・E列（date） | "2015.4.17" は YYYY-MM-DD 形式の日付ではありません（2015-04-17 の誤りでは？） | `data/seminars.csv:2:5` |',
    );
    expect(table.split('\n').filter((line) => line.startsWith('| data/seminars.csv |')).length).toBe(ROWS);
  });

  it('text format: every line arrives on stderr too', () => {
    const { status, stderr } = validate(['--data-dir', 'data', '--format', 'text'], { cwd: many });
    expect(status).toBe(1);
    expect(stderr.trimEnd().split('\n').at(-1)).toBe(
      `${ROWS} 件の問題があります。サイトは作成されていません。 / ${ROWS} problem(s) found; nothing was built.`,
    );
  });
});

describe('npm run validate: mistakes on the command line', { timeout: 30_000 }, () => {
  it('rejects an unknown --format in one line', () => {
    const { status, stderr, output } = validate(['--data-dir', FIXTURE, '--format', 'json']);
    expect(status).toBe(1);
    expect(stderr.trim()).toBe('error: --format must be text or github (got json)');
    noStackTrace(output);
  });

  it('rejects an unknown option in one line', () => {
    const { status, stderr, output } = validate(['--formt', 'github']);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^error: .*--formt/u);
    noStackTrace(output);
  });

  it('reports a data directory that does not exist as missing files, not a crash', () => {
    const { status, output } = validate(['--data-dir', join(root, 'no-such-dir'), '--format', 'github']);
    expect(status).toBe(1);
    expect(output).toMatch(/^::error file=[^,]*no-such-dir[^,]*seminars\.csv::ファイルがありません/mu);
    noStackTrace(output);
  });
});
