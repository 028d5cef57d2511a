/**
 * node scripts/data-check-screenshots.ts --site DIR [--out docs/images]
 * Screenshots of /data-check/ for docs/staff-guide.md: problems found in an edited seminars.csv, and the preview
 * of files without problems. DIR is a build of the shipped data (npm run build; OUT_DIR=… for another folder).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { serveDirectory } from './lib/static-server.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { fail, parseCli } from './lib/cli.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseCli({ site: { type: 'string' }, out: { type: 'string', default: 'docs/images' } });
if (!values.site) fail('--site DIR is required (a build of the shipped data)');
const out = resolve(values.out);
mkdirSync(out, { recursive: true });

const shipped = (path: string) => readFileSync(join(ROOT, 'data', path), 'utf8');
/** A staff edit with three slips: a month that does not exist, a Japanese word for the format, an id used twice. */
function editedSeminars(): string {
  const lines = shipped('seminars.csv').split('\n');
  lines[2] = lines[2]!.replace(/,(\d{4})-(\d{2})-(\d{2}),/u, ',$1-13-$3,');
  lines[3] = lines[3]!.replace(/,(in_person|online|hybrid),/u, ',会場,');
  lines[4] = lines[4]!.replace(/^[^,]+/u, lines[1]!.split(',')[0]!);
  return lines.join('\n');
}

const work = mkdtempSync(join(tmpdir(), 'data-check-shots-'));
const file = (name: string, text: string) => {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
};
const site = await serveDirectory(resolve(values.site));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--headless', ...CHROMIUM_FLAGS] });
try {
  const shoot = async (name: string, files: string[], width: number, clip: (page: Page) => Promise<void>) => {
    const page = await browser.newPage({ viewport: { width, height: 1000 } });
    await page.goto(`${site.url}/data-check/`);
    await page.setInputFiles('#dc-files', files);
    await page.locator('#dc-status').filter({ hasText: '確認しました' }).waitFor({ timeout: 60_000 });
    await clip(page);
    await page.screenshot({ path: join(out, name), fullPage: false });
    await page.close();
  };
  const problems = file('seminars.csv', editedSeminars());
  await shoot('data-check-problems.png', [problems], 1100, (page) => page.locator('#dc-drop').evaluate((el) => el.scrollIntoView()));
  const faq = file('consultation.yaml', shipped('faq/consultation.yaml'));
  const good = join(work, 'ok');
  mkdirSync(good);
  const seminars = join(good, 'seminars.csv');
  writeFileSync(seminars, shipped('seminars.csv'));
  await shoot('data-check-preview.png', [faq], 1100, async (page) => {
    await page.locator('.dc-faq summary').first().click();
    await page
      .locator('.dc-file')
      .first()
      .evaluate((el) => el.scrollIntoView());
  });
  await shoot('data-check-preview-seminars.png', [seminars], 1100, (page) =>
    page
      .locator('.dc-file')
      .first()
      .evaluate((el) => el.scrollIntoView()),
  );
  console.log(`wrote ${out}/data-check-*.png`);
} finally {
  await browser.close();
  await site.close();
  rmSync(work, { recursive: true, force: true });
}
