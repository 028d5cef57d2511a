/**
 * Reproducible builds: the fixture data built twice with the same BUILD_DATE gives the same bytes in every file
 * (HTML, assets, calendars, feeds, downloads, the sitemap and the Pagefind index), nothing excluded.
 *
 * The first is the run's shared build of the fixture (fixtureBuild(), which build.test.ts reads too). The second
 * deliberately runs under different conditions that must not matter: another output folder, its own Astro cache,
 * another time zone, and a wall clock more than a year ahead (a preloaded module shifts Date). BUILD_DATE pins
 * the build's "today"; nothing else may read the clock.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, type BuildResult } from '../helpers/build-site.ts';
import { FIXTURE_BUILD_ENV, FIXTURE_DATA_DIR, fixtureBuild } from '../helpers/site-build.ts';
import { listFiles } from '#src/integration/pagefind.ts';

/** How far ahead the second build's clock runs: more than a year, so every "today" computed from it differs. */
const CLOCK_SHIFT_DAYS = 400;

mkdirSync(join(ROOT, 'tmp'), { recursive: true });
const work = mkdtempSync(join(ROOT, 'tmp', 'reproducible-'));
let first: string;
const second = join(work, 'second');
const builds: BuildResult[] = [];

/**
 * A module preloaded with --import: every Date made without arguments, and Date.now(), run CLOCK_SHIFT_DAYS ahead.
 * Each process that loads it notes the shifted time in SHIFT_CLOCK_LOG, so the test knows it took effect.
 */
const SHIFT_CLOCK = `
import { appendFileSync } from 'node:fs';
const shift = ${CLOCK_SHIFT_DAYS} * 86_400_000;
const RealDate = Date;
const now = () => RealDate.now() + shift;
globalThis.Date = new Proxy(RealDate, {
  construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
  apply: () => new RealDate(now()).toString(),
  get: (target, property, receiver) => (property === 'now' ? now : Reflect.get(target, property, receiver)),
});
if (process.env.SHIFT_CLOCK_LOG) appendFileSync(process.env.SHIFT_CLOCK_LOG, new Date().toISOString() + '\\n');
`;

/** Where two versions of a text file first differ, for the failure message. */
function firstDifference(path: string, a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (buffer: Buffer) => JSON.stringify(buffer.subarray(Math.max(0, i - 60), i + 60).toString('utf8'));
  return `${path} differs at byte ${i}:\n  first:  ${around(a)}\n  second: ${around(b)}`;
}

beforeAll(async () => {
  const preload = join(work, 'shift-clock.mjs');
  const clockLog = join(work, 'shift-clock.log');
  writeFileSync(clockLog, '');
  writeFileSync(preload, SHIFT_CLOCK);
  const shared = await fixtureBuild();
  first = shared.outDir;
  builds.push(shared.result);
  builds.push(
    await buildSite(FIXTURE_DATA_DIR, second, {
      BUILD_DATE: FIXTURE_BUILD_ENV.BUILD_DATE,
      ASTRO_CACHE_DIR: join(work, 'cache-second'),
      TZ: 'America/Los_Angeles',
      SHIFT_CLOCK_LOG: clockLog,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${pathToFileURL(preload).href}`.trim(),
    }),
  );
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('two builds of the fixture with the same BUILD_DATE', () => {
  it('both succeed', () => {
    for (const build of builds) expect(build.code, build.stderr).toBe(0);
  });

  it('really ran the second build with its clock shifted', () => {
    // The shifted clock is what makes this test meaningful: the build process loaded the preload and saw the future.
    const seen = readFileSync(join(work, 'shift-clock.log'), 'utf8').split('\n').filter(Boolean);
    expect(seen.length).toBeGreaterThan(0);
    for (const time of seen) expect(Date.parse(time) - Date.now()).toBeGreaterThan((CLOCK_SHIFT_DAYS - 1) * 86_400_000);
  });

  it('write the same set of files, Pagefind index and sitemap included', () => {
    const files = listFiles(first);
    expect(listFiles(second)).toEqual(files);
    expect(files).toEqual(
      expect.arrayContaining([
        'index.html',
        'sitemap-index.xml',
        'sitemap-0.xml',
        'pagefind/pagefind.js',
        'news/feed.xml',
        'seminars/upcoming.ics',
        '_headers',
      ]),
    );
    expect(files.some((file) => file.startsWith('pagefind/fragment/'))).toBe(true);
    expect(files.some((file) => file.startsWith('pagefind/index/'))).toBe(true);
    expect(files.some((file) => file.startsWith('_astro/'))).toBe(true);
  });

  it('write every file byte for byte the same', () => {
    const differences = listFiles(first).flatMap((file) => {
      const a = readFileSync(join(first, file));
      const b = readFileSync(join(second, file));
      return a.equals(b) ? [] : [firstDifference(file, a, b)];
    });
    expect(differences).toEqual([]);
  });
});
