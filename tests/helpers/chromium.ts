/** Finds the system Chromium (Debian's /usr/bin/chromium); browser tests never download a browser. */
import { existsSync } from 'node:fs';

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
