/**
 * Every HTML page built from the shipped data/ passes html-validate (config: .htmlvalidate.json, which extends
 * `html-validate:recommended`). All pages are validated, patent detail pages included: the ~550 pages take a few
 * seconds.
 *
 * Rules configured away from the preset, each for a deliberate, standards-valid choice:
 * - form-dup-name: checkboxes may share a name, like radio buttons. The seminar filter's region and format
 *   checkboxes are one group per facet (several may be ticked: region=kanto&region=kinki), as HTML intends.
 * - long-title: off. Titles are the full FAQ question, seminar or statistic name plus the site name, so they
 *   describe the page (WCAG 2.4.2) in tabs, history and screen readers; a search engine's truncation is acceptable.
 * - no-redundant-role: allowed for the table roles only. The seminar table turns into cards on phones
 *   (display: block), which makes browsers drop the table semantics; the explicit roles keep it a table.
 * - prefer-native-element: `region` allowed. A keyboard-focusable scroll container around a wide table is not a
 *   section of the document outline; role="region" gives it the accessible name focusable elements need.
 * - tel-non-breaking: elements with class `tel` are exempt: PhoneLink's `.tel` is `white-space: nowrap`, which
 *   keeps the number on one line without replacing its hyphens (which would break copying and screen readers).
 * - valid-id: relaxed (HTML's own rule: non-empty, no whitespace). News ids (dates) and Markdown heading slugs
 *   ("1-why-…") start with digits; they are stable URL fragments, and the site's scripts use getElementById.
 * One element-level exception lives in the source: the seminar filter form (a live filter with no submit
 * button) disables wcag/h32 in an html-validate comment, with its reason.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build-site.ts';
import { shippedSiteDir } from '../helpers/site-build.ts';

const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(config);

interface Located extends Message {
  file: string;
}

const format = (m: Located) => `${m.file}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}${m.selector ? ` [${m.selector}]` : ''}`;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => join(dir, file));
}

describe('html-validate on the built site (shipped data)', () => {
  let outDir: string;
  let files: string[];
  const messages: Located[] = [];
  let seconds = 0;

  beforeAll(async () => {
    outDir = shippedSiteDir();
    files = htmlFiles(outDir);
    const started = performance.now();
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const message of result.messages) messages.push({ ...message, file: relative(outDir, file) });
      }
    }
    seconds = (performance.now() - started) / 1000;
    console.log(`html-validate: ${files.length} pages, ${messages.length} messages, ${seconds.toFixed(1)} s`);
  });

  it('finds every kind of page', () => {
    const pages = files.map((file) => relative(outDir, file));
    for (const page of [
      'index.html',
      'en/index.html',
      '404.html',
      'seminars/index.html',
      'faq/index.html',
      'statistics/index.html',
      'search/index.html',
      'windows/index.html',
    ]) {
      expect(pages).toContain(page);
    }
    expect(pages.filter((page) => page.startsWith('patents/')).length).toBeGreaterThan(100);
  });

  it('reports no errors or warnings on any page', () => {
    const shown = messages.slice(0, 50).map(format);
    const more = messages.length > 50 ? [`… and ${messages.length - 50} more`] : [];
    expect([...shown, ...more].join('\n'), `${messages.length} html-validate messages`).toBe('');
  });

  it('uses a configuration that catches real mistakes', async () => {
    // Guards against an inert config: the checks above must be able to fail.
    const bad = [
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>',
      '<main><h1 id="x">A</h1><p id="x">duplicate id</p><img src="a.png"><a href="#">',
      '<section aria-labelledby="x"></section><div role="region" aria-label="y"></div></main></body></html>',
    ].join('');
    const report = await validator.validateString(bad, 'bad.html');
    const rules = new Set(report.results.flatMap((result) => result.messages.map((m) => m.ruleId)));
    expect(report.valid).toBe(false);
    for (const rule of ['no-dup-id', 'wcag/h37', 'close-order']) expect(rules).toContain(rule);
  });
});
