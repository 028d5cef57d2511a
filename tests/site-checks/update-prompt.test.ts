/**
 * The update prompt (UpdatePrompt.astro) is on exactly the pages whose scripts register the service worker
 * (src/scripts/register-sw.ts, which shows it): a page that registers the worker without it would switch to a new
 * build without a word, and one that has it without the script would carry a prompt that can never appear.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureSite } from '../../scripts/lib/page-weight.ts';
import { shippedSiteDir } from '../helpers/site-build.ts';

describe('the update prompt (shipped data)', () => {
  const dist = shippedSiteDir();
  const pages = measureSite(dist);
  const read = (url: string) => readFileSync(join(dist, ...url.split('/').filter(Boolean)), 'utf8');
  // workbox-window's call: only register-sw.ts brings it.
  const registers = (files: readonly string[]) =>
    files.some((file) => file.endsWith('.js') && /\.serviceWorker\.register\(/u.test(read(file)));

  it('is on every page that registers the service worker, and on no other', () => {
    const withScript = pages.filter((page) => registers(page.files)).map((page) => page.path);
    const withPrompt = pages
      .filter((page) => read(page.path.endsWith('/') ? `${page.path}index.html` : page.path).includes('data-update-prompt'))
      .map((page) => page.path);
    // The patent search, the data checker and the self-check, in both languages.
    expect(withScript).toEqual(
      expect.arrayContaining(['/patents/search/', '/en/patents/search/', '/data-check/', '/en/data-check/', '/trade-secret/self-check/']),
    );
    expect(withPrompt).toEqual(withScript);
  });
});
