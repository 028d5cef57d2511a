/**
 * `npm run dev` and the data files: which files restart the dev server when they change, and the page served
 * while the data has problems (so that stale data is never shown as if nothing were wrong).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue, type DataIssue } from '../data/validate/issues.ts';

/** A path that never exists: a change "to" it is how a new or deleted data file asks for a restart. */
export const RESTART_SENTINEL = '.data-changed';

/** Every data file now in `dataDir` (a restart re-reads the list), plus the sentinel. */
export function dataWatchPaths(dataDir: string): string[] {
  const files = existsSync(dataDir)
    ? (readdirSync(dataDir, { recursive: true }) as string[]).filter((name) => /\.(csv|ya?ml)$/iu.test(name))
    : [];
  return [...files.map((name) => join(dataDir, name)), join(dataDir, RESTART_SENTINEL)];
}

/** Names, sizes and times of the data files: a change between reading them and serving means read again. */
export function dataSignature(dataDir: string): string {
  return dataWatchPaths(dataDir)
    .filter((path) => existsSync(path))
    .map((path) => {
      const { size, mtimeMs } = statSync(path);
      return `${path}:${size}:${mtimeMs}`;
    })
    .join('\n');
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * The page every HTML request gets while the data has problems: each problem in Japanese and English, in the
 * same words as npm run validate. The Vite client script reloads it once the files are fixed and the server restarts.
 */
export function problemPage(issues: readonly DataIssue[]): string {
  const items = issues
    .map(
      (issue) => `<li><code>${escapeHtml(formatIssue(issue, 'ja'))}</code><br><span lang="en">${escapeHtml(issue.message.en)}</span></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>データに問題があります / Data problems</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem;line-height:1.6}h1{color:#b00020}li{margin:.75rem 0}code{white-space:pre-wrap}</style>
<script type="module" src="/@vite/client"></script>
</head>
<body>
<h1>データに問題があります（${issues.length} 件）</h1>
<p>直してファイルを保存すると、このページは自動で更新されます。問題があるあいだ、古いデータのページは表示しません。</p>
<p lang="en">The data has ${issues.length} problem(s). Fix them and save: this page reloads by itself. Pages with the old data are not shown meanwhile.</p>
<ol>
${items}
</ol>
</body>
</html>
`;
}
