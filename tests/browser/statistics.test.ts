/**
 * Statistics in Chromium: Chart.js draws each chart (loaded only on pages with a chart, and only when the
 * chart nears the viewport), the table, summary and downloads agree with the data, and axe-core finds no
 * violations.
 */
import { parse } from 'csv-parse/sync';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteData } from '#src/data/load.ts';
import { summarize, summaryText } from '#src/utils/statistics/summary.ts';
import { ROOT } from '../helpers/build-site.ts';
import { axeViolations, chromiumAvailable, collectErrors, launchTestBrowser, requireChromium } from '../helpers/chromium.ts';
import { shippedSiteDir } from '../helpers/site-build.ts';
import { serveDirectory } from '../../scripts/lib/static-server.ts';

requireChromium('statistics browser tests');

// A runtime message inside Chart.js that minification keeps: it identifies the Chart.js file.
const CHART_JS_MARKER = "can't acquire context from the given item";
const { data } = loadSiteData(join(ROOT, 'data'));
const byId = (id: string) => {
  const found = data.statistics.find((s) => s.id === id);
  if (!found) throw new Error(`The shipped data no longer has the statistics dataset ${id}: pick another`);
  return found;
};
const charted = byId('open-patent-database');
// Has empty cells (no data) and a real chart.
const withGaps = byId('overseas-outreach-participants');
const tableOnly = data.statistics.find((s) => s.meta.chart === 'table')!;
// FY2015 courses and co-hosted seminars are planned (予定) in the seed, drawn as labelled hatched bars.
const withPlanned = byId('overseas-outreach-sessions');

describe.runIf(chromiumAvailable)('statistics in Chromium', () => {
  let site: Awaited<ReturnType<typeof serveDirectory>>;
  let browser: Browser;
  let context: BrowserContext;
  const errors: string[] = [];

  const newPage = async (ctx: BrowserContext = context): Promise<Page> => {
    return collectErrors(await ctx.newPage(), errors);
  };
  /** Loads a page and returns the JavaScript files it fetched, with their contents. */
  const scriptsOf = async (page: Page, path: string): Promise<Map<string, string>> => {
    const scripts = new Map<string, string>();
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script')
        pending.push(response.text().then((body) => void scripts.set(new URL(response.url()).pathname, body)));
    });
    await page.goto(`${site.url}${path}`);
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    return scripts;
  };
  const drawn = (page: Page, id: string) => page.locator(`[data-chart-id="${id}"][data-chart-state="drawn"]`).waitFor({ timeout: 120_000 });
  const axe = (page: Page) => axeViolations(page);
  /** The table's cells as data: '' for "no data". */
  const tableValues = (page: Page) =>
    page
      .locator('.stat-table tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.getAttribute('data-value') ?? 'missing')));

  beforeAll(async () => {
    site = await serveDirectory(shippedSiteDir());
    browser = await launchTestBrowser();
    context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('draws the dataset chart with Chart.js, with a text alternative, summary and table', async () => {
    const page = await newPage();
    const scripts = await scriptsOf(page, `/statistics/${charted.id}/`);
    await drawn(page, charted.id);
    expect([...scripts.values()].some((body) => body.includes(CHART_JS_MARKER))).toBe(true);

    const canvas = page.locator(`[data-chart-id="${charted.id}"] canvas`);
    expect(await canvas.getAttribute('role')).toBe('img');
    expect(await canvas.getAttribute('aria-label')).toContain(charted.meta.title);
    const box = await canvas.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.height).toBeGreaterThan(150);
    // Something is painted: count pixels that are not transparent.
    const painted = await canvas.evaluate((el) => {
      const c = el as HTMLCanvasElement;
      const pixels = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let count = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) count++;
      return count;
    });
    expect(painted).toBeGreaterThan(1000);

    expect(await page.locator('[data-stat-summary]').innerText()).toBe(summaryText(summarize(charted, 'ja')));
    expect(await page.locator('.stat-table caption').innerText()).toContain(charted.meta.title);
    expect(await page.locator('.stat-table tbody th').first().innerText()).toBe('2011年度（平成23年度）');
    expect(await tableValues(page)).toEqual(charted.rows.map((row) => row.values.map((v) => (v === null ? '' : String(v)))));
    expect(await page.locator('.stat-table td').first().innerText()).toBe('5,601');
  });

  it('shows empty cells as "no data", never 0, in the table and the chart data', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/statistics/${withGaps.id}/`);
    await drawn(page, withGaps.id);
    const cells = page.locator('.stat-table td.no-data');
    expect(await cells.count()).toBe(withGaps.rows.flatMap((r) => r.values).filter((v) => v === null).length);
    expect(await cells.first().innerText()).toBe('データなし');
    const spec = JSON.parse((await page.locator(`[data-chart-id="${withGaps.id}"]`).getAttribute('data-chart'))!) as {
      series: { data: (number | null)[] }[];
    };
    expect(spec.series[0]!.data[0]).toBeNull();
    await page.goto(`${site.url}/en/statistics/${withGaps.id}/`);
    expect(await page.locator('.stat-table td.no-data').first().innerText()).toBe('no data');
    expect(await page.locator('.stat-table tbody th').first().innerText()).toBe('FY2011');
  });

  it('labels planned bars in the chart (予定 / planned) and marks them in the table, its caption and the CSV', async () => {
    const planned = withPlanned.rows.flatMap((row) => (row.planned ?? []).filter((p) => p !== null));
    expect(planned.length).toBeGreaterThan(0);
    const page = await newPage();
    for (const [prefix, word] of [
      ['', '予定'],
      ['/en', 'planned'],
    ] as const) {
      for (const width of [1024, 375]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${site.url}${prefix}/statistics/${withPlanned.id}/`);
        await drawn(page, withPlanned.id);
        const box = page.locator(`[data-chart-id="${withPlanned.id}"]`);
        await expect.poll(() => box.getAttribute('data-planned-labels')).not.toBeNull();
        const labels = JSON.parse((await box.getAttribute('data-planned-labels'))!) as { text: string; x: number; y: number }[];
        expect(labels.map((l) => l.text)).toEqual(planned.map(() => word));
        // The label is really painted: dark pixels where it was drawn.
        const painted = await box.locator('canvas').evaluate(
          (canvas: HTMLCanvasElement, at: { x: number; y: number; horizontal: boolean }) => {
            const ratio = canvas.width / canvas.clientWidth;
            const ctx = canvas.getContext('2d')!;
            const x = Math.round((at.horizontal ? at.x : at.x - 12) * ratio);
            const y = Math.round((at.horizontal ? at.y - 8 : at.y - 16) * ratio);
            const { data } = ctx.getImageData(x, y, Math.round(24 * ratio), Math.round(16 * ratio));
            let dark = 0;
            for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 128 && data[i]! + data[i + 1]! + data[i + 2]! < 300) dark++;
            return dark;
          },
          { ...labels[0]!, horizontal: width < 560 },
        );
        expect(painted, `${prefix} ${width}`).toBeGreaterThan(10);
        expect(await box.locator('.legend-planned').innerText()).toContain(prefix ? 'planned' : '予定');
        expect(await box.locator('canvas').getAttribute('aria-label')).toContain(prefix ? 'planned figures' : '実績ではありません');
      }
      const cells = page.locator('.stat-table td.planned');
      expect(await cells.allInnerTexts()).toEqual(prefix ? ['20 (planned)', '10 (planned)'] : ['20（予定）', '10（予定）']);
      expect(await page.locator('.stat-table caption .planned-note').innerText()).toBe(
        prefix ? 'Figures marked "(planned)" are plans, not results.' : '「（予定）」の値は予定の数で、実績ではありません。',
      );
      expect(await page.locator('.stat-table caption').innerText()).toContain(
        prefix ? '"No data" means' : '「データなし」は数値がないこと',
      );
    }
    const csv = parse(await (await fetch(`${site.url}/statistics/data/${withPlanned.id}.csv`)).text(), { bom: true });
    expect(csv.at(-1)).toEqual(['2015', '20（予定）', '10（予定）', '2', '']);
    // Forced colours (Windows High Contrast): the legend's hatch and the chart keep their own colours.
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${site.url}/statistics/${withPlanned.id}/`);
    await drawn(page, withPlanned.id);
    const swatch = page.locator('.swatch-planned');
    expect(await swatch.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain('repeating-linear-gradient');
    await page.emulateMedia({ forcedColors: 'none' });
  });

  it('shows a plan given as a lower bound, 20以上（計画）, where the seed gives no exact figure', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/statistics/trade-secret-seminars/`);
    expect(await page.locator('.stat-table td.planned').allInnerTexts()).toEqual(['20以上（計画）']);
    expect(await page.locator('.stat-table tbody tr').last().locator('td').first().innerText()).toBe('データなし');
    expect(await page.locator('[data-stat-summary]').innerText()).toContain('20箇所以上（計画）');
    await page.goto(`${site.url}/en/statistics/trade-secret-seminars/`);
    expect(await page.locator('.stat-table td.planned').allInnerTexts()).toEqual(['20 or more (planned)']);
  });

  it('draws no chart for figures whose periods differ (about five months against a fiscal year)', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/statistics/trade-secret-consultations/`);
    expect(await page.locator('[data-chart-id]').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('集計期間が異なり比較できないため');
  });

  it('offers a CSV (UTF-8 with BOM) whose numbers match the table, with empty cells left empty', async () => {
    const page = await newPage();
    for (const stat of [charted, withGaps]) {
      await page.goto(`${site.url}/statistics/${stat.id}/`);
      const link = page.locator('a[data-download="csv"]');
      expect(await link.innerText()).toContain('CSV（UTF-8 BOM付き');
      const response = await fetch(new URL((await link.getAttribute('href'))!, site.url));
      expect(response.status).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parse(bytes.toString('utf8'), { bom: true });
      expect(rows[0]![0]).toContain(stat.meta.category.label);
      expect(rows.slice(1).map((row) => row[0])).toEqual(stat.rows.map((row) => row.category));
      expect(rows.slice(1).map((row) => row.slice(1))).toEqual(await tableValues(page));
    }
    // The English page links to the same language-neutral file.
    await page.goto(`${site.url}/en/statistics/${withGaps.id}/`);
    expect(await page.locator('a[data-download="csv"]').getAttribute('href')).toBe(`/statistics/data/${withGaps.id}.csv`);
    expect(await page.locator('a[data-download="csv"]').innerText()).toContain('CSV (UTF-8 with BOM');
  });

  it('offers JSON with the documented fields and null for no data', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/statistics/${withGaps.id}/`);
    const href = (await page.locator('a[data-download="json"]').getAttribute('href'))!;
    const json = (await (await fetch(new URL(href, site.url))).json()) as {
      id: string;
      title: string;
      columns: { key: string }[];
      rows: Record<string, string | number | null>[];
    };
    expect(json).toMatchObject({
      id: withGaps.id,
      title: withGaps.meta.title,
      title_en: withGaps.meta.title_en,
      unit: withGaps.meta.unit,
      source: withGaps.meta.source,
    });
    expect(json.columns.map((c) => c.key)).toEqual([withGaps.meta.category.column, ...withGaps.meta.series.map((s) => s.column)]);
    const fromJson = json.rows.map((row) => withGaps.meta.series.map((s) => (row[s.column] === null ? '' : String(row[s.column]))));
    expect(fromJson).toEqual(await tableValues(page));
    expect(json.rows.at(-1)![withGaps.meta.series[0]!.column]).toBeNull();
  });

  it('loads Chart.js only on pages with a chart', async () => {
    for (const path of ['/', '/faq/', '/en/faq/', `/statistics/${tableOnly.id}/`]) {
      const page = await newPage();
      const scripts = await scriptsOf(page, path);
      for (const [file, body] of scripts) expect(body.includes(CHART_JS_MARKER), `${path} loads ${file}`).toBe(false);
      await page.close();
    }
  });

  it('loads and draws a chart only when it nears the viewport on the overview', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/statistics/`);
    expect(await page.locator('[data-entry="statistic"]').count()).toBe(data.statistics.length);
    expect(await page.locator('[data-entry="statistic-row"]').count()).toBe(data.statistics.reduce((n, s) => n + s.rows.length, 0));
    const last = data.statistics.filter((s) => s.meta.chart !== 'table').at(-1)!;
    const box = page.locator(`[data-chart-id="${last.id}"]`);
    await page.waitForLoadState('networkidle');
    expect(await box.getAttribute('data-chart-state')).toBeNull();
    await box.scrollIntoViewIfNeeded();
    await drawn(page, last.id);
  });

  it('works without JavaScript: no chart area, the table and summary carry the data', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await newPage(noScript);
    await page.goto(`${site.url}/statistics/${charted.id}/`);
    expect(await page.locator(`[data-chart-id="${charted.id}"]`).isVisible()).toBe(false);
    expect(await page.locator('.stat-table').isVisible()).toBe(true);
    expect(await page.locator('[data-stat-summary]').isVisible()).toBe(true);
    await noScript.close();
  });

  it('fits a 320 px wide screen: the page does not scroll sideways, the table scrolls in its own region', async () => {
    const narrow = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await newPage(narrow);
    for (const path of [`/statistics/${withGaps.id}/`, '/statistics/']) {
      await page.goto(`${site.url}${path}`);
      if (path !== '/statistics/') await drawn(page, withGaps.id);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
    const region = page.locator(`.stat-table`).first();
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await region.getAttribute('role')).toBe('region');
    await narrow.close();
  });

  it('has no axe-core violations on the overview and dataset pages, ja and en', async () => {
    const page = await newPage();
    const violations: string[] = [];
    for (const path of [
      '/statistics/',
      '/en/statistics/',
      `/statistics/${charted.id}/`,
      `/en/statistics/${charted.id}/`,
      `/statistics/${tableOnly.id}/`,
    ]) {
      await page.goto(`${site.url}${path}`);
      if (path.endsWith(`/${charted.id}/`)) await drawn(page, charted.id);
      violations.push(...(await axe(page)));
    }
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
