/**
 * Byte budgets per page type on the shared build of the shipped data/: the gzip size of each page's HTML, of
 * the CSS it links and of the JavaScript it can load, computed from the files (scripts/lib/page-weight.ts, where
 * the budgets and their measured figures are), so the result is the same on a busy machine as on a quiet one.
 */
import { describe, expect, it } from 'vitest';
import { ASSET_KINDS, BYTE_BUDGETS, heaviestByType, measureSite, overBudget, PAGE_TYPES } from '../../scripts/lib/page-weight.ts';
import { shippedSiteDir } from '../helpers/site-build.ts';

describe('byte budgets per page type (shipped data, gzip)', () => {
  const pages = measureSite(shippedSiteDir());
  const heaviest = heaviestByType(pages);
  console.log(
    [...heaviest]
      .map(
        ([type, by]) =>
          `${type}: ${ASSET_KINDS.map((kind) => `${kind} ${by[kind].bytes[kind]}/${BYTE_BUDGETS[type][kind]} (${by[kind].path})`).join(', ')}`,
      )
      .join('\n'),
  );

  it('has pages of every type, so every budget is checked', () => {
    expect(pages.length).toBeGreaterThan(100);
    expect([...heaviest.keys()].sort()).toEqual([...PAGE_TYPES].sort());
  });

  it('keeps every page within the budgets of its type', () => {
    expect(overBudget(pages)).toEqual([]);
  });

  it('counts what the heaviest pages load: their stylesheets, and Chart.js and the search worker where they are', () => {
    for (const by of heaviest.values()) expect(by.css.files.some((file) => file.endsWith('.css'))).toBe(true);
    const statistics = heaviest.get('statistics')!.js;
    // Chart.js is the bulk of a statistics page's JavaScript, loaded lazily: it must be counted.
    expect(statistics.bytes.js).toBeGreaterThan(40_000);
    // The search worker is counted; it loads Pagefind's own runtime by URL only for a search with words.
    expect(heaviest.get('patent-search')!.js.files.some((file) => /\/search-worker-[^/]+\.js$/u.test(file))).toBe(true);
  });
});
