/**
 * Dataset for a statistics page: its CSV and JSON downloads, the period it covers, INPIT as creator, the licence,
 * and the document its figures come from (isBasedOn: the data's `source`).
 */
import type { Dataset, WithContext } from 'schema-dts';
import type { Statistic } from '#src/data/load.ts';
import { localizedPath, pick, type Lang } from '#src/i18n/locales.ts';
import { csvPath, jsonPath } from '#src/utils/statistics/download.ts';
import { inpitOrganization } from './organization.ts';

/**
 * Public-sector content in Japan is published under the 政府標準利用規約（第2.0版）, which is compatible with
 * CC BY 4.0: the licence named here.
 */
export const DATA_LICENSE = 'https://creativecommons.org/licenses/by/4.0/';

export interface DatasetInput {
  name: string;
  description: string;
  pageUrl: string;
  csvUrl: string;
  jsonUrl: string;
  /** What the first column holds, and its values in order. */
  category: { kind: 'fiscal_year' | 'year' | 'category'; values: readonly string[] };
  /** YYYY-MM-DD the figures stand at, where stated. */
  asOf?: string | undefined;
  /** The document the figures are taken from. */
  source: string;
  keywords?: readonly string[];
}

/**
 * ISO 8601 period of the figures: fiscal years run April to March (FY2014 = 2014-04-01/2015-03-31); a dated
 * snapshot is its date; undefined where the data says nothing about time.
 */
export function temporalCoverage(category: DatasetInput['category'], asOf?: string): string | undefined {
  const years = category.values.map(Number).filter((year) => Number.isInteger(year) && year > 0);
  if (category.kind !== 'category' && years.length > 0) {
    const [first, last] = [Math.min(...years), Math.max(...years)];
    return category.kind === 'fiscal_year' ? `${first}-04-01/${last + 1}-03-31` : `${first}-01-01/${last}-12-31`;
  }
  return asOf;
}

export function dataset(input: DatasetInput, lang: Lang): WithContext<Dataset> {
  const coverage = temporalCoverage(input.category, input.asOf);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: input.name,
    description: input.description,
    url: input.pageUrl,
    inLanguage: lang,
    creator: inpitOrganization(lang),
    publisher: inpitOrganization(lang),
    license: DATA_LICENSE,
    isAccessibleForFree: true,
    isBasedOn: { '@type': 'CreativeWork', name: input.source },
    ...(coverage ? { temporalCoverage: coverage } : {}),
    ...(input.asOf ? { dateModified: input.asOf } : {}),
    ...(input.keywords?.length ? { keywords: [...input.keywords] } : {}),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: input.csvUrl },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: input.jsonUrl },
    ],
  };
}

/** The Dataset of a statistics page, from its data (`description` as the page's own description says it). */
export function statisticDataset(stat: Statistic, lang: Lang, description: string, site: URL | string): WithContext<Dataset> {
  const { meta } = stat;
  const absolute = (path: string) => new URL(path, site).href;
  return dataset(
    {
      name: pick(lang, meta.title, meta.title_en).text,
      description: meta.description ? pick(lang, meta.description, meta.description_en).text : description,
      pageUrl: absolute(localizedPath(`/statistics/${stat.id}/`, lang)),
      csvUrl: absolute(csvPath(stat.id)),
      jsonUrl: absolute(jsonPath(stat.id)),
      category: { kind: meta.category.kind, values: stat.rows.map((row) => row.category) },
      asOf: meta.as_of,
      source: pick(lang, meta.source, meta.source_en).text,
      keywords: meta.series.map((series) => pick(lang, series.label, series.label_en).text),
    },
    lang,
  );
}
