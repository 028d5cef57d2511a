/** Whether a test file starts a browser: it then takes the browser slot, through one of these (browser-slot.ts). */
import { readFileSync } from 'node:fs';

const BROWSER_USE = /\b(?:launchTestBrowser|holdBrowserSlot)\(/u;

export const fileUsesBrowser = (path: string): boolean => BROWSER_USE.test(readFileSync(path, 'utf8'));
