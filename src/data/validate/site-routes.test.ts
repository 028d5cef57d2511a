import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXED_PAGES, isKnownPath, nearestRoute, siteRoutes } from './site-routes.ts';

const DATA = {
  seminars: [{ id: 'fy2027-osaka-1', date: '2027-05-14', prefecture: '大阪府', format: 'online' as const }],
  faq: [{ id: 'trade-secret', items: [{ id: 'trade-secret' }] }],
  statistics: [{ id: 'open-patent-database' }],
  patents: Array.from({ length: 150 }, (_, index) => ({ license_no: `L2016${String(index).padStart(6, '0')}`, field: 'ict', registered: '2016-04-01' })),
  patentFields: [{ id: 'ict' }, { id: 'empty' }],
};

describe('siteRoutes', () => {
  const routes = siteRoutes(DATA, ['about', 'guides/x']);

  it('has the pages the data makes, in both languages', () => {
    for (const path of ['/seminars/fy2027-osaka-1/', '/en/seminars/fy2027-osaka-1/', '/seminars/prefecture/osaka/', '/seminars/month/2027-05/', '/seminars/fy/2027/', '/seminars/format/online/', '/faq/trade-secret/', '/statistics/open-patent-database/', '/patents/2/', '/patents/fields/ict/2/', '/patents/fields/empty/', '/patents/years/2016/', '/about/', '/en/guides/x/', '/', '/en/']) {
      expect(routes.has(path), path).toBe(true);
    }
    expect(routes.has('/patents/3/')).toBe(false);
    // Known by license number instead (KnownPages.patents): 50,000 of them would dwarf the rest.
    expect(routes.has('/patents/L2016000001/')).toBe(false);
    expect(routes.has('/faq/other/')).toBe(false);
  });

  it('lists every page under src/pages that has no parameter', () => {
    const pagesDir = fileURLToPath(new URL('../../pages/[...lang]/', import.meta.url));
    const fixed = (readdirSync(pagesDir, { recursive: true }) as string[])
      .map((name) => name.split('\\').join('/'))
      .filter((name) => /\.(astro|ts)$/u.test(name) && !name.includes('['))
      .map((name) => `/${name.replace(/(^|\/)index\.astro$/u, '$1').replace(/\.astro$/u, '/').replace(/\.ts$/u, '')}`);
    for (const page of fixed) expect(FIXED_PAGES as readonly string[], page).toContain(page);
  });
});

describe('isKnownPath and nearestRoute', () => {
  const routes = siteRoutes(DATA);
  const known = { routes, patents: new Set(['L2016000001']), publicFiles: ['favicon.svg'] };
  it('ignores the anchor and query and the missing trailing slash; knows public files', () => {
    expect(isKnownPath('/faq/trade-secret#q1', known)).toBe(true);
    expect(isKnownPath('/seminars/?format=online', known)).toBe(true);
    expect(isKnownPath('/favicon.svg', known)).toBe(true);
    expect(isKnownPath('/seminar/', known)).toBe(false);
    expect(isKnownPath('/%E0%A4%A', known)).toBe(false);
  });

  it("knows a patent's own page by its license number, in both languages", () => {
    for (const path of ['/patents/L2016000001/', '/patents/L2016000001', '/en/patents/L2016000001/#contact', '/patents/L2016000001/index.html']) {
      expect(isKnownPath(path, known), path).toBe(true);
    }
    expect(isKnownPath('/patents/L2016000002/', known)).toBe(false);
    expect(isKnownPath('/en/patents/L2016000001/x/', known)).toBe(false);
  });

  it('suggests the nearest page', () => {
    expect(nearestRoute('/seminar/', routes)).toBe('/seminars/');
    expect(nearestRoute('/faq/trade-secrets', routes)).toBe('/faq/trade-secret/');
    expect(nearestRoute('/completely/else/here/', routes)).toBeUndefined();
  });
});
