/** What the home page shows, computed at build time: upcoming seminars, key figures. */
import type { Seminar, Statistic } from '#src/data/load.ts';
import { findPrefecture } from '#src/data/utils/prefectures.ts';
import { warekiYear } from '#src/data/utils/dates.ts';
import type { Lang, LocalizedText } from '#src/i18n/locales.ts';
import { FORMAT_LABELS, OPEN_PATENT_DATABASE } from '#src/utils/labels.ts';
import { compareSeminars } from '#src/utils/seminars/order.ts';

/** Seminars on or after `today`, soonest first; cancelled ones are left out (the seminar list still shows them). */
export function upcomingSeminars(seminars: readonly Seminar[], today: string, limit: number): Seminar[] {
  return seminars
    .filter((s) => s.date >= today && s.status !== 'cancelled')
    .sort(compareSeminars)
    .slice(0, limit);
}

/** Where a seminar takes place, briefly: 北海道札幌市 / Sapporo, Hokkaido… online ones say so. */
export function seminarPlace(seminar: Pick<Seminar, 'prefecture' | 'city' | 'format'>, lang: Lang): LocalizedText {
  if (seminar.format === 'online') return { text: FORMAT_LABELS.online[lang] };
  const prefecture = findPrefecture(seminar.prefecture);
  const suffix = seminar.format === 'hybrid' ? (lang === 'ja' ? '（オンライン併用）' : ' (also online)') : '';
  if (lang === 'ja') return { text: `${seminar.prefecture}${seminar.city ?? ''}${suffix}` };
  // City names exist only in Japanese; the prefecture's English name is enough to place it.
  return { text: `${prefecture?.en ?? seminar.prefecture}${suffix}` };
}

export interface KeyFigureSpec {
  dataset: string;
  column: string;
  /** The row's category (e.g. '2014'); the last row with a value when omitted. */
  row?: string;
  label: { ja: string; en: string };
  /** What the figure covers, where the row's own label does not say it well (category rows are Japanese only). */
  period?: { ja: string; en: string };
}

export interface KeyFigure {
  dataset: string;
  label: { ja: string; en: string };
  value: number;
  unit: { ja: string; en: string | undefined };
  /** When or what the figure covers: a fiscal year, or the row's own label. */
  period: { ja: string; en: string | undefined };
}

function periodOf(statistic: Statistic, category: string): KeyFigure['period'] {
  switch (statistic.meta.category.kind) {
    case 'fiscal_year':
      return { ja: `${category}年度（${warekiYear(Number(category))}年度）`, en: `FY${category}` };
    case 'year':
      return { ja: `${category}年`, en: category };
    default:
      return { ja: category, en: undefined };
  }
}

/** Figures that exist in the data; a missing dataset, column, row or an empty cell drops the figure, never shows 0. */
export function keyFigures(statistics: readonly Statistic[], specs: readonly KeyFigureSpec[]): KeyFigure[] {
  return specs.flatMap((spec): KeyFigure[] => {
    const statistic = statistics.find((s) => s.id === spec.dataset);
    if (!statistic) return [];
    const index = statistic.meta.series.findIndex((s) => s.column === spec.column);
    if (index === -1) return [];
    const row =
      spec.row === undefined
        ? statistic.rows.findLast((r) => r.values[index] != null)
        : statistic.rows.find((r) => r.category === spec.row);
    const value = row?.values[index];
    if (row === undefined || value === null || value === undefined) return [];
    const series = statistic.meta.series[index]!;
    return [
      {
        dataset: statistic.id,
        label: spec.label,
        value,
        unit: series.unit !== undefined ? { ja: series.unit, en: series.unit_en } : { ja: statistic.meta.unit, en: statistic.meta.unit_en },
        period: spec.period ?? periodOf(statistic, row.category),
      },
    ];
  });
}

export const HOME_FIGURES: readonly KeyFigureSpec[] = [
  {
    dataset: 'open-patent-database',
    column: 'listings',
    row: '2014',
    label: { ja: `${OPEN_PATENT_DATABASE.ja}の掲載件数`, en: `Records listed in the ${OPEN_PATENT_DATABASE.en}` },
  },
  {
    dataset: 'trade-secret-seminars',
    column: 'participants',
    row: '2014',
    label: { ja: '営業秘密・知財戦略セミナーの参加者数', en: 'Participants in the Trade Secret and IP Strategy Seminars' },
  },
  {
    dataset: 'overseas-supported-companies',
    column: 'companies',
    label: { ja: '海外知的財産プロデューサーが支援した企業等', en: 'Companies supported by overseas IP producers' },
    period: { ja: '平成23年度（2011年度）以降の累計', en: 'Total since FY2011' },
  },
  {
    dataset: 'trade-secret-consultations',
    column: 'consultations',
    row: '営業秘密・知財戦略相談窓口（H27.2.2〜6.30）',
    label: { ja: '営業秘密・知財戦略相談窓口への相談件数', en: 'Consultations at the Trade Secret and IP Strategy Desk' },
    period: { ja: '開設日の2015年2月2日〜6月30日', en: 'From its opening on 2 Feb 2015 to 30 Jun 2015' },
  },
];
