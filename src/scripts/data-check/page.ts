/**
 * /data-check/: reads the chosen or dropped files in the browser and has the worker check them. Nothing leaves
 * the browser.
 */
import { MAX_FILE_BYTES } from '#src/data/check/sniff.ts';
// The page works offline once loaded: it registers the service worker that precaches it (Base.astro does so only on
// the patent search pages).
import '#src/scripts/register-sw.ts';
import { langOfPath } from '#src/i18n/locales.ts';
import type { FormattedFile } from '#src/data/format-file.ts';
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
  formatting: { ja: '整えています…', en: 'Formatting…' },
  formatted: { ja: '保存しました。', en: 'Saved.' },
  formatKeptOrder: {
    ja: '保存しました。見出し行に問題があるため、列の順序は変えていません。',
    en: 'Saved. The header has problems, so the columns were left in their order.',
  },
  formatFailed: {
    ja: 'このファイルは整えられません。上の問題を直してから、もう一度選んでください。',
    en: 'This file cannot be formatted. Fix the problems above, then choose it again.',
  },
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
/** The files of the last check: read again when one is formatted (their bytes went to the worker). */
let chosen: File[] = [];
/** Format requests waiting for the worker, by data path. */
const formatting = new Map<string, HTMLElement>();

if (input && zone && status && bar && results) {
  document.querySelector('#dc-app')?.removeAttribute('hidden');
  // The worker loads its code while the person picks a file, not after: about 0.3 s less to wait for the check.
  if ('requestIdleCallback' in window) requestIdleCallback(() => startWorker(), { timeout: 2_000 });
  else setTimeout(startWorker, 500);
  input.addEventListener('change', () => {
    if (input.files && input.files.length > 0) void check([...input.files]);
  });
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dc-drop-active');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dc-drop-active'));
  results.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('.dc-format-button');
    if (button) void format(button);
  });
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

function startWorker(): Worker {
  worker ??= new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'data-check' });
  return worker;
}

async function check(files: File[]): Promise<void> {
  for (const url of downloads) URL.revokeObjectURL(url);
  downloads = [];
  chosen = files;
  formatting.clear();
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
  const current = startWorker();
  current.onmessage = (event: MessageEvent<CheckReply>) => {
    const reply = event.data;
    if (reply.type === 'formatted') saveFormatted(reply.path, reply.file);
    else if (reply.type === 'progress') bar!.value = READ_SHARE + (1 - READ_SHARE) * (reply.done / reply.total);
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
  const request: CheckRequest = { type: 'check', inputs, lang };
  current.postMessage(
    request,
    inputs.map((i) => i.bytes.buffer as ArrayBuffer),
  );
}

/** Has the worker put a chosen file in canonical form (npm run data:format's function), then saves it. */
async function format(button: HTMLButtonElement): Promise<void> {
  const file = chosen[Number(button.dataset.input)];
  const path = button.dataset.path;
  const status = button.parentElement?.querySelector<HTMLElement>('.dc-format-status');
  // Not disabled while busy: a disabled button would lose the keyboard focus.
  if (!file || !path || !status || formatting.has(path)) return;
  formatting.set(path, status);
  button.setAttribute('aria-busy', 'true');
  status.textContent = T.formatting[lang];
  const bytes = new Uint8Array(await file.arrayBuffer());
  const request: CheckRequest = { type: 'format', path, bytes };
  startWorker().postMessage(request, [bytes.buffer]);
}

function saveFormatted(path: string, file: FormattedFile | undefined): void {
  const status = formatting.get(path);
  if (!status) return;
  formatting.delete(path);
  status.parentElement?.querySelector('.dc-format-button')?.removeAttribute('aria-busy');
  if (!file) {
    status.textContent = T.formatFailed[lang];
    return;
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([file.output], { type: 'text/plain;charset=utf-8' }));
  link.download = path.split('/').pop()!;
  downloads.push(link.href);
  link.click();
  status.textContent = file.note ? T.formatKeptOrder[lang] : T.formatted[lang];
}
