import { defineConfig } from 'vitest/config';
import BrowserSpreadSequencer from './tests/helpers/sequencer.ts';

/** Tests under tests/ that need no build and no browser: they run with the unit tests. */
const TEST_HELPER_UNITS = ['tests/helpers/*.test.ts', 'tests/search/metrics.test.ts'];

/**
 * Both projects run in one pool of two workers, so that builds, servers and unit tests run beside the browser
 * tests; one browser at a time (tests/helpers/browser-slot.ts), in an order that keeps the slot busy
 * (tests/helpers/sequencer.ts). Two whatever the cores: on this two-core machine a third would crowd the browser,
 * and with more cores the browser files in a row stay the longest path.
 */
const WORKERS = 2;

export default defineConfig({
  test: {
    sequence: { sequencer: BrowserSpreadSequencer },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', ...TEST_HELPER_UNITS],
          environment: 'node',
          // Files share their worker's modules instead of importing Zod, csv-parse and the schemas afresh each,
          // which was most of the project's time. A test that mocks a module resets the module registry itself
          // (src/integration/pagefind.test.ts); the files pass in shuffled orders (--sequence.shuffle).
          isolate: false,
          maxWorkers: WORKERS,
          // Some start a process (the CLI scripts) or run many property cases: on a busy machine 5 s is not a bug.
          testTimeout: 60_000,
        },
      },
      {
        // Real builds and a real browser. Two files at a time, but one browser (browser-slot.ts): two browser
        // files at once made keyboard and print tests flaky. Builds get their own Astro cache and out dir
        // (build-site.ts), so a build never races another, and builds that several files share wait for each
        // other (sharedBuild). The globalSetup builds the shipped data/ once per run for every file (site-build.ts).
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: TEST_HELPER_UNITS,
          globalSetup: ['tests/helpers/shipped-site-setup.ts'],
          environment: 'node',
          maxWorkers: WORKERS,
          // Generous: axe-core over a dozen pages took over 120 s with eight test runs sharing two cores. These
          // only stop a hung test; nothing here is a speed check.
          testTimeout: 300_000,
          hookTimeout: 600_000,
          // Waits inside browser tests allow 120 s for the same reason: expect.poll here, and Playwright's waits
          // where they are called (its default is 30 s).
          expect: { poll: { timeout: 120_000 } },
        },
      },
    ],
  },
});
