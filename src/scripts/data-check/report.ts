/**
 * What the checker page shows for the chosen files, computed in the worker: each file's problems (the CLI's lines,
 * with the row as Excel shows it), a UTF-8 copy of a Shift_JIS or UTF-16 file, and a preview of a file without
 * problems. Pure, so it is tested without a browser.
 */
import { checkFiles, DATA_PREFIX, type DataFile } from '#src/data/check-files.ts';
import { csvContexts, yamlContexts, type LineContext, type RowContext } from '#src/data/check/context.ts';
import { placeFile } from '#src/data/check/place.ts';
import { rejectBytes } from '#src/data/check/sniff.ts';
import type { PublishedFacts } from '#src/data/load-files.ts';
import { convertShiftJisToUtf8, decodeDataFile } from '#src/data/parse/decode.ts';
import { formatIssue, type Bilingual } from '#src/data/validate/issues.ts';
import type { Lang } from '#src/i18n/locales.ts';
import { previewOf, type Preview } from './preview.ts';

export interface ChosenInput {
  name: string;
  /** webkitRelativePath of a file in a chosen or dropped folder ('' otherwise). */
  relativePath: string;
  /** The file's bytes (only its start when it is too large to check). */
  bytes: Uint8Array;
  size: number;
}

export interface IssueView {
  /** The CLI's line: file:line:column: field: message (with the fix). */
  text: string;
  context?: RowContext | LineContext;
}

export interface FileReport {
  /** The name as chosen, or the data path of a published file a chosen one affects. */
  name: string;
  /** Index of the chosen file in the inputs (absent for a published file). */
  input?: number;
  /** data/seminars.csv; absent when the file could not be placed. */
  path?: string;
  /** A file that is not checked at all (a workbook, an image, …): why. */
  problem?: string;
  /** True for a published file (not chosen) in which the chosen files cause problems. */
  published?: boolean;
  issues: IssueView[];
  /** The file as UTF-8 with BOM, when it was Shift_JIS or UTF-16. */
  utf8?: { text: string; from: 'shift_jis' | 'utf-16' };
  preview?: Preview;
}

export type Progress = (done: number, total: number) => void;

export function buildReport(
  inputs: readonly ChosenInput[],
  published: PublishedFacts,
  lang: Lang,
  progress: Progress = () => {},
): FileReport[] {
  const say = (message: Bilingual) => message[lang];
  const reports: FileReport[] = [];
  const files: DataFile[] = [];
  const total = inputs.length + 2;
  inputs.forEach((input, index) => {
    progress(index, total);
    const report: FileReport = { name: input.name, input: index, issues: [] };
    reports.push(report);
    const rejected = rejectBytes(input.bytes, input.size);
    if (rejected) {
      report.problem = say(rejected);
      return;
    }
    // The content is read here only to place a file with a new name; the loader decodes it for the check.
    const place = placeFile(input.name, input.relativePath, () => textOf(input.bytes), published.folders);
    if ('problem' in place) {
      report.problem = say(place.problem);
      return;
    }
    const path = `${DATA_PREFIX}${place.path}`;
    if (files.some((file) => file.path === path)) {
      report.problem = say({
        ja: `${path} として選ばれたファイルが2つあります。1つだけ選んでください`,
        en: `two chosen files are ${path}; choose only one`,
      });
      return;
    }
    report.path = path;
    files.push({ path, bytes: input.bytes });
  });

  progress(inputs.length, total);
  const result = checkFiles(files, published);
  progress(inputs.length + 1, total);

  const byPath = new Map(reports.filter((r) => r.path).map((r) => [r.path!, r]));
  const texts = new Map<string, string>();
  for (const file of files) {
    // Only a file with a problem needs its text again (for the rows shown), or its UTF-8 copy.
    if (!result.issues.some((issue) => issue.file === file.path)) continue;
    const decoded = decodeDataFile(file.bytes);
    if (decoded.ok) texts.set(file.path, decoded.text);
    else if (decoded.encoding !== 'unknown') {
      const text = toUtf8(file.bytes, decoded.encoding);
      if (text !== undefined) byPath.get(file.path)!.utf8 = { text, from: decoded.encoding };
    }
  }
  const lookups = new Map<string, (line: number) => RowContext | LineContext | undefined>();
  for (const issue of result.issues) {
    let report = byPath.get(issue.file);
    if (!report) {
      report = { name: issue.file, path: issue.file, published: true, issues: [] };
      byPath.set(issue.file, report);
      reports.push(report);
    }
    const text = texts.get(issue.file);
    let lookup = lookups.get(issue.file);
    if (!lookup && text !== undefined && !report.utf8) {
      lookup = issue.file.endsWith('.csv') ? csvContexts(text) : yamlContexts(text);
      lookups.set(issue.file, lookup);
    }
    const context = issue.line !== undefined ? lookup?.(issue.line) : undefined;
    report.issues.push({ text: formatIssue(issue, lang), ...(context ? { context } : {}) });
  }
  for (const report of reports) {
    if (report.path && !report.published && !report.problem && report.issues.length === 0)
      report.preview = previewOf(report.path, result.data, published, lang);
  }
  progress(total, total);
  // As chosen, then the published files the chosen ones affect.
  return reports;
}

function textOf(bytes: Uint8Array): string {
  const decoded = decodeDataFile(bytes);
  return decoded.ok ? decoded.text : decoded.encoding === 'unknown' ? '' : (toUtf8(bytes, decoded.encoding) ?? '');
}

/** Text of a Shift_JIS or UTF-16 file as UTF-8 with a BOM (what Excel's "CSV UTF-8" writes). */
function toUtf8(bytes: Uint8Array, encoding: 'shift_jis' | 'utf-16' | 'unknown'): string | undefined {
  try {
    if (encoding === 'shift_jis') return convertShiftJisToUtf8(bytes);
    if (encoding === 'utf-16') {
      const label = bytes[0] === 0xfe ? 'utf-16be' : 'utf-16le';
      return `\uFEFF${new TextDecoder(label, { fatal: true }).decode(bytes)}`;
    }
  } catch {
    return undefined;
  }
  return undefined;
}
