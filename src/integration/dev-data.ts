/**
 * `npm run dev` and the data files: which files the dev server reads again when they change, and the page served
 * while the data has problems (so that stale data is never shown as if nothing were wrong).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue, type DataIssue } from '../data/validate/issues.ts';

/** Whether a path names a data file (CSV or YAML). */
export const isDataFile = (path: string): boolean => /\.(csv|ya?ml)$/iu.test(path);

/** Every data file now in `dataDir`: its CSV and YAML files, in any folder. */
export function dataFiles(dataDir: string): string[] {
  const files = existsSync(dataDir) ? (readdirSync(dataDir, { recursive: true }) as string[]).filter(isDataFile) : [];
  return files.map((name) => join(dataDir, name));
}

/** Names, sizes and times of the data files: a change between reading them and serving means read again. */
export function dataSignature(dataDir: string): string {
  return dataFiles(dataDir)
    .filter((path) => existsSync(path))
    .map((path) => {
      const { size, mtimeMs } = statSync(path);
      return `${path}:${size}:${mtimeMs}`;
    })
    .join('\n');
}

/**
 * What `npm run dev` does when a data file may have changed: read the data again if the files' signature differs
 * from the one taken before the last read, then tell the pages. Taking the signature first means a save during
 * the read is noticed by the next check. Returns whether it read.
 */
export function dataReloader(options: { signature: () => string; lastRead: string; read: () => void; notify: () => void }): () => boolean {
  let lastRead = options.lastRead;
  return () => {
    const signature = options.signature();
    if (signature === lastRead) return false;
    lastRead = signature;
    options.read();
    options.notify();
    return true;
  };
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * The page every HTML request gets while the data has problems: each problem in Japanese and English, in the
 * same words as npm run validate. The Vite client script reloads it once the files are fixed and read again.
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
