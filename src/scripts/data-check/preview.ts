/**
 * How the rows of a file without problems will appear on the site, as plain strings (and, for FAQ answers, the
 * HTML the site renders from their Markdown), using the site's own formatting functions.
 */
import { DATA_FILES, type PublishedFacts, type SiteData } from '#src/data/load-files.ts';
import { textIn, type Lang } from '#src/i18n/locales.ts';
import { formatDate, formatNumber } from '#src/utils/format.ts';
import { FORMAT_LABELS, HOLDER_TYPE_LABELS } from '#src/utils/labels.ts';
import { renderMarkdown } from '#src/utils/markdown.ts';
import { placeText, timeText } from '#src/utils/seminars/present.ts';
import { categoryLabel } from '#src/utils/statistics/labels.ts';
import { formatPlanned } from '#src/utils/statistics/planned.ts';

/** Rows shown per file; the count says how many were accepted in all. */
export const PREVIEW_ROWS = 20;

export type Preview = { accepted: number } & (
  | { kind: 'seminars'; items: { date: string; time: string; title: string; place: string; venue: string; format: string }[] }
  | { kind: 'patents'; columns: string[]; rows: string[][] }
  | { kind: 'faq'; title: string; items: { question: string; answerHtml: string }[] }
  | { kind: 'table'; title: string; columns: string[]; rows: string[][] }
  | { kind: 'list'; items: string[] }
);

const L = {
  license: { ja: 'ライセンス番号', en: 'License no.' },
  title: { ja: '発明の名称', en: 'Title' },
  field: { ja: '分野', en: 'Field' },
  holder: { ja: '権利者', en: 'Rights holder' },
} as const;

export function previewOf(path: string, data: SiteData, published: PublishedFacts, lang: Lang): Preview | undefined {
  const inData = path.replace(/^data\//u, '');
  const first = <T>(list: readonly T[]) => list.slice(0, PREVIEW_ROWS);
  switch (inData) {
    case DATA_FILES.seminars:
      return {
        kind: 'seminars',
        accepted: data.seminars.length,
        items: first(data.seminars).map((s) => ({
          date: formatDate(s.date, lang),
          time: s.start_time ? timeText(s, lang) : '',
          title: textIn(lang, s.title, s.title_en),
          place: placeText(s, lang),
          venue: s.venue ?? '',
          format: FORMAT_LABELS[s.format][lang],
        })),
      };
    case DATA_FILES.patents: {
      const fields = new Map([...published.patentFields, ...data.patentFields].map((f) => [f.id, f[lang]]));
      return {
        kind: 'patents',
        accepted: data.patents.length,
        columns: [L.license[lang], L.title[lang], L.field[lang], L.holder[lang]],
        rows: first(data.patents).map((p) => [
          p.license_no,
          lang === 'en' && p.title_en ? p.title_en : p.title,
          fields.get(p.field) ?? p.field,
          `${p.holder}（${HOLDER_TYPE_LABELS[p.holder_type][lang]}）`,
        ]),
      };
    }
    case DATA_FILES.patentFields:
      return { kind: 'list', accepted: data.patentFields.length, items: first(data.patentFields).map((f) => `${f.id}: ${f[lang]}`) };
    case DATA_FILES.windows:
      return {
        kind: 'list',
        accepted: data.windows.length,
        items: first(data.windows).map((w) => (lang === 'en' && w.name_en ? w.name_en : w.name)),
      };
    case DATA_FILES.cases:
      return {
        kind: 'list',
        accepted: data.cases.length,
        items: first(data.cases).map((c) => (lang === 'en' && c.challenge_en ? c.challenge_en : c.challenge)),
      };
    case DATA_FILES.selfCheck:
      return {
        kind: 'list',
        accepted: data.selfCheckQuestions.length,
        items: first(data.selfCheckQuestions).map((q) => (lang === 'en' && q.question_en ? q.question_en : q.question)),
      };
    case DATA_FILES.news:
      return {
        kind: 'list',
        accepted: data.news.length,
        items: first(data.news).map((n) => `${formatDate(n.date, lang, false)} ${lang === 'en' && n.title_en ? n.title_en : n.title}`),
      };
  }
  const [folder, name = ''] = inData.split('/');
  const id = name.replace(/\.(ya?ml|csv)$/u, '');
  if (folder === DATA_FILES.faq) {
    const category = data.faq.find((c) => c.id === id);
    if (!category) return undefined;
    return {
      kind: 'faq',
      accepted: category.items.length,
      title: lang === 'en' && category.title_en ? category.title_en : category.title,
      items: first(category.items).map((item) => ({
        question: lang === 'en' && item.question_en ? item.question_en : item.question,
        answerHtml: renderMarkdown(lang === 'en' && item.answer_en ? item.answer_en : item.answer),
      })),
    };
  }
  if (folder === DATA_FILES.statistics) {
    const statistic = data.statistics.find((s) => s.id === id);
    if (!statistic) return undefined;
    const { meta } = statistic;
    const unit = lang === 'en' ? (meta.unit_en ?? meta.unit) : meta.unit;
    return {
      kind: 'table',
      accepted: statistic.rows.length,
      title: `${lang === 'en' ? meta.title_en : meta.title}（${unit}）`,
      columns: ['', ...meta.series.map((s) => (lang === 'en' && s.label_en ? s.label_en : s.label))],
      rows: first(statistic.rows).map((row) => [
        categoryLabel(meta.category.kind, row.category, lang).text,
        ...row.values.map((v, i) => (row.planned?.[i] ? formatPlanned(row.planned[i], lang) : formatNumber(v, lang))),
      ]),
    };
  }
  return undefined;
}
