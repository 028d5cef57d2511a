/**
 * The public's task journeys (issue 15) in Chromium, on the shipped data: a suspected leak, a prefecture's
 * window, seminars near me, and the home page's freshness with the clock moved forward. Each journey is walked
 * with a phone viewport (375 × 812), without JavaScript where the page should work without it, and by keyboard.
 * They read the run's one build of data/ (BUILD_DATE 2026-11-24, tests/helpers/site-build.ts); the browser clock
 * is set per context.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteData } from '#src/data/load.ts';
import { parsePhone } from '#src/utils/windows/phone.ts';
import { findPrefecture } from '#src/data/utils/prefectures.ts';
import { seminarsNear } from '#src/utils/seminars/nearby.ts';
import { ROOT } from '../helpers/build-site.ts';
import { SHIPPED_BUILD_DATE, shippedSiteDir } from '../helpers/site-build.ts';
import { axeViolations, chromiumAvailable, collectErrors, eachPage, launchTestBrowser, requireChromium } from '../helpers/chromium.ts';
import { serveDirectory } from '../../scripts/lib/static-server.ts';

requireChromium('journey browser tests');

const BUILD_DATE = SHIPPED_BUILD_DATE;
const BUILD_DAY_NOON = new Date('2026-11-24T12:00:00+09:00');
const PHONE = { width: 375, height: 812 };
const data = loadSiteData(join(ROOT, 'data')).data;
const desk = data.windows.find((w) => w.kind === 'trade_secret')!;
const deskTel = parsePhone(desk.phone!)!.href;

describe.runIf(chromiumAvailable)('public journeys in Chromium', () => {
  let site: Awaited<ReturnType<typeof serveDirectory>>;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];

  async function open(
    path: string,
    options: { javaScriptEnabled?: boolean; now?: Date; viewport?: { width: number; height: number } } = {},
  ): Promise<Page> {
    const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: options.viewport ?? PHONE });
    contexts.push(context);
    await context.clock.setFixedTime(options.now ?? BUILD_DAY_NOON);
    const page = collectErrors(await context.newPage(), problems, () => path);
    const response = await page.goto(`${site.url}${path}`);
    expect(response?.status(), path).toBe(200);
    return page;
  }

  /** Tabs from the top of the page until the focused element matches `selector`; returns the number of presses. */
  async function tabTo(page: Page, selector: string, limit = 60): Promise<number> {
    for (let presses = 1; presses <= limit; presses++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
    }
    throw new Error(`${selector} not reached by Tab within ${limit} presses`);
  }

  /** eachPage's options for what `open` gives by default: a phone, JavaScript on, the build day's noon. */
  const withJavaScript = { viewport: PHONE, now: BUILD_DAY_NOON, errors: problems };
  /** The same without JavaScript, as open(path, { javaScriptEnabled: false }) gives. */
  const withoutJavaScript = { ...withJavaScript, javaScriptEnabled: false };

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

  describe('a suspected leak', () => {
    it('goes from the home page to the 営業秘密110番 phone number in one tap, without JavaScript', async () => {
      const page = await open('/', { javaScriptEnabled: false });
      await page.locator('a[data-leak-link]').first().click();
      await expect(page.waitForURL('**/trade-secret/leak/')).resolves.toBeUndefined();
      const call = page.locator('[data-call-now] a[href^="tel:"]');
      await expect(call.getAttribute('href')).resolves.toBe(deskTel);
      // The number is on the first screen of a phone.
      const box = (await call.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    });

    it('is reached by keyboard alone from the home page', async () => {
      const page = await open('/');
      await tabTo(page, 'a[data-leak-link]');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/trade-secret/leak/');
      await tabTo(page, '[data-call-now] a[href^="tel:"]');
    });

    it('sorts the situations, links each to its steps and names the police and IPA with their pages', async () => {
      const page = await open('/trade-secret/leak/');
      const situations = page.locator('nav[aria-labelledby="situations"] a');
      expect(await situations.count()).toBe(3);
      for (const href of await situations.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
        expect(await page.locator(href).count(), href).toBe(1);
      }
      await expect(page.locator('#contact-police a.external').getAttribute('href')).resolves.toMatch(/^https:\/\/www\.npa\.go\.jp\//u);
      await expect(page.locator('#contact-ipa a.external').getAttribute('href')).resolves.toMatch(/^https:\/\/www\.ipa\.go\.jp\//u);
      await expect(page.locator('#contact-desk a[href^="mailto:"]').getAttribute('href')).resolves.toBe(`mailto:${desk.email}`);
      expect(await page.locator('#contact-desk').innerText()).toContain(desk.hours!);
    });

    it('ends every trade-secret FAQ and the trade-secret guide with the same contact box, linking back to the leak page', async () => {
      const tradeSecretFaq = data.faq.find((c) => c.id === 'trade-secret')!.items;
      expect(tradeSecretFaq.length).toBeGreaterThan(0);
      const paths = [
        ...tradeSecretFaq.map((item) => `/faq/${item.id}/`),
        '/guides/trade-secret-basics/',
        '/en/guides/trade-secret-basics/',
      ];
      await eachPage(browser, site.url, paths, withoutJavaScript, async (page, path) => {
        const box = page.locator('[data-contact-box="trade-secret"]');
        expect(await box.count(), path).toBe(1);
        // The domestic number (English pages add its +81 form beside it).
        await expect(box.locator('a.tel:not(.tel-intl)[href^="tel:"]').getAttribute('href')).resolves.toBe(deskTel);
        expect(await box.locator('a[href$="/trade-secret/leak/"]').count(), path).toBe(1);
        // The box is the last thing in the article.
        const last = await page.locator('article > :last-child').getAttribute('data-contact-box');
        expect(last, path).toBe('trade-secret');
      });
    }, 400_000);

    it('says on every external link that it leaves the site, with the host', async () => {
      const paths = ['/trade-secret/leak/', '/en/trade-secret/leak/', '/windows/', '/faq/ts-dismissed-employee-data/'];
      await eachPage(browser, site.url, paths, withoutJavaScript, async (page, path) => {
        const external = await page.locator('main a[href^="http"]').evaluateAll((links) =>
          links.map((a) => ({
            href: a.getAttribute('href')!,
            mark: a.querySelector('.external-mark .visually-hidden')?.textContent ?? '',
            host: a.querySelector('.external-host')?.textContent ?? '',
          })),
        );
        expect(external.length, path).toBeGreaterThan(0);
        for (const link of external) {
          expect(link.mark, `${path} ${link.href}`).toMatch(/外部サイト|external site/u);
          expect(new URL(link.href).hostname.replace(/^www\./u, ''), `${path} ${link.href}`).toBe(link.host);
        }
      });
    });

    it('has no axe-core violations in either language', async () => {
      await eachPage(browser, site.url, ['/trade-secret/leak/', '/en/trade-secret/leak/'], withJavaScript, async (page, path) => {
        expect(await axeViolations(page, path)).toEqual([]);
      });
      expect(problems).toEqual([]);
    });
  });

  describe('the window in my prefecture', () => {
    const tokyo = data.windows.find((w) => w.kind === 'prefectural' && w.prefecture === '東京都')!;

    it('shows the nationwide Navi Dial number once, saying what it does and that it cannot be called from abroad', async () => {
      for (const [path, abroad] of [
        ['/windows/', '海外からはかけられません'],
        ['/en/windows/', 'cannot be called from abroad'],
      ] as const) {
        const page = await open(path, { javaScriptEnabled: false });
        expect(await page.locator('main a[href="tel:0570082100"]').count(), path).toBe(1);
        expect(await page.locator('[data-navi-dial]').innerText(), path).toContain(abroad);
        await page.context().close();
      }
    });

    it('gives English readers the +81 form and JST hours, and says Navi Dial cannot be called from abroad', async () => {
      const intl = `tel:+81${parsePhone(desk.phone!)!.digits.slice(1)}`;
      for (const path of ['/en/trade-secret/leak/', '/en/windows/']) {
        const page = await open(path, { javaScriptEnabled: false });
        const abroad = page.locator(`main a[href="${intl}"]`).first();
        await expect(abroad.innerText()).resolves.toBe('+81 3-3581-1101');
        expect(await page.locator('main').innerText(), path).toMatch(/from outside Japan: \+81 3-3581-1101/u);
        expect(await page.locator('main').innerText(), path).toContain('9:00–17:45 JST');
        await page.context().close();
      }
      const windows = await open('/en/windows/', { javaScriptEnabled: false });
      expect((await windows.locator('[data-navi-dial] [data-phone-abroad]').innerText()).trim()).toBe(
        '(Navi Dial: cannot be called from outside Japan)',
      );
      expect(await windows.locator('main a[href^="tel:+81570"]').count()).toBe(0);
      // Japanese pages keep the domestic form only.
      const ja = await open('/trade-secret/leak/', { javaScriptEnabled: false });
      expect(await ja.locator('[data-phone-abroad]').count()).toBe(0);
    });

    it('finds a prefecture by keyboard with JavaScript: the window, its phone and the shareable #pref anchor', async () => {
      const page = await open('/windows/');
      await tabTo(page, '#chooser-select');
      await page.selectOption('#chooser-select', '13');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const panel = page.locator('[data-chosen-window]');
      await expect(panel.locator('h3').innerText()).resolves.toBe('東京都の窓口');
      expect(await panel.innerText()).toContain(tokyo.name);
      await expect(panel.locator('a[href^="tel:"]').getAttribute('href')).resolves.toBe('tel:0570082100');
      expect(await page.evaluate(() => location.hash)).toBe('#pref-13');
      // Focus moves to the answer, so a screen reader hears it.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
      // A reload (or a shared link) shows the same window.
      await page.reload();
      await expect(panel.locator('h3').innerText()).resolves.toBe('東京都の窓口');
      // One tap on a prefecture link shows its window in the same place.
      await page.locator('nav.jump a[href="#pref-27"]').click();
      await expect(panel.locator('h3').innerText()).resolves.toBe('大阪府の窓口');
      const heading = (await panel.locator('h3').boundingBox())!;
      expect(heading.y).toBeGreaterThanOrEqual(0);
      expect(heading.y).toBeLessThan(PHONE.height);
    });

    it('jumps to the prefecture in the compact table without JavaScript', async () => {
      const page = await open('/windows/', { javaScriptEnabled: false });
      expect(await page.locator('[data-window-chooser]').isVisible()).toBe(false);
      await page.locator('nav.jump a[href="#pref-13"]').click();
      const row = page.locator('tr:has(th#pref-13)');
      expect(await row.innerText()).toContain(tokyo.name);
      const box = (await row.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeLessThan(PHONE.height);
      // 47 prefectures, one row each, no cards.
      expect(await page.locator('table.directory th[id^="pref-"]').count()).toBe(47);
      expect(await page.locator('[data-entry="window"]').count()).toBe(data.windows.length);
    });

    it('has no axe-core violations in either language, with a prefecture chosen', async () => {
      await eachPage(browser, site.url, ['/windows/#pref-13', '/en/windows/#pref-27'], withJavaScript, async (page, path) => {
        expect(await axeViolations(page, path)).toEqual([]);
      });
    }, 300_000);
  });

  describe('seminars near me', () => {
    const fukuoka = findPrefecture('福岡県')!;
    const expected = seminarsNear(data.seminars, fukuoka, BUILD_DATE);
    const ids = (page: Page, section: string) =>
      page
        .locator(`section[aria-labelledby="${section}"] [data-live-item]:visible a`)
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').at(-2)!));

    it('goes from the home page to a prefecture by keyboard: its sessions, nearby venues and online ones', async () => {
      expect(expected.online.length).toBeGreaterThan(0);
      const page = await open('/');
      await tabTo(page, '#near-select');
      await page.selectOption('#near-select', '/seminars/near/fukuoka/');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/seminars/near/fukuoka/');
      expect(await ids(page, 'near-local')).toEqual(expected.local.map((s) => s.id));
      expect(await ids(page, 'near-near')).toEqual(expected.near.map((s) => s.id));
      expect(await ids(page, 'near-online')).toEqual(expected.online.map((s) => s.id));
      // The first session's registration is one tap away, on the first screens of a phone.
      const first = page.locator('[data-live-item]:visible a').first();
      await first.click();
      await page.waitForURL('**/seminars/*/');
      expect(await page.locator('h1').count()).toBe(1);
    });

    it('works without JavaScript through the list of prefectures', async () => {
      const page = await open('/', { javaScriptEnabled: false });
      expect(await page.locator('form[data-near-form]').isVisible()).toBe(false);
      await page.locator('.near-nojs a').click();
      await page.waitForURL('**/seminars/near/');
      await page.locator('a[href="/seminars/near/fukuoka/"]').click();
      expect(await ids(page, 'near-online')).toEqual(expected.online.map((s) => s.id));
    });

    it('files online sessions under every region: the 九州・沖縄 page includes them and says so', async () => {
      const online = data.seminars.filter((s) => s.format === 'online');
      const page = await open('/seminars/region/kyushu-okinawa/', { javaScriptEnabled: false });
      expect(await page.locator('[data-online-note]').innerText()).toContain('オンライン');
      for (const s of online) expect(await page.locator(`[data-entry="seminar"]#${s.id}`).count(), s.id).toBe(1);
      // The combined filter on /seminars/ agrees.
      const live = await open('/seminars/?region=kyushu-okinawa');
      for (const s of online) expect(await live.locator(`#${s.id}`).isVisible(), s.id).toBe(true);
    });

    it('points a full session to other dates and online sessions', async () => {
      const full = data.seminars.find((s) => s.status === 'full' && s.date >= BUILD_DATE)!;
      const page = await open(`/seminars/${full.id}/`);
      const links = page.locator('[data-alternatives] a');
      expect(await links.count()).toBeGreaterThan(0);
      const first = await links.first().getAttribute('href');
      const firstId = first!.split('/').at(-2)!;
      expect(data.seminars.find((s) => s.id === firstId)?.format).toBe('online');
    });

    it('has no axe-core violations in either language', async () => {
      await eachPage(
        browser,
        site.url,
        ['/seminars/near/fukuoka/', '/en/seminars/near/hokkaido/', '/seminars/near/'],
        withJavaScript,
        async (page, path) => {
          expect(await axeViolations(page, path)).toEqual([]);
        },
      );
    }, 300_000);
  });

  describe('the home page stays fresh', () => {
    const ahead = data.seminars
      .filter((s) => s.date >= BUILD_DATE && s.status !== 'cancelled')
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    const visibleDates = (page: Page) =>
      page
        .locator('#home-seminars ~ [data-live-list] [data-live-item]:visible')
        .evaluateAll((items) => items.map((i) => i.getAttribute('data-seminar-date')!));

    it('never shows a past seminar as upcoming when the clock moves on, and fills the list from later ones', async () => {
      const dayAfterFirst = new Date(`${ahead[0]!.date}T12:00:00+09:00`);
      dayAfterFirst.setUTCDate(dayAfterFirst.getUTCDate() + 1);
      const page = await open('/', { now: dayAfterFirst });
      const dates = await visibleDates(page);
      expect(dates.length).toBe(Math.min(4, ahead.filter((s) => s.date > ahead[0]!.date).length));
      for (const date of dates) expect(date > ahead[0]!.date, date).toBe(true);
      expect(await page.locator('time[data-as-of]').getAttribute('datetime')).toBe(dayAfterFirst.toISOString().slice(0, 10));
    });

    it('says what to do instead when none remain, and re-dates "as of" to the Tokyo date', async () => {
      const late = new Date('2027-06-01T00:30:00+09:00'); // still 31 May in UTC
      const page = await open('/', { now: late });
      expect(await visibleDates(page)).toEqual([]);
      const empty = page.locator('#home-seminars ~ [data-live-list] [data-live-empty]');
      expect(await empty.isVisible()).toBe(true);
      expect(await empty.locator('a').getAttribute('href')).toBe('/windows/');
      expect(await page.locator('time[data-as-of]').innerText()).toBe('2027年6月1日（火）');
    });

    it('offers .ics only for seminars that have not ended, and map links only with an address', async () => {
      const past = data.seminars.find((s) => s.date < BUILD_DATE)!;
      const future = ahead.find((s) => s.status === 'scheduled')!;
      const pastPage = await open(`/seminars/${past.id}/`, { javaScriptEnabled: false });
      expect(await pastPage.locator('a.calendar').count()).toBe(0);
      expect(await pastPage.locator('main a[href*="google.com/maps"]').count()).toBe(past.address ? 1 : 0);
      expect(await pastPage.locator('main').innerText()).not.toContain('会場名の記録なし');
      const futurePage = await open(`/seminars/${future.id}/`);
      expect(await futurePage.locator('a.calendar').isVisible()).toBe(true);
      const moved = await open(`/seminars/${future.id}/`, {
        now: new Date(`${future.date}T12:00:00+09:00`.replace(future.date, '2027-12-31')),
      });
      expect(await moved.locator('a.calendar').isVisible()).toBe(false);
    });
  });

  describe('phones first', () => {
    /** Number of distinct line boxes a text node occupies (1 = it does not wrap). */
    const lineCounts = (page: Page, selector: string) =>
      page.locator(selector).evaluateAll((elements) =>
        elements
          .filter((element) => (element as HTMLElement).offsetParent !== null)
          .map((element) => {
            const range = document.createRange();
            range.selectNodeContents(element);
            return { text: element.textContent.trim(), lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size };
          }),
      );

    it('shows the first seminar within the first screen at 375 × 812, filters collapsed', async () => {
      for (const path of ['/seminars/', '/en/seminars/']) {
        const page = await open(path);
        const first = page.locator('[data-seminar-section="upcoming"] tbody tr').first();
        const box = (await first.boundingBox())!;
        // Its date and title line fit on the first screen, not just its top edge.
        expect(box.y, path).toBeLessThan(PHONE.height - 80);
        expect(await page.locator('form[data-seminar-filter]').isVisible(), path).toBe(false);
        await page.context().close();
      }
    });

    it('shows the first patent result within the first screen at 375 × 812, filters collapsed behind a count', async () => {
      for (const path of ['/patents/search/?q=センサ', '/en/patents/search/?q=sensor', '/patents/search/']) {
        const page = await open(path);
        const first = page.locator('ol#patent-results a[data-result-link]').first();
        await first.waitFor({ timeout: 120_000 });
        // Its title line fits on the first screen, not just its top edge.
        expect((await first.boundingBox())!.y, path).toBeLessThan(PHONE.height - 80);
        expect(await page.locator('fieldset[data-filter-group="field"]').isVisible(), path).toBe(false);
        expect(await page.locator('[data-filter-details] [data-filter-count]').isVisible(), path).toBe(false);
        await page.context().close();
      }
    });

    it('opens the patent filters for a shared link with filters, says how many, and toggles by keyboard', async () => {
      const page = await open('/patents/search/?q=センサ&holder_type=university&holder_type=company');
      await page.locator('ol#patent-results a[data-result-link]').first().waitFor({ timeout: 120_000 });
      const details = page.locator('[data-filter-details]');
      expect(await details.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
      expect(await details.locator('[data-count-number]').innerText()).toBe('2');
      expect(await details.locator('[data-count-text]').textContent()).toBe('（2件の条件を選択中）');
      // The summary is a button in the Tab order: Enter closes and opens it.
      const summary = details.locator('summary');
      await summary.focus();
      await page.keyboard.press('Enter');
      expect(await details.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
      await page.keyboard.press('Enter');
      expect(await page.locator('input[name="holder_type"][value="university"]').isVisible()).toBe(true);
      await page.context().close();
    });

    it('puts the offline-save box on /patents/search/ after the results, out of the way on phones and out of print', async () => {
      for (const path of ['/patents/search/', '/en/patents/search/']) {
        const page = await open(path);
        const first = page.locator('ol#patent-results a[data-result-link]').first();
        await first.waitFor({ timeout: 120_000 });
        // The box follows the results in the page (and so in the reading and Tab order), and never pushes them down.
        const order = await page.evaluate(() => {
          const save = document.querySelector('[data-offline-save]')!;
          const results = document.querySelector('#patent-results')!;
          return Boolean(results.compareDocumentPosition(save) & Node.DOCUMENT_POSITION_FOLLOWING);
        });
        expect(order, path).toBe(true);
        await page.locator('[data-offline-save]:not([hidden])').waitFor({ timeout: 120_000 });
        const save = (await page.locator('[data-offline-save]').boundingBox())!;
        expect(save.y, path).toBeGreaterThan((await first.boundingBox())!.y);
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('[data-offline-save]').evaluate((el) => getComputedStyle(el).display), path).toBe('none');
        await page.context().close();
      }
    });

    it('keeps guide prose to about 40 full-width characters a line at 1280 px, breaking Japanese between phrases', async () => {
      const page = await open('/guides/trade-secret-basics/', { viewport: { width: 1280, height: 900 } });
      const prose = await page
        .locator('.prose p')
        .first()
        .evaluate((p) => {
          const style = getComputedStyle(p);
          // The widest line of the paragraph, in full-width characters (1 ic = 1 em for CJK text).
          const range = document.createRange();
          range.selectNodeContents(p);
          const widest = Math.max(...[...range.getClientRects()].map((r) => r.width));
          return {
            chars: widest / parseFloat(style.fontSize),
            wordBreak: style.wordBreak,
            lineBreak: style.lineBreak,
            lines: range.getClientRects().length,
          };
        });
      expect(prose.chars).toBeLessThanOrEqual(40.5);
      expect(prose.chars).toBeGreaterThan(30);
      expect(prose.wordBreak).toBe('auto-phrase');
      expect(prose.lineBreak).toBe('strict');
      // Counts in headings stay whole: （3件） never splits.
      const cases = await open('/cases/', { viewport: { width: 320, height: 800 } });
      const counts = await lineCounts(cases, 'h2 .nowrap');
      expect(counts.length).toBeGreaterThan(0);
      expect(counts.filter((c) => c.lines !== 1)).toEqual([]);
    });

    it('never wraps a date inside itself on phones', async () => {
      for (const path of ['/seminars/', '/', '/seminars/near/tokyo/', '/en/seminars/']) {
        const page = await open(path);
        const dates = await lineCounts(page, '[data-date-text], time');
        expect(dates.length, path).toBeGreaterThan(0);
        expect(
          dates.filter((d) => d.lines !== 1),
          path,
        ).toEqual([]);
        await page.context().close();
      }
    });
  });
});
