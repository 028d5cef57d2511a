/** Finds the system Chromium (Debian's /usr/bin/chromium); browser tests never download a browser. */
import { existsSync } from 'node:fs';
import { describe, it } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumAvailable = existsSync(CHROMIUM_PATH);
/** Set by .ci/run: a missing browser is then a failure, not a skip. */
export const browserRequired = process.env.REQUIRE_BROWSER_TESTS === '1';

// playwright-core gives each launch a fresh, empty profile directory.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The axe-core rule sets every browser test checks: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Where Chromium is required (REQUIRE_BROWSER_TESTS=1, as in CI) but missing, adds a failing test that says so.
 * Elsewhere a suite guarded by `describe.runIf(chromiumAvailable)` is skipped, and `npm test` prints a notice.
 */
export function requireChromium(suite: string): void {
  if (chromiumAvailable || !browserRequired) return;
  describe(suite, () => {
    it('needs Chromium', () => {
      throw new Error(`REQUIRE_BROWSER_TESTS=1 but there is no browser at ${CHROMIUM_PATH}: apt-get install -y chromium`);
    });
  });
}
