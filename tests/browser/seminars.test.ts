/**
 * The seminar pages of the shipped data in Chromium: filter links without JavaScript, combined filters with a
 * shareable query string (reload, back and forward), keyboard-only use, detail pages, the iCalendar files, the
 * stale-build status check against the browser's clock, and axe-core in both languages.
 * The build is pinned to 2026-11-24 (BUILD_DATE) and the browser clock is set per context, so results do not
 * depend on the day the tests run.
 */
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteData } from '#src/data/load.ts';
import { facetKeysOf } from '#src/utils/seminars/facets.ts';
import { splitByTiming } from '#src/utils/seminars/status.ts';
import { matchesValue } from '#src/utils/seminars/filter-query.ts';
import { ROOT } from '../helpers/build-site.ts';
import { axeViolations, chromiumAvailable, collectErrors, eachPage, launchTestBrowser, requireChromium } from '../helpers/chromium.ts';
import { SHIPPED_BUILD_DATE, shippedSiteDir } from '../helpers/site-build.ts';
import { serveDirectory } from '../../scripts/lib/static-server.ts';

requireChromium('seminar browser tests');

const BUILD_DATE = SHIPPED_BUILD_DATE;
const BUILD_DAY_NOON = new Date('2026-11-24T12:00:00+09:00');
const { seminars } = loadSiteData(join(ROOT, 'data')).data;
const keyed = seminars.map((s) => ({ ...s, keys: facetKeysOf(s) }));
const idsWhere = (test: (s: (typeof keyed)[number]) => boolean) =>
  keyed
    .filter(test)
    .map((s) => s.id)
    .sort();
const { upcoming } = splitByTiming(seminars, BUILD_DATE);
/** Online sessions are listed under every region (matchesValue). */
const inFacet = (s: (typeof keyed)[number], facet: keyof (typeof keyed)[number]['keys'], value: string) =>
  matchesValue(s.keys, facet, value);

describe.runIf(chromiumAvailable)('seminar pages in Chromium', () => {
  let site: Awaited<ReturnType<typeof serveDirectory>>;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];

  /** A fresh page; the clock is fixed before any script runs. */
  async function open(path: string, options: { javaScriptEnabled?: boolean; now?: Date; width?: number } = {}): Promise<Page> {
    const context = await browser.newContext({
      javaScriptEnabled: options.javaScriptEnabled ?? true,
      ...(options.width ? { viewport: { width: options.width, height: 800 } } : {}),
    });
    contexts.push(context);
    await context.clock.setFixedTime(options.now ?? BUILD_DAY_NOON);
    const page = collectErrors(await context.newPage(), problems, () => path);
    const response = await page.goto(`${site.url}${path}`);
    expect(response?.status(), path).toBe(200);
    return page;
  }

  const visibleRowIds = async (page: Page) =>
    (await page.locator('[data-entry="seminar"]:visible').evaluateAll((rows) => rows.map((row) => row.id))).sort();
  const allRowIds = async (page: Page) =>
    (await page.locator('[data-entry="seminar"]').evaluateAll((rows) => rows.map((row) => row.id))).sort();
  // The page's own location: page.url() can lag behind history.pushState.
  const query = (page: Page) => page.evaluate(() => location.search);

  beforeAll(async () => {
    site = await serveDirectory(shippedSiteDir());
    browser = await launchTestBrowser();
  });

  // A page left open keeps its scripts and service worker busy through the later tests.
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('filters by plain links without JavaScript, in both languages', async () => {
    const page = await open('/seminars/', { javaScriptEnabled: false });
    expect(await allRowIds(page)).toEqual(seminars.map((s) => s.id).sort());
    // The JavaScript form stays hidden: without a server it could do nothing.
    expect(await page.locator('form[data-seminar-filter]').isVisible()).toBe(false);

    await page.locator('nav.facets a', { hasText: '関東' }).click();
    await page.waitForURL('**/seminars/region/kanto/');
    expect(await page.locator('h1').innerText()).toBe('関東のセミナー');
    expect(await allRowIds(page)).toEqual(idsWhere((s) => s.keys.region === 'kanto'));

    await page.locator('nav.facets a', { hasText: 'オンライン' }).first().click();
    await page.waitForURL('**/seminars/format/online/');
    expect(await allRowIds(page)).toEqual(idsWhere((s) => s.format === 'online'));

    const english = await open('/en/seminars/', { javaScriptEnabled: false });
    await english.locator('nav.facets a', { hasText: 'Kanto' }).click();
    await english.waitForURL('**/en/seminars/region/kanto/');
    expect(await english.locator('h1').innerText()).toBe('Seminars in Kanto');
    expect(await allRowIds(english)).toEqual(idsWhere((s) => inFacet(s, 'region', 'kanto')));

    for (const path of ['/seminars/prefecture/tokyo/', '/seminars/month/2026-12/', '/seminars/fy/2015/', '/en/seminars/format/hybrid/']) {
      const filtered = await open(path, { javaScriptEnabled: false });
      const [facet, value] = path.replace(/^\/(en\/)?seminars\//u, '').split('/') as [keyof (typeof keyed)[number]['keys'], string];
      expect(await allRowIds(filtered), path).toEqual(idsWhere((s) => inFacet(s, facet, value)));
    }
  });

  it('follows a filter link by keyboard alone without JavaScript', async () => {
    const page = await open('/seminars/', { javaScriptEnabled: false });
    for (let i = 0; i < 80; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('href') === '/seminars/region/kinki/')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/seminars/region/kinki/');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/seminars/region/kinki/');
    expect(await allRowIds(page)).toEqual(idsWhere((s) => inFacet(s, 'region', 'kinki')));
  });

  it('combines facets with JavaScript: URL query, visible rows, live count, reload, back and forward', async () => {
    const page = await open('/seminars/');
    const form = page.locator('form[data-seminar-filter]');
    // Collapsed behind a button until asked for (phones see results first).
    expect(await form.isVisible()).toBe(false);
    await page.locator('[data-filter-details] > summary').click();
    expect(await form.isVisible()).toBe(true);
    const kanto = idsWhere((s) => inFacet(s, 'region', 'kanto'));
    const kantoOnline = idsWhere((s) => inFacet(s, 'region', 'kanto') && s.format === 'online');
    expect(kantoOnline.length).toBeGreaterThan(0);
    expect(kantoOnline.length).toBeLessThan(kanto.length);

    await form.getByLabel('関東').check();
    expect(await query(page)).toBe('?region=kanto');
    expect(await visibleRowIds(page)).toEqual(kanto);

    await form.getByLabel('オンライン', { exact: false }).first().check();
    expect(await query(page)).toBe('?region=kanto&format=online');
    expect(await visibleRowIds(page)).toEqual(kantoOnline);
    await expect.poll(() => form.locator('[role="status"]').innerText()).toContain(`${kantoOnline.length}件`);
    // The button says how many conditions are active.
    expect(await page.locator('[data-filter-details] > summary').innerText()).toContain('2');

    await page.reload();
    expect(await query(page)).toBe('?region=kanto&format=online');
    expect(await form.getByLabel('関東').isChecked()).toBe(true);
    expect(await visibleRowIds(page)).toEqual(kantoOnline);

    await page.goBack();
    expect(await query(page)).toBe('?region=kanto');
    await expect.poll(() => visibleRowIds(page)).toEqual(kanto);
    expect(await form.locator('input[name="format"]:checked').count()).toBe(0);

    await page.goForward();
    expect(await query(page)).toBe('?region=kanto&format=online');
    await expect.poll(() => visibleRowIds(page)).toEqual(kantoOnline);

    await form.locator('select[name="fy"]').selectOption('2015');
    expect(await query(page)).toBe('?region=kanto&fy=2015&format=online');
    expect(await visibleRowIds(page)).toEqual([]);
    expect(await page.locator('[data-seminar-section="upcoming"] [data-section-empty]').isVisible()).toBe(true);
    expect(await page.locator('[data-seminar-section="past"] [data-section-empty]').isVisible()).toBe(true);
  });

  it('restores a shared URL, ignoring values it does not know', async () => {
    const page = await open('/en/seminars/?prefecture=tokyo&month=2026-12&region=atlantis');
    expect(await query(page)).toBe('?prefecture=tokyo&month=2026-12');
    expect(await page.locator('select[name="prefecture"]').inputValue()).toBe('tokyo');
    expect(await visibleRowIds(page)).toEqual(idsWhere((s) => s.keys.prefecture === 'tokyo' && s.keys.month === '2026-12'));
    expect(await page.locator('[role="status"]').innerText()).toMatch(/^Matching seminars: 1 \(1 upcoming, 0 past\)$/u);
  });

  it('operates the filters with Tab, Space and Enter', async () => {
    const page = await open('/seminars/');
    const focusedValue = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value);
    const onSummary = () => page.evaluate(() => document.activeElement?.matches('[data-filter-details] > summary') ?? false);
    for (let i = 0; i < 40 && !(await onSummary()); i += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    for (let i = 0; i < 40 && (await focusedValue()) !== 'kinki'; i += 1) await page.keyboard.press('Tab');
    expect(await focusedValue()).toBe('kinki');
    await page.keyboard.press('Space');
    expect(await query(page)).toBe('?region=kinki');
    expect(await visibleRowIds(page)).toEqual(idsWhere((s) => inFacet(s, 'region', 'kinki')));

    for (let i = 0; i < 10 && (await focusedValue()) !== 'hybrid'; i += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await query(page)).toBe('?region=kinki&format=hybrid');
    expect(await visibleRowIds(page)).toEqual(idsWhere((s) => inFacet(s, 'region', 'kinki') && s.format === 'hybrid'));

    const onClear = () => page.evaluate(() => document.activeElement?.hasAttribute('data-filter-clear') ?? false);
    for (let i = 0; i < 10 && !(await onClear()); i += 1) await page.keyboard.press('Tab');
    expect(await onClear()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await query(page)).toBe('');
    expect(await visibleRowIds(page)).toEqual(seminars.map((s) => s.id).sort());
  });

  it('shows a detail page with weekday, 和暦 and Event JSON-LD; no calendar or map link for a past session without an address', async () => {
    const page = await open('/seminars/fy2015-tokyo-1/');
    const text = await page.locator('main').innerText();
    expect(text).toContain('2015年4月17日（金）');
    expect(text).toContain('2015年度（平成27年度）');
    expect(text).toContain('終了');
    expect(await page.locator('a.register').count()).toBe(0);
    expect(await page.locator('a.calendar').count()).toBe(0);
    expect(await page.locator('a.map').count()).toBe(0);
    // The page also carries the breadcrumbs' BreadcrumbList: pick the Event.
    const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (text) => JSON.parse(text) as { '@type': string },
    );
    const event = blocks.find((block) => block['@type'] === 'Event');
    expect(event).toMatchObject({ '@type': 'Event', startDate: '2015-04-17', eventStatus: 'https://schema.org/EventScheduled' });

    const english = await open('/en/seminars/fy2015-tokyo-1/');
    const englishText = await english.locator('main').innerText();
    expect(englishText).toContain('Fri 17 Apr 2015');
    expect(englishText).toContain('FY2015');

    const sample = await open('/seminars/sample-fy2026-sapporo/');
    expect(await sample.locator('h1 .badge-sample').count()).toBe(1);
    expect(await sample.locator('a.register').isVisible()).toBe(true);
    expect(await sample.locator('a.calendar').getAttribute('href')).toBe('/seminars/sample-fy2026-sapporo.ics');
    expect(await sample.locator('[data-status-label]').innerText()).toBe('受付中');
  });

  it('serves iCalendar files: CRLF, ≤ 75-octet lines, VTIMEZONE, one VEVENT per upcoming seminar', async () => {
    const fetchIcs = async (path: string) => {
      const response = await fetch(`${site.url}${path}`);
      expect(response.status, path).toBe(200);
      const text = await response.text();
      expect(text.startsWith('BEGIN:VCALENDAR\r\n'), path).toBe(true);
      expect(text.endsWith('END:VCALENDAR\r\n'), path).toBe(true);
      expect(text.replace(/\r\n/gu, ''), path).not.toMatch(/[\r\n]/u);
      for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
      // Read by ical.js, an independent reader.
      return new ICAL.Component(ICAL.parse(text));
    };
    const events = (calendar: ICAL.Component) => calendar.getAllSubcomponents('vevent');
    const uids = (calendar: ICAL.Component) => events(calendar).map((event) => event.getFirstPropertyValue('uid'));
    const jcal = (calendar: ICAL.Component, name: string) => events(calendar).map((event) => event.getFirstProperty(name)?.toJSON());

    const feed = await fetchIcs('/seminars/upcoming.ics');
    expect(feed.getAllSubcomponents('vtimezone')).toHaveLength(1);
    expect(feed.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(events(feed)).toHaveLength(upcoming.length);
    expect(uids(feed)).toEqual(upcoming.map((s) => `${s.id}@seminars.inpit-portal`));
    expect(events(feed).filter((event) => event.getFirstProperty('dtstart')?.getParameter('tzid') === 'Asia/Tokyo')).toHaveLength(
      upcoming.filter((s) => s.start_time).length,
    );

    const kanto = await fetchIcs('/seminars/region/kanto.ics');
    expect(uids(kanto)).toEqual(upcoming.filter((s) => s.region === 'kanto').map((s) => `${s.id}@seminars.inpit-portal`));

    const cancelled = seminars.find((s) => s.status === 'cancelled');
    expect(cancelled).toBeDefined();
    const single = await fetchIcs(`/seminars/${cancelled!.id}.ics`);
    expect(events(single).map((event) => event.getFirstPropertyValue('status'))).toEqual(['CANCELLED']);
    expect(uids(single)).toEqual([`${cancelled!.id}@seminars.inpit-portal`]);

    const allDay = await fetchIcs('/en/seminars/fy2015-tokyo-1.ics');
    expect(jcal(allDay, 'dtstart')).toEqual([['dtstart', {}, 'date', '2015-04-17']]);
    expect(jcal(allDay, 'dtend')).toEqual([['dtend', {}, 'date', '2015-04-18']]);
    expect(uids(allDay)).toEqual(['fy2015-tokyo-1@seminars.inpit-portal']);
  });

  it('marks seminars past when the browser clock is after their date (stale build)', async () => {
    const later = new Date('2026-12-09T10:00:00+09:00');
    const turned = upcoming.filter((s) => s.date < '2026-12-09');
    expect(turned.length).toBeGreaterThan(0);

    const page = await open('/seminars/', { now: later });
    const pastIds = await page.locator('[data-seminar-section="past"] tbody tr').evaluateAll((rows) => rows.map((row) => row.id));
    // Most recent first: the turned rows go to the top of the past table.
    expect(pastIds.slice(0, turned.length)).toEqual(turned.map((s) => s.id).reverse());
    for (const seminar of turned) {
      expect(await page.locator(`[id="${seminar.id}"] [data-status-label]`).innerText()).toBe(
        seminar.status === 'cancelled' ? '中止' : '終了',
      );
    }
    expect(await page.locator('#upcoming-heading [data-section-count]').innerText()).toBe(`（${upcoming.length - turned.length}件）`);

    const detail = await open(`/seminars/${turned.at(-1)!.id}/`, { now: later });
    expect(await detail.locator('[data-status-label]').innerText()).toBe('終了');
    expect(await detail.locator('a.register').isVisible()).toBe(false);
    expect(await detail.locator('[data-past-only]').isVisible()).toBe(true);

    // On the build day itself nothing moves.
    const sameDay = await open('/seminars/');
    expect(await sameDay.locator('[data-seminar-section="upcoming"] tbody tr').count()).toBe(upcoming.length);
  });

  it('has no axe-core violations on the list, filter, region and detail pages in both languages', async () => {
    const paths = [
      '/seminars/',
      '/en/seminars/',
      '/seminars/region/kanto/',
      '/en/seminars/format/online/',
      '/seminars/regions/',
      '/seminars/sample-fy2026-sapporo/',
      '/en/seminars/fy2015-tokyo-1/',
    ];
    const violations: string[] = [];
    const options = { errors: problems, now: BUILD_DAY_NOON };
    await eachPage(browser, site.url, paths, options, async (page, path) => {
      violations.push(...(await axeViolations(page, `${path}@1280`)));
    });
    const narrow = { ...options, viewport: { width: 320, height: 800 } };
    await eachPage(browser, site.url, ['/seminars/?region=kanto'], narrow, async (page, path) => {
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling at 320px').toBeLessThanOrEqual(320);
      violations.push(...(await axeViolations(page, `${path}@320`)));
    });
    expect(violations).toEqual([]);
  });

  it('logged no console errors (CSP included)', () => {
    expect(problems).toEqual([]);
  });
});
