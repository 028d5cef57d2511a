/**
 * /data-check/: reads the chosen or dropped files in the browser and has the worker check them. Nothing leaves
 * the browser.
 */
import { MAX_FILE_BYTES } from '#src/data/check/sniff.ts';
// The page works offline once loaded: it registers the service worker that precaches it (Base.astro does so only on
// the patent search pages).
import '#src/scripts/register-sw.ts';
import { langOfPath } from '#src/i18n/locales.ts';
import { CHECK_MEASURE, CHECK_START, type CheckReply, type CheckRequest } from './messages.ts';
import { renderReports } from './render.ts';
import type { ChosenInput } from './report.ts';

const lang = langOfPath(location.pathname);
const T = {
  reading: { ja: 'ファイルを読み込んでいます…', en: 'Reading the files…' },
  checking: { ja: '確認しています…', en: 'Checking…' },
  done: {
    ja: (n: number, bad: number) => `${n} 個のファイルを確認しました。問題のあるファイル: ${bad} 個。`,
    en: (n: number, bad: number) => `Checked ${n} file(s); ${bad} with problems.`,
  },
  failed: { ja: '確認を完了できませんでした: ', en: 'The check could not finish: ' },
};
// Reading the files is the first part of the bar, the worker's check the rest.
const READ_SHARE = 0.2;

const input = document.querySelector<HTMLInputElement>('#dc-files');
const zone = document.querySelector<HTMLElement>('#dc-drop');
const status = document.querySelector<HTMLElement>('#dc-status');
const bar = document.querySelector<HTMLProgressElement>('#dc-progress');
const results = document.querySelector<HTMLElement>('#dc-results');
let worker: Worker | undefined;
let downloads: string[] = [];

if (input && zone && status && bar && results) {
  document.querySelector('#dc-app')?.removeAttribute('hidden');
  input.addEventListener('change', () => {
    if (input.files && input.files.length > 0) void check([...input.files]);
  });
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dc-drop-active');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dc-drop-active'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dc-drop-active');
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) void check(files);
  });
}

function show(text: string, value: number | undefined): void {
  status!.textContent = text;
  bar!.hidden = value === undefined;
  if (value !== undefined) bar!.value = value;
}

async function check(files: File[]): Promise<void> {
  for (const url of downloads) URL.revokeObjectURL(url);
  downloads = [];
  results!.replaceChildren();
  show(T.reading[lang], 0);
  const inputs: ChosenInput[] = [];
  for (const [index, file] of files.entries()) {
    // A file too large to check is not read: its first bytes are enough to say what it is.
    const blob = file.size > MAX_FILE_BYTES ? file.slice(0, 16) : file;
    inputs.push({
      name: file.name,
      relativePath: file.webkitRelativePath,
      bytes: new Uint8Array(await blob.arrayBuffer()),
      size: file.size,
    });
    bar!.value = ((index + 1) / files.length) * READ_SHARE;
  }
  show(T.checking[lang], READ_SHARE);
  // Marks for scripts/bench-data-check.ts: the worker's check, from posting the files to the reply.
  performance.mark(CHECK_START);
  worker ??= new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'data-check' });
  const current = worker;
  current.onmessage = (event: MessageEvent<CheckReply>) => {
    const reply = event.data;
    if (reply.type === 'progress') bar!.value = READ_SHARE + (1 - READ_SHARE) * (reply.done / reply.total);
    else if (reply.type === 'error') show(`${T.failed[lang]}${reply.message}`, undefined);
    else {
      performance.measure(CHECK_MEASURE, CHECK_START);
      const sections = renderReports(reply.reports, lang, 'dc-file');
      results!.replaceChildren(...sections);
      // Bring the cell with the problem into view in rows wider than the screen.
      for (const cell of results!.querySelectorAll<HTMLElement>('.dc-row td.dc-cell-bad')) {
        const row = cell.closest<HTMLElement>('.dc-row')!;
        row.scrollLeft = Math.max(0, cell.offsetLeft - row.clientWidth / 3);
      }
      downloads = [...results!.querySelectorAll<HTMLAnchorElement>('a[download]')].map((a) => a.href);
      const bad = reply.reports.filter((r) => r.problem || r.issues.length > 0).length;
      show(T.done[lang](reply.reports.length, bad), undefined);
      results!.querySelector('h3')?.closest('section')?.scrollIntoView({ block: 'nearest' });
    }
  };
  const request: CheckRequest = { inputs, lang };
  current.postMessage(
    request,
    inputs.map((i) => i.bytes.buffer as ArrayBuffer),
  );
}
