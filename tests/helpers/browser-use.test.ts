import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './build-site.ts';
import { fileUsesBrowser } from './browser-use.ts';

describe('fileUsesBrowser', () => {
  const dir = mkdtempSync(join(tmpdir(), 'browser-use-'));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  // Written as calls only in the fixtures, so that this file itself does not read as one that starts a browser.
  const call = (name: string) => `${name}()`;

  it('finds the two ways to take the browser slot, and nothing else', () => {
    expect(fileUsesBrowser(file('a.ts', `browser = await ${call('launchTestBrowser')};`))).toBe(true);
    expect(fileUsesBrowser(file('b.ts', `const release = await ${call('holdBrowserSlot')};`))).toBe(true);
    expect(fileUsesBrowser(file('c.ts', "import { launchTestBrowser } from './chromium.ts';"))).toBe(false);
    expect(fileUsesBrowser(file('d.ts', 'await buildSite(data, out);'))).toBe(false);
  });

  it('holds for every test file that starts a browser: none launches one past the slot', () => {
    const testFiles = readdirSync(join(ROOT, 'tests'), { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.test.ts'))
      .map((path) => join(ROOT, 'tests', path));
    const text = (path: string) => readFileSync(path, 'utf8');
    const named = (paths: string[]) => paths.map((path) => relative(ROOT, path));
    expect(named(testFiles.filter((path) => /\bchromium\.launch\(/u.test(text(path)))), 'launch through launchTestBrowser').toEqual([]);
    const lighthouse = testFiles.filter((path) => /\brunLighthouse\(/u.test(text(path)));
    expect(lighthouse.length, 'the Lighthouse test').toBeGreaterThan(0);
    expect(named(lighthouse.filter((path) => !fileUsesBrowser(path)))).toEqual([]);
  });
});
