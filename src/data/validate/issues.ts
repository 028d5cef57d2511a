/** A problem found in a data file, located precisely enough for staff to fix it. */
export interface DataIssue {
  /** Path as staff see it, e.g. data/seminars.csv */
  file: string;
  line?: number;
  column?: number;
  /** CSV only: the row number Excel shows (differs from line after a line break inside a quoted cell). */
  row?: number;
  /** Column name (CSV) or dotted path (YAML), e.g. items[3].answer */
  field?: string;
  message: Bilingual;
}

export interface Bilingual {
  ja: string;
  en: string;
}

export type MessageLanguage = 'ja' | 'en' | 'both';

/** file:line:col — the machine form editors and CI annotations understand. */
export function machineLocation(issue: DataIssue): string {
  return [issue.file, issue.line, issue.line !== undefined ? issue.column : undefined].filter((part) => part !== undefined).join(':');
}

/** 1 → A, 5 → E, 27 → AA: the column letters Excel shows. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/**
 * Where a problem is as staff see it: for a CSV file the row and column letter Excel shows, with the column name
 * (42行目・E列（date）); otherwise the field path as before. undefined when there is nothing to say.
 */
export function staffLocation(issue: DataIssue, language: MessageLanguage = 'ja'): string | undefined {
  const row = issue.row ?? issue.line;
  if (!/\.csv$/iu.test(issue.file) || row === undefined) return issue.field;
  const field = issue.field ? (language === 'en' ? ` (${issue.field})` : `（${issue.field}）`) : '';
  if (language === 'en') return `row ${row}${issue.column !== undefined ? `, column ${columnLetter(issue.column)}` : ''}${field}`;
  return `${row}行目${issue.column !== undefined ? `・${columnLetter(issue.column)}列` : ''}${field}`;
}

export function messageText(issue: DataIssue, language: MessageLanguage): string {
  return language === 'ja' ? issue.message.ja : language === 'en' ? issue.message.en : `${issue.message.ja} / ${issue.message.en}`;
}

/** file:line:col: where: message — the machine location first, then where staff find it in Excel. */
export function formatIssue(issue: DataIssue, language: MessageLanguage = 'both'): string {
  const text = messageText(issue, language);
  const where = staffLocation(issue, language);
  return `${machineLocation(issue)}: ${where ? `${where}: ` : ''}${text}`;
}

export function compareIssues(a: DataIssue, b: DataIssue): number {
  return (
    a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
  );
}
