/** Checks that a built site shows every record the loader accepted: rows in = entries out. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { LoadResult } from '#src/data/load.ts';

export const page = (outDir: string, path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
const countEntries = (html: string, kind: string) => html.split(`data-entry="${kind}"`).length - 1;

/** Sum of entries of `kind` across the paginated listing /patents/, /patents/2/, … */
function countAcrossPages(outDir: string, section: string, kind: string): number {
  const pages = readdirSync(join(outDir, section)).filter((name) => /^\d+$/u.test(name));
  return [page(outDir, section), ...pages.map((n) => page(outDir, `${section}/${n}`))].reduce(
    (sum, html) => sum + countEntries(html, kind),
    0,
  );
}

export function expectEveryEntryRendered(outDir: string, { data }: LoadResult): void {
  const seminars = page(outDir, 'seminars');
  expect(countEntries(seminars, 'seminar')).toBe(data.seminars.length);
  for (const seminar of data.seminars) expect(seminars).toContain(`id="${seminar.id}"`);

  const detailPages = readdirSync(join(outDir, 'patents')).filter((name) => name.startsWith('L'));
  expect(detailPages.sort()).toEqual(data.patents.map((p) => p.license_no).sort());
  for (const patent of data.patents.slice(0, 50)) expect(page(outDir, `patents/${patent.license_no}`)).toContain(patent.license_no);
  expect(countAcrossPages(outDir, 'patents', 'patent')).toBe(data.patents.length);

  const faq = page(outDir, 'faq');
  const faqItems = data.faq.flatMap((category) => category.items);
  expect(countEntries(faq, 'faq')).toBe(faqItems.length);
  for (const item of faqItems) expect(faq).toContain(`id="${item.id}"`);

  expect(countEntries(page(outDir, 'windows'), 'window')).toBe(data.windows.length);
  expect(countEntries(page(outDir, 'cases'), 'case')).toBe(data.cases.length);
  expect(countEntries(page(outDir, 'news'), 'news')).toBe(data.news.length);
  const statistics = page(outDir, 'statistics');
  expect(countEntries(statistics, 'statistic')).toBe(data.statistics.length);
  expect(countEntries(statistics, 'statistic-row')).toBe(data.statistics.reduce((sum, s) => sum + s.rows.length, 0));
}
