/**
 * Writes a hostile copy of the fixture data directory: every free-text field of every data kind carries markup,
 * script, attribute-breakout, URL-scheme, JSON-LD/CDATA breakout, entity, iCalendar-injection and CSV-formula
 * strings that the validator still accepts. Ids, dates and choices stay valid, so the data loads without
 * issues and the whole site builds from it.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { ROOT } from './build-site.ts';

export const FIXTURE_DATA = join(ROOT, 'tests/fixtures/data');

/** The hostile strings, each on its own so tests can look for them one by one. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  imgOnerror: '"><img src=x onerror=alert(1)>',
  singleQuoteHandler: "' onmouseover='alert(1)",
  javascriptUrl: 'javascript:alert(1)',
  dataUrl: 'data:text/html;base64,PHNjcmlwdD4=',
  /** Ends a <script type="application/ld+json"> early if JSON-LD is not escaped. */
  scriptBreakout: '</script><script>alert(1)</script>',
  /** Opens an HTML comment (or a script-data escape inside <script>). */
  comment: '<!--',
  /** Ends a CDATA section. */
  cdataEnd: ']]>',
  /** Already-escaped text, which must be escaped again rather than passed through. */
  entities: '&amp;&lt;',
  /** Numeric character references. */
  numericEntities: '&#60;b&#62;',
  /** iCalendar TEXT specials (RFC 5545 3.3.11). */
  icsSpecials: 'a;b,c\\d',
} as const;

/** A line break followed by content lines that would add an event if iCalendar TEXT were not escaped. */
export const ICS_INJECTION = '\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:injected@evil.example\r\nSUMMARY:injected';

/** Formula starts for spreadsheet (CSV) cells: OWASP "CSV injection". */
export const FORMULAS = ['=HYPERLINK("http://x.example","y")', '+cmd', '-1+1', '@SUM(A1)'] as const;

/** Characters outside plain text: a C0 control (forbidden in XML) and the JavaScript line separator. */
export const CONTROL = { verticalTab: '\u000B', lineSeparator: '\u2028' } as const;

/** One hostile value for a field, starting with a marker that names the field (no leading or trailing space). */
export function hostileText(marker: string, { lineBreaks = false, controls = false } = {}): string {
  const parts = [`«${marker}»`, ...Object.values(HOSTILE)];
  if (controls) parts.push(`x${CONTROL.verticalTab}y${CONTROL.lineSeparator}z`);
  const text = parts.join(' ');
  return lineBreaks ? `${text}${ICS_INJECTION}` : text;
}

/**
 * Markdown-level attacks the validator accepts, for the Markdown fields (raw HTML and unsafe link targets are
 * rejected there, see UNSAFE_MARKDOWN): a quote inside a link destination, an image destination with an onerror
 * attribute, an attribute breakout in a link title, unsafe schemes as plain text, and entity-encoded markup.
 */
export function hostileMarkdown(marker: string): string {
  return [
    `**«${marker}»** &lt;script&gt;alert(1)&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62; &amp;&lt; ]]> ' onmouseover='alert(1)`,
    '',
    '- [quote](https://ok.example/"onmouseover="alert(1))',
    '- ![img](https://x.example/y.png" onerror="alert(1))',
    '- [title](https://ok.example/ "t\\" onmouseover=\\"alert(1)")',
    '- javascript:alert(1) data:text/html;base64,PHNjcmlwdD4= as plain text',
  ].join('\n');
}

/** Markdown the validator must reject: unsafe link schemes in every spelling, and images from other sites. */
export const UNSAFE_MARKDOWN = [
  '[js](javascript:alert(1))',
  '[mixed](JaVaScRiPt:alert(1))',
  '[entity](&#106;avascript:alert(1))',
  '[tab](java&#9;script:alert(1))',
  '[data](data:text/html;base64,PHNjcmlwdD4=)',
  '![svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '[reference][evil]\n\n[evil]: javascript:alert(1)',
  '![outside](https://x.example/y.png)',
] as const;

/** Valid (https:, http:, mailto:) URLs that still carry characters each output format must escape. */
export const HOSTILE_URLS = {
  https: 'https://ok.example/path?a=1&b=%22%3E%3Cscript%3Ealert(1)%3C/script%3E;c,d#x]]',
  mailto: 'mailto:desk@ok.example?subject=a%0D%0ABEGIN:VEVENT&body=%3Cscript%3E',
} as const;

/** URL-field values the validator must reject (scheme or characters). */
export const UNSAFE_URLS = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD4=',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/',
  'https://ok.example/"onmouseover="alert(1)',
  "https://ok.example/' onmouseover='alert(1)",
  'https://ok.example/<script>',
] as const;

/** Category names of the extra `category`-kind statistic: formula starts, markup and CSV quoting. */
export const HOSTILE_CATEGORIES = [...FORMULAS, HOSTILE.script, HOSTILE.imgOnerror, 'quoted "a, b"; c', '=1+1\nsecond line'] as const;

export const HOSTILE_STATISTIC_ID = 'hostile-categories';

// --- writers -----------------------------------------------------------------------------------------------

type Row = Record<string, string>;

function csvCell(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

/** Every cell quoted, CRLF row ends, line breaks inside cells as CRLF (as Excel writes them). */
function writeCsv(path: string, header: readonly string[], rows: readonly Row[]): void {
  const lines = [header, ...rows.map((row) => header.map((column) => row[column] ?? ''))];
  const text = lines.map((cells) => cells.map((cell) => csvCell(cell.replace(/\r?\n/gu, '\r\n'))).join(',')).join('\r\n');
  writeFileSync(path, `\uFEFF${text}\r\n`);
}

function readCsvRows(path: string): { header: string[]; rows: Row[] } {
  const records = parseCsv(readFileSync(path, 'utf8'), { bom: true, skip_empty_lines: true });
  const [header = [], ...body] = records;
  const rows = body
    .filter((cells) => cells.some((cell) => cell.trim() !== ''))
    .map((cells) => Object.fromEntries(header.map((column, i) => [column, cells[i] ?? ''])));
  return { header, rows };
}

const writeYaml = (path: string, value: unknown) => writeFileSync(path, stringifyYaml(value, { lineWidth: 0 }));
const readYaml = <T>(path: string) => parseYaml(readFileSync(path, 'utf8')) as T;

/** Free-text columns of each CSV kind, filled in on every row. */
export const SEMINAR_TEXT = ['series', 'title', 'title_en', 'city', 'venue', 'address', 'description'] as const;
export const PATENT_TEXT = ['title', 'title_en', 'summary', 'holder', 'applied_products', 'keywords', 'contact'] as const;
export const WINDOW_TEXT = [
  'name',
  'name_en',
  'organization',
  'scope',
  'scope_en',
  'hours',
  'hours_en',
  'address',
  'notes',
  'notes_en',
] as const;

export interface HostileOptions {
  /** Replaces the https: URL in every URL field (to check what the validator does with unsafe ones). */
  url?: string;
}

function hostileSeminars(dir: string, url: string): void {
  const path = join(dir, 'seminars.csv');
  const { header, rows } = readCsvRows(path);
  for (const row of rows) {
    const id = row.id!.trim();
    for (const column of SEMINAR_TEXT)
      row[column] = hostileText(`seminars.${id}.${column}`, { lineBreaks: true, controls: column === 'description' });
    if (row.registration_url) row.registration_url = row.registration_url.startsWith('mailto:') ? HOSTILE_URLS.mailto : url;
    row.materials_url = url;
  }
  writeCsv(path, header.includes('materials_url') ? header : [...header, 'materials_url'], rows);
}

function hostilePatents(dir: string): void {
  const path = join(dir, 'patents.csv');
  const { header, rows } = readCsvRows(path);
  for (const row of rows) {
    const id = row.license_no!.trim();
    for (const column of PATENT_TEXT) row[column] = hostileText(`patents.${id}.${column}`);
  }
  writeCsv(path, header, rows);
  const fieldsPath = join(dir, 'patent-fields.yaml');
  const fields = readYaml<{ fields: { id: string; ja: string; en: string }[] }>(fieldsPath);
  for (const field of fields.fields) {
    field.ja = hostileText(`patent-fields.${field.id}.ja`);
    field.en = hostileText(`patent-fields.${field.id}.en`);
  }
  writeYaml(fieldsPath, fields);
}

function hostileWindows(dir: string, url: string): void {
  const path = join(dir, 'windows.csv');
  const { header, rows } = readCsvRows(path);
  for (const row of rows) {
    const id = row.id!.trim();
    for (const column of WINDOW_TEXT) row[column] = hostileText(`windows.${id}.${column}`);
    row.url = url;
    row.email = `a+b.${id}@ok.example`;
  }
  writeCsv(path, header, rows);
}

interface FaqYaml {
  category: { id: string; title: string; title_en?: string; order: number };
  items: {
    id: string;
    question: string;
    question_en?: string;
    answer: string;
    answer_en?: string;
    tags?: string[];
    links?: { title: string; title_en?: string; url: string }[];
  }[];
}

function hostileFaq(dir: string, url: string): void {
  const path = join(dir, 'faq/basics.yaml');
  const faq = readYaml<FaqYaml>(path);
  faq.category.title = hostileText('faq.category.title');
  faq.category.title_en = hostileText('faq.category.title_en');
  for (const item of faq.items) {
    const at = `faq.${item.id}`;
    item.question = hostileText(`${at}.question`);
    item.question_en = hostileText(`${at}.question_en`);
    item.answer = hostileMarkdown(`${at}.answer`);
    item.answer_en = hostileMarkdown(`${at}.answer_en`);
    item.tags = [hostileText(`${at}.tags`), ...FORMULAS];
    item.links = [
      { title: hostileText(`${at}.links.title`), title_en: hostileText(`${at}.links.title_en`), url },
      { title: hostileText(`${at}.links.mail`, { lineBreaks: true }), url: HOSTILE_URLS.mailto },
    ];
  }
  writeYaml(path, faq);
}

interface StatisticYaml {
  title: string;
  title_en: string;
  description?: string;
  description_en?: string;
  unit: string;
  unit_en?: string;
  chart: string;
  category: { column: string; kind: string; label: string; label_en?: string };
  series: { column: string; label: string; label_en?: string; unit?: string; unit_en?: string }[];
  source: string;
  source_en?: string;
  notes?: string;
  notes_en?: string;
  order?: number;
}

function hostileStatisticMeta(meta: StatisticYaml, id: string): void {
  const at = `statistics.${id}`;
  meta.title = hostileText(`${at}.title`);
  meta.title_en = hostileText(`${at}.title_en`);
  meta.description = hostileText(`${at}.description`);
  meta.description_en = hostileText(`${at}.description_en`);
  meta.unit = hostileText(`${at}.unit`);
  meta.unit_en = hostileText(`${at}.unit_en`);
  meta.source = hostileText(`${at}.source`);
  meta.source_en = hostileText(`${at}.source_en`);
  meta.notes = hostileText(`${at}.notes`, { lineBreaks: true });
  meta.notes_en = hostileText(`${at}.notes_en`);
  // Column headings of the CSV download start with these labels: formula starts first.
  meta.category.label = `${FORMULAS[0]} ${hostileText(`${at}.category.label`)}`;
  meta.category.label_en = hostileText(`${at}.category.label_en`);
  meta.series.forEach((series, i) => {
    series.label = `${FORMULAS[(i + 1) % FORMULAS.length]} ${hostileText(`${at}.series.${series.column}.label`)}`;
    series.label_en = `${FORMULAS[(i + 2) % FORMULAS.length]} ${hostileText(`${at}.series.${series.column}.label_en`)}`;
    series.unit = hostileText(`${at}.series.${series.column}.unit`);
    series.unit_en = hostileText(`${at}.series.${series.column}.unit_en`);
  });
}

function hostileStatistics(dir: string): void {
  const statDir = join(dir, 'statistics');
  const path = join(statDir, 'open-patent-database.yaml');
  const meta = readYaml<StatisticYaml>(path);
  hostileStatisticMeta(meta, 'open-patent-database');
  writeYaml(path, meta);

  // A second dataset whose first column holds category names (text cells in the CSV download).
  const categories: StatisticYaml = {
    title: '',
    title_en: '',
    unit: '',
    chart: 'bar',
    category: { column: 'category', kind: 'category', label: '' },
    series: [{ column: 'count', label: '' }],
    source: '',
    order: 2,
  };
  hostileStatisticMeta(categories, HOSTILE_STATISTIC_ID);
  writeYaml(join(statDir, `${HOSTILE_STATISTIC_ID}.yaml`), categories);
  writeCsv(
    join(statDir, `${HOSTILE_STATISTIC_ID}.csv`),
    ['category', 'count'],
    HOSTILE_CATEGORIES.map((category, i) => ({ category, count: i === 2 ? '' : String(i * 10 - 5) })),
  );
}

interface CasesYaml {
  cases: {
    id: string;
    challenge: string;
    challenge_en?: string;
    solution: string[];
    solution_en?: string[];
    outcome: string;
    outcome_en?: string;
    regions?: string[];
    source?: string;
  }[];
}

function hostileCases(dir: string): void {
  const path = join(dir, 'cases.yaml');
  const file = readYaml<CasesYaml>(path);
  for (const item of file.cases) {
    const at = `cases.${item.id}`;
    item.challenge = hostileText(`${at}.challenge`);
    item.challenge_en = hostileText(`${at}.challenge_en`);
    item.solution = [hostileText(`${at}.solution`), hostileText(`${at}.solution.2`, { lineBreaks: true })];
    item.solution_en = [hostileText(`${at}.solution_en`)];
    item.outcome = hostileText(`${at}.outcome`);
    item.outcome_en = hostileText(`${at}.outcome_en`);
    item.regions = [hostileText(`${at}.regions`), ...FORMULAS];
    item.source = hostileText(`${at}.source`);
  }
  writeYaml(path, file);
}

interface NewsYaml {
  news: { id: string; date: string; title: string; title_en?: string; body?: string; body_en?: string; url?: string; sample?: boolean }[];
}

function hostileNews(dir: string, url: string): void {
  const path = join(dir, 'news.yaml');
  const file = readYaml<NewsYaml>(path);
  for (const item of file.news) {
    const at = `news.${item.id}`;
    item.date = String(item.date);
    item.title = hostileText(`${at}.title`, { controls: true });
    item.title_en = hostileText(`${at}.title_en`);
    item.body = hostileMarkdown(`${at}.body`);
    item.body_en = hostileMarkdown(`${at}.body_en`);
    item.url = url;
  }
  // A sample item too: the feed adds its own HTML (the sample note) around the data.
  file.news.push({
    id: 'hostile-sample',
    date: '2026-11-20',
    title: `[サンプル] ${hostileText('news.hostile-sample.title')}`,
    body: hostileMarkdown('news.hostile-sample.body'),
    sample: true,
  });
  writeYaml(path, file);
}

/** Replaces `targetDir` with a hostile copy of the fixture data. */
export function writeHostileData(targetDir: string, { url = HOSTILE_URLS.https }: HostileOptions = {}): void {
  rmSync(targetDir, { recursive: true, force: true });
  mkdirSync(targetDir, { recursive: true });
  cpSync(FIXTURE_DATA, targetDir, { recursive: true });
  hostileSeminars(targetDir, url);
  hostilePatents(targetDir);
  hostileWindows(targetDir, url);
  hostileFaq(targetDir, url);
  hostileStatistics(targetDir);
  hostileCases(targetDir);
  hostileNews(targetDir, url);
}
