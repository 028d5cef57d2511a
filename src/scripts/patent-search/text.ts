/**
 * Words of the open-patent search page, for the page (rendered at build time) and the browser script alike, and
 * the labels of data codes the script needs (field names come from data/patent-fields.yaml, so the page passes
 * them in a JSON block). Pure: no DOM.
 */
import type { Lang } from '#src/i18n/locales.ts';
import { formatNumber } from '#src/utils/format.ts';
import { HOLDER_TYPE_LABELS, LICENSE_TERMS_LABELS } from '#src/utils/labels.ts';
import { PATENT_FILTERS, type PatentFilter } from '#src/utils/search/patent-contract.ts';
import { effectiveSort, hasQuery, type SearchState, type Sort } from './state.ts';

export const TEXT = {
  ja: {
    title: '開放特許の検索',
    patents: '開放特許',
    search: '検索',
    intro:
      'キーワード、特許番号・出願番号・ライセンス番号で開放特許を探し、分野・権利者種別・ライセンス形態・IPC・登録年で絞り込めます。検索結果のURLで同じ条件を共有できます。',
    shareHint: '分野・権利者種別・ライセンス形態・IPC・登録年で絞り込めます。このページのURLで、同じ検索条件を共有できます。',
    formLabel: '開放特許の検索',
    queryLabel: 'キーワード・番号',
    queryHint: '例：センサ、特許第3783419号、L20050000325',
    submit: '検索',
    filters: '絞り込み',
    clearFilters: '条件をクリア',
    noneLeft: '該当なし',
    results: '検索結果',
    sort: '並び順',
    sortOptions: {
      relevance: '関連度順',
      newest: '登録日の新しい順',
      oldest: '登録日の古い順',
      license_no: 'ライセンス番号順',
      title: '名称順',
    } as Record<Sort, string>,
    showAll: 'すべて表示',
    showPaged: '20件ずつ表示',
    exportCsv: 'CSVをダウンロード',
    print: '印刷',
    printHint: '印刷されるのは表示中の結果です。全件を印刷するには「すべて表示」を選んでから印刷してください。',
    pagination: '検索結果のページ',
    previous: '前へ',
    next: '次へ',
    pageSuffix: 'ページ',
    browse: '一覧から探す',
    browseInstead: '検索せずに一覧から探す',
    browseAll: '開放特許の一覧（登録日の新しい順）',
    browseFields: '分野別の一覧',
    browseYears: '登録年別の一覧',
    needsJs: 'この検索にはJavaScriptが必要です。JavaScriptを使わずに探すには、次の一覧をご利用ください。',
    loading: '検索しています…',
    failed: '検索を利用できませんでした。時間をおいて再度お試しいただくか、一覧からお探しください。',
    noResults: '条件に合う開放特許は見つかりませんでした。キーワードを変えるか、絞り込みを外してください。',
    columns: {
      license_no: 'ライセンス番号',
      title: '名称',
      field: '分野',
      holder: '権利者',
      holder_type: '権利者種別',
      license_terms: 'ライセンス形態',
      registered: '登録日',
      patent_no: '特許番号',
      application_no: '出願番号',
      summary: '概要',
      ipc: 'IPC',
      keywords: 'キーワード',
      applied_products: '応用製品',
      contact: '問合せ先',
      url: 'URL',
    },
    excerpt: '概要',
    filterNames: {
      field: '分野',
      holder_type: '権利者種別',
      license: 'ライセンス形態',
      ipc: 'IPC（セクション）',
      year: '登録年',
    } as Record<PatentFilter, string>,
    conditions: '検索条件',
    keyword: 'キーワード',
    noConditions: '条件なし（すべての開放特許）',
    csvPreparing: 'CSVを作成しています…',
    csvDone: 'CSVをダウンロードしました',
  },
  en: {
    title: 'Search open patents',
    patents: 'Open patents',
    search: 'Search',
    intro:
      'Find open patents by keyword, patent, application or license number, and narrow them by field, holder type, license terms, IPC section and year of registration. The page URL shares the same search. Detail pages are in Japanese only.',
    shareHint:
      'Narrow the results by field, holder type, license terms, IPC section and year. The page URL shares the same search. Detail pages are in Japanese only.',
    formLabel: 'Search open patents',
    queryLabel: 'Keywords or numbers',
    queryHint: 'e.g. sensor, センサ, patent 3783419. Many records have Japanese titles only.',
    submit: 'Search',
    filters: 'Filter',
    clearFilters: 'Clear filters',
    noneLeft: 'None',
    results: 'Results',
    sort: 'Sort by',
    sortOptions: {
      relevance: 'Relevance',
      newest: 'Newest registration',
      oldest: 'Oldest registration',
      license_no: 'License number',
      title: 'Title',
    } as Record<Sort, string>,
    showAll: 'Show all',
    showPaged: 'Show 20 per page',
    exportCsv: 'Download CSV',
    print: 'Print',
    printHint: 'Printing prints the results shown. To print every result, choose “Show all” first.',
    pagination: 'Result pages',
    previous: 'Previous',
    next: 'Next',
    pageSuffix: '',
    browse: 'Browse the lists',
    browseInstead: 'Browse the lists instead',
    browseAll: 'All open patents (newest first)',
    browseFields: 'Open patents by field',
    browseYears: 'Open patents by year',
    needsJs: 'This search needs JavaScript. To find open patents without it, use these lists.',
    loading: 'Searching…',
    failed: 'Search is not available right now. Please try again later or browse the lists.',
    noResults: 'No open patents match. Try other keywords or clear some filters.',
    columns: {
      license_no: 'License no.',
      title: 'Title',
      field: 'Field',
      holder: 'Holder',
      holder_type: 'Holder type',
      license_terms: 'License terms',
      registered: 'Registered',
      patent_no: 'Patent no.',
      application_no: 'Application no.',
      summary: 'Summary',
      ipc: 'IPC',
      keywords: 'Keywords',
      applied_products: 'Applied products',
      contact: 'Contact',
      url: 'URL',
    },
    excerpt: 'Summary',
    filterNames: {
      field: 'Field',
      holder_type: 'Holder type',
      license: 'License terms',
      ipc: 'IPC section',
      year: 'Year registered',
    } as Record<PatentFilter, string>,
    conditions: 'Search',
    keyword: 'Keywords',
    noConditions: 'No conditions (all open patents)',
    csvPreparing: 'Preparing the CSV…',
    csvDone: 'CSV downloaded',
  },
} as const;

export type Text = (typeof TEXT)[Lang];

/** Labels for the codes in the index (PatentMeta and filter values), in the page's language. */
export interface SearchLabels {
  lang: Lang;
  /** field id → name */
  fields: Record<string, string>;
  /** holder_type → label */
  holderTypes: Record<string, string>;
  /** license_terms (license | assignment | either) → label */
  licenseTerms: Record<string, string>;
  sample: string;
  /** Read after the sample badge by screen readers: "(not real data)". */
  sampleHidden: string;
}

export function buildLabels(
  lang: Lang,
  fields: readonly { id: string; ja: string; en: string }[],
  sample: { sample: string; sampleHidden: string },
): SearchLabels {
  return {
    lang,
    fields: Object.fromEntries(fields.map((field) => [field.id, field[lang]])),
    holderTypes: Object.fromEntries(Object.entries(HOLDER_TYPE_LABELS).map(([id, label]) => [id, label[lang]])),
    licenseTerms: Object.fromEntries(Object.entries(LICENSE_TERMS_LABELS).map(([id, label]) => [id, label[lang]])),
    ...sample,
  };
}

/** The IPC sections' titles (WIPO's, and the JPO's Japanese). */
const IPC_SECTION_TITLES: Record<string, Record<Lang, string>> = {
  A: { ja: '生活必需品', en: 'Human necessities' },
  B: { ja: '処理操作；運輸', en: 'Performing operations; transporting' },
  C: { ja: '化学；冶金', en: 'Chemistry; metallurgy' },
  D: { ja: '繊維；紙', en: 'Textiles; paper' },
  E: { ja: '固定構造物', en: 'Fixed constructions' },
  F: { ja: '機械工学；照明；加熱；武器；爆破', en: 'Mechanical engineering; lighting; heating; weapons; blasting' },
  G: { ja: '物理学', en: 'Physics' },
  H: { ja: '電気', en: 'Electricity' },
};

/** The label of one filter value: the year is itself; ライセンス形態 values are license terms; IPC: 「G 物理学」. */
export function filterValueLabel(name: PatentFilter, value: string, labels: SearchLabels): string {
  if (name === 'field') return labels.fields[value] ?? value;
  if (name === 'holder_type') return labels.holderTypes[value] ?? value;
  if (name === 'license') return labels.licenseTerms[value] ?? value;
  if (name === 'ipc') return `${value} ${IPC_SECTION_TITLES[value]?.[labels.lang] ?? ''}`.trim();
  return labels.lang === 'ja' ? `${value}年` : value;
}

/** A filter value's count beside its label: （31件） / (31). */
export function countLabel(n: number, lang: Lang): string {
  return lang === 'ja' ? `（${formatNumber(n, lang)}件）` : ` (${formatNumber(n, lang)})`;
}

/**
 * What the live region says once a search has completed: 「35件見つかりました（1〜20件目を表示）」.
 * `shown` is the range on screen, or 'all' when every result is listed.
 */
export function resultMessage(lang: Lang, total: number, shown: { start: number; end: number } | 'all'): string {
  const t = TEXT[lang];
  if (total === 0) return t.noResults;
  const n = formatNumber(total, lang);
  const range = shown === 'all' ? null : shown;
  const partial = range !== null && (range.start > 0 || range.end < total);
  if (lang === 'ja') {
    const suffix =
      shown === 'all'
        ? total > 1
          ? '（すべて表示）'
          : ''
        : partial
          ? `（${formatNumber(range.start + 1, lang)}〜${formatNumber(range.end, lang)}件目を表示）`
          : '';
    return `${n}件見つかりました${suffix}`;
  }
  const suffix =
    shown === 'all'
      ? total > 1
        ? ' (all shown)'
        : ''
      : partial
        ? ` (showing ${formatNumber(range.start + 1, lang)}–${formatNumber(range.end, lang)})`
        : '';
  return `${n} ${total === 1 ? 'result' : 'results'}${suffix}`;
}

/** Progress while results are fetched in batches: 「100 / 2,400件」 */
export function progressMessage(lang: Lang, done: number, total: number): string {
  return lang === 'ja'
    ? `${formatNumber(done, lang)} / ${formatNumber(total, lang)}件を読み込みました`
    : `Loaded ${formatNumber(done, lang)} of ${formatNumber(total, lang)}`;
}

/** The search as one line of text, for print: 検索条件：キーワード「センサ」／分野：情報・通信、電気・電子／並び順：関連度順 */
export function conditionsText(state: SearchState, labels: SearchLabels): string {
  const t = TEXT[labels.lang];
  const ja = labels.lang === 'ja';
  const parts: string[] = [];
  if (hasQuery(state)) parts.push(ja ? `${t.keyword}「${state.q}」` : `${t.keyword}: “${state.q}”`);
  for (const name of PATENT_FILTERS) {
    const values = state.filters[name];
    if (values.length === 0) continue;
    const list = values.map((value) => filterValueLabel(name, value, labels)).join(ja ? '、' : ', ');
    parts.push(ja ? `${t.filterNames[name]}：${list}` : `${t.filterNames[name]}: ${list}`);
  }
  const conditions = parts.length > 0 ? parts.join(ja ? '／' : '; ') : t.noConditions;
  const sort = t.sortOptions[effectiveSort(state)];
  return ja ? `${t.conditions}：${conditions}／${t.sort}：${sort}` : `${t.conditions}: ${conditions}; ${t.sort}: ${sort}`;
}
