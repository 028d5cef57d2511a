/**
 * npm test: astro sync, then the type check and lint side by side, then every Vitest project (unit, integration
 * builds, browser).
 * Browser tests need Debian's Chromium; without it they are skipped and this script says so loudly,
 * unless REQUIRE_BROWSER_TESTS=1 (set by .ci/run), where the browser test itself fails.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { CHROMIUM_PATH, TEST_BROWSER_PATH } from './lib/chromium.ts';

// The browser tests drive TEST_BROWSER_PATH and Lighthouse the desktop Chromium: either missing skips tests.
const missingBrowsers = [...new Set([TEST_BROWSER_PATH, CHROMIUM_PATH])].filter((path) => !existsSync(path));
const browserMissing = missingBrowsers.length > 0;
const banner = (lines: string[]) => {
  const rule = '!'.repeat(78);
  console.error(`\n${rule}\n${lines.map((line) => `!!  ${line}`).join('\n')}\n${rule}\n`);
};
const browserNotice = [
  `BROWSER TESTS WERE NOT RUN: no Chromium at ${missingBrowsers.join(' or ')}.`,
  'Install it with: apt-get install -y chromium chromium-headless-shell   (or set CHROMIUM_PATH)',
  'Everything else ran. CI sets REQUIRE_BROWSER_TESTS=1, where this is a failure.',
];

if (browserMissing) banner(browserNotice);

// The whole suite always builds data/ itself: a reused build (SHIPPED_SITE_DIR, for work on one test) could be stale.
const env = { ...process.env };
delete env.SHIPPED_SITE_DIR;
const run = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;

/** Runs a command with its output held back, then prints that output whole: two at once do not interleave. */
const runQuietly = (command: string, args: string[]) =>
  new Promise<{ status: number; output: string }>((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ status: 1, output: `${command}: ${error.message}\n` }));
    child.on('close', (status) => resolve({ status: status ?? 1, output }));
  });

// astro sync writes the .astro/ types that both the type check and the type-aware lint rules read; then the two
// run side by side: each is mostly one thread, and there are two cores.
const sync = run('astro', ['sync']);
const jobs = await Promise.all([runQuietly('astro', ['check', '--noSync']), runQuietly('eslint', ['.'])]);
for (const { output } of jobs) process.stdout.write(output);
const [typecheck, lint] = jobs.map(({ status }) => status);
mkdirSync('tmp', { recursive: true });
const report = 'tmp/vitest-report.json';
const vitest = run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);

let summary = 'tests: no report';
if (existsSync(report)) {
  const counts = JSON.parse(readFileSync(report, 'utf8')) as Record<
    'numPassedTests' | 'numFailedTests' | 'numPendingTests' | 'numTodoTests',
    number
  >;
  const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = counts;
  summary = `tests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped`;
}
if (browserMissing) banner(browserNotice);
if (sync !== 0) console.error('astro sync failed');
if (typecheck !== 0) console.error('astro check (type check) failed');
if (lint !== 0) console.error('eslint (npm run lint) failed');
console.log(summary);
process.exit(sync === 0 && typecheck === 0 && lint === 0 && vitest === 0 ? 0 : 1);
