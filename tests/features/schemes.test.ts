/**
 * Colours and preferences in Chromium: axe (contrast included) in the dark scheme, forced colours (focus ring,
 * badges, progress bar, chart legend), reduced motion, and no horizontal scrolling at 320 CSS px.
 * The light scheme is Chromium's default, in which each page's own browser test runs axe.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, chromiumAvailable, launchTestBrowser, requireChromium } from '../helpers/chromium.ts';
import { serveDirectory } from '../../scripts/lib/static-server.ts';
import { siteDir } from './built-site.ts';

requireChromium('colour scheme browser tests');

/** One page of each template, in both languages where the template differs. */
const PAGES = [
  '/',
  '/en/seminars/',
  '/seminars/sample-fy2026-sapporo/',
  '/faq/',
  '/statistics/open-patent-database/',
  '/windows/',
  '/cases/',
  '/patents/new/',
  '/patents/search/',
  '/search/',
];

describe.runIf(chromiumAvailable)('colours and preferences', () => {
  let site: Awaited<ReturnType<typeof serveDirectory>>;
  let browser: Browser;
  const closing: Promise<void>[] = [];

  beforeAll(async () => {
    site = await serveDirectory(await siteDir());
    browser = await launchTestBrowser();
  });
  afterAll(async () => {
    // Each context closes with its page; wait for those before closing the browser under them.
    await Promise.all(closing);
    await browser?.close();
    await site?.close();
  });

  /** A page in a context of its own (axe needs one); closing the page closes the context. */
  const open = async (path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    page.on('close', () => closing.push(context.close()));
    await page.goto(site.url + path, { waitUntil: 'load' });
    return page;
  };

  it('has no axe violations in the dark scheme', { timeout: 600_000 }, async () => {
    const violations: string[] = [];
    const page = await open('/', { colorScheme: 'dark' });
    for (const path of PAGES) {
      await page.goto(site.url + path, { waitUntil: 'load' });
      // The page at rest, as a reader sees it once it has loaded: the patent search's list is aria-busy until its
      // first search has finished, and axe run before then checked a list still changing under it.
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
      violations.push(...(await axeViolations(page, `dark ${path}`)));
    }
    await page.close();
    expect(violations).toEqual([]);
  });

  it('the dark scheme is dark: light text on a dark ground, and charts keep a light ground', async () => {
    const page = await open('/statistics/open-patent-database/', { colorScheme: 'dark' });
    const colours = await page.evaluate(() => ({
      html: getComputedStyle(document.documentElement).backgroundColor,
      text: getComputedStyle(document.body).color,
      chart: getComputedStyle(document.querySelector('.chart-box')!).backgroundColor,
    }));
    expect(colours).toEqual({ html: 'rgb(26, 26, 26)', text: 'rgb(242, 242, 242)', chart: 'rgb(255, 255, 255)' });
    await page.close();
  });

  it('keeps focus rings, badges, the progress bar and the chart legend visible in forced colours', async () => {
    const page = await open('/seminars/sample-fy2026-sapporo/', { forcedColors: 'active' });
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: style.outlineWidth };
    });
    expect(focus).toEqual({ style: 'solid', width: '3px' });
    expect(
      await page
        .locator('.badge')
        .first()
        .evaluate((el) => getComputedStyle(el).borderTopStyle),
    ).toBe('solid');
    await page.goto(`${site.url}/patents/search/`);
    expect(
      await page
        .locator('progress')
        .first()
        .evaluate((el) => getComputedStyle(el).forcedColorAdjust),
    ).toBe('none');
    await page.goto(`${site.url}/statistics/open-patent-database/`);
    const legend = await page.locator('.chart-box').evaluate((el) => ({
      adjust: getComputedStyle(el).forcedColorAdjust,
      swatch: getComputedStyle(el.querySelector('.swatch.fill-1')!).backgroundImage,
    }));
    expect(legend.adjust).toBe('none');
    expect(legend.swatch).toContain('repeating-linear-gradient');
    await page.close();
  });

  it('stops animations and transitions when reduced motion is asked for', async () => {
    const page = await open('/patents/search/', { reducedMotion: 'reduce' });
    const durations = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((el) => {
        const style = getComputedStyle(el);
        return [style.animationDuration, style.transitionDuration].flatMap((value) => value.split(', '));
      }),
    );
    expect(durations.length).toBeGreaterThan(0);
    expect(durations.every((value) => value === '0s' || parseFloat(value) <= 0.00001)).toBe(true);
    await page.close();
  });

  it('has no horizontal scrolling at 320 CSS px (200% zoom of 640 px)', { timeout: 600_000 }, async () => {
    const overflowing: string[] = [];
    const page = await open('/', { viewport: { width: 320, height: 640 } });
    for (const path of PAGES) {
      await page.goto(site.url + path, { waitUntil: 'load' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) overflowing.push(`${path}: ${overflow}px`);
    }
    await page.close();
    expect(overflowing).toEqual([]);
  });
});
