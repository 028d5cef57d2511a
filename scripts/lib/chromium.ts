/**
 * The system Chromium and the flags it needs on these machines, for the browser tests, Lighthouse and the bench
 * alike. Without the background-networking flags Chromium keeps trying to reach Google's hosts, which this closed
 * network refuses.
 */
import { existsSync } from 'node:fs';

/** Debian's desktop Chromium (`apt-get install -y chromium`): Lighthouse and the bench measure with it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's chromium-headless-shell: the same Blink and V8 as chromium, built for headless use alone. */
export const HEADLESS_SHELL_PATH = '/usr/bin/chromium-headless-shell';

/**
 * The browser the tests drive: the headless shell where it is installed, as Playwright itself does for headless
 * runs (it starts and loads pages faster than the desktop browser run headless); else the desktop Chromium.
 * CHROMIUM_PATH overrides both.
 */
export const TEST_BROWSER_PATH = process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL_PATH) ? HEADLESS_SHELL_PATH : CHROMIUM_PATH);

/** Everything but the headless flag, which playwright-core and chrome-launcher spell differently. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
