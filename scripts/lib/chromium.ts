/**
 * The system Chromium (Debian's /usr/bin/chromium) and the flags it needs on these machines, for the browser
 * tests and the Lighthouse runner alike. Without the background-networking flags Chromium keeps trying to reach
 * Google's hosts, which this closed network refuses.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
