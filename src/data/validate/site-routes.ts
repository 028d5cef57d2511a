/**
 * The pages the site will have, derived from the data and the fixed pages, so that a site-relative link in a
 * Markdown answer (/seminar/ for /seminars/) is reported by validate with its line instead of failing the link
 * check after a build. The one place that lists the routes; every page exists in Japanese and under /en/.
 */
import { PATENT_PAGE_SIZE, registrationYear } from '../../utils/patents/listings.ts';
import { facetKeysOf, type SeminarFormat } from '../../utils/seminars/facets.ts';
import { editDistance } from '../utils/distance.ts';

/** Pages under src/pages that do not come from data (a test compares this with the folder). */
export const FIXED_PAGES = [
  '/',
  '/cases/',
  '/faq/',
  '/news/',
  '/news/feed.xml',
  '/offline/',
  '/patents/',
  '/patents/fields/',
  '/patents/search/',
  '/patents/years/',
  '/search/',
  '/seminars/',
  '/seminars/regions/',
  '/seminars/upcoming.ics',
  '/statistics/',
  '/windows/',
  '/data-check/',
  '/opensearch.xml',
  '/patents/new/',
  '/patents/new/feed.xml',
  '/patents/opensearch.xml',
  '/seminars/near/',
  '/trade-secret/leak/',
  '/trade-secret/self-check/',
] as const;

export interface RouteData {
  seminars: readonly { id: string; date: string; prefecture: string; format: SeminarFormat; region?: string }[];
  faq: readonly { id: string; items: readonly { id: string }[] }[];
  statistics: readonly { id: string }[];
  patents: readonly { license_no: string; field: string; registered: string }[];
  patentFields: readonly { id: string }[];
}

function pages(base: string, count: number): string[] {
  const total = Math.max(1, Math.ceil(count / PATENT_PAGE_SIZE));
  return Array.from({ length: total }, (_, index) => (index === 0 ? base : `${base}${index + 1}/`));
}

/** Every path the build will write (both languages) but the patents' own pages, for the data given and the prose pages in content/. */
export function siteRoutes(data: RouteData, contentPages: readonly string[] = []): Set<string> {
  const paths: string[] = [...FIXED_PAGES, ...contentPages.map((page) => `/${page.replace(/^\/|\/$/gu, '')}/`)];
  for (const seminar of data.seminars) {
    paths.push(`/seminars/${seminar.id}/`, `/seminars/${seminar.id}.ics`);
    if (seminar.region) paths.push(`/seminars/region/${seminar.region}.ics`);
    try {
      for (const [facet, value] of Object.entries(facetKeysOf(seminar))) paths.push(`/seminars/${facet}/${value}/`);
    } catch {
      // An unknown prefecture is reported by the schema; it has no facet pages.
    }
  }
  // One page per FAQ item (/faq/<item id>/); a category is a section of /faq/.
  for (const category of data.faq) for (const item of category.items) paths.push(`/faq/${item.id}/`);
  for (const statistic of data.statistics) paths.push(`/statistics/${statistic.id}/`, `/statistics/data/${statistic.id}.csv`, `/statistics/data/${statistic.id}.json`);
  paths.push(...pages('/patents/', data.patents.length));
  const byField = new Map<string, number>();
  const byYear = new Map<string, number>();
  // A patent's own page (/patents/L…/) is known by its license number (KnownPages.patents), not listed here.
  for (const patent of data.patents) {
    byField.set(patent.field, (byField.get(patent.field) ?? 0) + 1);
    const year = registrationYear(patent);
    byYear.set(year, (byYear.get(year) ?? 0) + 1);
  }
  for (const field of data.patentFields) paths.push(...pages(`/patents/fields/${field.id}/`, byField.get(field.id) ?? 0));
  for (const [year, count] of byYear) paths.push(...pages(`/patents/years/${year}/`, count));
  return new Set(paths.flatMap((path) => [path, path === '/' ? '/en/' : `/en${path}`]));
}

/** What a link may point at: the routes, the patents' own pages by license number, and the files in public/. */
export interface KnownPages {
  routes: ReadonlySet<string>;
  /** License numbers: /patents/<license_no>/ (and /en/…) exists for each. */
  patents: ReadonlySet<string>;
  publicFiles: readonly string[];
}

const PATENT_PAGE = /^(?:\/en)?\/patents\/(L\d+)\/?$/u;

/**
 * Whether a site-relative link points at a known page: the query and #anchor are ignored, and a page may be
 * linked with or without its trailing slash (/faq and /faq/). Files under public/ count too.
 */
export function isKnownPath(href: string, known: KnownPages): boolean {
  const { routes, patents, publicFiles } = known;
  let path = href.replace(/[?#].*$/su, '');
  try {
    path = decodeURI(path);
  } catch {
    return false;
  }
  if (path === '' || routes.has(path) || routes.has(`${path}/`) || routes.has(path.replace(/\/index\.html$/u, '/'))) return true;
  const patent = PATENT_PAGE.exec(path.replace(/\/index\.html$/u, '/'))?.[1];
  if (patent !== undefined && patents.has(patent)) return true;
  return publicFiles.some((file) => `/${file.replace(/^\//u, '')}` === path);
}

/** The nearest known route, for "did you mean". */
export function nearestRoute(href: string, routes: ReadonlySet<string>): string | undefined {
  const path = href.replace(/[?#].*$/su, '');
  const withSlash = path.endsWith('/') || /\.[a-z]+$/u.test(path) ? path : `${path}/`;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const route of routes) {
    const distance = editDistance(withSlash, route);
    if (distance < bestDistance) [best, bestDistance] = [route, distance];
  }
  return bestDistance <= Math.max(2, Math.floor(withSlash.length / 4)) ? best : undefined;
}
