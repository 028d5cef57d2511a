/**
 * The accessibility check every browser test uses (axeViolations, in legacy mode with only violations collected)
 * still finds what it should: a page with known violations fails it, and `include` limits it to a part.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, chromiumAvailable, launchTestBrowser, requireChromium } from '../helpers/chromium.ts';

requireChromium('axe check');

const BROKEN = `<!doctype html><html lang="ja"><head><title>t</title></head><body><main>
  <h1>見出し</h1>
  <section id="bad">
    <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
    <p style="color:#bbb;background:#fff">薄すぎる文字</p>
    <input type="text">
  </section>
  <section id="good"><p>問題のない段落</p></section>
</main></body></html>`;

describe.runIf(chromiumAvailable)('axeViolations', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchTestBrowser();
    page = await (await browser.newContext()).newPage();
    await page.setContent(BROKEN);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('reports a missing alt text, too little contrast and an unlabelled field, with the elements', async () => {
    const violations = await axeViolations(page, 'broken');
    const rules = violations.map((line) => line.split(' ')[1]!.replace(/:$/u, '')).sort();
    expect(rules).toEqual(['color-contrast', 'image-alt', 'label']);
    expect(violations).toContain('broken image-alt: img');
  });

  it('checks only the part that `include` names', async () => {
    expect(await axeViolations(page, 'good part', '#good')).toEqual([]);
    expect(await axeViolations(page, 'bad part', '#bad')).toHaveLength(3);
  });
});
