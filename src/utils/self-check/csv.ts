/**
 * The self-check as a CSV file made in the browser: one row per question with its group, answer and where to
 * read next, and a last row saying what the file is not (legal advice). Same writer as the patent search's export (BOM for Excel, CRLF, formula guard).
 */
import type { Lang } from '#src/i18n/locales.ts';
import { csvText } from '#src/utils/csv/write.ts';
import { ANSWER_LABELS, type Answers } from './answers.ts';

export interface CsvGroup {
  id: string;
  title: string;
  links: { text: string; url: string }[];
}
export interface CsvQuestion {
  id: string;
  group: string;
  text: string;
}

const HEADER: Record<Lang, string[]> = {
  ja: ['グループ', '質問ID', '質問', '回答', '結果', '次に読むページ'],
  en: ['Group', 'Question id', 'Question', 'Answer', 'Result', 'Read next'],
};
const STATUS = {
  inPlace: { ja: '整っている', en: 'In place' },
  toReview: { ja: '次に確かめる', en: 'Look at next' },
  unanswered: { ja: '未回答', en: 'Not answered' },
} as const;
const NOTE: Record<Lang, string> = {
  ja: '営業秘密管理セルフチェックの回答です。一般的な目安であり、法的な助言や法令への適合の判定ではありません。',
  en: 'Answers to the trade secret self-check. General guidance only: not legal advice and not a finding of compliance.',
};

export function selfCheckCsv(groups: readonly CsvGroup[], questions: readonly CsvQuestion[], answers: Answers, lang: Lang): string {
  const byId = new Map(groups.map((group) => [group.id, group]));
  const rows = questions.map((question) => {
    const group = byId.get(question.group);
    const answer = answers[question.id];
    const status = answer === undefined ? STATUS.unanswered : answer === 'yes' ? STATUS.inPlace : STATUS.toReview;
    const links = answer === 'yes' ? '' : (group?.links ?? []).map((link) => `${link.text} ${link.url}`).join('\n');
    return [group?.title ?? question.group, question.id, question.text, answer ? ANSWER_LABELS[answer][lang] : '', status[lang], links];
  });
  // The note last, padded to the header's width so every row has the same number of fields.
  const note = [NOTE[lang], ...HEADER[lang].slice(1).map(() => '')];
  return csvText([HEADER[lang], ...rows, note]);
}

/** self-check-20261205.csv, by the visitor's local date. */
export function selfCheckFilename(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `self-check-${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}.csv`;
}
