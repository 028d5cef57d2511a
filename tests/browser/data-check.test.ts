/**
 * /data-check/ in Chromium: for fixture files of every kind of problem the CLI reports, the page shows the same
 * lines (file:line:column: field: message) as the CLI on the shipped data with those files replaced; a Shift_JIS
 * file downloads as UTF-8 with BOM, and any chosen file in canonical form as npm run data:format writes it; the
 * progress bar moves; files without problems are previewed; bad input gets a message, not a crash;
 * axe finds no violations and the page works from the keyboard.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnLetter } from '#src/data/check/context.ts';
import { loadSiteData } from '#src/data/load.ts';
import { formatIssue } from '#src/data/validate/issues.ts';
import { ROOT } from '../helpers/build-site.ts';
import { axeViolations, chromiumAvailable, collectErrors, launchTestBrowser, requireChromium } from '../helpers/chromium.ts';
import { shippedSiteDir } from '../helpers/site-build.ts';
import { excelSave } from '../../scripts/lib/excel-save.ts';
import { serveDirectory } from '../../scripts/lib/static-server.ts';

requireChromium('data-check browser tests');

const DATA = join(ROOT, 'data');
const shipped = (path: string) => readFileSync(join(DATA, path), 'utf8');
const { data, facts } = loadSiteData(DATA);

/** Replaces the `n`th line (1-based) of a text. */
function editLine(text: string, n: number, edit: (line: string) => string): string {
  const lines = text.split('\n');
  lines[n - 1] = edit(lines[n - 1]!);
  return lines.join('\n');
}
const seminars = shipped('seminars.csv');
const patents = shipped('patents.csv');
const [faqA, faqB] = facts.folders.faq as [string, string];

/** 'セミナー' in CP932 after an ASCII header: what Excel's "CSV (Comma delimited)" writes. */
const SHIFT_JIS_SEMINARS = Buffer.from([...Buffer.from('id,title\nx,'), 0x83, 0x5a, 0x83, 0x7e, 0x83, 0x69, 0x81, 0x5b, 0x0a]);

/** Each case: files (paths inside data/) whose problems the page must list exactly as the CLI does. */
const CASES: Record<string, Record<string, string | Buffer>> = {
  'bad date, unknown enum value, duplicate id, wrong field count': {
    'seminars.csv': [
      (t: string) => editLine(t, 2, (l) => l.replace(/,(\d{4})-(\d{2})-(\d{2}),/u, ',$1/13/45,')),
      (t: string) => editLine(t, 3, (l) => l.replace(/,(in_person|online|hybrid),/u, ',onsite,')),
      (t: string) => editLine(t, 4, (l) => l.replace(/^[^,]+/u, seminars.split('\n')[1]!.split(',')[0]!)),
      (t: string) => editLine(t, 5, (l) => `${l},extra`),
    ].reduce((text, edit) => edit(text), seminars),
  },
  'missing required column and unknown column': {
    'windows.csv': editLine(shipped('windows.csv'), 1, (l) => l.replace(/^id,/u, 'identifier,')),
  },
  'unclosed quote': { 'seminars.csv': editLine(seminars, 3, (l) => l.replace(/,(in_person|online|hybrid),/u, ',"in_person,')) },
  'YAML syntax and a tab in the indentation': {
    'news.yaml': shipped('news.yaml').replace(/\n {4}title:/u, '\n\ttitle:'),
    'cases.yaml': 'cases:\n  - id: "open\n',
  },
  'a patent field that patent-fields.yaml lacks': {
    'patents.csv': editLine(patents, 3, (l) => l.replace(/,(electronics|ict|machinery|[a-z-]+),/u, ',electronic,')),
  },
  'a field removed from patent-fields.yaml that published patents use': {
    'patent-fields.yaml': shipped('patent-fields.yaml').replace(
      `id: ${data.patentFields[0]!.id}\n`,
      `id: ${data.patentFields[0]!.id}-old\n`,
    ),
  },
  'an FAQ id used in another published FAQ file, and a category id that is not the file name': {
    [`faq/${faqB}`]: shipped(`faq/${faqB}`)
      .replace(/(items:\s*\n\s*- id: )\S+/u, `$1${facts.faqIds[faqA]![0]!.id}`)
      .replace(/^(\s+id: )\S+/mu, '$1wrong-category'),
  },
  'a statistics CSV against its published YAML, and a CSV without its YAML': {
    'statistics/trade-secret-seminars.csv': 'fiscal_year,sessions,locations,participants\n2014,10,9,712人\n2014,,,\n',
    'statistics/new-figures.csv': 'fiscal_year,count\n2020,1\n',
  },
  'a Shift_JIS file': { 'seminars.csv': SHIFT_JIS_SEMINARS },
};

describe.runIf(chromiumAvailable)('/data-check/ in Chromium', () => {
  const work = mkdtempSync(join(tmpdir(), 'inpit-data-check-'));
  let site: Awaited<ReturnType<typeof serveDirectory>>;
  let browser: Browser;
  const errors: string[] = [];

  /** The CLI's lines (Japanese, as the ja page shows them) for the shipped data with `files` replaced. */
  function cliLines(files: Record<string, string | Buffer>, lang: 'ja' | 'en' = 'ja'): string[] {
    const root = mkdtempSync(join(work, 'cli-'));
    const dir = join(root, 'data');
    cpSync(DATA, dir, { recursive: true });
    for (const [path, content] of Object.entries(files)) writeFileSync(join(dir, path), content);
    return loadSiteData(dir)
      .issues.map((issue) => formatIssue(issue, lang).replaceAll(`${root}/`, ''))
      .sort();
  }
  /** Writes the files under a folder of their own and returns their paths (named as in data/). */
  function fixtureFiles(files: Record<string, string | Buffer>): string[] {
    const dir = mkdtempSync(join(work, 'fixture-'));
    return Object.entries(files).map(([path, content]) => {
      const file = join(dir, path.split('/').pop()!);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      return file;
    });
  }
  const closing: Promise<void>[] = [];
  async function open(lang: 'ja' | 'en' = 'ja', width = 1024): Promise<Page> {
    // A context per page: axe needs one, and downloads are kept per context.
    const context = await browser.newContext({ viewport: { width, height: 800 }, acceptDownloads: true });
    const page = collectErrors(await context.newPage(), errors);
    page.on('close', () => closing.push(context.close()));
    await page.goto(`${site.url}${lang === 'en' ? '/en' : ''}/data-check/`);
    return page;
  }
  async function check(page: Page, files: string[]): Promise<void> {
    await page.setInputFiles('#dc-files', files);
    await page
      .locator('#dc-status')
      .filter({ hasText: /確認しました|Checked|できませんでした|could not/u })
      .waitFor({ timeout: 60_000 });
  }
  const pageLines = async (page: Page) => (await page.locator('.dc-line').allInnerTexts()).sort();

  beforeAll(async () => {
    site = await serveDirectory(shippedSiteDir());
    browser = await launchTestBrowser();
  }, 600_000);

  afterAll(async () => {
    // Each context closes with its page; wait for those before closing the browser under them.
    await Promise.all(closing);
    await browser?.close();
    await site?.close();
    rmSync(work, { recursive: true, force: true });
  });

  for (const [name, files] of Object.entries(CASES)) {
    it(`shows the CLI's lines: ${name}`, async () => {
      const expected = cliLines(files);
      expect(expected.length, 'the fixture has problems').toBeGreaterThan(0);
      const page = await open();
      await check(page, fixtureFiles(files));
      expect(await pageLines(page)).toEqual(expected);
      await page.close();
    });
  }

  it('shows the English messages on the English page', async () => {
    const files = CASES['bad date, unknown enum value, duplicate id, wrong field count']!;
    const page = await open('en');
    await check(page, fixtureFiles(files));
    expect(await pageLines(page)).toEqual(cliLines(files, 'en'));
    await page.close();
  });

  it('shows a CSV problem with the row as Excel shows it, the cell with the problem marked', async () => {
    const page = await open();
    await check(
      page,
      fixtureFiles({ 'seminars.csv': editLine(seminars, 3, (l) => l.replace(/,(in_person|online|hybrid),/u, ',onsite,')) }),
    );
    const item = page.locator('.dc-issues > li').filter({ hasText: 'onsite' });
    const formatColumn = seminars.split('\n')[0]!.split(',').indexOf('format') + 1;
    expect(await item.locator('.dc-line').innerText()).toMatch(new RegExp(`^data/seminars\\.csv:3:${formatColumn}: .*format`, 'u'));
    expect(await item.locator('caption').textContent()).toBe('Excel の 3 行目');
    expect(await item.locator('thead th.dc-cell-bad').innerText()).toBe(columnLetter(formatColumn));
    expect(await item.locator('td.dc-cell-bad').innerText()).toBe('onsite');
    await page.close();
  });

  it('offers a Shift_JIS file as UTF-8 with BOM whose bytes decode back to the same text', async () => {
    const page = await open();
    await check(page, fixtureFiles({ 'seminars.csv': SHIFT_JIS_SEMINARS }));
    const download = page.waitForEvent('download');
    await page.locator('a.dc-download').click();
    const file = await (await download).path();
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(new TextDecoder('shift_jis').decode(SHIFT_JIS_SEMINARS));
    expect((await download).suggestedFilename()).toBe('seminars.csv');
    await page.close();
  });

  it('saves an Excel-saved Shift_JIS seminars.csv in canonical form, byte for byte what npm run data:format writes', async () => {
    // Excel's "CSV (コンマ区切り)": 2027/5/14 dates, 9:30 times, TRUE/FALSE, CRLF, CP932.
    const saved = Buffer.from(excelSave(seminars, 'cp932'));
    expect(saved.includes('\r\n')).toBe(true);
    expect(saved.toString('latin1')).toMatch(/,\d{4}\/\d{1,2}\/\d{1,2},/u);
    const [file] = fixtureFiles({ 'seminars.csv': saved });
    // The CLI on a copy outside git (no committed version, as in the browser), in a data directory of its own.
    const dataDir = mkdtempSync(join(work, 'format-'));
    const cliFile = join(dataDir, 'seminars.csv');
    writeFileSync(cliFile, saved);
    const cli = spawnSync(process.execPath, ['scripts/data-format.ts', cliFile], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir },
      encoding: 'utf8',
    });
    expect(cli.status, cli.stderr).toBe(0);
    const expected = readFileSync(cliFile);
    expect(expected.equals(saved), 'data:format changed the file').toBe(false);

    const page = await open();
    await check(page, [file!]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.dc-format-button').click()]);
    expect(download.suggestedFilename()).toBe('seminars.csv');
    expect(readFileSync(await download.path()).equals(expected)).toBe(true);
    await page.locator('.dc-format-status').filter({ hasText: '保存しました。' }).waitFor();
    await page.close();
  });

  it('moves the progress bar while files are read and checked, and hides it when done', async () => {
    const page = await open();
    await page.evaluate(() => {
      const bar = document.querySelector<HTMLProgressElement>('#dc-progress')!;
      const seen: number[] = [];
      (window as unknown as { seen: number[] }).seen = seen;
      // Each value the bar shows (setting .value sets the attribute).
      new MutationObserver(() => seen.push(bar.value)).observe(bar, { attributes: true, attributeFilter: ['value'] });
    });
    await check(page, fixtureFiles({ 'seminars.csv': seminars, 'windows.csv': shipped('windows.csv'), 'news.yaml': shipped('news.yaml') }));
    const seen = await page.evaluate(() => (window as unknown as { seen: number[] }).seen);
    expect(new Set(seen).size, `values: ${seen.join(', ')}`).toBeGreaterThanOrEqual(4);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(1);
    expect(await page.locator('#dc-progress').isHidden()).toBe(true);
    await page.close();
  });

  it('previews files without problems: seminars, FAQ answers from Markdown, patents and a statistics table', async () => {
    const page = await open();
    const statistic = data.statistics[0]!;
    const faq = data.faq.find((c) => `${c.id}.yaml` === faqA)!;
    await check(
      page,
      fixtureFiles({
        'seminars.csv': seminars,
        'patents.csv': patents,
        [`faq/${faqA}`]: shipped(`faq/${faqA}`),
        [`statistics/${statistic.id}.csv`]: shipped(`statistics/${statistic.id}.csv`),
      }),
    );
    const section = (name: string) => page.locator('.dc-file').filter({ has: page.locator('h3', { hasText: name }) });
    const counted = (n: number) => `問題はありません。${n.toLocaleString('ja-JP')} 件を受け付けました。`;
    expect(await section('seminars.csv').locator('.dc-summary').innerText()).toBe(counted(data.seminars.length));
    expect(await section('seminars.csv').locator('.dc-seminars li').count()).toBe(Math.min(20, data.seminars.length));
    expect(await section('seminars.csv').locator('.dc-seminars li').first().innerText()).toContain(data.seminars[0]!.title);
    expect(await section('patents.csv').locator('.dc-summary').innerText()).toBe(counted(data.patents.length));
    expect(await section('patents.csv').locator('tbody tr').first().innerText()).toContain(data.patents[0]!.license_no);
    expect(await section(faqA).locator('.dc-summary').innerText()).toBe(counted(faq.items.length));
    expect(await section(faqA).locator('summary').first().innerText()).toBe(faq.items[0]!.question);
    // Rendered from Markdown: paragraphs (and links, where the answer has them), not the raw text.
    expect(await section(faqA).locator('.dc-answer p').count()).toBeGreaterThan(0);
    expect(await section(`${statistic.id}.csv`).locator('.dc-summary').innerText()).toBe(counted(statistic.rows.length));
    expect(await section(`${statistic.id}.csv`).locator('tbody tr').count()).toBe(Math.min(20, statistic.rows.length));
    await page.close();
  });

  it('gives bad input a clear message and does not crash', async () => {
    const big = join(work, 'patents-big.csv');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x61));
    const page = await open();
    const files = [
      ...fixtureFiles({
        'seminars.xlsx': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
        'photo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        'windows.csv': '',
        'news.yaml': 'news:\n  - id: a\u0000\n',
      }),
      big,
    ];
    await check(page, files);
    const summary = (name: string) =>
      page
        .locator('.dc-file')
        .filter({ has: page.locator('h3', { hasText: name }) })
        .locator('.dc-summary')
        .innerText();
    expect(await summary('seminars.xlsx')).toContain('Excel ブック（.xlsx）');
    expect(await summary('seminars.xlsx')).toContain('CSV UTF-8');
    expect(await summary('photo.png')).toContain('画像ファイル');
    expect(await summary('patents-big.csv')).toContain('大きすぎます（50 MB）');
    expect(await summary('news.yaml')).toContain('NUL 文字');
    expect(await page.locator('.dc-file').filter({ hasText: 'windows.csv' }).locator('.dc-line').innerText()).toMatch(
      /^data\/windows\.csv:1: .*ファイルが空です。見出し行が必要です/u,
    );
    await page.close();
  });

  for (const lang of ['ja', 'en'] as const) {
    it(`has no axe violations before and after a check (${lang}, 375 and 1280 px)`, { timeout: 300_000 }, async () => {
      const violations: string[] = [];
      const page = await open(lang, 375);
      for (const width of [375, 1280]) {
        if (width !== 375) {
          // The same tab, so that axe-core runs warm: a fresh page at the new width.
          await page.setViewportSize({ width, height: 800 });
          await page.reload();
        }
        violations.push(...(await axeViolations(page, `${lang} ${width} empty`)));
        await check(
          page,
          fixtureFiles({
            ...CASES['bad date, unknown enum value, duplicate id, wrong field count'],
            [`faq/${faqA}`]: shipped(`faq/${faqA}`),
            'news.yaml': 'news:\n  - id: "a\n',
          }),
        );
        violations.push(...(await axeViolations(page, `${lang} ${width} results`)));
      }
      await page.close();
      expect(violations).toEqual([]);
    });
  }

  it('works from the keyboard: Tab reaches the file chooser, and the results after it', async () => {
    const page = await open();
    const focused = () =>
      page.evaluate(() => document.activeElement?.id || document.activeElement?.className || document.activeElement?.tagName);
    // Listening first: Playwright turns on file-chooser interception when a listener is added, without waiting for
    // Chromium to confirm it, so a Space pressed right after could still open the (headless, invisible) native one.
    const chooser = page.waitForEvent('filechooser');
    let steps = 0;
    while ((await focused()) !== 'dc-files' && steps++ < 40) await page.keyboard.press('Tab');
    expect(await focused()).toBe('dc-files');
    await page.keyboard.press('Space');
    await (
      await chooser
    ).setFiles(
      fixtureFiles({
        'seminars.csv': SHIFT_JIS_SEMINARS,
        'windows.csv': editLine(shipped('windows.csv'), 1, (l) => l.replace(/^id,/u, 'identifier,')),
      }),
    );
    await page.locator('#dc-status').filter({ hasText: '確認しました' }).waitFor();
    const reached: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() =>
          document.activeElement?.closest('#dc-results') ? document.activeElement.className || document.activeElement.tagName : 'outside',
        ),
      );
    }
    expect(reached).toContain('dc-download');
    expect(reached).toContain('dc-row');
    await page.close();
  });

  it('works offline once loaded: the page, its worker and the published facts come from the service worker', async () => {
    const page = await open();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 120_000 });
    await page.context().setOffline(true);
    try {
      await page.reload();
      await check(page, fixtureFiles({ 'seminars.csv': seminars }));
      expect(await page.locator('.dc-file .dc-summary').innerText()).toBe(
        `問題はありません。${data.seminars.length.toLocaleString('ja-JP')} 件を受け付けました。`,
      );
    } finally {
      await page.context().setOffline(false);
      await page.close();
    }
  });

  it('logged no errors in the pages', () => {
    expect(errors).toEqual([]);
  });
});
