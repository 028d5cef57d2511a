/** Turns the worker's reports into the page's result sections. Every data value goes in as text, never as HTML. */
import type { Lang } from '#src/i18n/locales.ts';
import { formatNumber } from '#src/utils/format.ts';
// Types only: the page's bundle must not pull in the validator, which runs in the worker.
import type { Preview } from './preview.ts';
import type { FileReport, IssueView } from './report.ts';

const T = {
  problems: {
    ja: (n: number) => `${formatNumber(n, 'ja')} 件の問題があります。`,
    en: (n: number) => `${formatNumber(n, 'en')} problem${n === 1 ? '' : 's'} found.`,
  },
  noProblems: { ja: '問題はありません。', en: 'No problems found.' },
  accepted: { ja: (n: number) => `${formatNumber(n, 'ja')} 件を受け付けました。`, en: (n: number) => `${formatNumber(n, 'en')} accepted.` },
  notChecked: { ja: '確認できませんでした: ', en: 'Not checked: ' },
  published: {
    ja: '公開中のファイルです。選んだファイルとの関係で次の問題が起きます。',
    en: 'This is a published file; the files you chose cause these problems in it.',
  },
  excelRow: { ja: (n: number) => `Excel の ${n} 行目`, en: (n: number) => `Row ${n} in Excel` },
  line: { ja: (n: number) => `${n} 行目`, en: (n: number) => `Line ${n}` },
  column: { ja: '列', en: 'Column' },
  header: { ja: '見出し', en: 'Header' },
  value: { ja: '値', en: 'Value' },
  preview: { ja: 'サイトでの表示（プレビュー）', en: 'How it will appear on the site (preview)' },
  firstRows: {
    ja: (n: number, all: number) => `最初の ${n} 件を表示（全 ${formatNumber(all, 'ja')} 件）`,
    en: (n: number, all: number) => `The first ${n} of ${formatNumber(all, 'en')} shown`,
  },
  convert: { ja: 'UTF-8（BOM付き）に変換したファイルを保存', en: 'Save the file converted to UTF-8 (with BOM)' },
  converted: {
    ja: { shift_jis: 'このファイルは Shift_JIS（CP932）です。', 'utf-16': 'このファイルは UTF-16 です。' },
    en: { shift_jis: 'This file is Shift_JIS (CP932).', 'utf-16': 'This file is UTF-16.' },
  },
  format: { ja: '正規の形に整えたファイルを保存', en: 'Save the file in canonical form' },
  formatCsv: {
    ja: 'npm run data:format が書くものと同じファイルです。UTF-8、改行は LF、Excel が書き換えた日付（2027/5/14）・時刻（9:30）・TRUE/FALSE は元の形（2027-05-14・09:30・true/false）に戻し、列は決まった順に並べます。値はほかに何も変えません。',
    en: 'The same file as npm run data:format writes: UTF-8 with LF line ends; dates (2027/5/14), times (9:30) and TRUE/FALSE that Excel rewrote go back to 2027-05-14, 09:30 and true/false, and the columns into the contract order. No value changes otherwise.',
  },
  formatYaml: {
    ja: 'npm run data:format が書くものと同じファイルです（UTF-8、改行は LF。内容はほかに何も変えません）。',
    en: 'The same file as npm run data:format writes (UTF-8 with LF line ends; nothing else changes).',
  },
  convertedNext: {
    ja: '変換したファイルを data/ のファイルと置き換え、もう一度ここで確認してください。',
    en: 'Replace the file in data/ with the converted one and check it here again.',
  },
} as const;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function renderReports(reports: readonly FileReport[], lang: Lang, headingIdPrefix: string): HTMLElement[] {
  return reports.map((report, index) => renderFile(report, lang, `${headingIdPrefix}-${index}`));
}

function renderFile(report: FileReport, lang: Lang, headingId: string): HTMLElement {
  const section = element('section', undefined, 'dc-file');
  section.setAttribute('aria-labelledby', headingId);
  const heading = element(
    'h3',
    report.path && report.path !== report.name && !report.published ? `${report.name} → ${report.path}` : report.name,
  );
  heading.id = headingId;
  section.append(heading);
  if (report.problem) {
    section.classList.add('dc-file-bad');
    section.append(element('p', `${T.notChecked[lang]}${report.problem}`, 'dc-summary'));
    return section;
  }
  if (report.published) section.append(element('p', T.published[lang]));
  if (report.utf8) section.append(renderConversion(report, lang));
  if (report.issues.length > 0) {
    section.classList.add('dc-file-bad');
    section.append(element('p', T.problems[lang](report.issues.length), 'dc-summary'));
    const list = element('ol', undefined, 'dc-issues');
    for (const issue of report.issues) list.append(renderIssue(issue, lang));
    if (formattable(report)) section.append(renderFormat(report, lang));
    section.append(list);
  } else {
    section.classList.add('dc-file-ok');
    const accepted = report.preview ? `${lang === 'en' ? ' ' : ''}${T.accepted[lang](report.preview.accepted)}` : '';
    section.append(element('p', `${T.noProblems[lang]}${accepted}`, 'dc-summary'));
    if (formattable(report)) section.append(renderFormat(report, lang));
    if (report.preview) section.append(renderPreview(report.preview, lang));
  }
  return section;
}

function renderConversion(report: FileReport, lang: Lang): HTMLElement {
  const box = element('div', undefined, 'dc-convert');
  box.append(element('p', `${T.converted[lang][report.utf8!.from]} ${T.convertedNext[lang]}`));
  const link = element('a', T.convert[lang], 'dc-download');
  link.href = URL.createObjectURL(new Blob([report.utf8!.text], { type: 'text/plain;charset=utf-8' }));
  link.download = (report.path ?? report.name).split('/').pop()!;
  box.append(link);
  return box;
}

/** A chosen file the checker could place (a published one is not offered: it was not chosen). */
const formattable = (report: FileReport) => report.path !== undefined && report.input !== undefined && !report.published;

/** The file is formatted when the button is pressed (page.ts): for 50,000 rows that takes seconds. */
function renderFormat(report: FileReport, lang: Lang): HTMLElement {
  const box = element('div', undefined, 'dc-format');
  box.append(element('p', (report.path!.endsWith('.csv') ? T.formatCsv : T.formatYaml)[lang], 'small'));
  const button = element('button', T.format[lang], 'dc-format-button');
  button.type = 'button';
  button.dataset.input = String(report.input);
  button.dataset.path = report.path;
  const status = element('p', undefined, 'dc-format-status small');
  status.setAttribute('role', 'status');
  box.append(button, status);
  return box;
}

function renderIssue(issue: IssueView, lang: Lang): HTMLElement {
  const item = element('li');
  item.append(element('p', issue.text, 'dc-line'));
  const context = issue.context;
  if (context?.kind === 'csv') {
    const wrap = element('div', undefined, 'dc-row');
    // A wide row scrolls sideways; the region is focusable so keyboard users can scroll it too.
    wrap.tabIndex = 0;
    const table = element('table');
    // Shown above the scrolling row (a caption would scroll away with it); the caption names the table for screen readers.
    const label = element('p', T.excelRow[lang](context.excelRow), 'dc-excel-row');
    label.setAttribute('aria-hidden', 'true');
    item.append(label);
    table.append(element('caption', T.excelRow[lang](context.excelRow), 'visually-hidden'));
    const column = /^[^:]+:\d+:(\d+):/u.exec(issue.text)?.[1];
    const head = element('tr');
    head.append(element('th', T.column[lang]));
    const names = element('tr');
    names.append(element('th', T.header[lang]));
    const values = element('tr');
    values.append(element('th', T.value[lang]));
    context.cells.forEach((cell, index) => {
      const mark = column !== undefined && Number(column) === index + 1;
      const letter = element('th', cell.letter);
      letter.scope = 'col';
      head.append(letter);
      names.append(element('td', cell.header));
      // Other cells are cut short so the row stays one line, as in Excel; the cell with the problem is shown whole.
      const value = element('td', mark ? cell.value : short(cell.value), mark ? 'dc-cell-bad' : undefined);
      if (!mark && value.textContent !== cell.value) value.title = cell.value;
      values.append(value);
      if (mark) letter.className = 'dc-cell-bad';
    });
    const thead = element('thead');
    thead.append(head);
    const tbody = element('tbody');
    tbody.append(names, values);
    table.append(thead, tbody);
    wrap.append(table);
    item.append(wrap);
  } else if (context?.kind === 'yaml') {
    const line = element('p', undefined, 'dc-yaml');
    line.append(element('span', `${T.line[lang](context.line)}: `, 'dc-yaml-no'), element('code', context.text));
    item.append(line);
  }
  return item;
}

function renderPreview(preview: Preview, lang: Lang): HTMLElement {
  const box = element('div', undefined, 'dc-preview');
  box.append(element('h4', T.preview[lang]));
  const shown = preview.kind === 'patents' || preview.kind === 'table' ? preview.rows.length : preview.items.length;
  if (preview.accepted > shown) box.append(element('p', T.firstRows[lang](shown, preview.accepted), 'small'));
  switch (preview.kind) {
    case 'seminars': {
      const list = element('ul', undefined, 'dc-seminars');
      for (const s of preview.items) {
        const item = element('li');
        item.append(
          element('p', `${s.date} ${s.time}`.trim(), 'dc-when'),
          element('p', s.title, 'dc-what'),
          element('p', [s.place, s.venue, s.format].filter(Boolean).join(' / '), 'small'),
        );
        list.append(item);
      }
      box.append(list);
      break;
    }
    case 'patents':
    case 'table': {
      if (preview.kind === 'table') box.append(element('p', preview.title, 'dc-what'));
      box.append(table(preview.columns, preview.rows));
      break;
    }
    case 'faq': {
      box.append(element('p', preview.title, 'dc-what'));
      for (const item of preview.items) {
        const details = element('details', undefined, 'dc-faq');
        details.append(element('summary', item.question));
        const answer = element('div', undefined, 'dc-answer');
        // The site's own Markdown renderer (raw HTML off, safe links only) made this HTML from the answer.
        answer.innerHTML = item.answerHtml;
        details.append(answer);
        box.append(details);
      }
      break;
    }
    case 'list': {
      const list = element('ul');
      for (const text of preview.items) list.append(element('li', text));
      box.append(list);
      break;
    }
  }
  return box;
}

const SHORT_CELL = 16;
function short(text: string): string {
  const line = text.replace(/\s+/gu, ' ');
  return line.length > SHORT_CELL ? `${line.slice(0, SHORT_CELL - 1)}…` : line;
}

function table(columns: readonly string[], rows: readonly string[][]): HTMLElement {
  const wrap = element('div', undefined, 'dc-row');
  wrap.tabIndex = 0;
  const node = element('table');
  const head = element('tr');
  for (const column of columns) {
    const th = element('th', column);
    th.scope = 'col';
    head.append(th);
  }
  const thead = element('thead');
  thead.append(head);
  const tbody = element('tbody');
  for (const row of rows) {
    const tr = element('tr');
    for (const cell of row) tr.append(element('td', cell));
    tbody.append(tr);
  }
  node.append(thead, tbody);
  wrap.append(node);
  return wrap;
}
