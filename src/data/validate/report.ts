/** Human-readable summary of a load: what the CLI and the build print. */
import type { LoadResult } from '../load.ts';
import { formatIssue, type MessageLanguage } from './issues.ts';

export function describeLoad(result: LoadResult, language: MessageLanguage): string[] {
  if (result.issues.length > 0) {
    const count = result.issues.length;
    return [
      ...result.issues.map((issue) => formatIssue(issue, language)),
      language === 'en'
        ? `${count} problem(s) found; nothing was built.`
        : language === 'ja'
          ? `${count} 件の問題があります。サイトは作成されていません。`
          : `${count} 件の問題があります。サイトは作成されていません。 / ${count} problem(s) found; nothing was built.`,
    ];
  }
  const { data, recordsRead } = result;
  // Rows read, not data.patents: a load for checking only keeps no patent values (LoadOptions.patents). With no
  // problem, every row read was accepted.
  const counts = `seminars ${data.seminars.length}, patents ${recordsRead.patents}, FAQ ${data.faq.reduce((n, c) => n + c.items.length, 0)}, statistics ${data.statistics.length}, windows ${data.windows.length}, cases ${data.cases.length}, news ${data.news.length}`;
  return [language === 'en' ? `Data OK: ${counts}` : `データに問題はありません / Data OK: ${counts}`];
}
