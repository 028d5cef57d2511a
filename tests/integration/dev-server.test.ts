/**
 * npm run dev on a temporary copy of the data: pages are served with the development CSP, an edit to a data file
 * is read again in place (no restart) and open pages are told to reload, a new data file adds its page, and a
 * broken edit replaces every page by the list of problems (HTTP 500) instead of the old data.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(ROOT, 'tests/fixtures/data');

let work: string;
let data: string;
let server: ChildProcess;
let base: string;
let log = '';

/** The environment without what vitest sets (NODE_ENV=test, VITEST…), which would change how astro dev runs. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function get(path: string): Promise<{ status: number; body: string }> {
  try {
    const response = await fetch(`${base}${path}`, { headers: { accept: 'text/html' } });
    return { status: response.status, body: await response.text() };
  } catch {
    return { status: 0, body: '' };
  }
}

/** Polls until the page satisfies `ok` (the dev server reads the data again within about a second of an edit). */
async function until(path: string, ok: (page: { status: number; body: string }) => boolean, seconds = 90) {
  let last = { status: 0, body: '' };
  for (const end = Date.now() + seconds * 1000; Date.now() < end;) {
    last = await get(path);
    if (ok(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${path} never became as expected (last status ${last.status}); server log:\n${log.slice(-3000)}`);
}

const edit = (file: string, from: string, to: string) => {
  const path = join(data, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
};

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'inpit-dev-'));
  data = join(work, 'data');
  cpSync(FIXTURE, data, { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    // A cache kept between runs only saves Vite's dependency bundling; the data and pages are read fresh.
    env: { ...cleanEnv(), DATA_DIR: data, ASTRO_CACHE_DIR: join(ROOT, 'tmp/astro-cache-dev-test'), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk) => (log += String(chunk)));
  server.stderr!.on('data', (chunk) => (log += String(chunk)));
  await until('/seminars/fx-tokyo-1/', (page) => page.status === 200, 420);
}, 450_000);

afterAll(() => {
  if (server.pid) server.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

describe('npm run dev with the data', { timeout: 200_000 }, () => {
  it('serves styled pages: the development CSP allows the inline styles the dev server injects', async () => {
    const { body } = await get('/seminars/fx-tokyo-1/');
    expect(body).toContain('テスト東京①');
    expect(body).toMatch(/Content-Security-Policy" content="[^"]*style-src 'self' 'unsafe-inline'/u);
  });

  it('serves an edit to a data file without a restart, and tells open pages to reload', async () => {
    // What an open page's Vite client hears.
    const messages: string[] = [];
    const socket = new WebSocket(base.replace('http', 'ws'), 'vite-hmr');
    socket.addEventListener('message', (event) => messages.push(String(event.data)));
    await new Promise((resolve, reject) => {
      socket.addEventListener('open', resolve);
      socket.addEventListener('error', reject);
    });
    try {
      edit('seminars.csv', 'テスト東京①', 'テスト東京（編集後）');
      const page = await until('/seminars/fx-tokyo-1/', ({ body }) => body.includes('テスト東京（編集後）'));
      expect(page.status).toBe(200);
      await expect.poll(() => messages.some((message) => message.includes('"full-reload"')), { timeout: 30_000 }).toBe(true);
    } finally {
      socket.close();
    }
    expect(log).not.toMatch(/restart/iu);
  });

  it('shows the problems of a broken edit on every page, not the old data, and recovers when it is fixed', async () => {
    edit('seminars.csv', ',2015-04-17,', ',2015.4.17,');
    const page = await until('/seminars/fx-tokyo-1/', ({ status }) => status === 500);
    expect(page.body).toContain('データに問題があります');
    expect(page.body).toContain(
      '2行目・E列（date）: &quot;2015.4.17&quot; は YYYY-MM-DD 形式の日付ではありません（2015-04-17 の誤りでは？）',
    );
    expect(page.body).not.toContain('テスト東京（編集後）');
    expect(log).toContain('2015.4.17');
    edit('seminars.csv', ',2015.4.17,', ',2015-04-17,');
    await until('/seminars/fx-tokyo-1/', ({ status, body }) => status === 200 && body.includes('テスト東京（編集後）'));
  });

  it('adds the page of a new data file', async () => {
    const faq = readFileSync(join(data, 'faq/basics.yaml'), 'utf8');
    writeFileSync(
      join(data, 'faq/extra.yaml'),
      faq.replace('id: basics\n', 'id: extra\n').replaceAll('basics-', 'extra-').replace('title: 基本', 'title: 追加カテゴリ'),
    );
    await until('/faq/extra-what/', ({ status }) => status === 200);
    expect((await get('/faq/')).body).toContain('追加カテゴリ');
  });
});
