/** A problem found in a data file, located precisely enough for staff to fix it. */
export interface DataIssue {
  /** Path as staff see it, e.g. data/seminars.csv */
  file: string;
  line?: number;
  column?: number;
  /** Column name (CSV) or dotted path (YAML), e.g. items[3].answer */
  field?: string;
  message: Bilingual;
}

export interface Bilingual {
  ja: string;
  en: string;
}

export type MessageLanguage = 'ja' | 'en' | 'both';

/** file:line:col: field: message — the form editors and CI annotations understand. */
export function formatIssue(issue: DataIssue, language: MessageLanguage = 'both'): string {
  const location = [issue.file, issue.line, issue.line !== undefined ? issue.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  const text =
    language === 'ja' ? issue.message.ja : language === 'en' ? issue.message.en : `${issue.message.ja} / ${issue.message.en}`;
  return `${location}: ${issue.field ? `${issue.field}: ` : ''}${text}`;
}

export function compareIssues(a: DataIssue, b: DataIssue): number {
  return (
    a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
  );
}
