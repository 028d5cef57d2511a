/** The data:format CLI on a file it cannot rewrite: a clear message with the line, exit 1, no stack trace, no write. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('./data-format.ts', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'inpit-data-format-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run data:format', () => {
  it('reports an unclosed quote on the line it opens, writes nothing and exits 1 without a stack trace', () => {
    const file = join(work, 'seminars.csv');
    const text = 'id,title\nfy2027-1,"閉じていない\nfy2027-2,二行目\n';
    writeFileSync(file, text);
    const { DATA_DIR: _dataDir, INIT_CWD: _initCwd, ...env } = process.env;
    const result = spawnSync(process.execPath, [SCRIPT, file], {
      cwd: work,
      env: { ...env, DATA_DIR: work },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status, output).toBe(1);
    expect(output).toContain('seminars.csv:2:');
    expect(output).toContain('引用符');
    expect(output).toContain('not rewritten');
    expect(output).not.toMatch(/^ {4}at /mu);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});
