/**
 * Hostile data: every free-text field of every data kind carries markup, script, attribute breakouts, unsafe URL
 * schemes, JSON-LD/CDATA breakouts, entities, iCalendar injection and spreadsheet formulas (tests/helpers/
 * hostile-data.ts). The validator accepts it; the real build must then escape it in every output format:
 * HTML, JSON-LD, iCalendar, Atom, CSV and JSON downloads. Unsafe URLs in URL fields must be rejected up front.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteData, type LoadResult, type Seminar } from '#src/data/load.ts';
import { REGIONS } from '#src/data/utils/prefectures.ts';
import { CSP_META } from '#src/utils/csp.ts';
import { headersFile } from '#src/utils/headers-file.ts';
import { feedTitle } from '#src/utils/feed/news-feed.ts';
import { readXml, type XmlElement } from '../helpers/xml.ts';
import { timingOf } from '#src/utils/seminars/status.ts';
import { buildSite, ROOT, type BuildResult } from '../helpers/build-site.ts';
import { chromiumAvailable, launchTestBrowser, requireChromium } from '../helpers/chromium.ts';
import {
  FORMULAS,
  HOSTILE,
  HOSTILE_CATEGORIES,
  HOSTILE_STATISTIC_ID,
  HOSTILE_URLS,
  ICS_INJECTION,
  UNSAFE_MARKDOWN,
  UNSAFE_URLS,
  writeHostileData,
} from '../helpers/hostile-data.ts';
import { faqFileSchema } from '#src/data/schemas/faq.ts';
import { validateYamlText } from '#src/data/validate/yaml-file.ts';
import { serveDirectory } from '../../scripts/lib/static-server.ts';

const BUILD_DATE = '2026-11-24';
mkdirSync(join(ROOT, 'tmp'), { recursive: true });
const work = mkdtempSync(join(ROOT, 'tmp', 'hostile-'));
const dataDir = join(work, 'data');
const outDir = join(work, 'dist');
let loaded: LoadResult;
let build: BuildResult;

beforeAll(async () => {
  writeHostileData(dataDir);
  loaded = loadSiteData(dataDir);
  build = await buildSite(dataDir, outDir, { BUILD_DATE });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

// --- helpers -------------------------------------------------------------------------------------------------

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .map((name) => name.split(sep).join('/'))
    .sort();
}
const read = (path: string) => readFileSync(join(outDir, path), 'utf8');

/** Markers of every hostile value start with «: any data value in a page contains one. */
const MARKER = '«';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  Tab: '\t',
  NewLine: '\n',
  colon: ':',
};

/** HTML character references → text (numeric ones, and the named ones an attacker or Astro would use). */
function decodeEntities(value: string): string {
  return value.replace(
    /&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([A-Za-z]+));?/gu,
    (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return NAMED_ENTITIES[name!] ?? whole;
    },
  );
}

type Token =
  | { type: 'tag'; name: string; end: boolean; attributes: [string, string][] }
  | { type: 'text'; raw: string }
  | { type: 'comment'; raw: string };

const RAW_TEXT = new Set(['script', 'style']);
const ESCAPABLE_RAW_TEXT = new Set(['title', 'textarea']);

/**
 * A small HTML tokenizer following the tokenization rules browsers use for tags, attributes (double-, single- and
 * unquoted values), comments, and raw-text (script, style) and RCDATA (title, textarea) elements. It is what
 * decides whether a hostile string became markup: a string that stays text can never produce a tag here.
 */
function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let textStart = 0;
  const flushText = (end: number) => {
    if (end > textStart) tokens.push({ type: 'text', raw: html.slice(textStart, end) });
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      flushText(lt);
      const close = html.indexOf('-->', lt + 4);
      const end = close === -1 ? html.length : close + 3;
      tokens.push({ type: 'comment', raw: html.slice(lt, end) });
      i = textStart = end;
      continue;
    }
    if (next === '!' || next === '?') {
      flushText(lt);
      const close = html.indexOf('>', lt);
      const end = close === -1 ? html.length : close + 1;
      tokens.push({ type: 'comment', raw: html.slice(lt, end) });
      i = textStart = end;
      continue;
    }
    const end = next === '/';
    if (!/[A-Za-z]/u.test(html[lt + (end ? 2 : 1)] ?? '')) {
      i = lt + 1;
      continue;
    }
    flushText(lt);
    let j = lt + (end ? 2 : 1);
    const nameStart = j;
    while (j < html.length && !/[\s/>]/u.test(html[j]!)) j++;
    const name = html.slice(nameStart, j).toLowerCase();
    const attributes: [string, string][] = [];
    for (;;) {
      while (j < html.length && /[\s/]/u.test(html[j]!)) j++;
      if (j >= html.length || html[j] === '>') break;
      const attrStart = j;
      j++; // The first character of a name may be anything, even "=".
      while (j < html.length && !/[\s/>=]/u.test(html[j]!)) j++;
      const attrName = html.slice(attrStart, j).toLowerCase();
      let k = j;
      while (k < html.length && /\s/u.test(html[k]!)) k++;
      let value = '';
      if (html[k] === '=') {
        k++;
        while (k < html.length && /\s/u.test(html[k]!)) k++;
        const quote = html[k];
        if (quote === '"' || quote === "'") {
          const close = html.indexOf(quote, k + 1);
          value = html.slice(k + 1, close === -1 ? html.length : close);
          k = close === -1 ? html.length : close + 1;
        } else {
          const start = k;
          while (k < html.length && !/[\s>]/u.test(html[k]!)) k++;
          value = html.slice(start, k);
        }
        j = k;
      }
      attributes.push([attrName, decodeEntities(value)]);
    }
    j++; // past ">"
    tokens.push({ type: 'tag', name, end, attributes });
    i = textStart = j;
    if (!end && (RAW_TEXT.has(name) || ESCAPABLE_RAW_TEXT.has(name))) {
      const closer = new RegExp(`</${name}[\\s/>]`, 'iu');
      const match = closer.exec(html.slice(j));
      const stop = match ? j + match.index : html.length;
      tokens.push({ type: 'text', raw: html.slice(j, stop) });
      i = textStart = stop;
    }
  }
  flushText(html.length);
  return tokens;
}

const attr = (token: Token, name: string) => (token.type === 'tag' ? token.attributes.find(([n]) => n === name)?.[1] : undefined);

/** Attributes that hold a URL a browser may navigate to, load or run. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'data',
  'xlink:href',
  'background',
  'cite',
  'ping',
  'srcset',
  'manifest',
  'longdesc',
]);
/** What a browser ignores before a scheme: control characters and white space (and tabs/line breaks anywhere). */
const unsafeScheme = (value: string) => /^(?:javascript|data|vbscript):/iu.test(value.replace(/[\u0000-\u0020\u007F]+/gu, ''));

/** Every problem a page's markup shows: any of them means data became markup. */
function markupProblems(html: string, where: string): string[] {
  const problems: string[] = [];
  const tokens = tokenize(html);
  tokens.forEach((token, index) => {
    if (token.type !== 'tag' || token.end) return;
    for (const [name, value] of token.attributes) {
      if (/^on/iu.test(name)) problems.push(`${where}: <${token.name}> has an event handler attribute ${name}=${JSON.stringify(value)}`);
      if (URL_ATTRIBUTES.has(name) && unsafeScheme(value)) problems.push(`${where}: <${token.name} ${name}=${JSON.stringify(value)}>`);
      if (name.includes(MARKER) || name.includes('"') || name.includes("'") || name.includes('<'))
        problems.push(`${where}: <${token.name}> has an attribute named ${JSON.stringify(name)}`);
    }
    if (token.name.includes(MARKER)) problems.push(`${where}: a tag named ${token.name}`);
    if (['iframe', 'object', 'embed', 'base', 'frame', 'math'].includes(token.name) && where.endsWith('.html')) {
      problems.push(`${where}: unexpected <${token.name}>`);
    }
    if (token.name === 'meta' && attr(token, 'http-equiv') && attr(token, 'http-equiv')!.toLowerCase() !== 'content-security-policy') {
      problems.push(`${where}: <meta http-equiv="${attr(token, 'http-equiv')}">`);
    }
    if (token.name === 'script') {
      const body = tokens[index + 1]?.type === 'text' ? (tokens[index + 1] as { raw: string }).raw : '';
      const src = attr(token, 'src');
      const type = attr(token, 'type');
      // Data blocks (JSON-LD, the patent search labels) are not run; the tokenizer already ended them at the first </script.
      if (type === 'application/ld+json' || type === 'application/json') {
        if (src !== undefined) problems.push(`${where}: JSON data block with a src`);
      } else if (src === undefined || !/^\/(?:_astro|pagefind)\//u.test(src) || body.trim() !== '') {
        problems.push(`${where}: <script${token.attributes.map(([n, v]) => ` ${n}="${v}"`).join('')}>${body.slice(0, 60)}`);
      }
    }
  });
  return problems;
}

/** The strings of a JSON attribute value (data-chart holds the chart's labels as JSON). */
function jsonStrings(value: string): string[] {
  if (!/^[[{]/u.test(value)) return [];
  const strings: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') strings.push(node);
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  try {
    walk(JSON.parse(value));
  } catch {
    return [];
  }
  return strings;
}

/** The text a reader sees (entities decoded) and every attribute value, white space collapsed. */
function visibleText(html: string): { text: string; attributes: string } {
  const tokens = tokenize(html);
  const text: string[] = [];
  const attributes: string[] = [];
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    if (token.type === 'text' && !(previous?.type === 'tag' && RAW_TEXT.has(previous.name) && !previous.end))
      text.push(decodeEntities(token.raw));
    if (token.type === 'tag') attributes.push(...token.attributes.flatMap(([, v]) => [v, ...jsonStrings(v)]));
  });
  return { text: collapse(text.join('')), attributes: collapse(attributes.join('\n')) };
}

const collapse = (value: string) => value.replace(/\s+/gu, ' ');
/** Line breaks may become <br> or separate paragraphs: compare the characters other than white space. */
const squeeze = (value: string) => value.replace(/\s+/gu, '');
/** What every output may drop: XML-forbidden control characters, CR (line ends become LF). */
const comparable = (value: string) => value.replace(/\r\n?/gu, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu, '');

/** Every free-text value in the loaded data, with where it came from. */
function textValues(data: LoadResult['data']): { where: string; value: string; markdown?: boolean }[] {
  const values: { where: string; value: string; markdown?: boolean }[] = [];
  const add = (where: string, value: unknown, markdown = false) => {
    if (typeof value === 'string') values.push({ where, value, ...(markdown ? { markdown } : {}) });
    else if (Array.isArray(value)) value.forEach((v, i) => add(`${where}[${i}]`, v, markdown));
  };
  for (const s of data.seminars)
    for (const f of ['series', 'title', 'title_en', 'city', 'venue', 'address', 'description'] as const) add(`seminars.${s.id}.${f}`, s[f]);
  for (const p of data.patents)
    for (const f of ['title', 'title_en', 'summary', 'holder', 'applied_products', 'keywords', 'contact'] as const)
      add(`patents.${p.license_no}.${f}`, p[f]);
  for (const f of data.patentFields) add(`patent-fields.${f.id}`, [f.ja, f.en]);
  for (const c of data.faq) {
    add(`faq.${c.id}.title`, [c.title, c.title_en]);
    for (const item of c.items) {
      for (const f of ['question', 'question_en', 'tags'] as const) add(`faq.${item.id}.${f}`, item[f]);
      for (const f of ['answer', 'answer_en'] as const) add(`faq.${item.id}.${f}`, item[f], true);
      for (const link of item.links ?? []) add(`faq.${item.id}.links`, [link.title, link.title_en]);
    }
  }
  for (const s of data.statistics) {
    const m = s.meta;
    for (const f of [
      'title',
      'title_en',
      'description',
      'description_en',
      'unit',
      'unit_en',
      'source',
      'source_en',
      'notes',
      'notes_en',
    ] as const)
      add(`statistics.${s.id}.${f}`, m[f]);
    add(`statistics.${s.id}.category`, [m.category.label, m.category.label_en]);
    for (const series of m.series)
      add(`statistics.${s.id}.series.${series.column}`, [series.label, series.label_en, series.unit, series.unit_en]);
    if (m.category.kind === 'category')
      add(
        `statistics.${s.id}.rows`,
        s.rows.map((row) => row.category),
      );
  }
  for (const w of data.windows)
    for (const f of ['name', 'name_en', 'organization', 'scope', 'scope_en', 'hours', 'hours_en', 'address', 'notes', 'notes_en'] as const)
      add(`windows.${w.id}.${f}`, w[f]);
  for (const c of data.cases)
    for (const f of ['challenge', 'challenge_en', 'solution', 'solution_en', 'outcome', 'outcome_en', 'regions', 'source'] as const)
      add(`cases.${c.id}.${f}`, c[f]);
  for (const n of data.news) {
    add(`news.${n.id}.title`, [n.title, n.title_en]);
    add(`news.${n.id}.body`, [n.body, n.body_en], true);
  }
  return values;
}

/**
 * Values the site does not show at all, so no page can be checked for them: windows.csv `organization` is shown
 * for prefectural windows only (WindowCard and TradeSecretFeature leave it out).
 */
const NOT_SHOWN = new Set(['windows.trade-secret.organization']);

// --- the data ------------------------------------------------------------------------------------------------

describe('hostile data', () => {
  it('passes the validator, every kind and every free-text field carrying the hostile strings', () => {
    expect(loaded.issues).toEqual([]);
    const values = textValues(loaded.data);
    const plain = values.filter((v) => !v.markdown && v.value.includes(MARKER));
    for (const kind of ['seminars', 'patents', 'patent-fields', 'faq', 'statistics', 'windows', 'cases', 'news']) {
      expect(
        plain.some((v) => v.where.startsWith(`${kind}.`)),
        kind,
      ).toBe(true);
    }
    // List fields are checked as a whole: a CSV list cell is split at its semicolons (patents.keywords).
    const byField = new Map<string, string[]>();
    for (const { where, value } of values.filter((v) => !v.markdown)) {
      const field = where.replace(/\[\d+\]$/u, '');
      byField.set(field, [...(byField.get(field) ?? []), value]);
    }
    for (const [where, parts] of byField) {
      if (!parts.some((part) => part.includes(MARKER))) continue;
      for (const hostile of Object.values(HOSTILE)) expect(parts.join(';'), where).toContain(hostile);
    }
    const seminarTitle = loaded.data.seminars[0]!.title;
    expect(seminarTitle).toContain(ICS_INJECTION.replace(/\r\n/gu, '\n'));
    expect(loaded.data.statistics.find((s) => s.id === HOSTILE_STATISTIC_ID)!.rows.map((r) => r.category)).toEqual(
      HOSTILE_CATEGORIES.map((c) => c.trim()),
    );
    // The seminar feeds need an upcoming seminar to carry the injection attempt.
    expect(loaded.data.seminars.some((s) => timingOf(s.date, BUILD_DATE) === 'upcoming')).toBe(true);
  });

  it.each(UNSAFE_MARKDOWN)('rejects Markdown %j', (markdown) => {
    const faq = `category:\n  id: basics\n  title: 基本\n  order: 1\nitems:\n  - id: a\n    question: q\n    answer: ${JSON.stringify(markdown)}\n`;
    const { issues } = validateYamlText('data/faq/basics.yaml', faq, faqFileSchema);
    expect(issues.map((issue) => issue.field)).toEqual(['items[0].answer']);
    expect(issues[0]!.message.en).toMatch(/is not allowed|cannot be shown/u);
  });

  it.each(UNSAFE_URLS)('rejects %j in every URL field', (unsafe) => {
    const dir = join(work, 'unsafe-url');
    writeHostileData(dir, { url: unsafe });
    const { issues } = loadSiteData(dir);
    const byFile = new Map<string, string[]>();
    for (const issue of issues) byFile.set(issue.file, [...(byFile.get(issue.file) ?? []), issue.field ?? '']);
    // Every issue is about a URL field, and every file with a URL field reports it.
    expect(
      issues.map((i) => i.field).filter((f) => !/(?:^|[._])url$/u.test(f ?? '')),
      JSON.stringify(issues),
    ).toEqual([]);
    expect([...byFile.keys()].map((f) => f.replace(/^.*\/unsafe-url\//u, '')).sort()).toEqual([
      'faq/basics.yaml',
      'news.yaml',
      'seminars.csv',
      'windows.csv',
    ]);
    expect(byFile.get([...byFile.keys()].find((f) => f.endsWith('seminars.csv'))!)!.sort()).toEqual([
      'materials_url',
      'materials_url',
      'materials_url',
      'registration_url',
    ]);
    expect(issues).toHaveLength(4 + 2 + 2 + 1);
  });
});

// --- the build -----------------------------------------------------------------------------------------------

describe('build of hostile data', () => {
  it('succeeds', () => {
    expect(build.code, build.stderr).toBe(0);
  });

  it('leaves _headers and the Content-Security-Policy meta tag unchanged on every page', () => {
    expect(read('_headers')).toBe(headersFile());
    const pages = filesUnder(outDir, '.html');
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) {
      const metas = tokenize(read(page)).filter(
        (t) => t.type === 'tag' && t.name === 'meta' && attr(t, 'http-equiv')?.toLowerCase() === 'content-security-policy',
      );
      expect(
        metas.map((m) => attr(m, 'content')),
        page,
      ).toEqual([CSP_META]);
    }
  });

  it('turns no data into markup on any HTML page: scripts, event handlers, unsafe URLs', () => {
    const problems = filesUnder(outDir, '.html').flatMap((page) => markupProblems(read(page), page));
    expect(problems).toEqual([]);
  });

  it('the markup check itself catches unescaped data (so the test above can fail)', () => {
    const leaks = [
      `<p>${HOSTILE.script}</p>`,
      `<p title="x${HOSTILE.imgOnerror}">`,
      `<p title='${HOSTILE.singleQuoteHandler}'>`,
      `<a href="${HOSTILE.javascriptUrl}">`,
      '<a href=" &#106;ava&#x09;script:alert(1)">',
      `<a href="${HOSTILE.dataUrl}">`,
      `<script type="application/ld+json">{"a":"${HOSTILE.scriptBreakout}"}</script>`,
      '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    ];
    for (const leak of leaks) expect(markupProblems(leak, 'x.html'), leak).not.toEqual([]);
    expect(
      markupProblems(
        `<p title="${HOSTILE.script.replace(/"/gu, '&quot;')}">&lt;script&gt;</p><script type="module" src="/_astro/a.js"></script>`,
        'x.html',
      ),
    ).toEqual([]);
  });

  it('shows every hostile value as text on some page (escaped, nothing swallowed by a comment or a tag)', () => {
    const pages = filesUnder(outDir, '.html').map((page) => ({ page, html: read(page) }));
    const seen = pages
      .filter(({ html }) => html.includes(MARKER))
      .map(({ html }) => visibleText(html))
      .map(({ text, attributes }) => ({ text: squeeze(text), attributes: squeeze(attributes) }));
    const missing = textValues(loaded.data)
      .filter((v) => !v.markdown && !NOT_SHOWN.has(v.where))
      .filter(({ value }) => {
        const wanted = squeeze(value);
        return !seen.some((p) => p.text.includes(wanted) || p.attributes.includes(wanted));
      })
      .map((v) => v.where);
    expect(missing).toEqual([]);
    // And in the source it is escaped text: the script tag as &lt;script&gt;, the quote as &quot; or text.
    const seminarPage = read('seminars/fx-tokyo-1/index.html');
    expect(seminarPage).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(seminarPage).toContain('&amp;amp;&amp;lt;');
    expect(seminarPage).toContain('&lt;!--');
    // Valid URLs with &, ;, %22 and ]] stay links, their & escaped in the source and the value intact.
    const hrefs = new Set(
      pages.flatMap(({ html }) =>
        tokenize(html).flatMap((t) => (t.type === 'tag' && t.name === 'a' && attr(t, 'href') ? [attr(t, 'href')!] : [])),
      ),
    );
    expect(hrefs).toContain(HOSTILE_URLS.https);
    expect(hrefs).toContain(HOSTILE_URLS.mailto);
    expect(read('windows/index.html')).toContain(`href="${HOSTILE_URLS.https.replaceAll('&', '&amp;')}"`);
  });

  it('renders Markdown attacks as harmless text and links', () => {
    for (const page of ['faq/basics-where/index.html', 'en/faq/basics-where/index.html', 'news/index.html', 'en/news/index.html']) {
      const html = read(page);
      const anchors = tokenize(html).filter((t) => t.type === 'tag' && !t.end && t.name === 'a');
      const hrefs = anchors.map((a) => attr(a, 'href') ?? '');
      expect(hrefs.filter(unsafeScheme), page).toEqual([]);
      // The quote inside the destination was percent-encoded, not turned into an attribute.
      expect(hrefs, page).toContain('https://ok.example/%22onmouseover=%22alert(1)');
      const text = visibleText(html).text;
      expect(text, page).toContain('<script>alert(1)</script>');
      expect(text, page).toContain('<img src=x onerror=alert(1)>');
      expect(
        tokenize(html).filter((t) => t.type === 'tag' && t.name === 'img' && /x\.example|svg/u.test(attr(t, 'src') ?? '')),
        page,
      ).toEqual([]);
    }
  });
});

describe('JSON-LD of hostile seminars', () => {
  const blocks = () =>
    filesUnder(outDir, '.html').flatMap((page) => {
      const tokens = tokenize(read(page));
      return tokens.flatMap((t, i) =>
        t.type === 'tag' && !t.end && t.name === 'script' && attr(t, 'type') === 'application/ld+json'
          ? [{ page, raw: (tokens[i + 1] as { raw: string }).raw }]
          : [],
      );
    });

  const isEvent = (raw: string) => (JSON.parse(raw) as { '@type'?: unknown })['@type'] === 'Event';

  it('is one parseable Event block per seminar page; no block has </script or <!-- inside', () => {
    const all = blocks();
    expect(
      all
        .filter((b) => isEvent(b.raw))
        .map((b) => b.page)
        .sort(),
    ).toEqual(loaded.data.seminars.flatMap((s) => [`en/seminars/${s.id}/index.html`, `seminars/${s.id}/index.html`]).sort());
    for (const { page, raw } of all) {
      expect(raw, page).not.toMatch(/<\/script|<!--/iu);
      expect(() => JSON.parse(raw), page).not.toThrow();
      // Nothing follows the block but its own end tag.
      expect(read(page), page).toContain(`${raw}</script>`);
    }
  });

  it('round-trips the hostile text exactly', () => {
    for (const seminar of loaded.data.seminars) {
      for (const lang of ['ja', 'en'] as const) {
        const page = `${lang === 'en' ? 'en/' : ''}seminars/${seminar.id}/index.html`;
        const ld = JSON.parse(blocks().find((b) => b.page === page && isEvent(b.raw))!.raw) as Record<string, unknown>;
        expect(ld.name, page).toBe(lang === 'en' ? (seminar.title_en ?? seminar.title) : seminar.title);
        expect(ld.description, page).toBe(seminar.description);
        if (seminar.format !== 'online') {
          expect(ld.location, page).toMatchObject({
            name: seminar.venue,
            address: { streetAddress: seminar.address, addressLocality: seminar.city },
          });
        }
      }
    }
  });
});

describe('iCalendar files of hostile seminars', () => {
  const calendars = () => filesUnder(outDir, '.ics');
  const TEXT_PROPERTIES = new Set(['SUMMARY', 'LOCATION', 'DESCRIPTION', 'NAME', 'X-WR-CALNAME']);
  const readCalendar = (text: string) => new ICAL.Component(ICAL.parse(text));
  const allComponents = (component: ICAL.Component): ICAL.Component[] => [
    component,
    ...component.getAllSubcomponents().flatMap(allComponents),
  ];
  const KNOWN_PROPERTIES = new Set([
    'BEGIN',
    'END',
    'VERSION',
    'PRODID',
    'CALSCALE',
    'METHOD',
    'NAME',
    'X-WR-CALNAME',
    'X-WR-TIMEZONE',
    'REFRESH-INTERVAL',
    'X-PUBLISHED-TTL',
    'TZID',
    'DTSTART',
    'TZOFFSETFROM',
    'TZOFFSETTO',
    'TZNAME',
    'UID',
    'DTSTAMP',
    'DTEND',
    'SUMMARY',
    'LOCATION',
    'DESCRIPTION',
    'URL',
    'STATUS',
  ]);
  const expectedEvents = (path: string): Seminar[] => {
    const seminars = loaded.data.seminars;
    const upcoming = seminars.filter((s) => timingOf(s.date, BUILD_DATE) === 'upcoming');
    const region = /seminars\/region\/([a-z-]+)\.ics$/u.exec(path)?.[1];
    if (region) return upcoming.filter((s) => s.region === region);
    if (path.endsWith('seminars/upcoming.ics')) return upcoming;
    const id = /seminars\/([a-z0-9-]+)\.ics$/u.exec(path)![1];
    return seminars.filter((s) => s.id === id);
  };

  it('exist for every seminar, the upcoming feed and every region, in both languages', () => {
    const expected = [
      'seminars/upcoming.ics',
      ...loaded.data.seminars.map((s) => `seminars/${s.id}.ics`),
      ...REGIONS.map((r) => `seminars/region/${r.id}.ics`),
    ];
    expect(calendars()).toEqual([...expected, ...expected.map((p) => `en/${p}`)].sort());
  });

  it('use CRLF only, with no line over 75 octets', () => {
    for (const path of calendars()) {
      const text = read(path);
      expect(text, path).toMatch(/\r\n$/u);
      expect(text.replace(/\r\n/gu, ''), path).not.toMatch(/[\r\n]/u);
      for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8'), `${path}: ${line}`).toBeLessThanOrEqual(75);
    }
  });

  it('hold exactly the real events: no injected event, property or UID', () => {
    for (const path of calendars()) {
      // ical.js, an independent reader, throws on a malformed line or an unbalanced BEGIN/END.
      const calendar = readCalendar(read(path));
      const expected = expectedEvents(path);
      const events = calendar.getAllSubcomponents('vevent');
      expect(events, path).toHaveLength(expected.length);
      expect(events.map((event) => event.getFirstPropertyValue('uid')).sort(), path).toEqual(
        expected.map((s) => `${s.id}@seminars.inpit-portal`).sort(),
      );
      expect(
        events.flatMap((event) => event.getAllProperties('summary')),
        path,
      ).toHaveLength(expected.length);
      const components = allComponents(calendar);
      expect(
        components.flatMap((c) => c.getAllProperties().map((p) => p.name.toUpperCase())).filter((name) => !KNOWN_PROPERTIES.has(name)),
        path,
      ).toEqual([]);
      expect(components.map((c) => c.name.toUpperCase()).sort(), path).toEqual(
        ['STANDARD', 'VCALENDAR', 'VTIMEZONE', ...expected.map(() => 'VEVENT')].sort(),
      );
    }
  });

  it('escape every TEXT value and round-trip the hostile text', () => {
    let checked = 0;
    for (const path of calendars()) {
      const text = read(path);
      // The raw values, as written: only \\ \; \, \n as escapes, and no bare ; or , (RFC 5545 3.3.11). A reader
      // forgives a bare comma, so this looks at the unfolded lines themselves.
      const unfolded = text.replace(/\r\n[ \t]/gu, '').split('\r\n');
      for (const line of unfolded) {
        const name = /^[A-Z-]+/u.exec(line)?.[0] ?? '';
        if (!TEXT_PROPERTIES.has(name)) continue;
        expect(line.slice(line.indexOf(':') + 1), `${path} ${name}`).toMatch(/^(?:[^\\;,\r\n]|\\[\\;,nN])*$/u);
      }
      const events = expectedEvents(path);
      if (events.length !== 1) continue;
      const seminar = events[0]!;
      const event = readCalendar(text).getFirstSubcomponent('vevent')!;
      const value = (name: string) => String(event.getFirstPropertyValue(name.toLowerCase()));
      const lang = path.startsWith('en/') ? 'en' : 'ja';
      expect(value('SUMMARY'), path).toContain(comparable(lang === 'en' ? (seminar.title_en ?? seminar.title) : seminar.title));
      expect(value('DESCRIPTION'), path).toContain(comparable(seminar.description!));
      if (seminar.format !== 'online') {
        expect(value('LOCATION'), path).toContain(comparable(seminar.venue!));
        expect(value('LOCATION'), path).toContain(comparable(seminar.address!));
      }
      expect(value('SUMMARY')).toContain(HOSTILE.icsSpecials);
      expect(value('SUMMARY')).toContain('\nBEGIN:VEVENT\n');
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(loaded.data.seminars.length * 2);
  });
});

describe('Atom feeds of hostile news', () => {
  const ATOM_ELEMENTS = new Set([
    'feed',
    'id',
    'title',
    'subtitle',
    'link',
    'updated',
    'author',
    'name',
    'uri',
    'entry',
    'published',
    'category',
    'content',
  ]);
  const walk = (element: XmlElement): XmlElement[] => [element, ...element.elements.flatMap(walk)];

  it.each(['news/feed.xml', 'en/news/feed.xml'])('%s is well-formed Atom with the hostile text as text', (path) => {
    const xml = read(path);
    const feed = readXml(xml); // throws on anything malformed: raw <, bare &, ]]>, comments, CDATA
    expect(feed.name).toBe('feed');
    expect(
      walk(feed)
        .map((e) => e.name)
        .filter((n) => !ATOM_ELEMENTS.has(n)),
    ).toEqual([]);
    expect(xml).not.toMatch(/<script|<img|<!--|<!\[CDATA\[|\]\]>/iu);
    const lang = path.startsWith('en/') ? 'en' : 'ja';
    const entries = feed.children('entry');
    expect(entries).toHaveLength(loaded.data.news.length);
    for (const item of loaded.data.news) {
      const entry = entries.find((e) => e.child('id')!.text.endsWith(item.id))!;
      const title = lang === 'en' ? (item.title_en ?? item.title) : item.title;
      expect(entry.child('title')!.text, item.id).toBe(comparable(feedTitle(title, item.sample, lang)));
      const content = entry.child('content')!;
      expect(content.attributes.type).toBe('html');
      // The entry's HTML (once unescaped from the XML) is as safe as the pages.
      expect(markupProblems(content.text, `${path}#${item.id}`)).toEqual([]);
      expect(visibleText(content.text).text).toContain('<script>alert(1)</script>');
      if (item.url) expect(entry.children('link').map((l) => l.attributes.href)).toContain(item.url);
    }
  });
});

describe('statistics downloads of hostile data', () => {
  const guarded = (text: string) => (/^[=+\-@\t\r＝＋－＠]/u.test(text) ? `'${text}` : text);

  it('neutralizes every text cell that a spreadsheet would run as a formula, and still parses', () => {
    const files = filesUnder(outDir, '.csv');
    expect(files).toEqual(loaded.data.statistics.map((s) => `statistics/data/${s.id}.csv`).sort());
    for (const path of files) {
      const text = read(path);
      const records = parseCsv(text, { bom: true, relax_column_count: false });
      for (const cell of records.flat()) {
        if (/^[=+\-@\t\r]/u.test(cell)) expect(cell, path).toMatch(/^-?\d+(?:\.\d+)?$/u);
      }
      const stat = loaded.data.statistics.find((s) => path.endsWith(`/${s.id}.csv`))!;
      expect(records, path).toHaveLength(stat.rows.length + 1);
      expect(records[0]![0], path).toMatch(/^'=HYPERLINK/u);
      expect(
        records.slice(1).map((r) => r[0]),
        path,
      ).toEqual(stat.rows.map((r) => guarded(r.category)));
      expect(
        records.slice(1).map((r) => r.slice(1)),
        path,
      ).toEqual(stat.rows.map((r) => r.values.map((v) => (v === null ? '' : String(v)))));
    }
    const categories = parseCsv(read(`statistics/data/${HOSTILE_STATISTIC_ID}.csv`), { bom: true })
      .slice(1)
      .map((r) => r[0]);
    expect(categories.slice(0, FORMULAS.length)).toEqual(FORMULAS.map((f) => `'${f}`));
  });

  it('writes JSON that parses and round-trips the hostile text', () => {
    for (const stat of loaded.data.statistics) {
      const json = JSON.parse(read(`statistics/data/${stat.id}.json`)) as {
        title: string;
        source: string;
        columns: { label: string; label_en: string | null; unit: string | null }[];
        rows: Record<string, unknown>[];
      };
      expect(json.title).toBe(stat.meta.title);
      expect(json.source).toBe(stat.meta.source);
      expect(json.columns.map((c) => c.label)).toEqual([stat.meta.category.label, ...stat.meta.series.map((s) => s.label)]);
      expect(json.rows.map((r) => r[stat.meta.category.column])).toEqual(stat.rows.map((r) => r.category));
    }
  });
});

describe.runIf(chromiumAvailable)('hostile pages in Chromium', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveDirectory>>;

  beforeAll(async () => {
    site = await serveDirectory(outDir);
    browser = await launchTestBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('opens every page that shows hostile data with no dialog, no CSP violation and no injected handler', async () => {
    // No service worker: what it caches is not what this test looks at, and its precache competes with every page load.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const events: string[] = [];
    const paths = filesUnder(outDir, '.html')
      .filter((page) => read(page).includes(MARKER))
      .map((page) => `/${page.replace(/index\.html$/u, '')}`);
    expect(paths.length).toBeGreaterThan(20);
    const page = await context.newPage();
    page.on('dialog', (dialog) => {
      events.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content.Security.Policy|Refused to/iu.test(message.text()))
        events.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => events.push(`${page.url()}: ${error.message}`));
    for (const path of paths) {
      await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
      // Hovering and the charts' rendering happen after load: give them a moment, then look at the live DOM.
      await page.mouse.move(200, 300);
      const injected = await page.evaluate(() =>
        [...document.querySelectorAll('*')].flatMap((element) => [
          ...[...element.attributes].filter((a) => /^on/iu.test(a.name)).map((a) => `<${element.localName} ${a.name}>`),
          ...(element instanceof HTMLAnchorElement && /^(?:javascript|data):/iu.test(element.href) ? [`<a href="${element.href}">`] : []),
        ]),
      );
      events.push(...injected.map((problem) => `${path}: ${problem}`));
    }
    // Pagefind search results show titles and excerpts of the hostile pages.
    for (const [path, query] of [
      ['/search/', 'alert'],
      ['/en/search/', 'alert'],
    ] as const) {
      await page.goto(`${site.url}${path}`);
      await page.locator('#site-search-q').fill(query);
      await expect.poll(() => page.locator('[data-results] li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      const injected = await page.evaluate(
        () => document.querySelectorAll('[data-results] img, [data-results] script, [onerror], [onmouseover]').length,
      );
      if (injected > 0) events.push(`${path}: ${injected} injected elements in the search results`);
    }
    // The patent search renders titles and holders from the patent index's meta.
    for (const path of ['/patents/search/?q=alert', '/en/patents/search/?q=alert']) {
      await page.goto(`${site.url}${path}`);
      await expect.poll(() => page.locator('#patent-results a[data-result-link]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      const injected = await page.evaluate(
        () => document.querySelectorAll('#patent-results img, #patent-results script, [onerror], [onmouseover]').length,
      );
      if (injected > 0) events.push(`${path}: ${injected} injected elements in the patent search results`);
    }
    await page.goto(`${site.url}/faq/`);
    await page.locator('#faq-search-input').fill('alert');
    await page.locator('#faq-search-input').press('Enter');
    await expect.poll(() => page.locator('[data-faq-search-results] a').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator('[data-faq-search-results] img, [data-faq-search-results] script').count()).toBe(0);
    await context.close();
    expect(events).toEqual([]);
  });
});
requireChromium('hostile pages in Chromium');
