/**
 * The open-patent search records: one Pagefind custom record per patent, built from the validated data.
 * The record contract (meta keys, filter names and values, sort key) is shared with the search page through
 * src/utils/search/patent-contract.ts.
 */
import type { CustomRecord } from 'pagefind';
import type { Patent, PatentField } from '../data/load.ts';
import { HOLDER_TYPE_LABELS, LICENSE_TERMS_LABELS } from '../utils/labels.ts';
import { applicationWord, patentWord } from '../utils/search/patent-numbers.ts';
import { searchWords } from '../utils/search/words.ts';
import { PATENT_LANGUAGE, licenseFilterValues, type PatentMeta } from '../utils/search/patent-contract.ts';

/**
 * Everything a person might search for, as folded words, each once: the results list shows meta, never
 * excerpts, so repeats would only make every fragment file (and the offline download) larger.
 * Labels are in both languages so either page finds them.
 */
export function patentSearchText(patent: Patent, field: PatentField | undefined): string {
  const numbers = [patent.license_no.toLowerCase(), patent.patent_no && patentWord(patent.patent_no), patent.application_no && applicationWord(patent.application_no)];
  const text = [
    patent.title,
    patent.title_en,
    patent.summary,
    patent.keywords?.join(' '),
    patent.applied_products,
    patent.holder,
    field?.ja,
    field?.en,
    HOLDER_TYPE_LABELS[patent.holder_type].ja,
    LICENSE_TERMS_LABELS[patent.license_terms].ja,
    patent.ipc?.join(' '),
  ];
  return [...new Set([...searchWords(text.filter(Boolean).join('\n')), ...numbers.filter((word): word is string => Boolean(word))])].join(' ');
}

/** What the results list shows of a patent: the record table's row (src/utils/search/record-table.ts). */
export function patentMeta(patent: Patent): PatentMeta {
  return {
    title: patent.title,
    title_en: patent.title_en,
    license_no: patent.license_no,
    field: patent.field,
    holder: patent.holder,
    holder_type: patent.holder_type,
    license_terms: patent.license_terms,
    registered: patent.registered,
    patent_no: patent.patent_no,
    application_no: patent.application_no,
    sample: patent.sample ? '1' : undefined,
  };
}

/** The URL a patent's record is indexed under: its detail page, which also identifies it in the record table. */
export const patentUrl = (patent: Pick<Patent, 'license_no'>): string => `/patents/${patent.license_no}/`;

/**
 * The Pagefind record of a patent: words, filters and sort, and no meta; the results list reads the record table,
 * so meta would only make the index larger.
 */
export function patentRecord(patent: Patent, field: PatentField | undefined): CustomRecord {
  return {
    url: patentUrl(patent),
    content: patentSearchText(patent, field),
    language: PATENT_LANGUAGE,
    filters: {
      field: [patent.field],
      holder_type: [patent.holder_type],
      license: licenseFilterValues(patent.license_terms),
      year: [patent.registered.slice(0, 4)],
    },
    sort: { registered: patent.registered },
  };
}
