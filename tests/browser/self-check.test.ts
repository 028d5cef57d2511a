/**
 * The trade-secret self-check (/trade-secret/self-check/) in Chromium: the checklist without JavaScript; with it,
 * answers saved in localStorage only and restored on reload, the result per group, CSV, print media, delete,
 * keyboard-only answering, offline use and axe in the light and dark schemes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteData, type SiteData } from '#src/data/load.ts';
import { STORAGE_KEY } from '#src/utils/self-check/answers.ts';
import { ROOT } from '../helpers/build-site.ts';
import { axeViolations, chromiumAvailable, collectErrors, launchTestBrowser, requireChromium } from '../helpers/chromium.ts';
import { shippedSiteDir } from '../helpers/site-build.ts';
import { serveDirectory } from '../../scripts/lib/static-server.ts';

requireChromium('self-check in Chromium');

const PATH = { ja: '/trade-secret/self-check/', en: '/en/trade-secret/self-check/' } as const;

describe.runIf(chromiumAvailable)('the trade-secret self-check in Chromium', () => {
  let site: Awaited<ReturnType<typeof serveDirectory>>;
  let browser: Browser;
  let data: SiteData;
  const errors: string[] = [];
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    data = loadSiteData(join(ROOT, 'data')).data;
    site = await serveDirectory(shippedSiteDir());
    browser = await launchTestBrowser();
  });

  afterAll(async () => {
    expect(errors).toEqual([]);
    await browser?.close();
    await site?.close();
  });

  const newPage = async (options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> => {
    const context = await browser.newContext({ acceptDownloads: true, ...options });
    contexts.push(context);
    const page = await context.newPage();
    collectErrors(page, errors, () => page.url());
    return page;
  };
  const open = async (page: Page, path: string) => {
    const response = await page.goto(`${site.url}${path}`);
    expect(response?.status(), path).toBe(200);
  };
  const question = (page: Page, id: string) => page.locator(`[data-question="${id}"]`);
  const radio = (page: Page, id: string, answer: string) => question(page, id).locator(`input[value="${answer}"]`);
  const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  const first = () => data.selfCheckQuestions[0]!;
  const second = () => data.selfCheckQuestions[1]!;
  const inOtherGroup = () => data.selfCheckQuestions.find((q) => q.group !== first().group)!;

  it('without JavaScript is a readable checklist: every question with its guidance and links, no result or buttons', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    for (const lang of ['ja', 'en'] as const) {
      await open(page, PATH[lang]);
      const items = page.locator('[data-question]');
      expect(await items.count()).toBe(data.selfCheckQuestions.length);
      const q = data.selfCheckQuestions[0]!;
      const expected = lang === 'en' && q.question_en ? q.question_en : q.question;
      expect(await question(page, q.id).locator('legend').innerText()).toBe(expected);
      expect(await question(page, q.id).locator('.guidance').isVisible()).toBe(true);
      for (const group of data.selfCheckGroups) {
        const links = page.locator(`[data-group-id="${group.id}"] .next a`);
        expect(await links.count(), group.id).toBe(group.next.length);
        for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^https:\/\//u);
      }
      expect(await page.locator('#sc-result').isVisible()).toBe(false);
      expect(await page.locator('[data-action]:visible').count()).toBe(0);
      expect(await page.locator('[data-no-js]').isVisible()).toBe(true);
      // The disclaimer and the 営業秘密110番 box are there without JavaScript too.
      expect(await page.locator('[data-caution]').innerText()).toContain(lang === 'ja' ? '法的な助言ではなく' : 'not legal advice');
      expect(await page.locator('[data-contact-box="trade-secret"]').count()).toBe(1);
    }
  });

  it('saves answers in localStorage only, restores them on reload and sorts them into the result', async () => {
    const page = await newPage();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(site.url)) requests.push(request.url());
    });
    await open(page, PATH.ja);
    expect(await page.locator('[data-js-only].privacy').innerText()).toContain('どこにも送信されません');
    expect(await stored(page)).toBeNull();
    await question(page, first().id).locator('label', { hasText: 'はい' }).click();
    await question(page, second().id).locator('label', { hasText: 'わからない' }).click();
    expect(JSON.parse((await stored(page))!)).toEqual({ version: 1, answers: { [first().id]: 'yes', [second().id]: 'unknown' } });

    await page.reload();
    expect(await radio(page, first().id, 'yes').isChecked()).toBe(true);
    expect(await radio(page, second().id, 'unknown').isChecked()).toBe(true);
    expect(await page.locator('[data-question] input:checked').count()).toBe(2);

    const group = page.locator(`[data-result-group="${first().group}"]`);
    expect(await group.locator('[data-result-part="in-place"] [data-result-item]:visible').allInnerTexts()).toEqual([first().question]);
    const review = await group.locator('[data-result-part="review"] [data-result-item]:visible').allInnerTexts();
    expect(review).toEqual([`${second().question}（回答：わからない）`]);
    // What to read next, linked from the group's result.
    const links = group.locator('[data-result-part="review"] a:visible');
    expect(await links.count()).toBe(data.selfCheckGroups.find((g) => g.id === first().group)!.next.length);
    expect(await page.locator('[data-progress]').innerText()).toBe(`2 / ${data.selfCheckQuestions.length}`);
    // A group with no answers says so, and nothing in it claims a score.
    const other = page.locator(`[data-result-group="${inOtherGroup().group}"]`);
    expect(await other.locator('[data-result-empty]').isVisible()).toBe(true);
    expect(await page.locator('#sc-result').innerText()).not.toMatch(/\d+\s*(点|%)|score/iu);
    // The result points to 営業秘密110番 and the seminars.
    expect(await page.locator('[data-contact-box="trade-secret"]').isVisible()).toBe(true);
    expect(await page.locator('.help a[href="/seminars/"]').count()).toBe(1);

    // The English page shows the same answers (one key for both languages).
    await open(page, PATH.en);
    expect(await radio(page, first().id, 'yes').isChecked()).toBe(true);
    expect(
      await page.locator(`[data-result-group="${first().group}"] [data-result-part="review"] [data-result-item]:visible`).allInnerTexts(),
    ).toEqual([`${second().question_en ?? second().question} (answer: Not sure)`]);
    // Nothing was sent anywhere: no request left the site.
    expect(requests).toEqual([]);

    // CSV: the answers and the result, with the formula guard of the site's CSV writer.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="csv"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^self-check-\d{8}\.csv$/u);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows: string[][] = parse(text.slice(1));
    expect(rows[0]).toEqual(['Group', 'Question id', 'Question', 'Answer', 'Result', 'Read next']);
    expect(rows.length).toBe(data.selfCheckQuestions.length + 2);
    const byId = new Map(rows.map((row) => [row[1], row]));
    expect(byId.get(first().id)!.slice(3, 5)).toEqual(['Yes', 'In place']);
    expect(byId.get(second().id)!.slice(3, 5)).toEqual(['Not sure', 'Look at next']);
    expect(byId.get(second().id)![5]).toMatch(/https:\/\//u);
    expect(byId.get(inOtherGroup().id)!.slice(3, 5)).toEqual(['', 'Not answered']);
    expect(rows.at(-1)![0]).toContain('not legal advice');

    // Print: questions, answers and result; no buttons, navigation or privacy note.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-actions]').isVisible()).toBe(false);
    expect(await page.locator('.main-nav').isVisible()).toBe(false);
    expect(await page.locator('.contents').isVisible()).toBe(false);
    expect(await page.locator('#sc-result').isVisible()).toBe(true);
    expect(await radio(page, first().id, 'yes').isVisible()).toBe(true);
    expect(await question(page, first().id).locator('.guidance').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // Delete: radios cleared, result empty, and nothing left in localStorage.
    await page.locator('[data-action="delete"]').click();
    expect(await page.locator('[data-status]').innerText()).toContain('deleted');
    expect(await page.locator('[data-question] input:checked').count()).toBe(0);
    expect(await page.locator('[data-result-item]:visible').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.reload();
    expect(await page.locator('[data-question] input:checked').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });

  it('can be answered with the keyboard only', async () => {
    const page = await newPage();
    await open(page, PATH.ja);
    // From the group heading's link target, Tab reaches the first question's radios.
    await page.locator(`#group-${first().group}`).focus();
    let name = '';
    for (let step = 0; step < 20 && name !== `q-${first().id}`; step++) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');
    }
    expect(name).toBe(`q-${first().id}`);
    await page.keyboard.press('Space');
    expect(await radio(page, first().id, 'yes').isChecked()).toBe(true);
    // Arrow keys move within the question: はい → 一部 → いいえ.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await radio(page, first().id, 'no').isChecked()).toBe(true);
    // Tab leaves the question for the next one.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(`q-${second().id}`);
    await page.keyboard.press('Space');
    expect(JSON.parse((await stored(page))!).answers).toEqual({ [first().id]: 'no', [second().id]: 'yes' });
    // The focused radio shows a focus ring.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    // The delete button is reachable and works from the keyboard.
    await page.locator('[data-action="delete"]').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });

  it('works offline once visited: the page, its script and the saved answers', async () => {
    const page = await newPage();
    const context = page.context();
    await open(page, PATH.ja);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 120_000 });
    await radio(page, first().id, 'partly').check();
    // A navigation the service worker handles keeps the page (its CSS and JS are precached).
    await page.reload();
    await context.setOffline(true);
    try {
      await page.reload();
      expect(await page.locator('[data-question]').count()).toBe(data.selfCheckQuestions.length);
      expect(await radio(page, first().id, 'partly').isChecked()).toBe(true);
      expect(
        await page.locator(`[data-result-group="${first().group}"] [data-result-part="review"] [data-result-item]:visible`).count(),
      ).toBe(1);
      await radio(page, second().id, 'no').check();
      expect(JSON.parse((await stored(page))!).answers).toEqual({ [first().id]: 'partly', [second().id]: 'no' });
    } finally {
      await context.setOffline(false);
    }
    await page.locator('[data-action="delete"]').click();
  });

  it('has no axe violations in the light and dark schemes, with a result showing', async () => {
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await newPage({ colorScheme });
      for (const lang of ['ja', 'en'] as const) {
        await open(page, PATH[lang]);
        await radio(page, first().id, 'yes').check();
        await radio(page, second().id, 'partly').check();
        found.push(...(await axeViolations(page, `${colorScheme} ${lang}`)));
      }
      await page.evaluate(() => localStorage.clear());
    }
    expect(found).toEqual([]);
  });

  it('fits a 320 and a 375 px screen without horizontal scrolling', async () => {
    for (const width of [320, 375]) {
      const page = await newPage({ viewport: { width, height: 800 } });
      for (const lang of ['ja', 'en'] as const) {
        await open(page, PATH[lang]);
        await radio(page, first().id, 'partly').check();
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${lang} ${width}`).toBe(true);
      }
      await page.evaluate(() => localStorage.clear());
    }
  });

  it('is linked from the trade-secret contact box on the leak page and the guide', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    for (const lang of ['ja', 'en'] as const) {
      const prefix = lang === 'en' ? '/en' : '';
      for (const path of ['/trade-secret/leak/', '/guides/trade-secret-basics/']) {
        await open(page, `${prefix}${path}`);
        expect(await page.locator(`a[href="${PATH[lang]}"]`).count(), path).toBeGreaterThan(0);
      }
    }
  });
});
