import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadBrowserFiles, type SpreadFile } from './browser-spread.ts';

const file = (name: string, usesBrowser: boolean, seconds: number): SpreadFile<string> => ({ file: name, usesBrowser, seconds });

describe('spreadBrowserFiles', () => {
  it('puts after each browser file, slowest first, other files that take about as long', () => {
    const order = spreadBrowserFiles([
      file('unit-a', false, 1),
      file('browser-short', true, 10),
      file('build', false, 20),
      file('browser-long', true, 30),
      file('unit-b', false, 1),
      file('lint', false, 15),
    ]);
    expect(order).toEqual(['browser-long', 'build', 'lint', 'browser-short', 'unit-a', 'unit-b']);
  });

  it('leaves no browser file next to another while other files remain', () => {
    const order = spreadBrowserFiles([file('b1', true, 5), file('b2', true, 5), file('o1', false, 1), file('o2', false, 1)]);
    expect(order).toEqual(['b1', 'o1', 'o2', 'b2']);
  });

  it('returns every file once, whatever the files', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ usesBrowser: fc.boolean(), seconds: fc.nat(100) })), (specs) => {
        const files = specs.map((spec, index) => ({ ...spec, file: index }));
        const order = spreadBrowserFiles(files);
        expect([...order].sort((a, b) => a - b)).toEqual(files.map((f) => f.file));
        const browser = files.filter((f) => f.usesBrowser).map((f) => f.file);
        expect(order.filter((f) => browser.includes(f))).toHaveLength(browser.length);
      }),
    );
  });
});
