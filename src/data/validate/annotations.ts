/**
 * GitHub Actions workflow commands for data issues: `::error file=…,line=…,col=…,title=…::message`.
 * GitHub turns each such line into an annotation on that line of the pull request's diff, so staff see the
 * problem where they made it. Escaping follows GitHub's rules (actions/toolkit, command.ts): in the message
 * % CR LF are percent-encoded; in properties additionally : and , (they separate the properties).
 */
import { machineLocation, messageText, staffLocation, type DataIssue, type MessageLanguage } from './issues.ts';

export const OUTPUT_FORMATS = ['text', 'github'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** GitHub shows at most this many error annotations per step; the rest are only in the log. */
export const GITHUB_ANNOTATION_LIMIT = 10;

/** Escapes the message part (after `::`). */
export function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a property value (file=, title=…). */
export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** One issue as an `::error` workflow command. line and col are left out when unknown (col never without line). */
export function githubAnnotation(issue: DataIssue, language: MessageLanguage = 'both'): string {
  const properties: [string, string][] = [['file', issue.file]];
  if (issue.line !== undefined) {
    properties.push(['line', String(issue.line)]);
    if (issue.column !== undefined) properties.push(['col', String(issue.column)]);
  }
  if (issue.field) properties.push(['title', issue.field]);
  const list = properties.map(([name, value]) => `${name}=${escapeProperty(value)}`).join(',');
  return `::error ${list}::${escapeData(messageText(issue, language))}`;
}

/**
 * The github format's lines: one annotation per issue, then the plain text lines (`file:line:col: field: …`
 * and the summary), because GitHub shows only the first annotations of a step and the log view of an
 * annotation omits its location.
 */
export function githubReport(issues: readonly DataIssue[], textLines: readonly string[], language: MessageLanguage = 'both'): string[] {
  const lines = [...issues.map((issue) => githubAnnotation(issue, language)), ...textLines];
  if (issues.length > GITHUB_ANNOTATION_LIMIT) {
    lines.push(
      language === 'en'
        ? `GitHub shows only the first ${GITHUB_ANNOTATION_LIMIT} problems as annotations; the full list is above.`
        : language === 'ja'
          ? `GitHub の注釈に表示されるのは最初の ${GITHUB_ANNOTATION_LIMIT} 件だけです。すべての問題は上の一覧を見てください。`
          : `GitHub の注釈に表示されるのは最初の ${GITHUB_ANNOTATION_LIMIT} 件だけです。すべての問題は上の一覧を見てください。 / GitHub shows only the first ${GITHUB_ANNOTATION_LIMIT} problems as annotations; the full list is above.`,
    );
  }
  return lines;
}

/**
 * The output format: --format wins; without it, github inside GitHub Actions (GITHUB_ACTIONS=true), else text.
 * Returns undefined for a value that is not a format, so the CLI can say so.
 */
export function resolveFormat(flag: string | undefined, env: Record<string, string | undefined>): OutputFormat | undefined {
  if (flag === undefined) return env.GITHUB_ACTIONS === 'true' ? 'github' : 'text';
  return (OUTPUT_FORMATS as readonly string[]).includes(flag) ? (flag as OutputFormat) : undefined;
}

/** GitHub rejects a job summary over 1 MiB; stay well below it and say how many rows were left out. */
export const SUMMARY_LIMIT_BYTES = 900 * 1024;

/** One Markdown table cell: no line breaks, no column separator, no HTML. */
function summaryCell(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('|', '\\|').replace(/\r?\n/gu, ' ');
}

/**
 * Every problem as a Japanese Markdown table for the job summary ($GITHUB_STEP_SUMMARY), which GitHub shows on
 * the run's page: annotations stop at 10, this table does not (up to GitHub's size limit).
 */
export function githubSummary(issues: readonly DataIssue[], limitBytes = SUMMARY_LIMIT_BYTES): string {
  const encoder = new TextEncoder();
  const head = [
    `### データの検証: ${issues.length} 件の問題`,
    '',
    'すべて直してから、もう一度コミットしてください。「場所」は Excel で見える行と列です。',
    '',
    '| ファイル | 場所 | 問題と直し方 | file:line:col |',
    '|---|---|---|---|',
  ].join('\n');
  const lines = [head];
  let bytes = encoder.encode(head).length;
  let shown = 0;
  for (const issue of issues) {
    const row = `| ${summaryCell(issue.file)} | ${summaryCell(staffLocation(issue, 'ja') ?? '')} | ${summaryCell(issue.message.ja)} | \`${summaryCell(machineLocation(issue)).replaceAll('`', "'")}\` |`;
    const size = encoder.encode(row).length + 1;
    // Room for the closing note below.
    if (bytes + size > limitBytes - 512) break;
    lines.push(row);
    bytes += size;
    shown++;
  }
  if (shown < issues.length) lines.push('', `残りの ${issues.length - shown} 件は、このジョブのログ（validate の手順）を見てください。`);
  return `${lines.join('\n')}\n`;
}
