/**
 * The open-patent listings: all patents, by field and by registration year, each newest registration first and
 * paginated 100 a page (/patents/, /patents/fields/<id>/, /patents/years/<yyyy>/, then …/2/, …/3/).
 *
 * With 50,000 patents a build renders tens of thousands of pages, so nothing here may be O(all patents) per page:
 * patentListings() sorts and groups once per data set (memoized on the patents array) and answers the per-page
 * questions (which field, which page is this record on) from maps. No Node, no DOM.
 */
import { localizedPath, type Lang } from '#src/i18n/locales.ts';
import { formatNumber } from '#src/utils/format.ts';

export const PATENT_PAGE_SIZE = 100;

/** What the listings need of a patent record (src/data/schemas/patent.ts). */
export interface ListedPatent {
  license_no: string;
  field: string;
  registered: string;
}

export interface ListedField {
  id: string;
  ja: string;
  en: string;
}

export interface FieldGroup<P, F> {
  field: F;
  /** Newest registration first; empty for a field no record uses (listed with 0, no page, no link). */
  patents: readonly P[];
}

export interface YearGroup<P> {
  /** Four digits, from the registration date. */
  year: string;
  patents: readonly P[];
}

/** Page numbers (from 1) of one record in each listing it appears in. */
export interface PatentPlace {
  all: number;
  field: number;
  year: number;
}

export interface PatentListings<P extends ListedPatent, F extends ListedField> {
  newestFirst: readonly P[];
  /** Every field of patent-fields.yaml, in file order. */
  byField: readonly FieldGroup<P, F>[];
  /** Registration years that have records, newest first. */
  byYear: readonly YearGroup<P>[];
  fieldById: ReadonlyMap<string, F>;
  /** Where a record is listed; undefined for a license number not in the data. */
  placeOf(licenseNo: string): PatentPlace | undefined;
}

/** Newest registration first; the same date in license-number order, so the order never depends on the file. */
export function compareNewestFirst(a: ListedPatent, b: ListedPatent): number {
  return b.registered.localeCompare(a.registered) || (a.license_no < b.license_no ? -1 : a.license_no > b.license_no ? 1 : 0);
}

export const registrationYear = (patent: Pick<ListedPatent, 'registered'>) => patent.registered.slice(0, 4);

/** The page (from 1) that the item at `index` (from 0) of a listing is on. */
export const pageOfIndex = (index: number, pageSize = PATENT_PAGE_SIZE) => Math.floor(index / pageSize) + 1;

export const pageCount = (items: number, pageSize = PATENT_PAGE_SIZE) => Math.max(1, Math.ceil(items / pageSize));

/** Groups and sorts once. Fields are grouped in file order; a record whose field is not in `fields` is in no field group. */
export function groupPatents<P extends ListedPatent, F extends ListedField>(
  patents: readonly P[],
  fields: readonly F[],
  pageSize = PATENT_PAGE_SIZE,
): PatentListings<P, F> {
  const newestFirst = [...patents].sort(compareNewestFirst);
  const fieldById = new Map(fields.map((field) => [field.id, field]));
  const fieldLists = new Map<string, P[]>(fields.map((field) => [field.id, []]));
  const yearLists = new Map<string, P[]>();
  const places = new Map<string, PatentPlace>();
  newestFirst.forEach((patent, index) => {
    const inField = fieldLists.get(patent.field);
    const year = registrationYear(patent);
    let inYear = yearLists.get(year);
    if (!inYear) yearLists.set(year, (inYear = []));
    // Positions are taken before the push: the record's index in its (already sorted) group.
    places.set(patent.license_no, {
      all: pageOfIndex(index, pageSize),
      field: inField ? pageOfIndex(inField.length, pageSize) : 0,
      year: pageOfIndex(inYear.length, pageSize),
    });
    inField?.push(patent);
    inYear.push(patent);
  });
  return {
    newestFirst,
    byField: fields.map((field) => ({ field, patents: fieldLists.get(field.id)! })),
    byYear: [...yearLists.keys()].sort((a, b) => b.localeCompare(a)).map((year) => ({ year, patents: yearLists.get(year)! })),
    fieldById,
    placeOf: (licenseNo) => places.get(licenseNo),
  };
}

const memo = new WeakMap<
  readonly ListedPatent[],
  { fields: readonly ListedField[]; listings: PatentListings<ListedPatent, ListedField> }
>();

/**
 * groupPatents() for the site's data, computed once per build: every page of the listings and every detail page
 * asks this, and gets the same object back as long as the data is the same.
 */
export function patentListings<P extends ListedPatent, F extends ListedField>(data: {
  patents: readonly P[];
  patentFields: readonly F[];
}): PatentListings<P, F> {
  const cached = memo.get(data.patents);
  if (cached && cached.fields === data.patentFields) return cached.listings as unknown as PatentListings<P, F>;
  const listings = groupPatents(data.patents, data.patentFields);
  memo.set(data.patents, { fields: data.patentFields, listings: listings });
  return listings;
}

// --- URLs: the same as Astro's paginate() makes them (trailingSlash: 'always', page 1 without a number) ----------

const paged = (path: string, page: number) => (page > 1 ? `${path}${page}/` : path);

export const patentsPath = (lang: Lang, page = 1) => paged(localizedPath('/patents/', lang), page);
export const fieldsIndexPath = (lang: Lang) => localizedPath('/patents/fields/', lang);
export const fieldPath = (fieldId: string, lang: Lang, page = 1) => paged(localizedPath(`/patents/fields/${fieldId}/`, lang), page);
export const yearsIndexPath = (lang: Lang) => localizedPath('/patents/years/', lang);
export const yearPath = (year: string, lang: Lang, page = 1) => paged(localizedPath(`/patents/years/${year}/`, lang), page);
/** Detail pages are Japanese only, at /patents/<license_no>/ for both languages. */
export const newPatentsPath = (lang: Lang) => localizedPath('/patents/new/', lang);
/** Atom feeds of the newest registrations (new-patents.ts): all fields, and one field. */
export const newPatentsFeedPath = (lang: Lang) => localizedPath('/patents/new/feed.xml', lang);
export const fieldFeedPath = (fieldId: string, lang: Lang) => localizedPath(`/patents/fields/${fieldId}/feed.xml`, lang);
export const patentPath = (licenseNo: string) => `/patents/${licenseNo}/`;

// --- labels -------------------------------------------------------------------------------------------------

/** 2016 → 2016年 / 2016 */
export const yearLabel = (year: string, lang: Lang) => (lang === 'ja' ? `${year}年` : year);

/** A listing's title with its page: 「開放特許（2/5ページ）」 / "Open patents (page 2 of 5)"; page 1 of 1 keeps the bare title. */
export function pagedTitle(title: string, currentPage: number, lastPage: number, lang: Lang): string {
  if (lastPage <= 1) return title;
  return lang === 'ja' ? `${title}（${currentPage}/${lastPage}ページ）` : `${title} (page ${currentPage} of ${lastPage})`;
}

/** 「全1,234件中 101〜200件目」 / "101–200 of 1,234" */
export function rangeLabel(start: number, end: number, total: number, lang: Lang): string {
  const n = (value: number) => formatNumber(value, lang);
  if (total === 0) return lang === 'ja' ? '該当する開放特許はありません。' : 'No records.';
  return lang === 'ja'
    ? `全${n(total)}件中 ${n(start + 1)}〜${n(end + 1)}件目（登録日の新しい順）`
    : `${n(start + 1)}–${n(end + 1)} of ${n(total)} (newest first)`;
}

/** 「12件」 / "12 records" */
export function recordCountLabel(count: number, lang: Lang): string {
  const n = formatNumber(count, lang);
  return lang === 'ja' ? `${n}件` : `${n} ${count === 1 ? 'record' : 'records'}`;
}

// --- shared page text -------------------------------------------------------------------------------------------

export const PATENT_TEXT = {
  title: { ja: '開放特許', en: 'Open patents' },
  fieldsTitle: { ja: '分野別の開放特許', en: 'Open patents by field' },
  yearsTitle: { ja: '登録年別の開放特許', en: 'Open patents by registration year' },
  browse: { ja: '開放特許の探し方', en: 'Browse open patents' },
  all: { ja: 'すべての開放特許', en: 'All open patents' },
  new: { ja: '新着の開放特許', en: 'New open patents' },
  byField: { ja: '分野から探す', en: 'Browse by field' },
  byYear: { ja: '登録年から探す', en: 'Browse by registration year' },
  search: { ja: 'キーワードで検索する', en: 'Search by keyword' },
  detailJaOnly: { ja: '詳細ページは日本語のみです。', en: 'Detail pages are in Japanese only.' },
} as const;

export type BrowseSection = 'all' | 'new' | 'fields' | 'years' | 'search';

/** The "browse by" links shown on every listing; `current` is marked aria-current when its index page is shown. */
export function browseLinks(lang: Lang): { section: BrowseSection; href: string; label: string }[] {
  return [
    { section: 'all', href: patentsPath(lang), label: PATENT_TEXT.all[lang] },
    { section: 'new', href: newPatentsPath(lang), label: PATENT_TEXT.new[lang] },
    { section: 'fields', href: fieldsIndexPath(lang), label: PATENT_TEXT.byField[lang] },
    { section: 'years', href: yearsIndexPath(lang), label: PATENT_TEXT.byYear[lang] },
    { section: 'search', href: lang === 'en' ? '/en/patents/search/' : '/patents/search/', label: PATENT_TEXT.search[lang] },
  ];
}

/** 「電気・電子の開放特許」 / "Open patents: Electrical and electronics" */
export const fieldTitle = (name: string, lang: Lang) => (lang === 'ja' ? `${name}の開放特許` : `Open patents: ${name}`);
/** 「2016年に登録された開放特許」 / "Open patents registered in 2016" */
export const yearTitle = (year: string, lang: Lang) =>
  lang === 'ja' ? `${year}年に登録された開放特許` : `Open patents registered in ${year}`;
