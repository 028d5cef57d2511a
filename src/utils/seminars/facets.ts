/**
 * Filter facets of the seminar list: region, prefecture, month, fiscal year and format. The same keys are
 * used for the pre-rendered filter pages (/seminars/<facet>/<value>/), the data attributes on each row and the
 * shareable query string (?region=kanto&format=online) that the browser script reads. No Node, no DOM.
 */
import { fiscalYearLabel } from '#src/data/utils/dates.ts';
import { findPrefecture, PREFECTURES, REGIONS } from '#src/data/utils/prefectures.ts';
import { FORMAT_LABELS } from '../labels.ts';
import { FACETS, type Facet, type FacetKeys } from './filter-query.ts';

export * from './filter-query.ts';
type Lang = 'ja' | 'en';

const FORMAT_SLUGS = { in_person: 'in-person', online: 'online', hybrid: 'hybrid' } as const;
export type SeminarFormat = keyof typeof FORMAT_SLUGS;

export const FACET_LABELS: Record<Facet, { ja: string; en: string }> = {
  region: { ja: '地域', en: 'Region' },
  prefecture: { ja: '都道府県', en: 'Prefecture' },
  month: { ja: '開催月', en: 'Month' },
  fy: { ja: '年度', en: 'Fiscal year' },
  format: { ja: '開催形式', en: 'Format' },
};

export function prefectureSlug(name: string): string | undefined {
  return findPrefecture(name)?.en.toLowerCase();
}

export function formatSlug(format: SeminarFormat): string {
  return FORMAT_SLUGS[format];
}

export interface FacetSource {
  date: string;
  prefecture: string;
  format: SeminarFormat;
}

/** The facet values of one seminar; a prefecture the table does not know would be a validation bug. */
export function facetKeysOf(seminar: FacetSource): FacetKeys {
  const prefecture = findPrefecture(seminar.prefecture);
  if (!prefecture) throw new Error(`Unknown prefecture: ${seminar.prefecture}`);
  const [year, month] = seminar.date.split('-').map(Number) as [number, number];
  return {
    region: prefecture.region,
    prefecture: prefecture.en.toLowerCase(),
    month: seminar.date.slice(0, 7),
    fy: String(month >= 4 ? year : year - 1),
    format: FORMAT_SLUGS[seminar.format],
  };
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The visible name of a facet value: 関東 / Kanto, 東京都 / Tokyo, 2026年12月 / December 2026, … */
export function facetValueLabel(facet: Facet, value: string, lang: Lang): string {
  switch (facet) {
    case 'region': {
      const region = REGIONS.find((r) => r.id === value);
      return region ? region[lang] : value;
    }
    case 'prefecture': {
      const prefecture = PREFECTURES.find((p) => p.en.toLowerCase() === value);
      return prefecture ? (lang === 'ja' ? prefecture.name : prefecture.en) : value;
    }
    case 'month': {
      const [year, month] = value.split('-').map(Number) as [number, number];
      return lang === 'ja' ? `${year}年${month}月` : `${EN_MONTHS[month - 1]} ${year}`;
    }
    case 'fy':
      return lang === 'ja' ? fiscalYearLabel(Number(value)) : `FY${value}`;
    case 'format': {
      const format = (Object.keys(FORMAT_SLUGS) as SeminarFormat[]).find((f) => FORMAT_SLUGS[f] === value);
      return format ? FORMAT_LABELS[format][lang] : value;
    }
  }
}

export interface FacetOption {
  value: string;
  count: number;
  /** For prefectures: the region they belong to (for grouping). */
  region?: string;
}

/**
 * The values each facet offers, with the number of seminars per value. Regions and formats are always all
 * listed (a region with no seminars still has a page and a feed); prefectures, months and fiscal years only
 * where there are seminars. Order: regions and prefectures north to south, months oldest first, fiscal years newest first.
 */
export function facetOptions(seminars: readonly FacetSource[]): Record<Facet, FacetOption[]> {
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
  for (const seminar of seminars) {
    const keys = facetKeysOf(seminar);
    for (const facet of FACETS) {
      // An online session counts in every region (matchesValue): it is listed under each.
      const values = facet === 'region' && keys.format === 'online' ? REGIONS.map((r) => r.id) : [keys[facet]];
      for (const value of values) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
    }
  }
  const count = (facet: Facet, value: string) => counts[facet].get(value) ?? 0;
  return {
    region: REGIONS.map((r) => ({ value: r.id, count: count('region', r.id) })),
    prefecture: PREFECTURES.map((p) => ({
      value: p.en.toLowerCase(),
      count: count('prefecture', p.en.toLowerCase()),
      region: p.region,
    })).filter((o) => o.count > 0),
    month: [...counts.month.keys()].sort().map((value) => ({ value, count: count('month', value) })),
    fy: [...counts.fy.keys()].sort((a, b) => Number(b) - Number(a)).map((value) => ({ value, count: count('fy', value) })),
    format: Object.values(FORMAT_SLUGS).map((value) => ({ value, count: count('format', value) })),
  };
}

/** Filter pages and the list live under /seminars/; a seminar id equal to one of these would collide with them. */
export const RESERVED_IDS: readonly string[] = [...FACETS, 'regions', 'upcoming', 'near'];
