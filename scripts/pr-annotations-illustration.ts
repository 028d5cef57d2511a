/**
 * node scripts/pr-annotations-illustration.ts [--out docs/images]
 * An illustration of what a pull request with a bad data edit shows, for docs/staff-guide.md. GitHub cannot be
 * reached from here, so this runs the real validator (`npm run validate -- --format github`, with
 * $GITHUB_STEP_SUMMARY set) on the shipped data plus a sample bad edit, and draws its annotations and its job
 * summary into a local page laid out like GitHub's "Files changed" view and a run's summary. The page says on
 * its face that it is an illustration, not a screenshot of GitHub. Writes pr-annotations.png.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import MarkdownIt from 'markdown-it';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { fail, parseCli } from './lib/cli.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseCli({ out: { type: 'string', default: 'docs/images' } });
const out = resolve(values.out);
mkdirSync(out, { recursive: true });

/** A new seminar row with three slips: the weekday of another day, 会場 for the format, 無料 for the fee. */
const ADDED_ROW =
  'fy2027-osaka-1,営業秘密・知財戦略セミナー,,令和9年度 営業秘密・知財戦略セミナー（大阪①）,FY2027 Trade Secret and IP Strategy Seminar (Osaka 1),2027-05-14,木,13:30,15:00,大阪府,大阪市,INPIT近畿統括本部 セミナー室,大阪府大阪市北区天神橋2-5-25,会場,60,無料,scheduled,https://www.inpit.go.jp/,"講義: 営業秘密の基礎, 質疑応答",,,,';

interface Annotation {
  file: string;
  line?: number;
  col?: number;
  title?: string;
  message: string;
}

const unescape = (value: string) =>
  value.replaceAll('%0A', '\n').replaceAll('%0D', '\r').replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%25', '%');

/** `::error file=…,line=…,col=…,title=…::message` lines, as GitHub reads them from the step's output. */
function parseAnnotations(stdout: string): Annotation[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('::error '))
    .map((line) => {
      const [, props = '', message = ''] = /^::error ([^:]*)::(.*)$/u.exec(line) ?? [];
      const map = new Map(props.split(',').map((pair) => pair.split('=', 2) as [string, string]));
      const number = (key: string) => (map.has(key) ? Number(map.get(key)) : undefined);
      return {
        file: unescape(map.get('file') ?? ''),
        line: number('line'),
        col: number('col'),
        title: map.has('title') ? unescape(map.get('title')!) : undefined,
        message: unescape(message),
      };
    });
}

const html = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const work = mkdtempSync(join(tmpdir(), 'pr-annotations-'));
try {
  const data = join(work, 'data');
  cpSync(join(ROOT, 'data'), data, { recursive: true });
  const original = readFileSync(join(data, 'seminars.csv'), 'utf8');
  const edited = `${original.replace(/\n$/u, '')}\n${ADDED_ROW}\n`;
  writeFileSync(join(data, 'seminars.csv'), edited);
  const summaryFile = join(work, 'summary.md');
  writeFileSync(summaryFile, '');
  // Run from the temporary folder, so the paths are data/seminars.csv as in the repository.
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/validate.ts'), '--data-dir', 'data', '--format', 'github'], {
    cwd: work,
    env: { ...process.env, GITHUB_STEP_SUMMARY: summaryFile },
    encoding: 'utf8',
  });
  if (run.status !== 1) fail(`validate should fail on the sample edit (exit ${run.status}):\n${run.stderr}`);
  const annotations = parseAnnotations(run.stdout);
  if (annotations.length === 0) fail('validate printed no annotations');
  const summary = readFileSync(summaryFile, 'utf8');

  const lines = edited.replace(/\n$/u, '').split('\n');
  const addedLine = lines.length;
  const first = addedLine - 2;
  const rows = lines.slice(first - 1).map((text, index) => {
    const number = first + index;
    const added = number === addedLine;
    const notes = annotations.filter((a) => a.file === 'data/seminars.csv' && a.line === number);
    return `<tr class="${added ? 'add' : ''}"><td class="num">${added ? '' : number}</td><td class="num">${number}</td><td class="code"><span class="sign">${added ? '+' : ' '}</span>${html(text)}</td></tr>${notes
      .map(
        (a) => `<tr><td colspan="3"><div class="annotation">
  <p class="check"><span class="x" aria-hidden="true">✕</span> <strong>Check failure</strong> on line ${a.line} in data/seminars.csv</p>
  <p class="by">GitHub Actions / Validate data files</p>
  ${a.title ? `<p class="title">${html(a.title)}</p>` : ''}
  <p class="message">${html(a.message)}</p>
</div></td></tr>`,
      )
      .join('')}`;
  });
  const page = `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>プルリクエストの注釈（図解）</title>
<style>
  body { font: 14px/1.5 system-ui, "Noto Sans CJK JP", sans-serif; color: #1f2328; margin: 0; background: #fff; }
  .banner { background: #fff8c5; border-bottom: 1px solid #d4a72c; padding: 10px 16px; font-weight: 600; }
  main { padding: 16px; }
  h2 { font-size: 16px; margin: 20px 0 8px; }
  .tabs { border-bottom: 1px solid #d1d9e0; margin-bottom: 12px; }
  .tabs span { display: inline-block; padding: 6px 12px; color: #59636e; }
  .tabs .on { border-bottom: 2px solid #fd8c73; color: #1f2328; font-weight: 600; }
  .file { border: 1px solid #d1d9e0; border-radius: 6px; overflow: hidden; }
  .file-head { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 12px; font-family: ui-monospace, monospace; }
  .file-head .plus { color: #1a7f37; margin-right: 8px; }
  table.diff { border-collapse: collapse; width: 100%; table-layout: fixed; font: 12px/1.6 ui-monospace, "Noto Sans Mono CJK JP", monospace; }
  table.diff td.num { width: 44px; color: #59636e; text-align: right; padding: 0 8px; vertical-align: top; }
  table.diff td.code { white-space: pre-wrap; word-break: break-all; padding: 0 8px; }
  table.diff tr.add td { background: #dafbe1; }
  table.diff tr.add td.num { background: #aceebb; }
  .sign { display: inline-block; width: 14px; }
  .annotation { margin: 6px 12px 8px 96px; border: 1px solid #d1d9e0; border-left: 4px solid #d1242f; border-radius: 6px; padding: 8px 12px; background: #fff; font-family: system-ui, "Noto Sans CJK JP", sans-serif; }
  .annotation p { margin: 0 0 4px; }
  .check { color: #d1242f; }
  .by { color: #59636e; font-size: 12px; }
  .title { font-weight: 600; }
  .message { white-space: pre-wrap; }
  .summary { border: 1px solid #d1d9e0; border-radius: 6px; padding: 0 16px 12px; }
  .summary table { border-collapse: collapse; width: 100%; }
  .summary th, .summary td { border: 1px solid #d1d9e0; padding: 4px 8px; text-align: left; vertical-align: top; }
  .summary th { background: #f6f8fa; }
  .summary h3 { font-size: 16px; }
  .caption { color: #59636e; font-size: 12px; margin: 4px 0 0; }
</style></head><body>
<p class="banner">図解です（GitHub の画面ではありません）。サンプルの誤った編集に対して npm run validate -- --format github が実際に出力した注釈と、ジョブの概要（$GITHUB_STEP_SUMMARY）の表を、GitHub の表示に似せて描いています。</p>
<main>
<div class="tabs"><span>Conversation</span><span>Commits</span><span>Checks</span><span class="on">Files changed</span></div>
<div class="file"><div class="file-head"><span class="plus">+1</span>data/seminars.csv</div>
<table class="diff">${rows.join('\n')}</table></div>
<h2>Checks → Validate data → Summary（ジョブの概要）</h2>
<div class="summary">${new MarkdownIt({ html: false }).render(summary)}</div>
<p class="caption">表は scripts/validate.ts が $GITHUB_STEP_SUMMARY に書いた Markdown をそのまま表示したものです。</p>
</main></body></html>`;
  const pageFile = join(work, 'annotations.html');
  writeFileSync(pageFile, page);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--headless', ...CHROMIUM_FLAGS] });
  try {
    const tab = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    await tab.goto(`file://${pageFile}`);
    await tab.screenshot({ path: join(out, 'pr-annotations.png'), fullPage: true });
  } finally {
    await browser.close();
  }
  console.log(`${annotations.length} annotations; wrote ${join(out, 'pr-annotations.png')}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
